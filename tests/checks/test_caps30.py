"""Capitals, session 30: a surname in capitals written "LV" or standing in a list of names
written the ordinary way (N221); an article capitalised inside a sentence or a headline
(N227).

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


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The opening was announced by Zhao Ming, vice chairman of The 11th CPPCC Hebei "
            "Provincial Committee.",
            "The",
        ),
        ("The inspection team went to The village committees of Dongtai and Xiwan.", "The"),
        ("The Opening Ceremony of The 5th Jinzhou Cherry Blossom Festival", "The"),
        ("Pulandian District Held A Special Meeting on Safety and A Forum for Young Talents", "A"),
        (
            "On May 8, the Ceremony for the Building of Dalian as An International Shipping "
            "Centre in Northeast Asia was held in Dalian.",
            "An",
        ),
    ],
)
def test_an_article_capitalised_inside_a_line_is_flagged(text: str, span: str) -> None:
    assert_flags("N227", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # A name with "The" in it, a newspaper.
        "The envoy flew to The Hague for the talks on trade.",
        "The story was first reported by The Paper on Monday.",
        # Letters: grades, shares, zones.
        "The firm is listed in A and H shares markets.",
        "The fund holds A shares and bonds of listed firms in the zone.",
        "Work on zones B and A starts in May.",
        "The park was rated as a Grade A scenic spot in 2021.",
        # A person named An in pinyin.
        "The mayor met with An Lijia, head of the county.",
        # The article opening a sentence, and a headline with every small word capitalised.
        "A total of 30 projects were signed. The city will follow them up.",
        "Introducing A Real China To The World In A More Open Manner",
        # After a noun: a title or a letter.
        "Residents of Building A moved in on Friday.",
    ],
)
def test_an_article_in_its_own_case_or_a_letter_is_left(text: str) -> None:
    assert_flags("N227", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A page that names the CPC: its pairs are the Party's too.
        (
            "On May 9, a party and government delegation of Jinzhou led by Wang Lin, "
            "Secretary of the CPC Jinzhou Municipal Committee, visited the port.",
            "party",
        ),
        (
            "Zhao Kun, Secretary of the CPC Lishan County Committee, met each party branch "
            "secretary of the villages.",
            "party",
        ),
        # "governmental": the pair after "the" in a page that writes "Party".
        (
            "Li Hua, Secretary of the Provincial Party Committee, spoke to 300 cadres of the "
            "party and governmental departments.",
            "party",
        ),
        (
            "The Provincial Party Committee met. Officials from party and governmental "
            "organs in the province attended.",
            "party",
        ),
    ],
)
def test_the_party_paired_with_the_government_is_flagged(text: str, span: str) -> None:
    assert_flags("N207", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The CPC Jinzhou Municipal Committee met. The ruling party and governmental bodies "
        "of the visiting country were named.",
        "The CPC Jinzhou Municipal Committee met. A third party and government agencies "
        "will review the contract.",
        "The Party and government delegation of Jinzhou visited the port on Monday.",
    ],
)
def test_another_party_beside_a_government_is_left(text: str) -> None:
    assert_flags("N207", text, None)
