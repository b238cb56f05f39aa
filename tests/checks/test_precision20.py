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
