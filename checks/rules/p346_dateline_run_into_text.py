"""P346 dateline-run-into-text."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.numbers import MONTH_NAME as _MONTH
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A dateline opening a paragraph: the place (a city, in capitals or not), perhaps the
# outlet after it, the month and the day; then the story's first word, capitalised, with
# no dash, colon or bracket between ("Fuzhou, May 16 The fair opened …"). A weekday, a
# month or a year after the day belongs to the date.
_PATTERN = regex.compile(
    r"^[ \t]*(?P<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}),[ ]"
    r"(?:[\p{L}\d.'’ -]{2,30},[ ])?"
    rf"(?P<date>{_MONTH}\.?[ ]\d{{1,2}})(?P<gap>[ ])"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri"
    r"|Sat|Sun|AM|PM|GMT|UTC|BJT)\b)"
    rf"(?!{_MONTH}\b)(?=\p{{Lu}}\p{{Ll}}*(?![\p{{L}}\p{{N}}'’-]))",
    regex.MULTILINE,
)
_PREFILTER = (
    r"(?m)^[ \t]*\p{Lu}[^,\n]{0,40}, (?:[^,\n]{2,30}, )?(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sept?|Oct|Nov|Dec)\.? \d{1,2} \p{Lu}"
)


@rule("P346", "dateline-run-into-text", Severity.WARNING, Fix.UNSAFE)
def dateline_run_into_text(ctx: Context) -> pl.DataFrame:
    """A dateline run into the story's first sentence with nothing between them.

    ## What it does
    Finds a paragraph that opens with a dateline, the place (and perhaps the outlet) and
    the day ("Fuzhou, May 16"), followed straight by the first word of the story in
    capitals ("Fuzhou, May 16 The fair opened …"), with no dash, colon or agency in
    brackets between them. A weekday, a month or a time zone after the day is part of the
    date and is left alone, as is a dateline closed by its dash ("DALIAN, May 16 — The").

    ## Why is this bad?
    Without its dash the dateline reads as the subject of the first sentence ("May 16 The
    26th fair …"); news agencies close it with a dash or the agency's name in brackets.

    ## Example
    ```text
    Jinzhou, May 16 The city opened its first cruise terminal on Tuesday.
    ```

    ## Use instead
    ```text
    Jinzhou, May 16 — The city opened its first cruise terminal on Tuesday.
    ```

    ## Fix safety
    Unsafe: a dash is suggested; the house style may prefer the agency's name in brackets
    or a new line.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        start, end = base + m.start("date"), base + m.end("gap")
        mended = f"{m.group('date')} — "
        message = f"dateline “{m.group('date')}” runs into the first sentence: close it with a dash"
        add_row(rows, doc, start, end, message, mended)
    return output(rows)
