"""Apostrophes: which mark a document uses for them, for P310 and P311.

An apostrophe is counted where it sits between two letters ("China’s", "Xi'an"): there a
single mark cannot be a quotation mark. A document's style is the mark it uses most; a tie
goes to the curly mark, as in P302's choice between quote styles.
"""

from __future__ import annotations

import polars as pl

CURLY = "’"
STRAIGHT = "'"


def document_styles(segments: pl.DataFrame) -> dict[int, str]:
    """For each document with an apostrophe between letters, the mark it uses most."""
    counts = (
        segments.group_by("doc")
        .agg(
            curly=pl.col("tgt").str.count_matches(r"\p{L}" + CURLY + r"\p{L}").sum(),
            straight=pl.col("tgt").str.count_matches(r"\p{L}" + STRAIGHT + r"\p{L}").sum(),
        )
        .filter((pl.col("curly") + pl.col("straight")) > 0)
        .sort("doc")
    )
    return {
        doc: STRAIGHT if straight > curly else CURLY
        for doc, curly, straight in counts.select("doc", "curly", "straight").iter_rows()
    }
