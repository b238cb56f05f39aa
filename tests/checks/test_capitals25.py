"""Capitals read by the page's kind (session 25).

N207: "party" in lower case on a page written in lower case throughout, where the page is
about China and names the Party in no foreign outlet's way ("the Chinese Communist Party",
"the CCP"): local pages slip so, and official English writes "Party". Also a town's or a
subdistrict's committee, and the Party paired with the state or the government before a noun
of office ("party and state leaders") in any document. Every text was written for these
tests in the register of Chinese-government English news. N209: a pinyin place name in lower
case before its level word ("jiliping village").
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

_TOWN = "Zhang Weiming visited Xiaohe Town on Monday. "
_CHINA = "Farmers across China harvested wheat. "

# (code, text, flagged span, or None where nothing may be flagged)
CASES: list[tuple[str, str, str | None]] = [
    # A lower-case page about a Chinese town, county or person.
    ("N207", _TOWN + "He urged weak party organizations to improve.", "party"),
    ("N207", _TOWN + "The meeting was attended by all party members of the village.", "party"),
    ("N207", _TOWN + "He asked all party comrades to take the lead.", "party"),
    ("N207", _CHINA + "The county held a training course on party building.", "party"),
    ("N207", _CHINA + "Officials stressed the party's leadership over rural work.", "party"),
    ("N207", "Liu Jianguo said the higher party committee approved the plan.", "party"),
    # A town's or a subdistrict's committee, in any document.
    ("N207", "Secretaries of the town party committees met in the hall.", "party"),
    ("N207", "The subdistrict party working committee opened a service center.", "party"),
    # The Party paired with the state or the government before a noun of office.
    ("N207", "Other party and state leaders attended the ceremony.", "party"),
    ("N207", "Officials of party and government organs joined the drive.", "party"),
    ("N207", "A party and government delegation from Yulin arrived on Tuesday.", "party"),
    # Left alone: a foreign outlet's own style, another country's parties, a celebration.
    (
        "N207",
        "The Chinese Communist Party told party organizations in Xiaohe Town to act.",
        None,
    ),
    ("N207", _CHINA + "Analysts said the CCP wants party members to study more.", None),
    (
        "N207",
        "The Chinese Communist Party said party committee members must study the rules.",
        None,
    ),
    (
        "N207",
        "The Chinese Communist Party said the Party wants party committee members to study.",
        "party",
    ),
    ("N207", "An effective party organization depends on each committee member.", None),
    ("N207", "In Orange County the party organization briefed its members.", None),
    ("N207", _TOWN + "Residents held a street party for the new year.", None),
    ("N207", _TOWN + "A third party and state agencies will audit the accounts.", None),
    ("N207", _TOWN + "All parties to the contract signed it in the town.", None),
    ("N207", _TOWN + "The town party drew three hundred guests.", None),
    (
        "N207",
        _TOWN + "Leaders of the Communist Youth League joined the weak party organizations.",
        "party",
    ),
    # N209: a pinyin name in lower case before its level word, either case.
    ("N209", "Tea farmers in jiliping village doubled their income.", "jiliping"),
    ("N209", "The new library on shuanghuyu Street opened on Friday.", "shuanghuyu"),
    ("N209", "Residents of the dongcheng subdistrict planted trees.", "dongcheng"),
    # Left alone: English words before a level word, one syllable, a name already capitalised.
    ("N209", "Visitors walked through the old town and the gaming street.", None),
    ("N209", "A hotel on the hang road and the china town gate reopened.", None),
    ("N209", "Tea farmers in Jiliping village doubled their income.", None),
    ("N209", "Photos: see www.jiliping village guide online.", None),
]


@pytest.mark.parametrize(("code", "text", "span"), CASES)
def test_capitals_by_page_kind(code: str, text: str, span: str | None) -> None:
    assert_flags(code, text, span)
