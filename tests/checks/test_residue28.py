"""Page residue (session 28): a bare figure alone on its line beside the page's time stamp.

News sites print a counter of comments, shares or pages over or under the line that stamps
the page's time and names its editor; copied as text it is a lone figure. The shape is
tested beside such a stamp and where a lone figure is the article's own: a table's cell, a
figure beside a sentence that carries a year, and a figure too long for a counter.
Every text was written for these tests in the register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

_HEAD = "Anshan opens new logistics park\n\n"
_STAMP = "2024-05-06 10:21Anshan Daily Editor: Li Ming"
_ARTICLE = (
    "The city's new logistics park opened on Monday; it links the steel works with the port.\n\n"
    "District heads toured the warehouses and heard how the park cuts the cost of freight."
)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the comment counter over the stamp
        (_HEAD + "3\n" + _STAMP + "\n\n" + _ARTICLE, "3"),
        # a share counter under it, a blank line between
        (_HEAD + _STAMP + "\n\n1024\n\n" + _ARTICLE, "1024"),
    ],
)
def test_counter_beside_the_stamp_is_flagged(text: str, span: str) -> None:
    assert_flags("R601", text, span)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a table's cells under its heading, no stamp near
        (
            _HEAD + _ARTICLE + "\n\nNew enterprises by quarter\n\nFirst quarter\n\n12\n\n"
            "Second quarter\n\n15\n",
            "12",
        ),
        # a figure beside a sentence of the article that carries a year
        (
            _HEAD + _ARTICLE + "\n\nThe park will double its floor space by 2026.\n\n8\n",
            "8",
        ),
        # seven digits are no counter a page prints
        (_HEAD + "1250000\n" + _STAMP + "\n\n" + _ARTICLE, "1250000"),
    ],
)
def test_figure_away_from_a_stamp_is_left(text: str, figure: str) -> None:
    assert figure not in spans(check_texts([text], ["R601"]), "R601")
    assert_flags("R601", text.replace(_STAMP, ""), None)
