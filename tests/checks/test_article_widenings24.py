"""The article rules widened in round 24: a zone named by its place and kind (a
development, demonstration, pilot, bonded or high-tech zone) and an autonomous region
after a preposition, a verb of visiting or as the subject of its clause, also after a
body or site of it and "of" (E807). Positive and negative cases, in the register of
local-government news."""

from __future__ import annotations

import pytest
from helpers import assert_flags

# The rule's code, then its slips with the span each must report, and good English.
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "E807": (
        [
            ("The fair was held in Jiaxing High-tech Zone on Monday.", "Jiaxing High-tech Zone"),
            (
                "Officials of Wuhu Economic Development Zone attended the meeting.",
                "Wuhu Economic Development Zone",
            ),
            (
                "Nanning is the capital of Guangxi Zhuang Autonomous Region.",
                "Guangxi Zhuang Autonomous Region",
            ),
            (
                "Delegates from Inner Mongolia autonomous region toured the port.",
                "Inner Mongolia autonomous region",
            ),
            (
                "Taicang Economic and Technological Development Zone has become a base for"
                " German firms.",
                "Taicang Economic and Technological Development Zone",
            ),
            (
                "The Party Working Committee of Anqing Demonstration Zone held a meeting.",
                "Anqing Demonstration Zone",
            ),
            (
                "The director of the Culture Commission of Ningxia Hui Autonomous Region attended.",
                "Ningxia Hui Autonomous Region",
            ),
            (
                "Wang Hua inspected Xinjiang Uygur Autonomous Region from Monday to Friday.",
                "Xinjiang Uygur Autonomous Region",
            ),
            ("The delegation visited Wuxi High-tech Zone and met firms.", "Wuxi High-tech Zone"),
        ],
        [
            "The fair was held in the Jiaxing High-tech Zone on Monday.",
            "The delegation visited Wuxi Grand Theatre and met firms.",
            "The delegation visited the Wuxi High-tech Zone and met firms.",
            "Leaders of Wuhu Economic Development Zone Party working committee attended.",
            "The county lies in south China's Guangxi Zhuang Autonomous Region.",
            "The Pudong New Area grew fast, and firms came to Pudong New Area.",
            "Regulations of Shenzhen Special Economic Zone on Trade Took Effect",
            "Each Development Zone has a plan.",
        ],
    ),
}


@pytest.mark.parametrize(("text", "span"), CASES["E807"][0])
def test_round24_slip(text: str, span: str) -> None:
    """The widened E807 reports the zone or region named without "the"."""
    assert_flags("E807", text, span)


@pytest.mark.parametrize("text", CASES["E807"][1])
def test_round24_good_english(text: str) -> None:
    """Nothing in good English: an article, a modifier, a possessive, a new area, a title."""
    assert_flags("E807", text, None)
