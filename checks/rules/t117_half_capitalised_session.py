"""T117 half-capitalised-session."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.congress import EDGE_L, ORDINAL, S
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# "the 9th Plenary session of", "the second Session of": a numbered sitting, its ordinal
# and its words, in running text, with "of" after it (a sitting of a named body).
_PATTERN = regex.compile(
    rf"{EDGE_L}(?P<nth>(?i:{ORDINAL})){S}(?P<words>(?:(?i:plenary){S})?(?i:session|meeting))"
    rf"(?=({S}(?i:of){S}))"
)
_PREFILTER = r"(?i)(?:session|meeting)[ \u00a0]+of[ \u00a0]"
_LETTERS = regex.compile(r"\p{L}+")


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \u00a0“\"‘'(")
    return not before or before[-1] in ".!?:;"


@rule("T117", "half-capitalised-session", Severity.WARNING, Fix.UNSAFE)
def half_capitalised_session(ctx: Context) -> pl.DataFrame:
    """A numbered session or plenary session written half in capitals ("the 9th Plenary session").

    ## What it does
    Finds a numbered sitting named before "of" — "the 9th Plenary session of", "the
    second Session of", "the Fourth plenary meeting of" — whose words mix capitals and
    lower case. The ordinal counts when it is a word ("second"); a figure ("9th") has no
    case. The first word of a sentence is capitalised whatever it is and is not counted.
    "The third plenary session of" and "the Third Plenary Session of" are both written one
    way and are left alone.

    ## Why is this bad?
    A sitting is named either as a description in lower case (Xinhua: "the third plenary
    session of the 20th CPC Central Committee") or as a title with every word capitalised;
    half of each reads as a slip, and a page that writes it both ways looks careless.

    ## Example
    ```text
    The 9th Plenary session of the 13th CPC Provincial Committee closed on Friday.
    ```

    ## Use instead
    ```text
    The 9th plenary session of the 13th CPC Provincial Committee closed on Friday.
    ```

    ## Fix safety
    Unsafe: the lower-case form is suggested; a page that capitalises its sittings
    elsewhere may want the capitals instead.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        words = [(m.start("nth"), m.group("nth"))] if m.group("nth")[0].isalpha() else []
        words += [
            (w.start(), w.group())
            for w in _LETTERS.finditer(text, m.start("words"), m.end("words"))
        ]
        if words and words[0][0] == m.start() and _starts_sentence(text, m.start()):
            words = words[1:]
        capitals = [w[:1].isupper() for _o, w in words]
        if len(capitals) < 2 or all(capitals) or not any(capitals):
            continue
        start = m.start() if m.group("nth")[0].isalpha() else m.start("words")
        span = m.string[start : m.end("words")]
        lead = start == m.start() and _starts_sentence(text, start)
        fixed = span.lower()
        if lead:
            fixed = fixed[:1].upper() + fixed[1:]
        add_row(
            rows,
            doc,
            base + start,
            base + m.end("words"),
            f"“{span}” capitalises only some of its words: “{fixed}” (or every word)",
            fixed,
        )
    return output(rows)
