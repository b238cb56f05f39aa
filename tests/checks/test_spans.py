"""SpanIndex answers 'does anything overlap this range' as comparing with every span would."""

from __future__ import annotations

import random

from tifa.checks.spans import SpanIndex


def test_overlaps_agrees_with_comparing_every_span() -> None:
    rng = random.Random(8)
    spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 1000) for _ in range(200))]
    index = SpanIndex(spans)
    for _ in range(2000):
        start = rng.randint(0, 1050)
        end = start + rng.randint(1, 40)
        expected = any(s < end and start < e for s, e in spans)
        assert index.overlaps(start, end) == expected


def test_nested_and_empty() -> None:
    index = SpanIndex([(10, 100), (20, 30)])
    assert index.overlaps(50, 60)  # inside the long span, past the short one
    assert not index.overlaps(100, 110)
    assert not SpanIndex([]).overlaps(0, 5)
