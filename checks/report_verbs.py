"""A reporting verb in the simple present ("Zhang Wei points out that", "The meeting
stresses") on a page that reports in the past elsewhere (E839's second shape).

A page's own tense is the evidence: the reporting verbs it puts in the past ("said",
"stressed", "pointed out") are counted per page, and a present one is taken for a slip
only where the past ones are more.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator

import polars as pl
import regex

from tifa.checks.scan import prose_matches
from tifa.glossary.names import pinyin_surnames, split_syllables

# Verbs that report what a person or a meeting said or did there, with their past. Not
# "says" or "notes": features keep them in the present throughout ("says Wang, who …").
_PAST_OF = {
    "points out": "pointed out",
    "stresses": "stressed",
    "emphasizes": "emphasized",
    "emphasises": "emphasised",
    "requires": "required",
    "demands": "demanded",
    "urges": "urged",
    "calls on": "called on",
    "calls for": "called for",
    "presides over": "presided over",
    "hears": "heard",
    "reviews": "reviewed",
    "deliberates": "deliberated",
    "listens to": "listened to",
    # A leader's doings on a tour, told as the next stop of the report ("Wang Lin also
    # inspects …"); alone, as a photo caption tells its picture, they are left (_TOUR).
    "investigates": "investigated",
    "inspects": "inspected",
}
_TOUR = frozenset({"investigates", "inspects"})
# A meeting's own verbs, which a person does not take in a report ("The session hears").
_MEETING_ONLY = frozenset({"hears", "reviews", "deliberates", "listens to"})
_VERBS = "|".join(v.replace(" ", r"\s+") for v in sorted(_PAST_OF, key=lambda v: (-len(v), v)))
_MEETING = r"The\s+(?:meeting|session|plenary\s+session|conference|symposium|forum)"
# The subject opens the sentence, perhaps after a phrase of time or place ("On Monday,",
# "At the meeting,"): "He", "She", a name in pinyin after at most two title words ("Mayor
# Li Ming", "Zhang Zhijun"), perhaps with a post set off by commas, or the meeting itself.
# The line ends as a sentence does: a headline's present tense is its style.
_PATTERN = regex.compile(
    r"(?:^|(?<=[.!?][\"”’]?[ \t]+))(?:(?:On|At|During|In)\s[^,.;\n\"“”]{1,60},\s+)?"
    rf"(?P<subject>He|She|{_MEETING}|(?:\p{{Lu}}\p{{L}}+\s+){{0,2}}(?P<name>\p{{Lu}}\p{{Ll}}+"
    r"\s+\p{Lu}\p{Ll}+)(?:,[^,.;\n\"“”]{1,100},)?)"
    r"(?:\s+(?P<next>also|then|later|further))?"
    rf"\s+(?P<verb>{_VERBS})(?![\p{{L}}'’-])",
    regex.MULTILINE,
)
# A line of running text ends as a sentence does or runs long; a headline does neither.
_SENTENCE_LINE = regex.compile(r"[.!?][\"”’)]*[ \t]*$")
_LONG_LINE = 20
# A photo caption tells its picture in the present ("Premier Li Qiang presides over the
# meeting in Beijing, capital of China, March 15, 2024. (Xinhua/…)"): its sentence ends
# with the full date, or the line credits the photo.
_CAPTION = regex.compile(
    r"(?i)\b(?:19|20)\d\d\s*[.)]|\bphoto\b|\(xinhua|\[photo|/xinhua|provided\s+to"
)
_PREFILTER = (
    r"\b(?:points out|stresses|emphasi[sz]es|requires|demands|urges|calls (?:on|for)"
    r"|presides over|hears|reviews|deliberates|listens to|investigates|inspects)\b"
)
# The page reports in the past: the same verbs and "said", "noted", "added" in the past.
# And its events: "was opened", "were present", "delivered a report", "attended".
_PAST = regex.compile(
    r"\b(?:said|noted|added|pointed\s+out|stressed|emphasi[sz]ed|required|demanded|urged"
    r"|called\s+(?:on|for)|presided\s+over|heard|reviewed|deliberated|listened\s+to"
    r"|attended|delivered|inspected|visited|(?:was|were)\s+(?:held|present|\p{Ll}+ed))\b"
)
_PAST_PREFILTER = (
    r"\b(?:said|noted|added|pointed out|stressed|emphasi[sz]ed|required|demanded|urged"
    r"|called (?:on|for)|presided over|heard|reviewed|deliberated|listened to|attended"
    r"|delivered|inspected|visited|was|were)\b"
)


def outside_quotes(m: regex.Match[str]) -> bool:
    """The match is not inside a quotation opened earlier on its line."""
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    before = m.string[line_start : m.start()]
    return before.count("“") <= before.count("”") and before.count('"') % 2 == 0


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line holding text[start:end]."""
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1


def in_caption(m: regex.Match[str]) -> bool:
    """The match's line credits a photo or ends on a full date, as a caption does."""
    lo, hi = _line_bounds(m.string, m.start(), m.end())
    return bool(_CAPTION.search(m.string[lo:hi]))


# How many opening words a caption shares with the paragraph under it that retells it.
_RETOLD_WORDS = 6
# A caption's credit after its last full stop ("… on Sept 3. [Photo/dbw.cn]", "… Photo/Li
# Na") is a sentence of its own to the splitter, so `in_caption` never sees it: it is read on
# the paragraph.
_CREDIT_END = regex.compile(
    r"(?i)(?:[\[(](?:photo|xinhua|provided)\b[^\])\n]*[\])]|\bphotos?\s*[:/][^.\n]*)[ \t]*$"
)


def caption_places(paragraphs: pl.DataFrame, at: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """Of the (doc, offset) places given, those in a photo caption: a paragraph that ends on
    a photo credit, or one whose next paragraph opens with the same words — a caption in the
    present over the article that retells it in the past ("The third session … is held on
    Feb 12 in …" over "… was held on Feb 12 in …")."""
    wanted = set(at)
    docs = {doc for doc, _ in wanted}
    if not docs:
        return set()
    rows = (
        paragraphs.filter(
            pl.col("doc").is_in(sorted(docs)) & (pl.col("text").str.strip_chars() != "")
        )
        .sort("doc", "start")
        .select("doc", "start", "end", "text")
        .rows()
    )
    paragraphs_of: dict[int, list[tuple[int, int, str]]] = {}
    for doc, start, end, text in rows:
        paragraphs_of.setdefault(doc, []).append((start, end, text))
    starts = {doc: [p[0] for p in paras] for doc, paras in paragraphs_of.items()}
    found: set[tuple[int, int]] = set()
    for doc, pos in wanted:
        paras = paragraphs_of.get(doc, [])
        i = bisect_right(starts.get(doc, []), pos) - 1
        if i < 0 or pos >= paras[i][1]:
            continue
        if _CREDIT_END.search(paras[i][2]):
            found.add((doc, pos))
            continue
        opening = paras[i][2].split()[:_RETOLD_WORDS]
        retold = i + 1 < len(paras) and paras[i + 1][2].split()[:_RETOLD_WORDS] == opening
        if len(opening) == _RETOLD_WORDS and retold:
            found.add((doc, pos))
    return found


def _running_text(m: regex.Match[str]) -> bool:
    """The match stands in a line of running text, not a headline or a photo caption."""
    lo, hi = _line_bounds(m.string, m.start(), m.end())
    line = m.string[lo:hi]
    if _CAPTION.search(line):
        return False
    return bool(_SENTENCE_LINE.search(line)) or len(line.split()) >= _LONG_LINE


def _named(m: regex.Match[str]) -> bool:
    """The subject is "He", "She", the meeting, or a person named in pinyin."""
    verb = " ".join(m.group("verb").split())
    subject = m.group("subject")
    if subject.startswith("The"):
        return True
    if verb in _MEETING_ONLY or (verb in _TOUR and m.group("next") is None):
        return False
    name = m.group("name")
    if name is None:
        return subject in ("He", "She")
    surname, given = name.split()
    syllables = split_syllables(given)
    return surname in pinyin_surnames() and syllables is not None and len(syllables) <= 2


def present_reports(
    segments: pl.DataFrame,
) -> Iterator[tuple[int, int, int, str, str]]:
    """(doc, start, end, verb, its past) of each reporting verb in the present on a page
    whose reporting verbs in the past are more."""
    found = [
        (doc, base, m)
        for doc, base, _text, m in prose_matches(segments, "tgt", _PREFILTER, _PATTERN)
        if outside_quotes(m) and _running_text(m) and _named(m)
    ]
    if not found:
        return
    past: Counter[int] = Counter()
    for doc, _base, _text, _m in prose_matches(segments, "tgt", _PAST_PREFILTER, _PAST):
        past[doc] += 1
    present = Counter(doc for doc, _base, _m in found)
    for doc, base, m in found:
        if past[doc] < 2 or past[doc] <= present[doc]:
            continue
        verb = " ".join(m.group("verb").split())
        yield doc, base + m.start("verb"), base + m.end("verb"), verb, _PAST_OF[verb]
