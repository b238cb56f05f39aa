"""E839 present-tense-in-report."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.numbers import MONTH
from tifa.checks.registry import rule
from tifa.checks.report_verbs import caption_places, in_caption, outside_quotes, present_reports
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import docs_with_match, phrase_alternation, prose_matches
from tifa.glossary.names import pinyin_surnames, split_syllables

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# The day the event took place, as a report names it: "on Wednesday", "on May 12", "on the
# morning of June 3", "here today", "yesterday", "this morning".
_DAY = (
    rf"(?:on\s+(?:{_WEEKDAY}|{MONTH}\s+\d{{1,2}}(?!\d)|the\s+(?:morning|afternoon|evening)"
    r"\s+of|the\s+\d{1,2}(?:st|nd|rd|th))|(?:here\s+)?today|yesterday|this\s+(?:morning"
    r"|afternoon|evening))"
)
_SENTENCE = r"[^.!?\n\"“”]"
_EVENT_VERB = r"(?:held|convened|opened|hosted|staged|launched|inaugurated|unveiled|kicked\s+off)"
# "is held" in a sentence that names the day, before it ("On May 5, the forum is held") or
# after it ("The ceremony is held at the center on Wednesday"), on a line that ends as a
# sentence does (a headline's present tense is its style).
_PATTERN = regex.compile(
    rf"(?:(?<=(?:^|[.!?]\s+)[Oo]n\s+(?:{_WEEKDAY}|{MONTH}\s+\d{{1,2}}|the\s+(?:morning"
    rf"|afternoon|evening)\s+of\s+{MONTH}\s+\d{{1,2}}){_SENTENCE}{{0,200}}?)"
    rf"(?P<verb>\b(?:is|are)\s+{_EVENT_VERB})(?![\p{{L}}-])"
    rf"|(?P<verb>\b(?:is|are)\s+{_EVENT_VERB})(?![\p{{L}}-])"
    rf"(?={_SENTENCE}{{0,120}}?\b{_DAY}\b))"
    r"(?=[^\n]*[.!?][\"”’)]*[ \t]*(?:\n|$))",
    regex.MULTILINE,
)
_PREFILTER = r"\b(?:is|are) (?:held|convened|opened|hosted|staged|launched|inaugurated|unveiled|kicked off)\b"
# A sentence about what is done each time or what is to come keeps the present: "The fair
# is held on May 18 every year", "The forum is held today and will run until Friday".
_NOT_PAST = regex.compile(
    r"(?i)\b(?:will|would|shall|every|each|annually|usually|regularly|normally|always"
    r"|often|tomorrow|next|scheduled|expected|plans?|planned|to\s+be|since|until|till"
    r"|through|runs?|lasts?)\b"
)
# The report tells the event in the past elsewhere: "was held", "were present", "attended
# the meeting", "presided over".
_PAST = regex.compile(
    r"(?i)\b(?:(?:was|were)\s+(?:held|convened|opened|attended|present|hosted|launched"
    r"|signed|inaugurated|staged)|(?:attended|chaired|presided\s+over|addressed)\s+(?:the"
    r"|a|an)|delivered\s+(?:a|an|the)\s+(?:\p{L}+\s+)?speech)\b"
)
_PAST_PREFILTER = r"(?i)\b(?:was|were|attended|chaired|presided|addressed|delivered)\b"

# The third shape: a sentence that opens with its date, "On August 22,", and tells the
# event with a verb of the event in the present after its subject ("On August 22, Mangshi
# holds the opening ceremony", "On March 17, Zheng Li, the county's Party secretary
# summarizes the work"). The subject opens with a capital and holds no clause of its own
# ("the city, which hosts the fair every year, held …": "hosts" is the clause's).
_DATED_PAST_OF = {
    "holds": "held",
    "hosts": "hosted",
    "summarizes": "summarized",
    "summarises": "summarised",
    "visits": "visited",
    "inspects": "inspected",
    "convenes": "convened",
    "chairs": "chaired",
    "presides over": "presided over",
    "receives": "received",
    "meets": "met",
    "signs": "signed",
    "launches": "launched",
}
_DATED_VERBS = phrase_alternation(_DATED_PAST_OF)
_DATED_PATTERN = regex.compile(
    rf"(?:(?<=^[ \t\u00a0\u3000]*)|(?<=[.!?][\"”’]?[ \t]+))On\s+{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+"
    r"(?=\p{Lu})(?:(?!(?:which|who|that|where|when)\b)[^.;:!?\n\"“”])"
    rf"{{1,80}}?\s(?P<verb>{_DATED_VERBS})(?![\p{{L}}'’-])"
    r"(?=[^\n]*[.!?][\"”’)]*[ \t]*(?:\n|$))",
    regex.MULTILINE,
)
_DATED_PREFILTER = (
    r"On (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\S* \d{1,2}(?:st|nd|rd|th)?, "
)

# The fourth shape: a sentence that tells the event in the past ("On the morning of May 12,
# the session was convened.") and, in the same paragraph, the next sentence that tells what
# a person did there in the present ("Governor Li Ming delivers the government work
# report"). The sentence before is the page's own past narration of that same event, so
# the present is a slip and not a page told in the present; a caption stands in a paragraph
# of its own. The subject is "He", "She" or a name in pinyin after at most two title words.
_NEXT_PAST_OF = {
    "delivers": "delivered",
    "gives": "gave",
    "makes": "made",
    "presides over": "presided over",
    "chairs": "chaired",
    "hosts": "hosted",
    "attends": "attended",
    "addresses": "addressed",
    "declares": "declared",
}
_NEXT_VERBS = phrase_alternation(_NEXT_PAST_OF)
_NEXT_PATTERN = regex.compile(
    rf"(?<=\b(?:was|were)\s+(?:\p{{Ll}}+ly\s+)?(?:{_EVENT_VERB}|closed|concluded)\b"
    r"[^.!?\n\"“”]{0,200}[.!?][ \t]+)"
    r"(?P<subject>He|She|(?:\p{Lu}\p{L}+\s+){0,2}(?P<name>\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+))"
    rf"\s+(?P<verb>{_NEXT_VERBS})(?![\p{{L}}'’-])"
    # What the person did there: a speech or report, or the event itself. "Li Ming chairs
    # the foundation" or "makes furniture" tells a standing role or a trade, in the present.
    r"(?=[^.!?\n]{0,60}?\b(?:speech|report|address|remarks|statement|presentation"
    r"|briefing|meeting|session|conference|ceremony|forum|symposium|event|gathering"
    r"|seminar|talks|banquet|reception|congress|assembly|plenary|opening|fair|expo"
    r"|exhibition)\b)"
    r"(?=[^\n]*[.!?][\"”’)]*[ \t]*(?:\n|$))",
    regex.MULTILINE,
)
_NEXT_PREFILTER = (
    r"\b(?:was|were) .*[.!?] .*\b(?:delivers|gives|makes|presides over|chairs|hosts|attends"
    r"|addresses|declares)\b"
)


def _a_person(m: regex.Match[str]) -> bool:
    """The subject is "He", "She" or a name in pinyin ("Governor Li Ming"), not a body or a
    place ("Liaoning Province hosts")."""
    name = m.group("name")
    if name is None:
        return True
    surname, given = name.split()
    syllables = split_syllables(given)
    return surname in pinyin_surnames() and syllables is not None and len(syllables) <= 2


# The fifth shape: a government work report reviews a year gone by ("Review of the Work in
# 2020") and calls it "2020 is the year" or "The past year 2017 is a year of …": the year
# under review is told in the past ("was"). The page's own review heading is the tell, or
# "The past year" before the year; the plan for the coming year ("2021 is the first year
# of the 14th Five-Year Plan") names another year and is left.
_REVIEWED = regex.compile(
    r"(?i)\breview\s+of\s+(?:the\s+|our\s+)?(?:[\p{L}'’]+\s+){0,6}?(?:in|of|for)\s+"
    r"(?:the\s+year\s+)?(?P<year>(?:19|20)\d\d)\b"
)
_REVIEWED_PREFILTER = r"(?i)\breview of "
_YEAR_IS = regex.compile(
    r"(?:^|(?<=[.!?][\"”’]?[ \t]+))(?P<past>The\s+past\s+year,?\s+)?(?P<year>(?:19|20)\d\d)"
    r"\s+(?P<verb>is)\s+(?=(?:a|an|the)\s+[^.;!?\n]{0,60}?\byear\b)",
    regex.MULTILINE,
)
_YEAR_IS_PREFILTER = r"\b(?:19|20)\d\d is (?:a|an|the) "


def _years_reviewed(ctx: Context) -> dict[int, set[str]]:
    """The years each page reviews under a heading of its own ("Review of Work in 2020")."""
    reviewed: dict[int, set[str]] = {}
    for doc, _base, _text, m in prose_matches(ctx.segments, "tgt", _REVIEWED_PREFILTER, _REVIEWED):
        reviewed.setdefault(doc, set()).add(m.group("year"))
    return reviewed


def _sentence(m: regex.Match[str]) -> str:
    """The sentence around the match, as far as its stops."""
    text = m.string
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    stops = [i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0]
    return text[start : min(stops) if stops else len(text)]


def _clause(m: regex.Match[str]) -> str:
    """The sentence around the match up to the first semicolon after it: the clause after a
    semicolon ("…; the outcomes would be a starting point") tells a time of its own."""
    sentence = _sentence(m)
    start = m.string.find(sentence, max(0, m.start() - len(sentence)))
    cut = sentence.find(";", max(0, m.end() - start))
    return sentence if cut < 0 else sentence[:cut]


@rule("E839", "present-tense-in-report", Severity.WARNING, Fix.UNSAFE)
def present_tense_in_report(ctx: Context) -> pl.DataFrame:
    """An event told as "is held", or a reporting verb as "points out", in a past report.

    ## What it does
    Finds "is held", "is convened", "is opened", "are held" and the like in a sentence of
    running text that names the day the event took place ("on Wednesday", "on May 12",
    "here today", "yesterday", or a sentence that opens "On May 12,"), on a page that tells
    the event in the past elsewhere ("was held", "were present", "attended the meeting",
    "presided over"). Left alone: headlines (the present is their style), photo captions (a
    credit, a full date, or the paragraph under it retelling it), quoted words, a
    sentence about what recurs or is to come ("is held on May 18 every year", "will",
    "scheduled", "until"), and a page with no past narration, such as an announcement.

    Also a reporting verb in the simple present after a named subject opening its sentence
    — "He", "She", a person named in pinyin (perhaps after a title, or with a post set
    off by commas) or the meeting — ("Zhang Wei points out that", "The session hears the
    report") on a page whose reporting verbs are in the past more often ("said",
    "stressed", "pointed out"): "pointed out". Not headlines, quoted words, "says" or
    "notes" (features keep them in the present), a document as the subject ("The plan
    stresses"), or a page told in the present. So too the next stop of a tour told so,
    "inspects" or "investigates" after "also", "then", "later" or "further" ("Zhang Wei
    also inspects the port": inspected); alone, as a photo caption tells its picture, they
    are left.

    And a sentence that opens with its date ("On August 22,") and tells its event with a
    verb of the event in the present after its subject: "On August 22, Mangshi holds the
    opening ceremony" (held), "On March 17, Zheng Li, the county's Party secretary
    summarizes the work" (summarized); not a verb in a clause of the subject's own ("the
    city, which hosts the fair every year, held …"), nor a sentence of what recurs or is
    to come, nor a page told in the present.

    And a person's part in the event told in the present ("delivers", "presides over",
    "attends", "addresses") in the sentence right after one of the same paragraph that
    tells the event in the past: "The session was solemnly opened. Governor Li Ming
    delivers the government work report" (delivered). Not a caption in a paragraph of its
    own, a body as the subject, nor what recurs or is to come.

    And the year a government work report reviews under a heading of its own ("Review of
    the Work in 2020") called "2020 is the year of …", or "The past year 2017 is a year
    of …": "was". Not another year ("2021 is the first year of the plan", the year to
    come) nor a page with no review of that year.

    ## Why is this bad?
    召开, 举行 carry no tense, and a report that renders them "is held" tells a past event
    as if it were under way, against its own dates and the past tense of its other
    sentences; the reader takes the page for a notice.

    ## Example
    ```text
    The signing ceremony is held at the convention center on Wednesday. Mayor Li Ming
    attended the ceremony.
    ```

    ## Use instead
    ```text
    The signing ceremony was held at the convention center on Wednesday. Mayor Li Ming
    attended the ceremony.
    ```

    ## Fix safety
    Unsafe: "was held" or the verb's past ("pointed out") is suggested; the sentence's
    other verbs may need the past too.
    """
    rows = new_rows()
    reports = list(present_reports(ctx.segments))
    in_captions = caption_places(ctx.corpus.paragraphs, ((r[0], r[1]) for r in reports))
    for doc, start, end, verb, fixed in reports:
        if (doc, start) in in_captions:
            continue
        message = (
            f"“{verb}”: the page reports in the past elsewhere; a report tells what was "
            f"said there in the past: “{fixed}”"
        )
        add_row(rows, doc, start, end, message, fixed)
    past = docs_with_match(ctx.segments, "tgt", _PAST_PREFILTER, _PAST, lambda _m: True)
    candidates = [
        (doc, base + m.start("verb"), base + m.end("verb"), " ".join(m.group("verb").split()))
        for prefilter, pattern in ((_PREFILTER, _PATTERN), (_DATED_PREFILTER, _DATED_PATTERN))
        if past
        for doc, base, _text, m in prose_matches(ctx.segments, "tgt", prefilter, pattern)
        if doc in past
        and outside_quotes(m)
        and not in_caption(m)
        and not _NOT_PAST.search(_sentence(m) if pattern is _PATTERN else _clause(m))
    ]
    # The fourth shape carries its own evidence of the past (the sentence before), so it
    # asks nothing of the page's other sentences; it reads paragraphs, since a segment is
    # one sentence.
    after_past = [
        (doc, base + m.start("verb"), base + m.end("verb"), " ".join(m.group("verb").split()))
        for doc, base, _text, m in prose_matches(
            ctx.corpus.paragraphs, "text", _NEXT_PREFILTER, _NEXT_PATTERN
        )
        if outside_quotes(m)
        and not in_caption(m)
        and _a_person(m)
        and not _NOT_PAST.search(_clause(m))
    ]
    told_before = {(doc, start) for doc, start, _e, _v in after_past}
    candidates += after_past
    reviewed = _years_reviewed(ctx)
    candidates += [
        (doc, base + m.start("verb"), base + m.end("verb"), "is")
        for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _YEAR_IS_PREFILTER, _YEAR_IS)
        if (m.group("past") or m.group("year") in reviewed.get(doc, ())) and outside_quotes(m)
    ]
    captions = caption_places(ctx.corpus.paragraphs, ((doc, s) for doc, s, _e, _v in candidates))
    for doc, start, end, verb in candidates:
        if (doc, start) in captions:
            continue
        if verb == "is":
            fixed = "was"
        elif verb in _NEXT_PAST_OF:
            fixed = _NEXT_PAST_OF[verb]
        elif verb in _DATED_PAST_OF:
            fixed = _DATED_PAST_OF[verb]
        else:
            aux, participle = verb.split(" ", 1)
            fixed = ("was" if aux == "is" else "were") + " " + participle
        if verb == "is":
            message = "“is”: a work report tells the year it reviews in the past: “was”"
        elif (doc, start) in told_before:
            message = (
                f"“{verb}”: the sentence before tells this event in the past; so does a "
                f"report of what was done there: “{fixed}”"
            )
        else:
            message = (
                f"“{verb}”: a report tells an event of a named day in the past, as the page "
                f"does elsewhere: “{fixed}”"
            )
        add_row(rows, doc, start, end, message, fixed)
    return output(rows)
