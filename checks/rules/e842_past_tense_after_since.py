"""E842 past-tense-after-since."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.agreement import also_a_verb, singular_of
from tifa.checks.context import Context
from tifa.checks.numbers import MONTH
from tifa.checks.registry import rule
from tifa.checks.report_verbs import outside_quotes
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.frequency import zipf

COMMON_PARTICIPLE = 2.5  # a regular participle must be a common word (Zipf)

# A point in time opening the sentence, which "since" counts from: a year ("Since 2012,",
# "Since early 2019,", "Since May 2020,"), "then", "last year", or an event named by its
# start ("Since the launch of the campaign,", "Since the 18th CPC National Congress,",
# "Since the reform and opening-up,"). "Since" that means "because" is followed by a
# clause, never by one of these.
_TIME = (
    rf"(?:(?:early|late|mid-?|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)\s*)?"
    rf"(?:{MONTH}\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d(?!\d)"
    r"|then|last\s+year|the\s+(?:launch|founding|establishment|start|beginning|outbreak"
    r"|inception|introduction|implementation|opening|reform\s+and\s+opening|(?:18|19|20)th"
    r"\s+(?:CPC\s+)?National\s+Congress)\b[^,.;:!?\n\"“”]{0,80}"
)
# The first finite "be" of the main clause after the comma, with no perfect before it.
_PATTERN = regex.compile(
    rf"(?:(?:^|(?<=[.!?][\"”’]?\s+)|(?<=\n\s*))(?P<since>Since\s+(?:{_TIME}))"
    rf"|(?<=\bthat\s+)(?P<since>since\s+(?:{_TIME}))),\s+"
    r"(?P<subject>[^;:.!?\n\"“”]{1,100}?)(?<![\p{L}'’-])(?P<verb>was|were|is|are)"
    r"(?![\p{L}'’-])",
    regex.MULTILINE,
)
_PREFILTER = r"(?i)since [^,\n]{1,90}, [^.\n]*\b(?:was|were|is|are)\b"
# The same with "since" after the verb: "Such inspections were launched … since the 18th
# CPC National Congress." A passive in the past, then "since" and a time, in one sentence.
_TRAILING = regex.compile(
    r"(?<![\p{L}'’-])(?P<verb>was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)(?![\p{L}'’-])"
    rf"(?P<between>[^;:.!?\n\"“”]{{0,120}}?)\bsince\s+(?P<time>{_TIME})"
)
_TRAILING_PREFILTER = (
    r"\b(?:was|were) [^.\n]*\bsince (?:the|then|last|early|late|mid|[12]\d\d\d|[A-Z])"
)
# Between the verb and "since": a clause of its own or a perfect ("were built and have run
# since 2012"), a superlative or first that "since" measures ("was the highest since
# 2008", "was held for the first time since 2019"), or a comma, after which "since" may
# date an aside ("was replaced by Li Ming, a deputy director since 2015").
_NOT_TRAILING = regex.compile(
    r"(?i)\b(?:has|have|had|which|that|who|where|when|while|first|last|only|ever"
    r"|most|least|record|time|\p{L}+est)\b|,"
)
# Words that open a clause of their own, or make the tense before "be" another's: "Since
# 2012, the projects that were launched have …", "Since then, the city has built … which
# is", "Since 2015, it has been …, and it is".
_NOT_MAIN_WORDS = (
    "that which who whom whose when where while whereas if whether as because once after "
    "before although though has have had will would shall should may might must can "
    "could to and but"
)
_NOT_MAIN = frozenset(_NOT_MAIN_WORDS.split())
_PERFECT = {"was": "has been", "is": "has been", "were": "have been", "are": "have been"}
# A verb in the simple present after a singular subject ("since the 18th CPC National
# Congress, the Central Committee hears reports annually"), also after an opening phrase
# and its comma ("In the view of the meeting, since the beginning of this year, the city
# adheres to …"). The subject holds no comma; what follows the verb up to the clause's end
# must hold no finite verb, or the word was a noun ("the bureau reports have gone").
_PRESENT = regex.compile(
    rf"(?:(?:^|(?<=[.!?][\"”’]?\s+)|(?<=\n\s*))(?P<since>Since\s+(?:{_TIME}))"
    rf"|(?<=\bthat\s+)(?P<since>since\s+(?:{_TIME}))"
    rf"|(?<=(?:^|[.!?]\s+)\p{{Lu}}[^,.;:!?\n\"“”]{{0,60}},\s+)(?P<since>since\s+(?:{_TIME}))),\s+"
    r"(?P<subject>[^,;:.!?\n\"“”]{1,80}?)(?<![\p{L}'’-])(?P<verb>\p{Ll}{3,}s)(?![\p{L}'’-])"
    r"(?P<rest>[^,;:.!?\n]*)",
    regex.MULTILINE,
)
_PRESENT_PREFILTER = r"(?i)since [^,\n]{1,90}, [^,.\n]*[a-z]s\b"
# A verb in the simple past in "-ed" there ("Since the 18th CPC National Congress, the
# number of firms increased from …": has increased), read the same way: a subject with no
# comma and no clause word, and no finite verb after it in its clause, or the "-ed" word
# was a participle in the subject ("the projects launched in 2012 have …").
_PAST = regex.compile(
    _PRESENT.pattern.replace(r"(?P<verb>\p{Ll}{3,}s)", r"(?P<verb>\p{Ll}{3,}ed)"),
    regex.MULTILINE,
)
_BEFORE_A_MODIFIER = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "for",
        "to",
        "with",
        "by",
        "on",
        "at",
        "from",
        "and",
        "or",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "these",
        "those",
        "each",
        "every",
        "all",
        "more",
        "most",
        "many",
        "some",
        "such",
        "other",
        "newly",
    ]
)
_PAST_PREFILTER = r"(?i)since [^,\n]{1,90}, [^,.\n]*[a-z]ed\b"
_FINITE = regex.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must"
    r"|does|do|did)\b"
)
# The participles of common irregular verbs; a regular one is told by its frequency.
_IRREGULAR = {
    "hear": "heard", "hold": "held", "make": "made", "take": "taken", "give": "given",
    "see": "seen", "meet": "met", "build": "built", "lead": "led", "keep": "kept",
    "bring": "brought", "win": "won", "grow": "grown", "become": "become", "send": "sent",
    "spend": "spent", "seek": "sought", "sell": "sold", "stand": "stood", "find": "found",
    "feel": "felt", "lay": "laid", "pay": "paid", "teach": "taught", "think": "thought",
}  # fmt: skip
# Present verbs that report, or state where a thing stands now ("Since then, the port ranks
# first in the province"), rather than tell what has gone on since.
_NOT_SPAN = frozenset(
    {"says", "notes", "thinks", "believes", "hopes", "means", "seems", "appears", "looks"}
    | {"ranks", "remains", "stands", "lies", "sits", "leads", "accounts", "tops", "holds"}
    | {"owns", "contains", "includes", "covers", "belongs", "consists", "exceeds", "equals"}
    | {"totals", "enjoys", "boasts", "knows", "needs", "wants", "features", "ranges"}
)


@rule("E842", "past-tense-after-since", Severity.WARNING, Fix.UNSAFE)
def past_tense_after_since(ctx: Context) -> pl.DataFrame:
    """The simple past or present in a sentence that counts from "Since" a date.

    ## What it does
    Finds a sentence that opens with "Since" and a point in time — a year ("Since 2012,",
    "Since May 2020,"), "then", "last year", or an event named by its start ("Since the
    launch of the campaign,", "Since the 18th CPC National Congress,") — whose main clause
    then takes "was", "were", "is" or "are" ("Since 2012, 30 projects were launched"). A
    time counted from a point up to now takes the present perfect. Left alone: "since"
    meaning "because" (a clause follows it, not a time), a main clause that already has
    "has", "have" or "had" before the verb, and a verb inside a clause of its own ("the
    projects that were launched", "… and it is"). Also a past passive with "since" and a
    time later in its sentence ("were launched in every county since 2018"), unless a
    clause of its own, a superlative or first ("the highest since 2008"), or a comma after
    which "since" may date an aside ("was replaced by Li Ming, a deputy director since
    2015") stands between them. And a verb in the simple present after a singular subject
    in such a sentence, or after "that since" or an opening phrase and its comma ("that
    since the 18th CPC National Congress, the Central Committee hears reports annually":
    has heard); not where a finite verb follows in its clause (the word was a noun: "the
    bureau reports have gone"), a plural subject, "says" and other verbs that report, or a
    verb of where a thing stands now ("Since then, the port ranks first"). So too a verb in
    the simple past in "-ed" there ("Since the 18th CPC National Congress, the number of
    firms increased from …": has increased); not a participle describing the noun after it,
    after a determiner, a preposition, a possessive or an adverb ("the number of
    registered firms"), nor where a finite verb follows in its clause ("the projects
    launched in 2012 have …").

    ## Why is this bad?
    以来 marks a span up to now, and English marks it with the present perfect; "Since
    2012, … were launched" reads as a slip of tense to any English reader.

    ## Example
    ```text
    Since 2012, more than 30 industrial projects were launched in the zone.
    ```

    ## Use instead
    ```text
    Since 2012, more than 30 industrial projects have been launched in the zone.
    ```

    ## Fix safety
    Unsafe: "has been" or "have been" is suggested for the verb; a sentence with more
    verbs may need them changed too.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        words = regex.findall(r"[\p{L}'’-]+", m.group("subject").lower())
        if words and not any(w in _NOT_MAIN for w in words):
            _add(rows, doc, base, m, f"{' '.join(m.group('since').split())}, … {m['verb']}")
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PRESENT_PREFILTER, _PRESENT):
        fixed = _present_perfect(m)
        if fixed is not None and outside_quotes(m):
            shown = f"{' '.join(m.group('since').split())}, … {m['verb']}"
            message = (
                f"“{shown}”: a time counted from a point up to now takes the present perfect: "
                f"“{fixed}”"
            )
            add_row(rows, doc, base + m.start("verb"), base + m.end("verb"), message, fixed)
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PAST_PREFILTER, _PAST):
        # "and" may join two words of the subject ("industrial and commercial households");
        # a clause word, an auxiliary or a modal may not.
        words = regex.findall(r"[\p{L}'’-]+", m.group("subject"))
        if not words or any(w.lower() in _NOT_MAIN and w.lower() != "and" for w in words):
            continue
        # A finite verb before the "-ed" word makes it a participle ("roads were paved"),
        # which the passive's reading above takes.
        if _FINITE.search(m.group("subject")):
            continue
        # After a determiner, a preposition, a possessive or an adverb the "-ed" word
        # describes the noun after it ("the number of registered firms", "newly listed").
        last = words[-1].lower()
        if last in _BEFORE_A_MODIFIER or last.endswith(("ly", "'s", "’s")):
            continue
        if _FINITE.search(m["rest"]) or not outside_quotes(m):
            continue
        plural = words[-1].endswith("s") and not words[-1][:1].isupper()
        fixed = ("have " if plural else "has ") + m.group("verb")
        shown = f"{' '.join(m.group('since').split())}, … {m['verb']}"
        message = (
            f"“{shown}”: a time counted from a point up to now takes the present perfect: “{fixed}”"
        )
        add_row(rows, doc, base + m.start("verb"), base + m.end("verb"), message, fixed)
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _TRAILING_PREFILTER, _TRAILING):
        if not _NOT_TRAILING.search(m.group("between")) and outside_quotes(m):
            _add(rows, doc, base, m, f"{m['verb']} … since {' '.join(m.group('time').split())}")
    return output(rows)


def _add(
    rows: dict[str, list[object]], doc: int, base: int, m: regex.Match[str], shown: str
) -> None:
    """A finding on the match's verb, with the present perfect suggested."""
    fixed = _PERFECT[m.group("verb")]
    message = (
        f"“{shown}”: a time counted from a point up to now takes the present perfect: “{fixed}”"
    )
    add_row(rows, doc, base + m.start("verb"), base + m.end("verb"), message, fixed)


def _present_perfect(m: regex.Match[str]) -> str | None:
    """ "has" and the participle for a verb in the simple present after a singular subject
    (`_PRESENT`), or None where the word may be a noun or the subject a plural."""
    words = regex.findall(r"[\p{L}'’-]+", m.group("subject"))
    verb = m.group("verb")
    if not words or any(w.lower() in _NOT_MAIN for w in words) or verb in _NOT_SPAN:
        return None
    if (words[-1].endswith("s") and not words[-1][:1].isupper()) or _FINITE.search(m["rest"]):
        return None
    base = singular_of(verb)
    if base is None or not also_a_verb(base):
        return None
    if base in _IRREGULAR:
        return "has " + _IRREGULAR[base]
    stem = base[:-1] if base.endswith("e") else base
    forms = [stem + "ed", base[:-1] + "ied"] if base.endswith("y") else [stem + "ed"]
    best = max(forms, key=zipf)
    return "has " + best if zipf(best) >= COMMON_PARTICIPLE else None
