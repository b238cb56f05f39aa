"""The article rules of round 29: the partnership of two named countries or places without
"the" (E820), the two Koreas by their initials after a preposition, a verb of visiting or
"and" after a name written bare (E807), and a company named after "enterprises such as",
which is no site of work wanting "the" (E807); and an event led by an ordinal of two
figures ("for 12th National Games"), which the event rule's quick search missed (E807).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The mayor said the visit would add substance to China-Laos comprehensive"
            " strategic cooperative partnership.",
            "China-Laos comprehensive strategic cooperative partnership",
        ),
        (
            "Both sides agreed to push China-Cambodia comprehensive strategic partnership"
            " to a higher level.",
            "China-Cambodia comprehensive strategic partnership",
        ),
        (
            "The envoy praised the growth of Russia-China all-round partnership of strategic"
            " coordination over the past decade.",
            "Russia-China all-round partnership",
        ),
        (
            "Officials from Harbin pledged to deepen Sino-Russian strategic partnership.",
            "Sino-Russian strategic partnership",
        ),
        (
            "The forum was a milestone for China-ASEAN friendly and cooperative partnership.",
            "China-ASEAN friendly and cooperative partnership",
        ),
    ],
)
def test_a_named_partnership_without_the_is_flagged(text: str, span: str) -> None:
    assert_flags("E820", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Its article or a possessive before the pair.
        "The governor said the China-Pakistan all-weather strategic partnership keeps growing.",
        "He called for deepening the China-Russia comprehensive strategic partnership.",
        "The two cities signed a China-EU partnership on green energy.",
        "The envoy spoke of our China-Thailand partnership with warmth.",
        # A noun after it is the phrase's head, and two nouns joined are two things.
        "The county joined three China-Africa partnership programs on farming.",
        "The museum showed the history of China-Africa cooperation and partnership.",
        # The plural and another noun.
        "Trade has grown under China-Vietnam partnerships in the border region.",
        "The seminar looked at China-Russia relations since 1949.",
    ],
)
def test_a_partnership_with_its_determiner_or_not_heading_its_phrase_is_left(
    text: str,
) -> None:
    assert_flags("E820", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The troupe staged six shows for audiences of DPRK last spring.", "DPRK"),
        ("Dandong will send more tourists to DPRK through the border port.", "DPRK"),
        ("A trade mission from ROK toured the Jinzhou port on Monday.", "ROK"),
        ("A choir from Tonghua started visiting DPRK on Tuesday.", "DPRK"),
        ("Ferry trade between Yantai and ROK has grown by a fifth.", "ROK"),
    ],
)
def test_the_koreas_by_their_initials_without_the_are_flagged(text: str, span: str) -> None:
    assert_flags("E807", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Dandong and the DPRK grew by a tenth last year.",
        "The delegation met ROK business leaders in Shenyang on Friday.",
        "Officials of DPRK and ROK missions attended the reception.",
        "The Yanji firm signed a deal with the ROK side.",
        "Officials visiting DPRK factories praised the new looms.",
        "The talks between the NPC and ROK lawmakers went well.",
        "The mayor visited the DPRK in May.",
    ],
)
def test_the_koreas_with_the_or_as_modifiers_are_left(text: str) -> None:
    assert_flags("E807", text, None)


def test_a_company_named_after_enterprises_such_as_is_left() -> None:
    assert_flags(
        "E807",
        "The secretary visited enterprises such as Beigang Cargo Terminal and Haitong Logistics.",
        None,
    )


def test_a_terminal_after_such_as_without_a_word_for_firms_is_still_flagged() -> None:
    assert_flags(
        "E807",
        "Ships dock at sites such as Longwan International Cruise Terminal in summer.",
        "Longwan International Cruise Terminal",
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Zhou Min, adviser of 14th National Winter Games, toured the venue.",
            "14th National Winter Games",
        ),
        ("Two firms signed deals at 21st Harbin Trade Fair last week.", "21st Harbin Trade Fair"),
    ],
)
def test_an_event_led_by_an_ordinal_of_two_figures_is_flagged(text: str, span: str) -> None:
    assert_flags("E807", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Two firms signed deals at the 21st Harbin Trade Fair last week.",
        "The city hosted the 12th National Games in 2013.",
    ],
)
def test_an_event_led_by_an_ordinal_with_the_is_left(text: str) -> None:
    assert_flags("E807", text, None)
