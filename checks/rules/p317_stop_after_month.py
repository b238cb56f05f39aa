"""P317 stop-after-month."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

_MONTHS = "January|February|March|April|June|July|August|September|October|November|December"
# A full month name (never abbreviated, so its stop is stray) before a day that reads as a
# day: an ordinal ("18th") or followed by the year ("18, 2023"). "in March. 3 projects…"
# is a sentence end.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}])(?:{_MONTHS})(\.)(?=[ \t]*\d{{1,2}}(?:st|nd|rd|th|,[ \t]*\d{{4}})(?![\p{{L}}\p{{N}}]))"
)


@rule("P317", "stop-after-month", Severity.WARNING, Fix.SAFE)
def stop_after_month(ctx: Context) -> pl.DataFrame:
    """A full stop between a month's full name and the day.

    ## What it does
    Finds a full stop after a month written out in full and before a day ("June. 18th",
    "June. 18, 2023"); a bare number after the stop ("in March. 3 projects …") starts a
    sentence and is left alone. Abbreviated months ("Sept. 6", "Jan. 5") keep their stop and are left alone; May
    is never abbreviated and is left out, since "in May. 3 projects…" ends a sentence.

    ## Why is this bad?
    The stop cuts the date in two; readers and date parsers take "June." for the end of a
    sentence.

    ## Example
    ```text
    the fair opened on June. 18th in Dalian
    ```

    ## Use instead
    ```text
    the fair opened on June 18th in Dalian
    ```

    ## Fix safety
    Safe: only the stop is removed; a full month name takes no stop in a date.
    """
    rows = new_rows()
    # Paragraphs, not sentences: the stray stop makes the sentence splitter cut the date.
    prefilter = rf"(?:{_MONTHS})\.[ \t]*\d"
    for doc, base, _text, m in matches(ctx.corpus.paragraphs, "text", prefilter, _PATTERN):
        pos = base + m.start(1)
        add_row(rows, doc, pos, pos + 1, "full stop between the month and the day", "")
    return output(rows)
