"""False alarms and missed residue of session 20, each as a test with a case that must still
be found: the day a briefing was held over its first speaker (R601), a digest page's second
headline over its own lead, not a caption (R601), a heading broken over two lines with the
congress's place on the next (T120).

The texts are written for these tests in the register of Chinese-government English news;
none is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

FIRST = "On the afternoon of May 15, Li Ming met the delegation to discuss new shipping routes."
SECOND = "The two sides agreed to open a direct container route between the ports this year."


def _found(text: str, code: str) -> list[str]:
    return spans(check_texts([text], [code]), code)


_BRIEFING = (
    "Press conference on the city's spring trade fair\n\n"
    "Mr. Li Ming, deputy mayor of Dalian\n\n"
    "Ms. Wang Fang, spokesperson of the municipal government\n\n\n"
    "May 8, 2024\n\n"
    "{speaker}\n\n"
    "Good morning, friends from the press. Welcome to today's press conference.\n"
)


def test_the_day_over_a_briefings_first_speaker_is_the_transcripts() -> None:
    assert _found(_BRIEFING.format(speaker="Wang Fang:"), "R601") == []
    assert _found(_BRIEFING.format(speaker="Wang Fang: Good morning."), "R601") == []


def test_a_date_alone_over_prose_is_still_a_stamp() -> None:
    page = _BRIEFING.format(speaker="The fair opens on Friday.")
    assert "May 8, 2024" in _found(page, "R601")


_DIGEST = (
    "Dalian hosts the spring seafood fair\n\n"
    "The fair opened in Dalian on Monday with exhibitors from 12 countries.\n\n"
    "Buyers signed contracts worth 2 billion yuan on the first day.\n\n\n\n\n"
    "{heading}\n\n"
    "{lead}\n\n"
    "The forum was chaired by Li Ming, vice mayor of Dalian.\n"
)


def test_a_digests_next_headline_over_its_lead_is_no_caption() -> None:
    page = _DIGEST.format(
        heading="3rd Dalian Port Logistics Forum concludes",
        lead="The 3rd Dalian Port Logistics Forum concluded on Wednesday after two days of talks.",
    )
    assert _found(page, "R601") == []


def test_a_caption_in_the_gap_is_still_residue() -> None:
    page = _DIGEST.format(
        heading="Li Ming with buyers at the fair",
        lead="The 3rd Dalian Port Logistics Forum concluded on Wednesday after two days of talks.",
    )
    assert _found(page, "R601") == ["Li Ming with buyers at the fair"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_congress_with_its_place_on_the_next_line_is_named(gap: str) -> None:
    text = (
        "Delivered at the Second Session of the Ninth People's Congress"
        + gap
        + "of Jilin Province on January 20, 2024\n"
    )
    assert _found(text, "T120") == []


def test_a_congress_by_its_term_alone_is_still_found() -> None:
    text = "Delivered at the Second Session of the Ninth People's Congress\n\nby Li Ming\n"
    assert _found(text, "T120") == ["Ninth People's Congress"]


_LEAD = "The city held a meeting on port investment on Monday to plan the work of the year."


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # a photo credit with "taken by", the name alone after it
        ("Photos taken by Zhao Lei", "Photos taken by Zhao Lei"),
        # the site's e-mail and telephone, their labels without colons, an extension
        ("E-mail office@portcity.com Phone 0411-82345678-203", None),
        # a byline and the page's fields, the source's name with "of" in it
        ("By Zhao Lei Source: English Edition of the City Journal Updated: 2024-03-11", None),
        # the font buttons run together
        ("fontLarger fontSmaller", None),
        # the page's date glued to the end of the lead, spaced or not
        (_LEAD + "  April 16, 2024", "April 16, 2024"),
        (_LEAD + "2024-04-16", "2024-04-16"),
    ],
)
def test_residue_of_the_session_19_pages(line: str, found: str | None) -> None:
    page = "Dalian opens a new port route\n\n" + line + "\n\n" + FIRST + "\n\n" + SECOND + "\n"
    assert _found(page, "R601") == [found or line]


@pytest.mark.parametrize(
    "line",
    [
        "Photos taken by drones show the new port in spring.",
        "The meeting on port investment was held on April 16, 2024",
        "By The Way of the River",
        "Contact the office by e-mail or phone.",
    ],
)
def test_sentences_like_that_residue_are_text(line: str) -> None:
    page = "Dalian opens a new port route\n\n" + line + "\n\n" + FIRST + "\n\n" + SECOND + "\n"
    assert _found(page, "R601") == []


def test_a_briefings_hour_and_day_are_not_glued_to_text() -> None:
    page = "Briefing on the port plan\nDalian | 10:30 a.m. May 8, 2024\n\n" + FIRST + "\n"
    assert _found(page, "R601") == []


@pytest.mark.parametrize(
    ("code", "text", "found"),
    [
        # a menu's row of links set apart by dots, and a dot inside an event's name
        ("N218", "Home · News · Business · Jobs · Travel\n\n" + FIRST + "\n", []),
        ("N218", "The 2024 China · Dalian Wine Festival opened on Friday.", [" · "]),
        # a Malay honorific with its apostrophe, and a possessive that lost its s
        ("P339", "Raja Dato’ Ahmad, the Malaysian ambassador, attended the ceremony.", []),
        ("P339", "The Dalian’ port handled more containers this year.", ["Dalian’"]),
        # an English word one letter off a province, and a slip that is no word
        ("N203", "The envoy held talks with Fijian leaders in Suva.", []),
        ("N203", "The delegation visited Fujain Province on Monday.", ["Fujain"]),
    ],
)
def test_menu_dots_honorifics_and_english_words(code: str, text: str, found: list[str]) -> None:
    assert _found(text, code) == found


def test_a_quotation_over_a_hard_wrapped_break_is_balanced() -> None:
    text = (
        'The fair was themed on "Sharing the Port, Building a\n\n'
        'Shared Future". It was hosted by the city.\n'
    )
    assert _found(text, "P301") == []


def test_a_quotation_never_closed_over_a_paragraph_is_still_found() -> None:
    text = 'The fair was themed on "Sharing the Port.\n\nIt was hosted by the city.\n'
    assert _found(text, "P301") == ['"']
