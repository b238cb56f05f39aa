"""Term variants, names and capitals (session 20): 党组 called a "Party Leadership Group",
the Party discipline campaign (党纪学习教育) in lower case, and the lower-case "party" of the
Communist Party of China. Every sentence here was written for these tests, in the register
of a city's news pages.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


def _found(text: str, code: str) -> list[str]:
    found: list[str] = spans(check_texts([text], [code]), code)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "The Party Leadership Group of the Municipal Bureau of Commerce met on Monday.",
        "Liu Bo, secretary of the Party Leadership Group of the county government, spoke.",
    ],
)
def test_party_leadership_group_is_a_variant_of_the_leading_party_members_group(text: str) -> None:
    assert _found(text, "T101") == ["Party Leadership Group"]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting stressed upholding Party leadership over rural work.",
        "The bureau's leading Party members' group held a study session.",
        "Members of the leading Party group of the district government attended.",
    ],
)
def test_party_leadership_and_the_approved_group_are_left_alone(text: str) -> None:
    assert _found(text, "T101") == []


def test_party_discipline_campaign_in_lower_case_is_miscapitalised() -> None:
    text = "The county launched party discipline learning and education for all Party members."
    assert _found(text, "T108") == ["party discipline learning and education"]


def test_party_discipline_campaign_is_no_near_miss_of_the_history_campaign() -> None:
    text = "The bureau summed up its Party discipline learning and education on Friday."
    assert _found(text, "T103") == []
    assert _found(text, "T108") == []
