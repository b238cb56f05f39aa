"""A plural subject, a phrase hanging on it, and then a verb in the singular (E841).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Party representatives from every county of the city was present.", "was"),
        ("Leaders of the two districts has visited the new port twice.", "has"),
        ("The officials in charge of the project is to report on Friday.", "is"),
        ("Private enterprises across the province has signed the pledge.", "has"),
        ("The bureau said, the three ways of deepening reform was discussed.", "was"),
        ("Deputies to the Municipal People's Congress was briefed on the plan.", "was"),
        ("Schools and the library in the new district was opened in May.", "was"),
        ("His colleagues from the county bureau was present at the meeting.", "was"),
    ],
)
def test_plural_subject_singular_verb(text: str, span: str) -> None:
    assert_flags("E841", text, span)


def test_suggests_the_plural_verb() -> None:
    found = check_texts(["Leaders of the two districts has visited the port."], ["E841"])
    assert found["suggestion"].to_list() == ["have"]


@pytest.mark.parametrize(
    "text",
    [
        "Party representatives from every county of the city were present.",
        "Each of the representatives was given a copy of the plan.",
        "One of the leaders of the district is from Dalian.",
        "Two years of hard work has paid off for the village.",
        "The number of visitors from abroad has doubled.",
        "Experts from the institute believe the economy is recovering.",
        "Leaders of the city visited the port that is being expanded.",
        "Officials of the bureau said it was a good year.",
        "The city plans to build a park in the district has been approved.",
        "The Measures for the Administration of Ports is in force.",
        "Dalian Ports of the Northeast has a new head.",
        "The bureau says the work of the new district is going well.",
        "Farmers and herdsmen's income in the county has risen.",
        "In recent years, the county has built many roads.",
        "The plan consists of three parts and is expected to pass.",
        "Zhang lost his ideals and convictions and was disloyal to the Party.",
        "The mayor met investors from Japan and Korea and was shown the new port.",
    ],
)
def test_leaves_agreeing_or_unclear_subjects(text: str) -> None:
    assert_flags("E841", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Zhou Lin, vice mayor of Jinzhou extended a warm welcome to the guests.",
            "vice mayor of Jinzhou extended",
        ),
        (
            "Sun Hua, Chinese Vice-Premier visited the fair on Monday.",
            "Chinese Vice-Premier visited",
        ),
        (
            "Gao Feng, standing committee member of the county Party committee presided over"
            " the forum.",
            "standing committee member of the county Party committee presided",
        ),
        (
            "Li Ming, the mayor of the county briefed the delegates on the plan.",
            "the mayor of the county briefed",
        ),
        (
            "The port city of Yantai, Shandong province forged new links with Busan.",
            "Shandong province forged",
        ),
    ],
)
def test_appositive_left_open_before_any_past_verb(text: str, span: str) -> None:
    assert_flags("P337", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Zhou Lin, vice mayor of Jinzhou, extended a warm welcome to the guests.",
        "Li Ming, head of a firm based in Dalian, said the port was busy.",
        "Li Ming, head of a team stationed in the village since May, donated the books.",
        "According to Li Ming, Secretary of the Provincial Party Committee Zhou Lin fully"
        " affirmed the work of the city.",
        "The port city of Yantai, Shandong province, forged new links with Busan.",
        "Gao Feng, director of the bureau responsible for the port, signed the deal.",
    ],
)
def test_appositive_closed_or_not_a_verb(text: str) -> None:
    assert_flags("P337", text, None)
