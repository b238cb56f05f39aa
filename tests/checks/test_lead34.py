"""Session 34, lead: "vice municipal party secretary" (T111) and two glossary renderings to
avoid (T101): "the Central Discipline Inspection Committee" for 中央纪委, "precision
alleviation of poverty" for 精准扶贫, "substantial economy" for 实体经济 and "Chinese
excellent traditional culture" for 中华优秀传统文化.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Zhou Lin, vice municipal party secretary, chaired the meeting.",
            "vice municipal party secretary",
        ),
        (
            "The forum was addressed by Vice Provincial Party Secretary Gao Yan.",
            "Vice Provincial Party Secretary",
        ),
        (
            "He later served as vice county party secretary of Xifeng.",
            "vice county party secretary",
        ),
        ("Ma Jun, vice Party secretary of the district, spoke.", "vice Party secretary"),
    ],
)
def test_a_vice_party_secretary_with_a_level_word_is_flagged(text: str, span: str) -> None:
    assert_flags("T111", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Zhou Lin, deputy municipal Party secretary, chaired the meeting.",
        "Gao Yan, vice mayor and municipal Party secretary of the city, spoke.",
        "The vice secretary-general of the municipal government read the notice.",
    ],
)
def test_a_deputy_secretary_is_left(text: str) -> None:
    assert_flags("T111", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The case was referred to the Central Discipline Inspection Committee in May.",
            "Central Discipline Inspection Committee",
        ),
        (
            "The county has pressed ahead with precision alleviation of poverty since 2016.",
            "precision alleviation of poverty",
        ),
        ("Finance must serve the substantial economy, the meeting said.", "substantial economy"),
        (
            "The fair showed the charm of Chinese excellent traditional culture.",
            "Chinese excellent traditional culture",
        ),
    ],
)
def test_garbled_national_formulations_are_avoid_forms(text: str, span: str) -> None:
    assert_flags("T101", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The case was referred to the Central Commission for Discipline Inspection in May.",
        "The county discipline inspection committee opened the case in May.",
        "The county has pressed ahead with targeted poverty alleviation since 2016.",
        "Finance must serve the real economy, the meeting said.",
        "The fair showed the charm of fine traditional Chinese culture.",
        "The fair showed the charm of excellent traditional Chinese culture.",
        "The grant made a substantial economic difference to the village.",
    ],
)
def test_the_official_formulations_are_left(text: str) -> None:
    assert_flags("T101", text, None)
