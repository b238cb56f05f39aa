"""P313 leading-whitespace."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output


@rule("P313", "leading-whitespace", Severity.WARNING, Fix.SAFE)
def leading_whitespace(ctx: Context) -> pl.DataFrame:
    """White space at the start of a line of text.

    ## What it does
    Finds spaces, tabs, no-break and ideographic spaces before the first character of a line
    in a plain-text article. Markdown is left alone: there indentation is syntax (lists,
    code blocks).

    ## Why is this bad?
    Chinese pages indent each paragraph with two ideographic spaces; pasted into an English
    article the indentation shows as a ragged gap, and publishing systems keep it as text.

    ## Example
    ```text
    ␠␠The city held a working meeting on investment.
    ```

    ## Use instead
    ```text
    The city held a working meeting on investment.
    ```

    ## Fix safety
    Safe: only the white space before the first character is removed; in plain text it
    carries no meaning, and paragraphs are told apart by blank lines and line breaks.
    """
    rows = new_rows()
    text_docs = [i for i, d in enumerate(ctx.corpus.docs) if d.fmt == "text"]
    lines = ctx.corpus.lines.filter(
        pl.col("doc").is_in(text_docs) & pl.col("text").str.contains(r"^\s+\S")
    ).with_columns(
        lead=pl.col("text").str.len_chars() - pl.col("text").str.strip_chars_start().str.len_chars()
    )
    for doc, start, lead in lines.select("doc", "start", "lead").iter_rows():
        add_row(
            rows, doc, start, start + lead, f"{lead} white-space character(s) before the text", ""
        )
    return output(rows)
