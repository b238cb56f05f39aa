"""Miss classes of session 40's local-government pages that recur across sites, closed in E801
where the register's calques live: 主要负责人 ("the main responsible personnel", "the main
personnel in charge", "the main principals"), 各条战线 ("deputies from all fronts") and 调研 as
a noun after an official's possessive ("after his investigation in Huzhou"). Each word is
English in other frames (progress on all fronts, a school's principals, a police
investigation in a city as the subject), and those are left alone.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 主要负责人: the heads, the officials in charge.
        (
            "The main responsible personnel of the county's water and housing bureaus "
            "attended the meeting.",
            "responsible personnel",
        ),
        (
            "Also present were the main personnel in charge of the Lishui Armed Police Corps.",
            "personnel in charge",
        ),
        (
            "The main principals of the relevant township offices accepted the tasks.",
            "principals",
        ),
        # 各条战线: people from all sectors.
        (
            "Deputies from all regions of the province and all fronts arrived at the Great "
            "Hall of Gansu on Monday.",
            "all fronts",
        ),
        (
            "CPPCC members from all fronts of the city entered the venue in high spirits.",
            "all fronts",
        ),
        # 调研 as a noun after an official's possessive, before a place.
        (
            "Wang conveyed the governor's instructions given after his investigation in Huzhou.",
            "investigation in",
        ),
        (
            "The mayor set three tasks during her investigation in Lanxi on Friday.",
            "investigation in",
        ),
    ],
)
def test_flags(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # English senses of the same words.
        "The city made progress on all fronts in 2023, the mayor said.",
        "The principals of 40 primary schools in Yuhang met on Tuesday.",
        "The main responsibility of the bureau is to supervise food safety.",
        "Police said the investigation in Wenzhou had found no further victims.",
        "The responsible department and its main leaders were named in the notice.",
        "Our investigation in this report draws on county statistics.",
    ],
)
def test_left_alone(text: str) -> None:
    assert_flags("E801", text, None)
