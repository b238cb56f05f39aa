"""False alarms on professional English, third pass: a foreign newsroom's own names for the
Party on its own page (T101).

The sentences are written for these tests, in the register of agency and outlet copy.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# A newsroom's story in its own style: the Party in lower case, its own name for it.
_NEWSROOM = (
    "The closed-door meeting of the Central Committee opened on Monday, days before the "
    "party congress. Zhao Ming, a senior member of the Chinese Communist Party's Politburo, "
    "explained a draft amendment to the party constitution, state media said.\n"
)
# An analyst's page that coins "CCP" as its short name for the Party.
_DEFINES_CCP = (
    "The new strategy paper on food security speaks to the priorities of the Chinese "
    "Communist Party (CCP). Its sections on grain reserves show that the CCP sees supply as "
    "a question of security.\n"
)


@pytest.mark.parametrize(("text", "span"), [(_NEWSROOM, None), (_DEFINES_CCP, None)])
def test_a_foreign_newsrooms_own_name_for_the_party_is_its_house_style(
    text: str, span: str | None
) -> None:
    assert_flags("T101", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A page that names the Party by "CPC": official style, the odd form a slip.
        (
            "The CPC Hengyang Municipal Committee held a meeting on party building. Party "
            "members studied the history of the Chinese Communist Party and the party "
            "constitution.\n",
            "Chinese Communist Party",
        ),
        # The capital is the page's own: "Party" twice against one lower-case "party".
        (
            "Party members of the county visited the museum of the Chinese Communist Party, "
            "where the Party history exhibition opened, and met the party secretary.\n",
            "Chinese Communist Party",
        ),
        # Named once, no lower-case "party", no abbreviation coined: still reported.
        (
            "The exhibition tells the story of the Chinese Communist Party in Jinggangshan.\n",
            "Chinese Communist Party",
        ),
    ],
)
def test_the_partys_avoided_names_are_still_flagged_in_official_style(text: str, span: str) -> None:
    assert_flags("T101", text, span)


# An analyst quotes official Chinese in translation, then gives the original to the line's end.
_QUOTED_ORIGINAL = (
    "The editorial closes with a call to “carry forward the fine tradition, stay humble and "
    "keep striving on the new journey.” 继续发扬优良传统，戒骄戒躁、再接再厉，奋进新征程。\n"
)


@pytest.mark.parametrize("code", ["U401", "P306"])
def test_the_chinese_original_after_an_english_quotation_is_a_gloss(code: str) -> None:
    assert_flags(code, _QUOTED_ORIGINAL, None)


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [
        # Chinese inside the sentence, English after it on the line: left untranslated.
        (
            "U401",
            "He called for “deepening reform across the board in every field” 全面深化改革 "
            "at the meeting.\n",
            "全面深化改革",
        ),
        # A quotation too short to be the passage the Chinese renders.
        ("U401", "The slogan “two pre-zones” 两先区建设 was repeated.\n", "两先区建设"),
        ("U401", "The slogan reads “two pre-zones” 两先区建设\n", "两先区建设"),
        # No quotation before it: a heading left in Chinese.
        ("U401", "Work report of the county government 县政府工作报告\n", "县政府工作报告"),
        ("P306", "The city built new roads，bridges and parks.\n", "，"),
    ],
)
def test_chinese_left_in_the_english_is_still_flagged(code: str, text: str, span: str) -> None:
    assert_flags(code, text, span)


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [
        # A spaced dot before a volume or an issue sets a citation's fields apart.
        (
            "N218",
            "Published in Regional Review · Volume 12, Issue 2 (an extract from the journal).\n",
            None,
        ),
        ("N218", "The 2024 Summer Davos · Tianjin opened on Tuesday.\n", " · "),
        ("N218", "The 2023 China·Dalian Wine Festival opened on Friday.\n", "·"),
        # Initials joined to a people's adjective modify the noun after both.
        (
            "E807",
            "The failure prompted Seoul to widen its cooperation with US and Australian allies.\n",
            None,
        ),
        ("E807", "The minister also held talks with US and British envoys.\n", None),
        ("E807", "The minister will seek closer cooperation with US in trade.\n", "US"),
        ("E807", "The minister spoke of relations with US and Japan on Friday.\n", "US"),
    ],
)
def test_separators_and_modifying_initials(code: str, text: str, span: str | None) -> None:
    assert_flags(code, text, span)
