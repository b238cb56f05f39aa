"""Whether a range overlaps any of many spans, in logarithmic time.

Comparing each finding or phrase with every span of its document is quadratic in the size of
the document; sorting the spans once by start, with a running maximum of their ends, makes each
question one binary search.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate


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
