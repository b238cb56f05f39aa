"""P301 unbalanced-quotes."""

from __future__ import annotations

import polars as pl

from tifa.checks import quotes
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows


@rule("P301", "unbalanced-quotes", Severity.ERROR, Fix.NONE)
def unbalanced_quotes(ctx: Context) -> pl.DataFrame:
    """A double quotation mark with no partner in its paragraph.

    ## What it does
    Pairs the double quotes of each paragraph (curly marks by their shape, straight marks by
    their neighbours) and reports each mark left without a partner: an opening quote never
    closed, a closing quote never opened, or a quotation that starts while another is open.

    ## Why is this bad?
    The reader cannot tell where the quoted formulation ends; machine translation and
    copy-editing drop closing quotes, and lists of document titles suffer most.

    ## Example
    ```text
    Optimizing the Business Environment (2020-2021) "Implementation Plan for Cooperation"
    ```

    ## Use instead
    ```text
    Optimizing the Business Environment (2020-2021)", "Implementation Plan for Cooperation"
    ```

    ## Fix safety
    No fix: only a person can tell where the missing mark belongs.
    """
    rows = new_rows()
    for doc, base, text in candidate_rows(ctx.corpus.paragraphs, "text", '["“”]'):
        for offset in quotes.scan(text).unpaired:
            mark = text[offset]
            side = (
                "closing"
                if mark == quotes.CLOSING
                else "opening"
                if mark == quotes.OPENING
                else "straight"
            )
            add_row(
                rows,
                doc,
                base + offset,
                base + offset + 1,
                f"{side} quote {mark} has no partner in this paragraph",
            )
    return output(rows)
