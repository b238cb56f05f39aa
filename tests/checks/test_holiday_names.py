"""N226: a festival's or a public holiday's name with a word in lower case.

The texts are written for these tests in the register of local-government news English;
none is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "Ahead of the spring festival, the mayor visited two farms.",
            "spring festival",
            "Spring Festival",
        ),
        (
            "Families gathered for the Mid-autumn festival in the old town.",
            "Mid-autumn festival",
            "Mid-Autumn Festival",
        ),
        (
            "Crews raced on the river during the dragon boat Festival.",
            "dragon boat Festival",
            "Dragon Boat Festival",
        ),
        ("Lanterns lit the square for lunar new year.", "lunar new year", "Lunar New Year"),
        ("The county chief sent new year greetings to retired cadres.", "new year", "New Year"),
        ("New year inspection visits by city leaders began on Monday.", "New year", "New Year"),
        (
            "Offices close on new year's day and reopen on Monday.",
            "new year's day",
            "New Year's Day",
        ),
        ("He passed on his new years' best wishes to the teachers.", "new years'", "New Year's"),
        ("The consulate held its seventh national day reception.", "national day", "National Day"),
        ("Trains were full over the National day holiday.", "National day", "National Day"),
    ],
)
def test_a_holiday_name_in_lower_case(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["N226"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Ahead of the Spring Festival, the mayor visited two farms.",
        "Offices close on New Year's Day; the Mid-Autumn Festival follows in September.",
        # the new year and a national day as ordinary words
        "The district drew up its plans for the new year in December.",
        "The new year began with snow, and a national day of mourning was held.",
        # a festival of a kind, or a local event named by its place
        "Tulips bloom at a spring festival held in the park every April.",
        "Visitors crowded the Zigong lantern festival on its first night.",
    ],
)
def test_names_in_capitals_and_ordinary_words_are_left_alone(text: str) -> None:
    assert_flags("N226", text, None)


def test_a_possessive_before_the_holiday_does_not_make_it_an_event_name() -> None:
    assert_flags("N226", "What do the leaders' and Li's new year visits mean?", "new year")


def test_an_article_before_a_holiday_with_its_greetings_leaves_it_the_holiday() -> None:
    assert_flags("N226", "The mayor delivered a new year message on television.", "new year")
