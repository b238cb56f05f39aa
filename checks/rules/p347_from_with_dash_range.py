"""P347 from-with-dash-range."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.numbers import MONTH as _MONTH
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_DASH = r"[ \u00a0]*[-–—][ \u00a0]*"
# "from", two days or two years joined by a hyphen or dash: "from May 26-29", "from 4-6
# September", "from 2016-2020". Only dates: "rose from 3-5 percent to 8 percent" is a range
# that "from" governs as a whole. A number that runs on into a date or a code ("from
# 2023-05-06") is no range.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR = r"(?:1[89]|20)\d\d"
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}-])(?i:from)[ \u00a0]+(?:"
    rf"(?P<month>{_MONTH}[ \u00a0]+)(?P<low>{_DAY})(?P<suffix>st|nd|rd|th)?{_DASH}(?P<high>{_DAY})(?:st|nd|rd|th)?"
    rf"|(?P<low2>{_DAY})(?P<suffix2>st|nd|rd|th)?{_DASH}(?P<high2>{_DAY})(?:st|nd|rd|th)?(?=[ \u00a0]+{_MONTH}(?!\p{{L}}))"
    rf"|(?P<low3>{_YEAR}){_DASH}(?P<high3>{_YEAR})"
    r")(?![\p{N}\p{L}]|[-–—/.:]\d)"
)
_PREFILTER = r"(?i)\bfrom\s+(?:[a-z]+\.?\s+)?\d{1,4}(?:st|nd|rd|th)?\s*[-–—]\s*\d"


@rule("P347", "from-with-dash-range", Severity.WARNING, Fix.UNSAFE)
def from_with_dash_range(ctx: Context) -> pl.DataFrame:
    """A range opened with "from" and closed with a dash ("from May 26-29").

    ## What it does
    Finds "from" followed by two numbers joined by a hyphen or dash ("from May 26-29",
    "from 4-6 September", "from 2016-2020") and suggests "to" in place of the dash. Only
    days with their month and years are read: "rose from 3-5 percent to 8 percent" is a
    range that "from" governs whole, and a date written with hyphens ("from 2023-05-06") or
    a telephone number is no range.

    ## Why is this bad?
    "From" asks for "to": a dash already means "to", so "from 26-29" says "from 26 to" and
    stops. Style guides of news English (AP, The Economist, Xinhua's own copy) write "from
    May 26 to 29" or "May 26-29", never both.

    ## Example
    ```text
    The trade fair will be held from May 26-29 in Dalian.
    ```

    ## Use instead
    ```text
    The trade fair will be held from May 26 to 29 in Dalian.
    ```

    ## Fix safety
    Unsafe: "to" is suggested; a person may prefer to drop "from" and keep the dash.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        month = m.group("month") or ""
        low = m.group("low") or m.group("low2") or m.group("low3")
        high = m.group("high") or m.group("high2") or m.group("high3")
        start = (
            m.start("month") if month else m.start("low2") if m.group("low2") else m.start("low3")
        )
        mended = f"{month}{low} to {high}"
        message = f"“{m.group()}”: a range opened with “from” closes with “to”, not a dash"
        add_row(rows, doc, base + start, base + m.end(), message, mended)
    return output(rows)
