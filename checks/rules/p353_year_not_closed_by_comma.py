"""P353 year-not-closed-by-comma."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.numbers import MONTH_NAME as _MONTH
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# Words that open a phrase or clause of its own after the date, never the verb of the
# sentence ("on April 13, 2018 to mark …", "on May 9, 2017 according to …"). A verb after the
# date ("Photo taken on March 7, 2019 shows …", Xinhua's captions) and a place ("on March 13,
# 2015 in Beijing", the agencies' captions) are house styles and are left alone.
_OPENERS = (
    r"to|according|amid|following|marking|as|when|while|because|which|where|after|before"
    r"|during|under"
)
# A full date, month, day, comma and year, and then such a word: the year stands inside the
# date as an aside, and the comma that opened it is not closed.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}-])(?P<from>(?i:from|between)[ \u00a0]+)?{_MONTH}\.?[ \u00a0]+"
    r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,[ \u00a0]*(?P<year>(?:19|20)\d\d)"
    rf"(?P<gap>[ \u00a0]+)(?P<next>{_OPENERS})\b"
    # "to" before another date or a figure closes a range ("from May 1, 2018 to June 3")
    rf"(?![ \u00a0]+(?:{_MONTH}|\d))"
)
_PREFILTER = rf"\b{_MONTH}\.? +\d{{1,2}}(?:st|nd|rd|th)?, *\d{{4}} +(?:{_OPENERS})\b"


@rule("P353", "year-not-closed-by-comma", Severity.WARNING, Fix.UNSAFE)
def year_not_closed_by_comma(ctx: Context) -> pl.DataFrame:
    """A full date in mid-sentence with no comma after its year.

    ## What it does
    Finds a date written month, day, comma and year ("April 13, 2018") followed by a word
    that opens a phrase or clause of its own (to, according, amid, following, as, when,
    while, after, before, during, under, which, where) with no comma after the year: "at a
    gathering in Haikou on April 13, 2018 to mark the anniversary". A range ("from May 1,
    2018 to June 3, 2019", "between …"), a verb after the date ("Photo taken on March 7,
    2019 shows …") and a place ("on March 13, 2015 in Beijing", the agencies' captions)
    are left alone.

    ## Why is this bad?
    In the month-day-year style the year is set off by commas on both sides (Chicago 6.38,
    AP, the State Council's English pages); with the second comma missing the year runs
    into the words after it.

    ## Example
    ```text
    The county held a ceremony on June 18, 2021 to mark the opening of the bridge.
    ```

    ## Use instead
    ```text
    The county held a ceremony on June 18, 2021, to mark the opening of the bridge.
    ```

    ## Fix safety
    Unsafe: the year with a comma after it is suggested; a person checks the sentence
    reads right with it.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("from"):
            continue  # a range of dates: "from May 1, 2018 to …"
        year = m.group("year")
        start = base + m.start("year")
        add_row(
            rows,
            doc,
            start,
            start + len(year),
            "a comma after the year closes the date",
            year + ",",
        )
    return output(rows)
