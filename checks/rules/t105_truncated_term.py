"""T105 truncated-term."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.nearfindings import near_findings
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity


@rule("T105", "truncated-term", Severity.ERROR, Fix.UNSAFE)
def truncated_term(ctx: Context) -> pl.DataFrame:
    """A glossary title or body cut short.

    ## What it does
    Finds a title or body (glossary `kind` title or body, three words or more) whose last one
    or two words are missing, the text going on with something else.

    ## Why is this bad?
    A cut-short title names nothing: "secretary of the Municipal Party" is no office. It is
    usually an editing slip that also breaks the sentence around it.

    ## Example
    ```text
    Tan Zuojun, secretary of the Municipal Party presided over the meeting.
    ```

    ## Use instead
    ```text
    Tan Zuojun, secretary of the Municipal Party Committee, presided over the meeting.
    ```

    ## Fix safety
    Unsafe: the full title is suggested, but the sentence usually needs repair too.
    """
    return near_findings(
        ctx,
        "truncated",
        pl.format(
            "“{}” is cut short: the full form is “{}” ({}); {}",
            "text",
            "form_text",
            "term_id",
            "detail",
        ),
    )
