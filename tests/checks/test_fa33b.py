"""False alarms of a blind set: a committee described by its kind ("the standing committee of
the municipal Party committee", T108) and the reform being deepened ("deepening the reform
and opening-up", E828).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    "text",
    [
        "The standing committee of the municipal Party committee in Linhai city met on Nov 3.",
        "Zhou Ming, member of the standing committee of the county Party committee, spoke.",
        "The standing committee of the provincial Party committee in Fujian met on Monday.",
    ],
)
def test_a_standing_committee_described_in_lower_case_is_left_alone(text: str) -> None:
    assert_flags("T108", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # "party" in lower case is still the Party's.
        (
            "Zhou Ming, member of the standing committee of the county party committee, spoke.",
            "member of the standing committee of the county party committee",
        ),
        # Half one way and half the other.
        (
            "Zhou Ming, member of the Standing Committee of the county Party Committee, spoke.",
            "member of the Standing Committee of the county Party Committee",
        ),
    ],
)
def test_a_standing_committee_half_capitalised_is_still_flagged(text: str, span: str) -> None:
    assert_flags("T108", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The county will keep deepening the reform and opening-up.",
        "Officials vowed to deepen the reform and opening up, and to cut red tape.",
        "The city deepened the reform and opening-up and drew more investment.",
    ],
)
def test_the_reform_being_deepened_keeps_its_article(text: str) -> None:
    assert_flags("E828", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Villagers gained much in the reform and opening-up.", "the reform and opening-up"),
        ("The district will advance the reform and opening up.", "the reform and opening up"),
    ],
)
def test_the_reform_named_in_general_is_still_flagged(text: str, span: str) -> None:
    assert_flags("E828", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The 4th session of the 9th county congress opened. Deputies discussed 6 motions.",
        "Wang Tao reviewed the work of the 3rd plenary meeting in 7 areas of reform.",
    ],
)
def test_a_page_that_writes_small_ordinals_in_figures_keeps_its_style(text: str) -> None:
    assert_flags("D505", text, None)


@pytest.mark.parametrize(
    "text",
    [
        # A date's ordinal says nothing of how the page counts.
        "The fair opened on June 2nd this year. Farmers sold goods from 6 villages.",
        "The fair opened on the 2nd of June. Farmers sold goods from 6 villages.",
        "The 14th session opened. Deputies discussed 6 motions.",
    ],
)
def test_a_small_figure_is_still_flagged_beside_other_ordinals(text: str) -> None:
    assert_flags("D505", text, "6")
