"""Number agreement inside the noun phrase: the genre's count nouns left singular after a
number with one or two describing words between (E805).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county was hit by two devastating disaster in August.", "disaster"),
        ("Experts checked the two on-site assessment condition of the city.", "condition"),
        ("After the flood three key reservoir were repaired.", "reservoir"),
        ("The delegation visited four industrial park and five science museum.", "museum"),
        ("The district trained 30 young rural cadre, 12 of them women.", "cadre"),
        ("Several provincial expert attended the seminar on rural roads.", "expert"),
    ],
)
def test_a_count_noun_left_singular_after_a_number_is_flagged(text: str, span: str) -> None:
    assert_flags("E805", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The noun modifies the next one: a compound's first part stays singular.
        "Two disaster relief teams reached the village on Monday.",
        "The two museum directors signed the agreement.",
        "Five expert panels reviewed the plan.",
        # A function word between ends the number's phrase before the noun.
        "At 9 am the seminar opened in the city hall.",
        # A label, a year and a name in capitals.
        "The No. 3 reservoir was repaired before the flood season.",
        "The 2024 festival drew many visitors.",
        "Li Hua spoke at the Two Sessions Seminar.",
        # "each" and "one of" count one thing.
        "One of the two farmer cooperatives won the award.",
        # The plural.
        "The county was hit by two devastating disasters in August.",
    ],
)
def test_a_count_noun_in_its_right_form_or_as_a_modifier_is_left(text: str) -> None:
    assert_flags("E805", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("98.5% motions from deputies handled", "98.5% motions"),
        ("Over 70% townships in the province saw their incomes grow.", "70% townships"),
        ("Nearly 40 percent households in the village have tap water.", "40 percent households"),
    ],
)
def test_a_percentage_without_of_before_its_whole_is_flagged(text: str, span: str) -> None:
    assert_flags("E846", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # "of" is there.
        "Over 70% of townships in the province saw their incomes grow.",
        # A rate the plural is charged at, or a verb's "-s" form.
        "The country imposed 25% tariffs on imported steel.",
        "Shops offered 10% discounts to elderly buyers.",
        # A word between, or a plural that modifies the next noun.
        "Visits rose 38% more times than last year.",
        "Incomes grew by 6 percent last year, 2 percent points more than in 2022.",
        "The survey covered 30% households income in the county.",
        # A range.
        "Costs fell by 5-10% villages said.",
    ],
)
def test_a_percentage_with_of_or_as_a_rate_is_left(text: str) -> None:
    assert_flags("E846", text, None)
