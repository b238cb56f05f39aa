"""Page residue by the outlets' templates: photo credits closing a caption (R604) and
whole lines of page furniture (R601).

The sentences are written for these tests, in the register of city and provincial news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a credit under the label "Photo" after the caption's last sentence
        (
            "Deputies from Hunan discuss the draft plan in Beijing on Tuesday. Photo: Reuters",
            "Photo: Reuters",
        ),
        (
            "The new mayor meets reporters after the session. PHOTO: AGENCE FRANCE-PRESSE",
            "PHOTO: AGENCE FRANCE-PRESSE",
        ),
        ("Zhou Lin was named the county's Party chief in May. Photo: IC Photo", "Photo: IC Photo"),
        ("Visitors tour the new museum in Wuxi on Sunday. Photo: Handout", "Photo: Handout"),
        # two photographers after "Photo by"
        (
            "Provincial deputy Zhang Lihua speaks at a panel discussion on March 6. "
            "Photo by Li Ming, Wang Jun",
            "Photo by Li Ming, Wang Jun",
        ),
        (
            "Deputies vote on the draft regulation on March 9. Photos by Chen Hao and Liu Fang",
            "Photos by Chen Hao and Liu Fang",
        ),
        # an agency's file photo closing the caption
        (
            "Zhou Ming was removed from his post after an inspection found violations. "
            "Reuters file photo",
            "Reuters file photo",
        ),
    ],
)
def test_a_credit_closing_a_caption_is_flagged(text: str, span: str) -> None:
    assert_flags("R604", text, span, strip=True)


@pytest.mark.parametrize(
    "text",
    [
        # the label starts a sentence of the story, not a credit
        "The bureau held a contest last month. Photo: the winners will be shown in May.",
        "The exhibition opened in Dalian on Friday. Photos: more than 300 of them.",
        # a photographer's name inside the sentence
        "The pictures were taken by Li Ming, Wang Jun and other staff of the museum.",
        "The show features a file photo of the old harbour taken in 1950.",
        # "photo" in a sentence that goes on after the agency's name
        "The minister met reporters. Reuters file photos show the port in 2011 and 2015.",
    ],
)
def test_a_sentence_about_photos_is_left_alone(text: str) -> None:
    assert_flags("R604", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Page B3",
        "Page 12",
        "Tue, Mar 08, 2022 - Page 4",
        "TAIPEI TIMES FILE PHOTO",
        "File photo",
        "Home",
        ">>",
        "Special Reports",
        "Please enter your comment!",
        "Please enter your name here",
        "Facebook",
        "Download",
        "Read Comments",
        "SEND TO FRIEND",
    ],
)
def test_a_line_of_page_furniture_is_flagged(text: str) -> None:
    body = "The city opened two new bus lines on Monday, the transport bureau said."
    assert_flags("R601", f"{body}\n\n{text}\n\n{body}", text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan is set out on page 6 of the report, the bureau said.",
        "A file photo of the old port was shown at the exhibition in Dalian.",
        "Home to 3 million people, the district opened a new hospital in May.",
        "Please enter your comments on the draft through the city's website by May 30.",
        "Special reports on the county's rural roads were sent to the provincial government.",
        "Residents can download the city's service app from the bureau's website.",
        "The county opened accounts on Facebook and Twitter to promote its tea.",
    ],
)
def test_prose_about_pages_and_photos_is_left_alone(text: str) -> None:
    assert_flags("R601", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Taipei Mayor Chiang Wan-an said the forum would be held in December.",
        "The talks with Chiang Wan-an covered trade, tourism and culture.",
    ],
)
def test_a_given_name_ending_in_an_is_no_dash(text: str) -> None:
    assert_flags("P335", text, None)


def test_an_article_after_a_hyphen_is_still_a_dash() -> None:
    assert_flags("P335", "He visited the county-an old mining town in the west.", "-")
