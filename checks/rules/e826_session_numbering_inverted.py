"""E826 session-numbering-inverted."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.numbers import ORDINALS, TENS, WORDS
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Ordinal words to twentieth, and "thirtieth"; "twenty-second" is a tens word and a unit.
_ORDINAL_WORDS = {**ORDINALS, "thirtieth": 30}
_TENS_STEM = {"twenty": WORDS["twenty"], "thirty": TENS["thirty"]}
# An ordinal in figures ("22nd") or in words, hyphenated or not ("Twenty-Second").
_ORDINAL = (
    r"\d{1,2}(?:st|nd|rd|th)"
    r"|(?i:(?:twenty|thirty)(?:[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth))?|twentieth|thirtieth|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth)"
)
# "the 14th session of the first Municipal People's Congress", "the 8th Session of the
# Twenty-Second Standing Committee": a sitting's ordinal, then the term's, then the body,
# which may have its place and level first.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<name>(?P<sitting>{_ORDINAL}){_S}(?i:session){_S}of{_S}"
    rf"(?i:the){_S}(?P<term>{_ORDINAL}))(?![\p{{L}}\p{{N}}'’-]){_S}"
    rf"(?P<body>(?:[\p{{Lu}}][\p{{L}}'’-]*{_S}){{0,3}}?(?:(?i:people['’]?s){_S}(?i:congress)|NPC"
    rf"|CPPCC|(?i:political){_S}(?i:consultative){_S}(?i:conference)"
    rf"|(?i:standing){_S}(?i:committee)))(?![\p{{L}}'’-])"
)
_PREFILTER = r"(?i:session[ \u00a0]+of[ \u00a0]+the[ \u00a0]+\S+[ \u00a0])"
# A term holds a handful of sessions: a local congress or CPPCC committee meets once a year
# over a five-year term. A congress's first few terms with a session numbered past seven,
# or a standing committee or a CPPCC committee numbered past nineteen (none has reached
# its twentieth term; their meetings run that high), has its two numbers swapped.
_MOST_SESSIONS = 7
_FEW_TERMS = 3
_MOST_TERMS = 19


def ordinal_value(word: str) -> int:
    """The number an ordinal names: "22nd" 22, "Twenty-Second" 22, "first" 1."""
    low = word.lower().replace(" ", "-")
    if low[:1].isdigit():
        return int(low[:-2])
    if low in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[low]
    stem, _, unit = low.partition("-")
    return _TENS_STEM[stem] + (ORDINALS[unit] if unit else 0)


def _swapped(m: regex.Match[str]) -> str:
    """The match's two ordinals swapped, each in its own place's spelling."""
    text = m.group("name")
    a, b = m.span("sitting"), m.span("term")
    base = m.start("name")
    return (
        text[b[0] - base : b[1] - base]
        + text[a[1] - base : b[0] - base]
        + text[a[0] - base : a[1] - base]
    )


@rule("E826", "session-numbering-inverted", Severity.WARNING, Fix.UNSAFE)
def session_numbering_inverted(ctx: Context) -> pl.DataFrame:
    """A session's number and its congress's term swapped ("the 14th session of the first …").

    ## What it does
    Finds "the Nth session of the Mth" before a people's congress, the NPC, a CPPCC
    committee or a standing committee, where the two numbers cannot be as written: a
    session past the seventh of a congress or CPPCC committee in its first three terms
    ("the 14th session of the first Municipal People's Congress"), or a CPPCC committee
    or a standing committee in a term past the nineteenth ("the 8th Session of the
    Twenty-Second Standing Committee"). In headings too: the numbers are facts. Left
    alone: ordinary numbering ("the first session of the 14th NPC", "the 22nd session of
    the 8th Standing Committee"), a meeting ("the 14th meeting of the 1st Standing
    Committee", which meets often), and Party plenary sessions.

    ## Why is this bad?
    Chinese names the term first and the sitting second (第一届人民代表大会第十四次会议 is
    never written; 第十四届人民代表大会第一次会议 is "the first session of the 14th"), and a
    term holds about five sessions, one a year. A translator who keeps the Chinese order
    of the two ordinals names a sitting that never took place.

    ## Example
    ```text
    The 14th session of the first Municipal People's Congress opened on Monday.
    ```

    ## Use instead
    ```text
    The first session of the 14th Municipal People's Congress opened on Monday.
    ```

    ## Fix safety
    Unsafe: the two ordinals swapped are suggested; a person checks the source's numbers.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        sitting = ordinal_value(m.group("sitting"))
        term = ordinal_value(m.group("term"))
        body = m.group("body").lower()
        standing = body.endswith("committee")
        cppcc = "cppcc" in body or "consultative" in body
        early = not standing and term <= _FEW_TERMS and sitting > _MOST_SESSIONS
        late = (standing or cppcc) and term > _MOST_TERMS and sitting < term
        if not (early or late):
            continue
        add_row(
            rows,
            doc,
            base + m.start("name"),
            base + m.end("name"),
            f"“{m.group('name')}”: the session's and the term's numbers look swapped; a term "
            "holds a handful of sessions",
            _swapped(m),
        )
    return output(rows)
