"""P308 trailing-whitespace."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import SEVERITY_COLUMN, Fix, Severity, add_row, new_rows, output

# Formats read as whole articles, where trailing white space is invisible to every reader.
ARTICLE_FORMATS = frozenset({"text", "markdown"})


@rule("P308", "trailing-whitespace", Severity.WARNING, Fix.SAFE)
def trailing_whitespace(ctx: Context) -> pl.DataFrame:
    """White space at the end of a line.

    ## What it does
    Finds spaces, tabs, no-break and ideographic spaces before a line break or the end of
    the file.
    In Markdown files, exactly two trailing spaces are a hard line break and are left alone.
    In a translation unit (PO, XLIFF, TMX, a table of pairs) it is a warning: the space is
    part of the segment and goes wherever the segment goes. In an article (plain text,
    Markdown) it is only information: no reader sees it, and web pages copied as text are
    full of it, so it must not crowd out the findings an editor acts on.

    ## Why is this bad?
    Invisible in the editor, trailing white space makes noisy diffs, confuses paragraph
    detection in publishing systems, and often marks a sentence that was cut.

    ## Example
    ```text
    and for the annual targets.␠
    ```

    ## Use instead
    ```text
    and for the annual targets.
    ```

    ## Fix safety
    Safe: only the trailing white space is removed.
    """
    rows = new_rows()
    lines = ctx.corpus.lines.with_columns(
        trail=pl.col("text").str.len_chars() - pl.col("text").str.strip_chars_end().str.len_chars()
    ).filter(pl.col("trail") > 0)
    markdown = {i for i, d in enumerate(ctx.corpus.docs) if d.fmt == "markdown"}
    articles = [i for i, d in enumerate(ctx.corpus.docs) if d.fmt in ARTICLE_FORMATS]
    for doc, start, text, trail in lines.select("doc", "start", "text", "trail").iter_rows():
        if doc in markdown and trail == 2 and text.endswith("  ") and text.strip():
            continue
        end = start + len(text)
        add_row(rows, doc, end - trail, end, f"{trail} trailing white-space character(s)", "")
    out = output(rows)
    return out.with_columns(
        pl.when(pl.col("doc").is_in(articles))
        .then(pl.lit(Severity.INFO.value))
        .otherwise(pl.lit(None, pl.String))
        .alias(SEVERITY_COLUMN)
    )
