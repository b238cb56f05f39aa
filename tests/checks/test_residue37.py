"""Page residue written the same way on many sites: a desk or an agency signing the story
(R601), the outlet's promo line (R601), a paper's credit in brackets after the last sentence
(R601), a composite photo's caption placing its pictures (R604), and another story's teaser
cut short after the story's end (R601).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    "text",
    [
        "GNN Web Desk",
        "Monitoring Desk",
        "By News Desk",
        "Our Correspondent",
        "Staff Report",
        "Why you can trust SCMP",
        "By Xinhua Published: Mar 14, 2023 09:12 PM",
        "By Reuters Updated: June 2, 2021",
    ],
)
def test_desk_promo_and_agency_bylines_alone(text: str) -> None:
    assert_flags(
        "R601", f"The port handled more ships this year.\n{text}\nIt plans a new berth.", text
    )


@pytest.mark.parametrize(
    "text",
    [
        "The desk officer said the news desk would open on Monday.",
        "Why you can trust China's new vaccine data",
        "Our correspondents in the county visited 30 farms last week.",
        "By Monday, officials had counted 300 visitors.",
    ],
)
def test_prose_about_desks_and_trust_passes(text: str) -> None:
    assert_flags(
        "R601", f"The port handled more ships this year.\n{text}\nIt plans a new berth.", None
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The delegation toured the science park.(Jingzhou Daily: Reporter/Wang Lin)",
            "(Jingzhou Daily: Reporter/Wang Lin)",
        ),
        (
            "The fair drew 2,000 buyers. (Hubei Daily, reporter: Zhao Qing; editor: Sun Yu)",
            "(Hubei Daily, reporter: Zhao Qing; editor: Sun Yu)",
        ),
    ],
)
def test_paper_and_reporter_credit_after_the_text(text: str, span: str) -> None:
    assert_flags("R601", f"The city built 30 roads this year.\n{text}", span)


def test_bracket_naming_reporters_in_prose_passes() -> None:
    text = "The city built 30 roads.\nThe bureau briefed the press (reporters from 12 outlets)."
    assert_flags("R601", text, None)


@pytest.mark.parametrize(
    "caption",
    [
        "Clockwise from top: Tea terraces cover the hills of Maoping village. A farmer "
        "sorts fresh leaves. Photos provided to China Daily",
        "From left: Li Ming, Wang Fang and Zhao Lei attend the forum in Dalian.",
        "Above: Visitors tour the new museum in Hefei. Photo by Sun Yu",
    ],
)
def test_composite_captions(caption: str) -> None:
    text = f"The park opened in May to crowds of visitors.\n{caption}\nOfficials plan more parks."
    assert_flags("R604", text, caption)


def test_position_word_opening_prose_passes() -> None:
    text = "The park opened in May.\nTop: The county's priorities this year are jobs and roads.\nMore will follow."
    assert_flags("R604", text, None)


_BODY = (
    "The city opened a new cruise terminal on Monday, port officials said at a press briefing.\n"
    "The terminal can handle two large ships at once and serve 5,000 passengers a day, they said.\n"
    "Work on a second berth will start next spring, according to the port authority of the city.\n"
)


def test_teaser_with_the_next_story_cut_short_after_the_story() -> None:
    tail = (
        "Coastal province adds ferry routes to three islands\n"
        "The province will add three ferry routes to islands in the bay, officials said on Friday.\n"
        "On Thursday, the provincial transport department announced a"
    )
    found = check_texts([_BODY + tail], ["R601"])
    assert sorted(found["line"]) == [4, 5, 6]


def test_article_ending_on_a_cut_paragraph_passes() -> None:
    tail = "The mayor attended the opening.\nHe praised the builders.\nThe terminal will open to"
    assert_flags("R601", _BODY + tail, None)
