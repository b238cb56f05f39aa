"""T103 near-miss-term."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.nearfindings import near_findings
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity


@rule("T103", "near-miss-term", Severity.WARNING, Fix.UNSAFE)
def near_miss_term(ctx: Context) -> pl.DataFrame:
    """Text that is almost an approved rendering.

    ## What it does
    Finds phrases of three words or more that differ from an approved or allowed rendering by
    one word dropped, added or changed (two in renderings of eight words or more), by the
    number of a word, or by punctuation. The phrase must begin and end like the rendering,
    unless the differing word is the expected one misspelt or derived ("bureaucracy" for
    "bureaucratism"); text inside another entry's exact rendering is never a near miss.

    ## Why is this bad?
    A formulation has one official wording. A near miss is usually a slip or an older
    wording, and it makes the same concept read differently across articles.

    ## Example
    ```text
    carrying out party history study and education
    ```

    ## Use instead
    ```text
    carrying out Party history learning and education
    ```

    ## Fix safety
    Unsafe: the approved wording is suggested, but the sentence may need adjusting around it,
    so a person applies it (in `tifa review`).
    """
    return near_findings(
        ctx,
        "near",
        pl.format("almost the approved “{}” ({}): {}", "form_text", "term_id", "detail"),
    )
