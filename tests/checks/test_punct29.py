"""Punctuation of session 29: a tier of the state left open before its officials or bodies
(P343: "county level officials"); a speaker's first-person words left without their
quotation marks (E821: "We will …, the mayor said.").

The sentences are written for these tests, in the register of city and provincial news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The premier met 180 county level Party chiefs at the training school.", "county level"),
        ("The bureau trained 300 county level officials in rural law.", "county level"),
        ("Two prefecture level cities joined the pilot scheme in May.", "prefecture level"),
        ("Provincial level leaders toured the port on Friday.", "Provincial level"),
        ("The plan names 12 township level governments as models.", "township level"),
        ("China has more than 2,800 county level administrative regions.", "county level"),
        ("The reserve was listed among the national level nature reserves.", "national level"),
    ],
)
def test_a_tier_left_open_before_its_officials_or_bodies_is_flagged(text: str, span: str) -> None:
    assert_flags("P343", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The tier named on its own, after "at" or "to", and before "and above".
        "Only villages and townships are below the county level.",
        "The reform was carried out at the provincial level and above.",
        "Work at the village level started in May.",
        "Power was handed down to the city level in 2019.",
        # Already hyphenated.
        "The county-level officials finished their training in Beijing.",
        # A noun the tier is not read before: left to a person.
        "The city will hold the county level meeting next week.",
        # A heading's capitals.
        "County Level Officials Trained in Beijing",
    ],
)
def test_a_tier_named_on_its_own_or_hyphenated_is_left(text: str) -> None:
    assert_flags("P343", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "We hope the two cities will deepen cooperation in trade and tourism, the mayor said.",
            "We",
        ),
        ("We will build three new parks along the river this year, Zhou added.", "We"),
        ("Our port handled more cargo than ever before, Wang Fang noted.", "Our"),
        (
            "The delegation toured the zone. We should attract more investment and speed up"
            " the projects, he added.",
            "We",
        ),
        # Two sentences of the speaker's words: the quotation opens at the paragraph's start.
        (
            "We also hope more firms will invest in the county. We will keep improving the"
            " business environment, Zhou Lin added.",
            "We",
        ),
    ],
)
def test_first_person_words_ending_with_the_speaker_are_flagged(text: str, span: str) -> None:
    assert_flags("E821", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Quoted, as they should be.
        '"We hope the two cities will deepen cooperation," the mayor said.',
        "“We will build three new parks along the river this year,” Zhou added.",
        # Reported in the third person.
        "The city will build three new parks along the river this year, Zhou added.",
        # The first person with no one named after it: a speech speaking as "we".
        "We will build three new parks along the river this year.",
        # "We" inside the sentence, not opening it.
        "The mayor said we must act at once, he added later.",
    ],
)
def test_quoted_or_third_person_words_are_left(text: str) -> None:
    assert_flags("E821", text, None)
