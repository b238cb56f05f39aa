"""Whether a range overlaps any of many spans, in logarithmic time.

Comparing each finding or phrase with every span of its document is quadratic in the size of
the document; sorting the spans once by start, with a running maximum of their ends, makes each
question one binary search.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

import polars as pl


class SpanIndex:
    """Spans (start, end) sorted by start, with the running maximum of their ends."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_end = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span (s, e) has s < end and start < e."""
        before = bisect_left(self.starts, end)  # spans starting before `end`
        return before > 0 and self.max_end[before - 1] > start


def indexes(rows: list[tuple[int, int, int]]) -> dict[int, SpanIndex]:
    """One SpanIndex per document from (doc, start, end) rows."""
    by_doc: dict[int, list[tuple[int, int]]] = {}
    for doc, start, end in rows:
        by_doc.setdefault(doc, []).append((start, end))
    return {doc: SpanIndex(spans) for doc, spans in by_doc.items()}


def overlapped(spans: pl.DataFrame, queries: list[tuple[int, int, int]]) -> list[bool]:
    """For each (doc, start, end) of `queries`, whether some span of `spans` (doc, start,
    end) in that document overlaps it (s < end and start < e), as `SpanIndex.overlaps`
    answers it, in one as-of join: no Python loop over the spans, which a translation
    memory's term hits make many."""
    if not queries:
        return []
    index = (
        spans.select(
            pl.col("doc").cast(pl.Int64),
            pl.col("start").cast(pl.Int64),
            pl.col("end").cast(pl.Int64),
        )
        .sort("doc", "start", "end")
        .select("doc", "start", max_end=pl.col("end").cum_max().over("doc"))
    )
    asked = (
        pl.DataFrame(
            queries, schema={"doc": pl.Int64, "q_start": pl.Int64, "q_end": pl.Int64}, orient="row"
        )
        .with_row_index("_q")
        # The last span starting before the query's end: its running maximum end covers
        # every span starting before that end.
        .with_columns(pos=pl.col("q_end") - 1)
        .sort("doc", "pos")
    )
    joined = asked.join_asof(
        index,
        left_on="pos",
        right_on="start",
        by="doc",
        strategy="backward",
        check_sortedness=False,
    )
    found = joined.sort("_q").select((pl.col("max_end") > pl.col("q_start")).fill_null(False))
    return found.to_series().to_list()
