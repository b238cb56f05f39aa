"""E813 count-without-separator."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Units of measure: a year is never followed by one ("1655 kilometers"), nor by
# "years" or "-year-old" ("over 2000 years", "a 5000-year-old city").
_MEASURE = (
    r"(?:square|sq\.?|cubic)(?:[ \u00a0]+(?:kilometers?|kilometres?|km|meters?|metres?|miles?))?"
    r"|kilometers?|kilometres?|km|meters?|metres?|hectares?|acres?|miles?|mu|tons?|tonnes?"
    r"|kilowatts?|years|centuries"
)
# People, places and money counted: a year can stand before them ("in 2019 residents
# voted", "in 2015 yuan"), so the figure must not look like a year.
_COUNTED = (
    r"(?:administrative[ \u00a0]+)?(?:villages|households|residents|people|persons|enterprises"
    r"|companies|towns|townships|communities|students|tourists|visitors|employees|workers"
    r"|projects|beds|rooms|species|yuan)"
)
# The other end of a range written before the unit: "1500 to 3000 meters".
_RANGE = rf"(?:{_S}(?:to|and|or){_S}|[ \u00a0]?[-–][ \u00a0]?)[\d,]+(?:\.\d+)?"
_FIGURE = r"(?<![\p{L}\p{N},.\-–/#])(?P<digits>[1-9]\d{3,6})(?P<decimals>\.\d+)?"
_PATTERN = regex.compile(
    rf"{_FIGURE}(?=(?:{_RANGE})?(?:(?P<measure>{_S}(?:{_MEASURE})|-year-old|-year(?=[ \u00a0]+"
    rf"history))|{_S}(?P<counted>{_COUNTED}))(?![\p{{L}}\p{{N}}]))",
    regex.IGNORECASE,
)
_PREFILTER = r"(?i)(?:^|[^\d,.])[1-9]\d{3,6}(?:\.\d+)?(?:[ \u00a0]|-year)"
# Figures that read as a year before a counted noun: "in 2019 residents".
_YEAR_LIKE = range(1900, 2100)


def grouped(digits: str) -> str:
    """`digits` with a comma between each group of three from the right: 82400 -> 82,400."""
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ",".join(groups)


@rule("E813", "count-without-separator", Severity.WARNING, Fix.UNSAFE)
def count_without_separator(ctx: Context) -> pl.DataFrame:
    """A count of a thousand or more written without its thousands separator.

    ## What it does
    Finds a whole figure of four to seven digits, written with no comma, that counts
    something: before a unit of measure or money ("1655 kilometers", "82400 square
    kilometers", "3000 meters"), before "years", "centuries" or "-year-old"
    ("over 2000 years", "a 5000-year-old civilisation"), or — when it cannot be a year
    (1900 to 2099) — before people, places or yuan counted ("1649 administrative
    villages").
    The first figure of a range before the unit counts too ("1500 to 3000 meters"), and a
    decimal part is kept ("3554.03 square kilometers"). Left alone: a figure touching a
    letter, a slash, a hash or another digit group (codes, model numbers, "G1523",
    "No.2008"), a year before a noun ("the 2019 projects", "in 2020 residents"), and
    figures that already have their separator.

    ## Why is this bad?
    English news writing groups the thousands of a count with commas (Xinhua, China
    Daily and the State Council's English site all write "2,000 years" and "1,655
    kilometers"). A bare four-digit figure reads as a year or a code and slows the reader,
    and beside grouped figures on the same page it looks careless.

    ## Example
    ```text
    The county lies 1655 kilometers from the coast and has a history of over 2000 years.
    ```

    ## Use instead
    ```text
    The county lies 1,655 kilometers from the coast and has a history of over 2,000 years.
    ```

    ## Fix safety
    Unsafe: the grouped figure is suggested; a document that follows a house style without
    separators for four-digit figures may keep them, so a person decides.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        digits = m.group("digits")
        if m.group("counted") and int(digits) in _YEAR_LIKE:
            continue
        decimals = m.group("decimals") or ""
        suggestion = grouped(digits) + decimals
        message = f"“{digits}{decimals}” counts a thousand or more: “{suggestion}”"
        add_row(rows, doc, base + m.start(), base + m.end(), message, suggestion)
    return output(rows)
