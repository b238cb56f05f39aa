"""Term calques and capitals (session 22): 中心组 as a "center group", 初心 as an "initial
heart", "Vice Secretary" before a name, a congress set before "spirit", a city's congress by
its term called national, a body in lower case inside a slogan, and the glossary's avoid
forms for 实体经济, 战略性新兴产业 and 基层干部. Every sentence here was written for these
tests, in the register of a city's news pages.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


def _found(text: str, code: str) -> list[str]:
    found: list[str] = spans(check_texts([text], [code]), code)
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Theoretical Study Center Group of the county Party committee met on Monday.",
            ["Theoretical Study Center Group"],
        ),
        (
            "The theoretical learning centre group of the bureau studied the new rules.",
            ["theoretical learning centre group"],
        ),
        (
            "Members of the theoretical center group of the Party committee spoke in turn.",
            ["theoretical center group"],
        ),
    ],
)
def test_center_group_is_a_calque_of_the_theoretical_study_group(
    text: str, expected: list[str]
) -> None:
    assert _found(text, "T127") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The theoretical study group of the municipal Party committee met on Monday.",
        "The community center group met in the old library on Friday.",
        "A central group study session was held by the district committee.",
    ],
)
def test_the_study_group_and_other_center_groups_are_left_alone(text: str) -> None:
    assert _found(text, "T127") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He urged officials to keep not forgetting the initial heart in their daily work.",
            ["not forgetting the initial heart"],
        ),
        (
            "Cadres must stay true to the original heart and serve the villagers.",
            ["stay true to the original heart"],
        ),
    ],
)
def test_initial_heart_is_a_calque_of_the_founding_mission(text: str, expected: list[str]) -> None:
    assert _found(text, "T127") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The restored lanes are the original heart of the old town.",
        "Officials pledged to stay true to our founding mission.",
    ],
)
def test_a_heart_of_a_town_and_the_mission_are_left_alone(text: str) -> None:
    assert _found(text, "T127") == []


def test_vice_secretary_before_a_pinyin_name_is_a_deputy_secretary() -> None:
    text = "The mayor chaired the forum, and Vice Secretary Zhao Lin attended it."
    assert _found(text, "T111") == ["Vice Secretary"]


@pytest.mark.parametrize(
    "text",
    [
        "Vice Secretary-General Zhao Lin of the county government spoke.",
        "Deputy Secretary Zhao Lin attended the forum on Friday.",
        "Vice Secretary Maria Lopez met the visiting delegation.",
    ],
)
def test_vice_secretary_general_and_a_foreign_name_are_left_alone(text: str) -> None:
    assert _found(text, "T111") == []


def test_chairman_of_the_country_is_the_president() -> None:
    text = "He was later elected chairman of the country by the legislature."
    assert _found(text, "T111") == ["chairman of the country"]


@pytest.mark.parametrize(
    "text",
    [
        "She is the chairman of the country's largest carmaker.",
        "He was chairman of the country club for ten years.",
    ],
)
def test_a_chairman_of_a_company_or_a_club_is_left_alone(text: str) -> None:
    assert _found(text, "T111") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials must study the 20th CPC National Congress spirit and act on it.",
            ["20th CPC National Congress spirit"],
        ),
        (
            "The district studied the 3rd Plenary Session spirit on Monday.",
            ["3rd Plenary Session spirit"],
        ),
    ],
)
def test_a_congress_set_before_spirit_is_flagged(text: str, expected: list[str]) -> None:
    assert _found(text, "T116") == expected


def test_the_spirit_of_a_congress_is_left_alone() -> None:
    text = "Officials studied the spirit of the 20th CPC National Congress on Monday."
    assert _found(text, "T116") == []


def test_a_local_congress_by_its_term_called_national_in_its_own_report() -> None:
    text = (
        "The 3rd Session of the 14th Wuxi Municipal People's Congress opened on Monday. "
        "On Sunday the 14th National People's Congress held a preparatory meeting."
    )
    assert _found(text, "T109") == ["14th National People's Congress"]


@pytest.mark.parametrize(
    "text",
    [
        # The national legislature, and its member named as such.
        "Li Hua, director of the standing committee of the 14th Wuxi Municipal People's "
        "Congress and a deputy to the 14th National People's Congress, spoke. "
        "The 14th National People's Congress met in March.",
        # Another term: the national body.
        "The 15th Wuxi Municipal People's Congress opened. The 14th National People's "
        "Congress met in March.",
        "The 14th National People's Congress met in Beijing in March.",
        # Members of the national legislature's standing committee among a provincial
        # congress's guests.
        "The 1st Session of the 14th Hebei Provincial People's Congress opened. Present were"
        " members of the Standing Committee of the 14th National People's Congress in Hebei.",
    ],
)
def test_the_national_legislature_by_its_term_is_left_alone(text: str) -> None:
    assert _found(text, "T109") == []


def test_a_body_in_lower_case_inside_a_slogan_is_miscapitalised() -> None:
    text = "Since then, the CPC central committee with Comrade Xi Jinping at the core has decided."
    assert _found(text, "T108") == ["CPC central committee"]


def test_a_slogan_with_its_body_capitalised_is_left_alone() -> None:
    text = "Since then, the CPC Central Committee with Comrade Xi Jinping at its core has decided."
    assert _found(text, "T108") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The county set out to support the entity economy this year.", ["entity economy"]),
        (
            "The zone is cultivating emerging strategic industries such as new materials.",
            ["emerging strategic industries"],
        ),
        ("The mayor listened to grass-root cadres in two villages.", ["grass-root cadres"]),
    ],
)
def test_calques_listed_in_the_glossary_are_forbidden_variants(
    text: str, expected: list[str]
) -> None:
    assert _found(text, "T101") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The county set out to support the real economy this year.",
        "The zone is cultivating strategic emerging industries such as new materials.",
        "The mayor listened to grassroots officials and to grass-roots cadres.",
    ],
)
def test_the_approved_and_allowed_renderings_are_left_alone(text: str) -> None:
    assert _found(text, "T101") == []
