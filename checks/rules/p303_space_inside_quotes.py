"""P303 space-inside-quotes."""

from __future__ import annotations

import polars as pl

from tifa.checks import quotes
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows


@rule("P303", "space-inside-quotes", Severity.WARNING, Fix.SAFE)
def space_inside_quotes(ctx: Context) -> pl.DataFrame:
    """White space just inside a quotation mark.

    ## What it does
    Finds spaces right after an opening quote or right before a closing quote.

    ## Why is this bad?
    A stray space detaches the mark from the words it quotes; line breaks can then strand the
    mark at the end or start of a line. It is a common trace of full-width Chinese quotes
    replaced by straight ones.

    ## Example
    ```text
    adhere to the concept of " grasping the project is seeking development"
    ```

    ## Use instead
    ```text
    adhere to the concept of "grasping the project is seeking development"
    ```

    ## Fix safety
    Safe: only the white space is removed.
    """
    rows = new_rows()
    for doc, base, text in candidate_rows(
        ctx.corpus.paragraphs, "text", r'["“][ \t\u3000]|[ \t\u3000]["”]'
    ):
        for pair in quotes.scan(text).pairs:
            inner = text[pair.open + 1 : pair.close]
            if not inner.strip():
                continue
            lead = len(inner) - len(inner.lstrip())
            trail = len(inner) - len(inner.rstrip())
            if lead:
                s = base + pair.open + 1
                add_row(rows, doc, s, s + lead, "space after the opening quote", "")
            if trail:
                e = base + pair.close
                add_row(rows, doc, e - trail, e, "space before the closing quote", "")
    return output(rows)
