"""T108 reads a heading or a line cut short for a glossary name that the document's own
prose writes with the same wrong capitals: the headline repeats the page's slip.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


def _heading_spans(text: str) -> list[str]:
    """T108's flagged texts on the first line (the heading) of `text`."""
    found = check_texts([text], ["T108"])
    first = len(text.split("\n", 1)[0])
    return [
        s for s, start in zip(spans(found, "T108"), found["start"], strict=True) if start < first
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Ganjingzi district holds a meeting on urban renewal\n\n"
            "On May 8, Ganjingzi district held a meeting on the renewal of old residential areas.",
            "Ganjingzi district",
        ),
        (
            "Visiting envoys tour Hainan free trade port\n\n"
            "Envoys from 20 countries toured the Hainan free trade port on Tuesday and met "
            "local officials.",
            "Hainan free trade port",
        ),
    ],
)
def test_a_heading_with_the_prose_slip_is_flagged(text: str, span: str) -> None:
    assert span in _heading_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # The prose writes the name right: the heading's lower case is left to its style.
        "Ganjingzi district holds a meeting on urban renewal\n\n"
        "On May 8, Ganjingzi District held a meeting on the renewal of old residential areas.",
        # The name is in the heading alone.
        "Investors visit Liangjiang new area\n\n"
        "Investors from 20 countries toured the zone on Tuesday and met local officials.",
    ],
)
def test_a_heading_without_the_prose_slip_is_left(text: str) -> None:
    assert _heading_spans(text) == []
