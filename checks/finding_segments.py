"""Which segment each finding starts in: the sentence of its fingerprint, the sentence the
HTML report shows around it, the Chinese source the review screen shows beside it."""

from __future__ import annotations

import polars as pl


def segments_of(findings: pl.DataFrame, segments: pl.DataFrame) -> pl.DataFrame:
    """For each row of `findings` (doc, start), in their order: its _row, doc and start, and
    the columns of the segment it starts in, from `segments` (doc, seg_start and any others,
    sorted by doc and seg_start): the last of its document starting at or before it, nulls
    where none does.

    One as-of join, not a search per finding: a translation memory's findings are many.
    """
    return (
        findings.with_row_index("_row")
        .select("_row", pl.col("doc").cast(segments.schema["doc"]), "start")
        .sort("doc", "start")
        .join_asof(
            segments,
            left_on="start",
            right_on="seg_start",
            by="doc",
            strategy="backward",
            check_sortedness=False,
        )
        .sort("_row")
    )
