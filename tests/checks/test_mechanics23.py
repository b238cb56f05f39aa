"""Names, capitals and punctuation read by their shape (session 23).

N201: a person the page calls by the surname alone, whose given name is spelt a letter off
once ("Zhao Xing" beside "Zhao Xin" twice and "Zhao said"); a place before its level word
spelt a letter off ("Tongzou district" beside "Tongzhou district" twice). N204: a place
named only with a lower-case level word ("Dongxi town") on a page that capitalises that level
word after its other places ("Beiling Town", "Nanhe County"). Every text was
written for these tests in the register of Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    (  # one-syllable given names: the surname alone says there is one Zhao on the page
        "N201",
        "Zhao Lin, deputy director of the bureau, led the group. Zhao Ling heard the report "
        "and Zhao said the work must go on. Zhao Lin thanked the staff.",
        "Zhao Ling",
    ),
    (  # two syllables, each spelling once: the later one is the slip
        "N201",
        "Gu Jianhong opened the fair. Later Gu Jianhang toured the stands, and Gu's speech "
        "was well received.",
        "Gu Jianhang",
    ),
    (
        "N201",
        "The team went to Baizou district in May. Baizhou district has built 12 new parks, "
        "and Baizhou district will build more.",
        "Baizou",
    ),
    (
        "N204",
        "The mayor visited Nanhe County on Monday. He toured a farm in Beiling Town, a school "
        "in Dongxi town and a clinic in Nanhe County.",
        "Dongxi town",
    ),
    ("P343", "The trade fair will open in mid January in the new hall.", "mid January"),
    ("P343", "Work on the second phase began in mid 2023.", "mid 2023"),
]

# (code, text): nothing flagged
SILENT: list[tuple[str, str]] = [
    # Two one-syllable names a letter apart and no surname alone: as likely two people.
    ("N201", "Zhao Lin met Zhao Lin's team, and Zhao Lin greeted Zhao Ling at the door."),
    # A surname that is an English word: "He said" is no evidence of one He.
    ("N201", "He Ming met He Ming's aides and He Ming spoke. He Ning was there. He said so."),
    # Each spelling once and no surname alone: no evidence which, or that it is one person.
    ("N201", "Gu Jianhong opened the fair. Gu Jianhang toured the stands."),
    # Given names that differ by more than a letter are different people.
    ("N201", "Gu Jianhong and Gu Jianguo met. Gu said Gu Jianhong would stay."),
    # Two real cities a letter apart: both places, neither a slip.
    ("N201", "Firms from Jinzhou city, Jingzhou city and Jingzhou city signed the deal."),
    # One place once beside another once: nothing says which is right.
    ("N201", "Baizou district and Baizhou district signed the deal."),
    # A page that mostly writes level words in lower case has chosen that style.
    (
        "N204",
        "The mayor toured Nanhe county and Sishui county. He visited Beiling Town and a "
        "school in Dongxi town.",
    ),
    # No other place capitalises this level word: nothing to compare with.
    ("N204", "The mayor visited Nanhe County and toured a farm in Dongxi town."),
    # A compound after the level word ("town government") is a description, not the name.
    ("N204", "He toured Beiling Town and met the Dongxi town government on Monday."),
    # Already hyphenated, "amid" and "mid" before a word that is no month are left alone.
    ("P343", "The fair opens in mid-January, amid January snow, at the mid point."),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_flagged(code: str, text: str, span: str) -> None:
    assert_flags(code, text, span)


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_silent(code: str, text: str) -> None:
    assert_flags(code, text, None)
