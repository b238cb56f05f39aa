"""E816 ordinal-day-in-date."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.numbers import MONTH_NAME as _MONTH
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A month name, then a day of the month with an ordinal suffix: "October 24th", "Jan.
# 11th". Only a date as a date: with its year after it ("October 24th, 2018") or a
# preposition of time before it ("On April 10th", "from March 20th", "on the morning of
# April 28th"). A bare "May 4th" is
# also the name of a day ("Celebrating May 4th, Youth Day", "the May 4th spirit"), and a
# capitalised word straight after makes the date part of a name ("the May 4th Movement").
# A date with its year opening a line and no preposition is a page's date stamp or a
# dateline ("June 15th, 2019 | Tags"), the page's furniture rather than its prose.
_DAY = (
    rf"{_MONTH}\.?[ \u00a0]+(?P<day>0?[1-9]|[12]\d|3[01])(?P<suffix>st|nd|rd|th)"
    r"(?![\p{L}\p{N}-])"
)
_PATTERN = regex.compile(
    rf"(?:(?<=(?<![\p{{L}}-])(?:[Oo]n|[Ff]rom|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore"
    rf"|[Aa]fter|[Dd]ated|(?:morning|afternoon|evening|night) of)[ \u00a0]+){_DAY}(?![ \u00a0]+\p{{Lu}})"
    rf"|(?<![\p{{L}}\p{{N}}-])(?<!^[ \t]*){_DAY}(?=,?[ \u00a0]+(?:19|20)\d\d(?!\p{{N}})))",
    regex.MULTILINE,
)
# A range of days before the month, the last with an ordinal suffix: "from 4-6th
# September", "on 12th–14th May". A single "the 24th of October" is left alone.
_RANGE = regex.compile(
    r"(?<![\p{L}\p{N}.,/-])(?P<first>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \u00a0]?[-–][ \u00a0]?"
    r"(?P<last>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[ \u00a0]+(?P<month>" + _MONTH + r")\b"
)
# One day before the month after a preposition of time: "on 16th May", "from 3rd June
# 2019". A capitalised word after the month makes it a name ("on 4th May Street").
_DAY_FIRST = regex.compile(
    r"(?<=(?<![\p{L}-])(?:[Oo]n|[Ff]rom|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter)[ \u00a0]+)"
    r"(?P<first>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[ \u00a0]+(?P<month>" + _MONTH + r")\b"
    r"(?![ \u00a0]+\p{Lu})"
)
_RANGE_PREFILTER = r"\d(?:st|nd|rd|th) +(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_PREFILTER = (
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? +\d{1,2}(?:st|nd|rd|th)\b"
)


@rule("E816", "ordinal-day-in-date", Severity.WARNING, Fix.UNSAFE)
def ordinal_day_in_date(ctx: Context) -> pl.DataFrame:
    """A day of the month written as an ordinal after the month ("October 24th, 2018").

    ## What it does
    Finds a month name followed by a day carrying an ordinal suffix, in a date: with its
    year after it ("Jan. 11th, 2010") or a preposition of time before it ("On March
    20th", "from April 9th") — and suggests the bare figure ("March 20"). A day named by
    its date ("Celebrating May 4th, Youth Day", "the May 4th spirit"), a date that is part
    of a name, with a capitalised word straight after it ("on the May 4th Movement"), the
    day written before the month ("the 24th of October") and ordinals that are not days
    ("the 24th session") are left alone, and so is a date opening a line without a
    preposition (a page's date stamp or dateline). Also a range of days written before the
    month with an ordinal ("from 4-6th September", "12th–14th May"): "September 4-6"; and
    one day before the month after a preposition of time ("on 16th May"): "May 16".

    ## Why is this bad?
    Written dates in English news take the cardinal after the month: Xinhua, China Daily and
    the State Council's English site write "October 24, 2018", as do the AP and Chicago
    styles. The suffix is a spoken form carried into writing, and it reads as careless next
    to dates written properly elsewhere on the same site.

    ## Example
    ```text
    On October 24th, 2018, the delegation arrived in Kaifeng.
    ```

    ## Use instead
    ```text
    On October 24, 2018, the delegation arrived in Kaifeng.
    ```

    ## Fix safety
    Unsafe: dropping the suffix is right for a date, but a date quoted from a name written
    with it (a holiday, a movement) keeps its form; the reader decides.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        date = m.group()
        mended = date[: m.start("suffix") - m.start()]
        message = f"“{date}”: a date takes the day as a cardinal after the month"
        add_row(rows, doc, base + m.start(), base + m.end(), message, mended)
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _RANGE_PREFILTER, _RANGE):
        first, last = int(m.group("first")), int(m.group("last"))
        if first >= last:
            continue  # not a range of days
        mended = f"{m.group('month')} {first}-{last}"
        message = f"“{m.group()}”: a range of days takes cardinals after the month, “{mended}”"
        add_row(rows, doc, base + m.start(), base + m.end(), message, mended)
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _RANGE_PREFILTER, _DAY_FIRST):
        mended = f"{m.group('month')} {int(m.group('first'))}"
        message = f"“{m.group()}”: a date takes the day as a cardinal after the month, “{mended}”"
        add_row(rows, doc, base + m.start(), base + m.end(), message, mended)
    return output(rows)
