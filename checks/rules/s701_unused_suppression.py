"""S701 unused-suppression."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output


@rule("S701", "unused-suppression", Severity.WARNING, Fix.NONE)
def unused_suppression(ctx: Context) -> pl.DataFrame:
    """An inline `tifa: ignore` directive that hides nothing, or that cannot be read.

    ## What it does
    Reports a suppression directive (`<!-- tifa: ignore T101 -->` in Markdown, `[tifa: ignore
    T101]` in plain text, and their `ignore-start` / `ignore-end` blocks) that hid no finding in
    this run, or whose wording tifa cannot read. A directive naming a rule that was not selected
    is left alone. The engine applies the directives after every other rule has run and fills
    this rule's findings; the function here only carries its code and documentation.

    ## Why is this bad?
    A stale suppression hides the next real problem on that line without anyone noticing, and
    a misspelt one (`ignroe`) silently suppresses nothing.

    ## Example
    ```text
    [tifa: ignore T101]
    The city will build the two pre-zones.
    ```

    ## Use instead
    ```text
    The city will build the two pre-zones.
    ```

    ## Fix safety
    No fix: whether the directive should go or be corrected is the translator's call.
    """
    return output(new_rows())
