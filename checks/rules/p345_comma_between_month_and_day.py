"""P345 comma-between-month-and-day."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.numbers import MONTH_NAME as _MONTH
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A month, a comma, a day and the year: "September, 11, 2016", "Sept., 1st 1965". The year
# must follow, after a comma or an ordinal suffix: "In September, 12 firms signed" and "By
# March, 20 2019 graduates…" are a month and a count, and "May, 2016" a month and a year.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}-])(?P<month>{_MONTH})\.?,[ \u00a0]*"
    r"(?P<day>0?[1-9]|[12]\d|3[01])(?:(?:st|nd|rd|th),?|,)[ \u00a0]+"
    r"(?P<year>(?:1[89]|20)\d\d)(?![\p{L}\p{N}])"
)
_PREFILTER = (
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?, *\d{1,2}(?:st|nd|rd|th)?,? +\d{4}"
)


@rule("P345", "comma-between-month-and-day", Severity.WARNING, Fix.UNSAFE)
def comma_between_month_and_day(ctx: Context) -> pl.DataFrame:
    """A comma between the month and the day of a date ("September, 11, 2016").

    ## What it does
    Finds a date written month, comma, day and year ("September, 11, 2016", "October, 1st,
    1949") and suggests the date with the comma after the day only ("September 11, 2016").
    A month and a count ("In September, 12 firms signed") and a month and a year ("May,
    2016") are left alone: the year must follow the day.

    ## Why is this bad?
    English dates join the month and the day with no mark between them; the only comma
    stands between the day and the year. A comma after the month splits the date in two and
    reads as a list of numbers.

    ## Example
    ```text
    The port was opened on September, 11, 2016.
    ```

    ## Use instead
    ```text
    The port was opened on September 11, 2016.
    ```

    ## Fix safety
    Unsafe: the usual form is suggested (the ordinal suffix dropped too); a person checks
    the date was meant.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        day = str(int(m.group("day")))
        mended = f"{m.group('month')}{'.' if m.group('month') in _ABBREVIATED else ''} {day}, {m.group('year')}"
        message = f"“{m.group()}”: no comma between the month and the day; write “{mended}”"
        add_row(rows, doc, base + m.start(), base + m.end(), message, mended)
    return output(rows)


_ABBREVIATED = frozenset(
    ["Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jun", "Jul"]
)
