"""False alarms of the session's widenings found on fresh pages, each with the genuine
finding of the same rule that must stay.

T108: a region whose proper part is capitalised and only its geographic noun is in lower
case ("the Pearl River delta", the house style of some outlets). R601: an entry of a
magazine's contents page in title case ("Notes on the Cover Story") at either end of a run
of menu items is a headline, neither a menu's item nor counted as one; between two items it
is a section's name in the menu. R604: the source on a page's fields line ("Updated: …
Source: …") is no picture's source glued to a caption. R601's page tail: a contents
entry's byline cell ("Essay | by Li Ming | Tea Towns") starts no footer. Every text was written for these tests in the register of Chinese-government
English news.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

_BODY = (
    "The municipal government held a working meeting on the new port area on Monday and "
    "set the tasks for the rest of the year.\n\n"
    "Officials from every district reported on the projects signed since January and on "
    "the problems that still slow their construction down."
)

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    ("T108", "Port firms in the yangtze river delta signed new deals.", "yangtze river delta"),
    ("T108", "Port firms in the Yangtze river delta signed new deals.", "Yangtze river delta"),
    # a menu of four items over the article still is one, a contents entry beside it or not
    (
        "R601",
        "Notes on the Cover Story\nLatest Edition\nBack Numbers\nCity Album\nOur Partners\n\n"
        "Port area speeds up\n\n" + _BODY,
        "Back Numbers",
    ),
    # a section's name in title case between two items is the menu's own
    (
        "R601",
        "Home\nCity News\nPolicy Making in Depth\nInvest Here\nTravel Notes\n\n"
        "Port area speeds up\n\n" + _BODY,
        "Policy Making in Depth",
    ),
]

FLAGGED += [
    (
        "R604",
        "Workers repair the seawall beside the port Source: Harbour TV\n\n" + _BODY,
        "Source: Harbour TV",
    ),
]

# A magazine's contents page: entries of a section and byline cell, a headline and a blurb.
_ENTRY = "{} | by {} | {}\n\n{}\n\n{}\n\n"
_CONTENTS = (
    _ENTRY.format(
        "Economy",
        "Zhao Lin",
        "Port Reform",
        "Cranes at Dawn",
        "The harbour bureau has spent two years rebuilding the old piers of the city, and the "
        "first berth reopened in the spring after a long and costly refit",
    )
    + _ENTRY.format("Culture", "Sun Mei", "Tea Towns", "Leaves of Gold", "Tea farmers talk")
    + "Sea Walls\n\n"
)
FLAGGED += [
    # an ordinary footer after the article still is one
    (
        "R601",
        _BODY + "\n\nAbout Us | Contact Us | Site Map\nHarbour Info Desk\n",
        "Harbour Info Desk",
    ),
]

# (code, text): nothing of that code may be flagged
CLEAN: list[tuple[str, str]] = [
    # the source on a page's fields line is the story's; R601 reports the line
    (
        "R604",
        "Port area speeds up\n\nUpdated: 2019-05-02  Source: Harbour Daily  Print\n\n" + _BODY,
    ),
    ("T108", "Port firms in the Yangtze River delta signed new deals."),
    ("T108", "Farms along the Yellow River basin planted trees this spring."),
    (
        "R601",
        "Contents\nLatest Edition\nCity Album\nNotes on the Cover Story\n\n"
        "Port area speeds up\n\n" + _BODY,
    ),
]


def test_contents_entries_start_no_footer() -> None:
    """A contents entry's byline cell is no footer's first line: the headlines after it are
    the page's own entries."""
    found = [s.strip() for s in spans(check_texts([_CONTENTS], ["R601"]), "R601")]
    assert "Leaves of Gold" not in found
    assert "Sea Walls" not in found


CASES = [(code, text, span) for code, text, span in FLAGGED] + [
    (code, text, None) for code, text in CLEAN
]


@pytest.mark.parametrize(("code", "text", "span"), CASES)
def test_flags_the_fault_and_nothing_else(code: str, text: str, span: str | None) -> None:
    """Each flagged text yields its span; each clean text yields nothing for `code`."""
    assert_flags(code, text, span, strip=True)


def test_contents_entry_beside_a_menu_stays() -> None:
    """A menu of four items is flagged, the contents entry over it is not."""
    text = (
        "Notes on the Cover Story\nLatest Edition\nBack Numbers\nCity Album\nOur Partners\n\n"
        "Port area speeds up\n\n" + _BODY
    )
    found = [s.strip() for s in spans(check_texts([text], ["R601"]), "R601")]
    assert "Back Numbers" in found
    assert "Notes on the Cover Story" not in found
