"""False alarms found on fresh local-government pages (session 38, precision40), each
silenced for its class while the rule keeps what it is for.

The sentences are written for these tests, in the register of the genre.
"""

from __future__ import annotations

import polars as pl
import pytest
from helpers import assert_flags

# U401: a bilingual page sets a Chinese paragraph beside the English paragraph that renders
# it; the two share figures or a name in characters and in pinyin. That Chinese is the
# page's second language. A Chinese paragraph beside English it does not render, or a
# Chinese phrase inside an English sentence, is still left in the English.

_BILINGUAL_FIGURES = (
    "On the morning of March 16, the Third Session of the 14th Linyi Municipal People's "
    "Congress opened at the city's convention center.\n"
    "\n"
    "3月16日上午,临沂市第十四届人民代表大会第三次会议在市会展中心开幕。\n"
)
_BILINGUAL_NAME = (
    "有关部门负责同志出席活动。市委常委、宣传部部长李文华致辞。\n"
    "\n"
    "Li Wenhua, a member of the Standing Committee of the CPC Linyi Municipal Committee and "
    "head of its Publicity Department, addressed the event.\n"
)
_UNRENDERED = (
    "The county opened a new logistics park on Monday to serve farmers in the hills.\n"
    "\n"
    "会议强调,要坚持稳中求进工作总基调,扎实推进各项工作。\n"
)


@pytest.mark.parametrize("text", [_BILINGUAL_FIGURES, _BILINGUAL_NAME])
def test_a_chinese_paragraph_beside_its_english_is_left(text: str) -> None:
    assert_flags("U401", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (_UNRENDERED, "会议强调"),
        # Chinese inside an English sentence, even with the same figure beside it.
        (
            "On March 6, the city launched its 十四五 plan for 2021 to 2025 in full.\n"
            "\n"
            "3月6日上午,市政府召开常务会议,研究部署十四五规划编制工作。\n",
            "十四五",
        ),
    ],
)
def test_chinese_left_in_the_english_is_flagged(text: str, span: str) -> None:
    assert_flags("U401", text, span)


# T105: a cut-short title followed by another title's head noun is that other title; the
# head noun may carry "general" ("executive vice general manager" of a company). A title cut
# short before a word that heads no title is still cut short.


@pytest.mark.parametrize(
    "text",
    [
        "Officials including the executive vice general manager Wang Hai attended the talks.\n",
        "The park's executive vice general managers met investors from Hong Kong on Friday.\n",
    ],
)
def test_a_general_managers_title_is_no_cut_short_mayor(text: str) -> None:
    assert_flags("T105", text, None)


def test_an_executive_vice_cut_short_is_flagged() -> None:
    assert_flags(
        "T105",
        "Li Ming, executive vice and head of the task force, chaired it.\n",
        "executive vice",
    )


# U401: a run of hangul is Korean, not Chinese; the message names the script it is in.


def test_korean_left_in_the_english_is_called_korean() -> None:
    from helpers import check_texts

    text = "The portal offers English, 한국어 and 中文 versions of the notice.\n"
    found = check_texts([text], ["U401"]).filter(pl.col("code") == "U401")
    messages = dict(zip(found["span"], found["message"], strict=True))
    assert messages["한국어"].startswith("Korean text")
    assert messages["中文"].startswith("Chinese text")
