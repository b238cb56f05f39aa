"""Capitals, session 30: a surname in capitals written "LV" or standing in a list of names
written the ordinary way (N221).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Zhao Kun, secretary of the county Party committee, visited the farm. LV Haoran, "
            "deputy secretary of the county Party committee, went with him.",
            "LV Haoran",
        ),
        (
            "Leaders of Jinzhou City, including Sun Bo, LIU Qiming, Zhang Ruifeng and Gao Yan, "
            "attended the meeting.",
            "LIU Qiming",
        ),
        (
            "Leaders of the county, including Ma Tao, LV Jiahe, Chen Yuhang and Wu Lin, "
            "attended the meeting.",
            "LV Jiahe",
        ),
    ],
)
def test_a_surname_in_capitals_lv_or_in_a_list_is_flagged(text: str, span: str) -> None:
    assert_flags("N221", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # A list set in capitals by design writes every surname so.
        "Members of the panel: WANG Lin, LIU Qiming, SUN Bo, GAO Yan. Zhang Wei chaired it.",
        # The next item of the list is a place, not a person.
        "Zhang Wei said the LV Lianjie, Dalian Port and other projects went ahead.",
        # A name in the ordinary way.
        "Zhao Kun visited the farm. Lv Haoran, deputy secretary, went with him.",
    ],
)
def test_a_surname_in_ordinary_case_or_capitals_by_design_is_left(text: str) -> None:
    assert_flags("N221", text, None)
