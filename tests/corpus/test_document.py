"""Line starts: every kind of line end, found in one pass."""

from __future__ import annotations

import pytest

from tifa.corpus.document import line_starts


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("", [0]),
        ("Dalian", [0]),
        ("Dalian\n", [0, 7]),
        ("Dalian\r\nShenyang\rAnshan\nDandong", [0, 8, 17, 24]),
        ("\n\n", [0, 1, 2]),
        ("Dalian\r", [0, 7]),
    ],
)
def test_line_starts(text: str, starts: list[int]) -> None:
    assert line_starts(text) == starts


def test_a_long_text_without_carriage_returns() -> None:
    # The old scan looked for a carriage return from every line to the end of the text.
    text = "The city held a meeting.\n" * 50_000
    starts = line_starts(text)
    assert len(starts) == 50_001 and starts[-1] == len(text)
