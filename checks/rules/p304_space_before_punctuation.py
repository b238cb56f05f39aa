"""P304 space-before-punctuation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

_PATTERN = regex.compile(r"(?<=\S)[ \t]+(?=[,;:!?]|\.(?![.\d]))")


@rule("P304", "space-before-punctuation", Severity.WARNING, Fix.SAFE)
def space_before_punctuation(ctx: Context) -> pl.DataFrame:
    """White space before a comma, full stop, semicolon, colon, question or exclamation mark.

    ## What it does
    Finds spaces between a word and the punctuation mark that follows it. An ellipsis and a
    decimal point (".5") are left alone.

    ## Why is this bad?
    English sets these marks against the word before them; a space there is a trace of
    Chinese full-width punctuation or of editing, and lets the mark wrap onto a new line.

    ## Example
    ```text
    people's livelihood security, etc. , Packaging and planning
    ```

    ## Use instead
    ```text
    people's livelihood security, etc., Packaging and planning
    ```

    ## Fix safety
    Safe: only the white space is removed.
    """
    rows = new_rows()
    for doc, base, _text, m in matches(ctx.segments, "tgt", r"\S[ \t]+[,;:!?.]", _PATTERN):
        mark = m.string[m.end()]
        add_row(rows, doc, base + m.start(), base + m.end(), f"space before '{mark}'", "")
    return output(rows)
