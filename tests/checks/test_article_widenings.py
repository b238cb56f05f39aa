"""The article rules widened by head noun and frame: bodies, zones, autonomous regions and
initiatives without "the" (T113, E807), countries named by a common noun (E807), a bare
province or part of China with "the" (E827), a rated life or future without "a" (E829),
and the national anthem, flag and emblem without "the" (E820). Positive and negative
cases, in the register of local-government news."""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

# code -> (texts with the span each must report, texts that must stay silent)
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "T113": (
        [
            (
                "Wang Fang, vice chairwoman of China Rural Tourism Association, cut the ribbon.",
                "China Rural Tourism Association",
            ),
            (
                "Talks were held with the managing committee of Dalian-Jinzhou Pilot Zone.",
                "Dalian-Jinzhou Pilot Zone",
            ),
            (
                "Over 60 firms have settled in Harbin Economic and Technological Development "
                "Zone since 2019.",
                "Harbin Economic and Technological Development Zone",
            ),
            (
                "A grant came from Shandong Federation of Literary and Art Circles.",
                "Shandong Federation",
            ),
            (
                "The gala marked the 70th anniversary of the founding of Xinjiang Uygur "
                "Autonomous Region.",
                "Xinjiang Uygur Autonomous Region",
            ),
            (
                "The new line runs from Yinchuan, capital of Ningxia Hui Autonomous Region, to "
                "the coast.",
                "Ningxia Hui Autonomous Region",
            ),
            (
                "Herders in Inner Mongolia Autonomous Region will get the subsidy.",
                "Inner Mongolia Autonomous Region",
            ),
            # a title's words before the body are no place and do not hide it
            (
                "Wang Bo, vice chairman of CPPCC and President of All-china Federation of "
                "Industry and Commerce Li Hua spoke at the opening.",
                "All-china Federation",
            ),
        ],
        [
            # with its article
            "Wang Fang, vice chairwoman of the China Rural Tourism Association, cut the ribbon.",
            "The gala marked the founding of the Xinjiang Uygur Autonomous Region.",
            # a name that modifies the noun after it
            "Officials from Dalian-Jinzhou Pilot Zone enterprises met the press.",
            "He met Tibet Autonomous Region government officials on Monday.",
            # an autonomous region after a title or in a longer body's name is a label
            "Also present were Li Hua, vice chairman of Xizang Autonomous Region, and Wang "
            "Bo, director of the Department of Commerce of Xizang Autonomous Region.",
            # "China" and a hyphenated pair only where each part is a place
            "She is a member of Sino-Foreign Friendship Association.",
            # a heading drops the article by design
            "Delegation Visits Shenyang-Fushun Demonstration Zone",
        ],
    ),
    "E807": (
        [
            (
                "Cases rose in Republic of Korea and Japan last week.",
                "Republic of Korea",
            ),
            ("Exports to United States were down 3 percent.", "United States"),
            ("Imports from Netherlands and Belgium rose.", "Netherlands"),
            (
                "The city has taken part in Belt and Road Initiative since 2014.",
                "Belt and Road Initiative",
            ),
            (
                "The forum discussed the progress of Global Development Initiative.",
                "Global Development Initiative",
            ),
        ],
        [
            "The mayor met guests from the Republic of Korea and the United States.",
            # a name that modifies the noun after it
            "He met with United States officials in May.",
            "Firms from Belt and Road Initiative countries took part in the fair.",
            "The city joined the Belt and Road Initiative in 2014.",
            # a heading
            "Trade With United States Grows",
        ],
    ),
    "E827": (
        [
            ("The new line will link the central China to the coast.", "the central China"),
            ("Officials in the Shanxi, the report said, were replaced.", "the Shanxi"),
            ("Tea from the southwest China is sold abroad.", "the southwest China"),
        ],
        [
            "The new line will link central China to the coast.",
            # a place of one time, and a place that modifies a noun
            "The Dalian of today is a modern port.",
            "Shares on the Shanghai and Shenzhen stock exchanges rose.",
            "Visitors from the Taiwan, Hong Kong and Macao regions came to the fair.",
            "The Shanxi team won the final.",
            # not a place
            "They studied the Tang, the Song and the Ming.",
        ],
    ),
    "E829": (
        [
            ("The scheme helps herders enjoy better life in the county.", "better life"),
            ("The two cities will work for common future, he said.", "common future"),
            ("He believes the port has bright future.", "bright future"),
        ],
        [
            "The scheme helps herders enjoy a better life in the county.",
            # life in general, not one life
            "Residents enjoy life in the new park.",
            "The museum shows rural life in the old days.",
            # the pair modifies a noun
            "The fund will build new life sciences labs.",
            # a heading
            "Herders Enjoy Better Life",
        ],
    ),
    "E820": (
        [
            ("At 9 a.m., the session opened with national anthem.", "national anthem"),
            ("Pupils stood under national flag and sang.", "national flag"),
        ],
        [
            "At 9 a.m., the session opened with the national anthem.",
            # the phrase modifies a noun
            "Pupils gathered for national flag raising ceremonies on Monday.",
            # a heading
            "Session Opens With National Anthem",
        ],
    ),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_widened_rule_flags_bad_text(code: str) -> None:
    for text, span in CASES[code][0]:
        found = spans(check_texts([text], [code]), code)
        assert span in found, f"{code} missed {span!r} in {text!r}: {found}"


@pytest.mark.parametrize("code", sorted(CASES))
def test_widened_rule_leaves_good_text_alone(code: str) -> None:
    for text in CASES[code][1]:
        found = spans(check_texts([text], [code]), code)
        assert found == [], f"{code} cried wolf on {text!r}: {found}"
