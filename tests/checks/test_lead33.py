"""Session 33, lead: a school called a "Collage" (E844) and two glossary renderings to
avoid (T101): "chief river system" for 河长制 and "a delegate of the National People's
Congress" for an NPC deputy.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Students of Dalian Vocational Collage joined the volunteer team.", "Collage"),
        ("The delegation visited Jinzhou Normal Collage on Monday.", "Collage"),
        ("Two teachers' collages in the county trained 300 rural teachers.", "collages"),
        ("Graduates of the city's medical collages will work in village clinics.", "collages"),
    ],
)
def test_a_school_called_a_collage_is_flagged(text: str, span: str) -> None:
    assert_flags("E844", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Pictures, not schools.
        "Pupils made an art collage of the old harbour for the exhibition.",
        "A photo collage of the new bridge hangs in the district hall.",
        "Dalian Vocational College opened a new campus in Lushunkou.",
    ],
)
def test_a_collage_that_is_a_picture_is_left(text: str) -> None:
    assert_flags("E844", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county has fully implemented the chief river system.", "chief river system"),
        (
            "Zhao Lan, a delegate of the National People's Congress, spoke at the forum.",
            "delegate of the National People's Congress",
        ),
    ],
)
def test_renderings_to_avoid_are_flagged(text: str, span: str) -> None:
    assert_flags("T101", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The county has fully implemented the river chief system on all 36 rivers.",
        "Each river chief patrols a section of the river every week.",
        "Zhao Lan, a deputy to the National People's Congress, spoke at the forum.",
    ],
)
def test_approved_renderings_are_left(text: str) -> None:
    assert_flags("T101", text, None)


def test_the_global_times_spelling_of_xinjiang_is_allowed() -> None:
    # The Global Times, a state paper, spells the region "Uyghur" as its house style.
    assert_flags(
        "T101", "Trade fairs in the Xinjiang Uyghur Autonomous Region drew 900 firms.", None
    )
    assert_flags(
        "T101",
        "Trade fairs in the Xinjiang Uighur Autonomous Region drew 900 firms.",
        "Xinjiang Uighur Autonomous Region",
    )


def test_one_span_read_two_ways_gives_one_finding() -> None:
    text = "The district will deepen the high-quality development."
    assert spans(check_texts([text], ["E828"]), "E828") == ["the high-quality development"]
