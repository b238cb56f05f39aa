"""Page residue (session 26): a line said twice in a row, and a time stamp with the outlet
glued to it and a credit's field after.

The shape is tested where it is residue and where a page repeats a line on purpose: a
heading used again in a later section, a speech's address said again, two speakers'
thanks, a schedule's fields, and a tab over the page's title as its first two lines.
Every text was written for these tests in the register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

# A short article of two paragraphs under its headline, for every test below.
_HEAD = "Tieling county builds new grain depot\n\n"
_PROSE = (
    "The county's new grain depot opened to farmers on Monday; it stores forty thousand tonnes."
)
_MORE = "Township heads toured the drying towers and heard how the depot cuts farmers' losses."
_ARTICLE = _PROSE + "\n\n" + _MORE


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a section's tab and its heading, one under the other
        ("Bureau Overview\nBureau Overview\n\n" + _ARTICLE, "Bureau Overview"),
        # a reporter's name in the byline box and again under the photo
        (_HEAD + "Wang Fang\n\nWang Fang\n\n" + _ARTICLE, "Wang Fang"),
        # an image's label and its alt text, at the page's foot
        (_HEAD + _ARTICLE + "\n\nPort Night View\nPort Night View\n", "Port Night View"),
    ],
)
def test_line_said_twice_in_a_row_is_flagged(text: str, span: str) -> None:
    assert_flags("R601", text, span)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a byline twice inside the page: both copies are the page's
        (_HEAD + "Wang Fang\nWang Fang\n\n" + _ARTICLE, ["Wang Fang", "Wang Fang"]),
        # a tab over the page's heading as its first two lines: the second copy is the
        # page's title, the only one it has
        ("Bureau Overview\nBureau Overview\n\n" + _ARTICLE, ["Bureau Overview"]),
        # a paragraph of the article pasted twice: the first copy is the article's own
        # text, and only the second is reported (by the repeat test)
        (_HEAD + _PROSE + "\n" + _PROSE + "\n\n" + _MORE, [_PROSE]),
        # a headline set twice under a breadcrumb (the title tag over it): one copy is the
        # article's, and only one is reported
        (
            "Home > News\n" + _HEAD.strip() + "\n" + _HEAD + _ARTICLE,
            ["Home > News", _HEAD.strip()],
        ),
    ],
)
def test_which_copies_of_a_twin_line_are_flagged(text: str, found: list[str]) -> None:
    assert spans(check_texts([text], ["R601"]), "R601") == found


@pytest.mark.parametrize(
    "text",
    [
        # a section heading used again in a later section: prose between the copies
        _HEAD + "Key Tasks\n\n" + _PROSE + "\n\nKey Tasks\n\n" + _MORE,
        # a speech greets its hearers again
        _HEAD + "Ladies and gentlemen,\n\nLadies and gentlemen,\n\n" + _ARTICLE,
        # two speakers of a transcript each say thanks
        _HEAD + _PROSE + "\n\nThank you.\n\nThank you.\n\n" + _MORE,
        # a schedule's field under each event
        _HEAD + "Venue: City Hall\nVenue: City Hall\n\n" + _ARTICLE,
    ],
)
def test_repeats_a_page_means_stay_silent(text: str) -> None:
    assert_flags("R601", text, None)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        # the outlet glued to the stamp, the editor's field after
        ("2024-05-06 10:21Anshan Daily Editor: Li Ming", "Anshan Daily Editor: Li Ming"),
        ("2023-11-02 16:05Tieling Net Source: county grain bureau", "Tieling Net Source: county"),
        # the stamp spaced from a sentence: the article's
        ("2024-05-06 10:21 The depot opened to farmers on Monday.", None),
    ],
)
def test_outlet_glued_to_the_stamp(line: str, span: str | None) -> None:
    found = spans(check_texts([f"{_HEAD}{line}\n\n{_ARTICLE}"], ["R601"]), "R601")
    assert any(span in f for f in found) if span else all("depot" not in f for f in found)
