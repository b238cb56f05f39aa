"""The furniture at the foot of a copied web page, after the article's last paragraph.

A page's foot is a block of short lines: footer links ("About Us", "Opening Up"), the site's
sponsor and builder, its licence numbers, a hotline. R601 knows many such lines by their
words, but a footer always carries some it cannot know ("Zhongmao Hotel", "Info Special").
Once the article has ended (no paragraph of prose follows) and a line R601 knows as residue
has started the footer, every short line after it belongs to the footer too.
"""

from __future__ import annotations

import polars as pl

# A line of prose: a sentence of eight words or more, or any line of twenty words or more.
# Footer lines are short and carry no full stop at their end.
_SENTENCE_END = r"[.!?。！？][\"'”’)]?\s*$"
_PROSE_WORDS, _LONG_WORDS = 8, 20
# Longest footer line flagged on position alone (a sponsor's or builder's line is long).
FOOTER_WORDS = 12


def footer_lines(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """The lines of each document's footer block not already reported as residue.

    `lines` has doc, line, text and start; `residue` has the doc and line of each line
    already reported. A document's footer starts at its first residue line after its last
    line of prose (a document without prose has no footer); the short non-blank lines after
    that start are returned (doc, line, text, start), in order.
    """
    words = pl.col("text").str.count_matches(r"\S+")
    known = residue.select("doc", "line").with_columns(known=pl.lit(True))
    # A residue line is no prose, however long ("Copyright © … All rights reserved.").
    marked = lines.join(known, on=["doc", "line"], how="left").with_columns(
        words=words,
        prose=(
            ((words >= _PROSE_WORDS) & pl.col("text").str.contains(_SENTENCE_END))
            | (words >= _LONG_WORDS)
        )
        & pl.col("known").is_null(),
    )
    last_prose = (
        marked.filter(pl.col("prose")).group_by("doc").agg(pl.col("line").max().alias("last"))
    )
    start = (
        residue.join(last_prose, on="doc", how="inner")
        .filter(pl.col("line") > pl.col("last"))
        .group_by("doc")
        .agg(pl.col("line").min().alias("first"))
    )
    return (
        marked.join(start, on="doc", how="inner")
        .filter(
            (pl.col("line") > pl.col("first"))
            & pl.col("known").is_null()
            & (pl.col("words") > 0)
            & (pl.col("words") <= FOOTER_WORDS)
            & ~pl.col("prose")
        )
        .sort("doc", "line")
        .select("doc", "line", "text", "start")
    )
