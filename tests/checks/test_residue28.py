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


# A page's head with a share button, a font control and its section over a headline that
# holds a colon after its subject, then the stamp: the headline's colon is no field's.
_COLON_HEAD = "Township Party secretaries: the front line of rural revival"
_CONTROLS = "LINE\n\nFont:AAA\nPolitics\n\n"


@pytest.mark.parametrize("span", ["LINE", "Politics"])
def test_labels_over_a_headline_with_a_colon_are_flagged(span: str) -> None:
    text = _CONTROLS + _COLON_HEAD + "\n\n" + _STAMP + "\n\n" + _ARTICLE
    assert_flags("R601", text, span)


@pytest.mark.parametrize(
    "field",
    [
        # a field of two words, its value after the colon
        "Posted by: the Anshan Daily news desk",
        # a figure after the colon
        "Updated on the city's site: 6 May",
        # two words before the colon read as a field's name, a speaker's too
        "Xi Jinping: reform must go deeper in every county",
    ],
)
def test_labels_over_a_field_line_are_left(field: str) -> None:
    text = _CONTROLS + field + "\n\n" + _STAMP + "\n\n" + _ARTICLE
    found = spans(check_texts([text], ["R601"]), "R601")
    assert "LINE" not in found
    assert "Politics" not in found
