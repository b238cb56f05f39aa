"""The article rules widened this round: a bridge, a company's branch, an exposition and a
site or school named head first without "the" (E807), an industry named by its trade and
the national average without "the" (E820), and "the" before an aim named in general,
such as national security or Chinese modernization (E828). Positive and negative cases,
in the register of local-government news."""

from __future__ import annotations

import polars as pl
import pytest
from helpers import check_texts, spans

# code -> (texts with the span each must report, texts that must stay silent)
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "E807": (
        [
            (
                "Crews are at work on the site of Xiamen-Kinmen Sea Bridge, which opens in 2027.",
                "Xiamen-Kinmen Sea Bridge",
            ),
            (
                "The paper learned from Hubei Branch of China Southern Airlines that two routes "
                "will open.",
                "Hubei Branch",
            ),
            (
                "Buyers signed deals worth 3 billion yuan at 2022 Eurasia Commodity Exposition.",
                "2022 Eurasia Commodity Exposition",
            ),
            (
                "Visitors flock to the old town, Beilin Museum and Mausoleum of Emperor Qin.",
                "Mausoleum of Emperor Qin",
            ),
            (
                "Teachers of University of Science and Technology Beijing joined the project.",
                "University of Science and Technology Beijing",
            ),
        ],
        [
            # with the article
            "Crews are at work on the Xiamen-Kinmen Sea Bridge, which opens in 2027.",
            "The paper learned from the Hubei Branch of China Southern Airlines.",
            "Visitors flock to Beilin Museum and the Mausoleum of Emperor Qin.",
            # a name that modifies the noun after it
            "He met Hubei Branch staff and Xiamen Bridge engineers on Monday.",
            # a name the sentence opens with, and a school named without "of"
            "Mausoleum of Emperor Qin draws crowds, and students of Peking University came.",
        ],
    ),
    "E820": (
        [
            (
                "The county will speed up the growth of tourism industry this year.",
                "tourism industry",
            ),
            (
                "Jobs created by auto parts industry rose by 8 percent.",
                "auto parts industry",
            ),
            ("Per capita income was 2 percent higher than national average.", "national average"),
            (
                "Firms in hospitality industry, retail and logistics got tax relief.",
                "hospitality industry",
            ),
            (
                "The mayor stressed the role of big data industry's leading firms.",
                "big data industry",
            ),
        ],
        [
            # with an article, a possessive or an adjective that makes it a kind
            "The county will speed up the growth of the tourism industry this year.",
            "The county will speed up the growth of its tourism industry this year.",
            "The city was once a base of heavy industry and of high-tech industry.",
            "The share of tertiary industry in GDP rose to 55 percent.",
            # a noun after it is the head of the phrase
            "Funds for tourism industry development were raised by 10 percent.",
            # a verb before it: the object of the verb
            "The plan calls for boosting tourism industry and to develop breeding industry.",
            # no trade named
            "Talks covered agriculture and industry, and the national average was met.",
        ],
    ),
    "E828": (
        [
            (
                "Farmers must take the national food security as their first duty.",
                "the national food security",
            ),
            (
                "In the first quarter, the fixed-asset investment rose by 6 percent.",
                "the fixed-asset investment",
            ),
            (
                "The forum aims at improving the global governance and free trade.",
                "the global governance",
            ),
            (
                "Officials pledged to press on with the Chinese modernization in every field.",
                "the Chinese modernization",
            ),
            ("The economic growth was steady in the first half.", "The economic growth"),
        ],
        [
            # without the article
            "Farmers must take national food security as their first duty.",
            "Economic growth was steady, and fixed-asset investment rose.",
            # made definite by what follows
            "The economic growth of the county was steady in the first half.",
            "The fixed-asset investment that the city made in 2023 paid off.",
            "He praised the Chinese modernization drive and the global governance system.",
            "The county passed the national security review in May.",
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


def test_aim_opening_a_sentence_keeps_its_capital() -> None:
    """Dropping "The" before an aim that opens the sentence suggests it with a capital."""
    findings = check_texts(["The economic growth was steady in the first half."], ["E828"])
    assert findings.filter(pl.col("code") == "E828")["suggestion"].to_list() == ["Economic growth"]
