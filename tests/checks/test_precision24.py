"""False alarms found on fresh professional and local-government pages, each with the
genuine finding of the same rule that must stay.

N203: a word one letter off a country's name standing between two capitalised words
("Director of Visitor Programs Sambia Barclay") is a given name in a run of titles and
names. R601: the headline set apart by a blank line under a menu, with a date stamp between it and
the lead, is the page's own, not the menu's last item. E830: a measure after an ordinal or a superlative ("with the first batch of investment of
20 billion yuan") is one of a series and rightly takes "the". Every text was written for
these tests in the register of Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

_LEAD = (
    "The fifth municipal Party congress opened on Monday morning in the city's new "
    "conference centre, and the secretary delivered a report on the work of the past five "
    "years.\n\nThe congress will elect a new municipal committee and close on Thursday."
)
_MENU = "Districts:\nLicheng\nHuangdao\nJimo Town\nPingdu\nLaoshan\nDistricts>\n\n"
_STAMP = "\n\n(citynews.cn) | 2024-04-08\n\n"

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    # the menu over the headline stays residue, item by item
    ("R601", _MENU + "Municipal Party congress opens" + _STAMP + _LEAD, "Huangdao"),
    ("N203", "Traders from Sambia visited the Changsha expo.", "Sambia"),
    ("N203", "Guests included the Director of Sambia Trade Office.", "Sambia"),
    (
        "E830",
        "The fund was set up with the total investment of 5 billion yuan.",
        "the total investment",
    ),
]

# (code, text): the same rule stays silent
SILENT: list[tuple[str, str]] = [
    # R601 is checked through `test_set_apart_headline` (it flags the menu on that page)
    ("N203", "Guests included the Director of Visitor Programs Sambia Barclay and others."),
    ("E830", "The fund was set up with the first batch of investment of 5 billion yuan."),
    ("E830", "The new district has the largest area of 80 square kilometers in the city."),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_flagged(code: str, text: str, span: str) -> None:
    assert_flags(code, text, span)


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_silent(code: str, text: str) -> None:
    assert_flags(code, text, None)


def test_set_apart_headline() -> None:
    found = spans(
        check_texts([_MENU + "Municipal Party congress opens" + _STAMP + _LEAD], ["R601"])
    )
    assert "Municipal Party congress opens" not in found
    # a menu item with no blank line above it stays an item ("Districts>")
    assert "Districts>" in found
