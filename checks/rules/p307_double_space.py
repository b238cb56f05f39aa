"""P307 double-space."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

_PATTERN = regex.compile(r"(?<=\S) {2,}(?=\S)")


@rule("P307", "double-space", Severity.WARNING, Fix.SAFE)
def double_space(ctx: Context) -> pl.DataFrame:
    """Two or more spaces between words.

    ## What it does
    Finds runs of two or more spaces inside a sentence. Indentation and trailing white space
    are other rules' business.

    ## Why is this bad?
    Extra spaces show as gaps in justified text and break phrase search; they are usually
    left where a word was deleted.

    ## Example
    ```text
    the  Municipal Party Committee
    ```

    ## Use instead
    ```text
    the Municipal Party Committee
    ```

    ## Fix safety
    Safe: the run becomes one space.
    """
    rows = new_rows()
    for doc, base, _text, m in matches(ctx.segments, "tgt", r"\S {2,}\S", _PATTERN):
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"{len(m.group())} spaces between words",
            " ",
        )
    return output(rows)
