"""Each paragraph of a page beside the paragraphs before and after it (P352, P355).

A rule that reads a paragraph by its neighbours (a headline over the page's date, a sentence
that lost its stop between two paragraphs of running text) reads pages only: the units of a
translation memory stand alone, and the unit before one is no paragraph of its text.
"""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context


def paragraphs_with_neighbours(ctx: Context) -> pl.DataFrame:
    """(doc, start, text, before, after) of each paragraph of the run's pages, in order:
    `before` and `after` are the texts of the paragraphs on either side in its document,
    null at its first and its last."""
    return (
        ctx.corpus.paragraphs.filter(~pl.col("doc").is_in(ctx.unit_docs))
        .sort("doc", "para")
        .select(
            "doc",
            "start",
            "text",
            pl.col("text").shift(1).over("doc").alias("before"),
            pl.col("text").shift(-1).over("doc").alias("after"),
        )
    )
