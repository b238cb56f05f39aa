"""The article rules of round 25: "a" or "an" chosen by an initialism's spelling, not by
the name of its first letter (E843). Positive and negative cases, in the register of
local-government news; and, for E820, a whole named by its kind or name (the digital
economy, the new era, the Lei Feng spirit, the grassroots) and the national level."""

from __future__ import annotations

import pytest
from helpers import assert_flags

# The rule's code, then its slips with the span each must report, and good English.
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "E843": (
        [
            ("Zhang Wei, a NPC deputy from Jinzhou, spoke at the panel.", "a NPC"),
            ("The port became a FTZ pilot area in 2019.", "a FTZ"),
            ("She has worked for a SOE in Anshan for ten years.", "a SOE"),
            ("The firm opened a R&D center in the zone.", "a R&D"),
            ("A NGO from Hong Kong donated books to the school.", "A NGO"),
            ("The county signed a deal with a IT firm on Friday.", "a IT"),
            ("Li Ming met an CPC delegation from Laos on Monday.", "an CPC"),
            ("The city hosted an US trade mission last week.", "an US"),
            ("An U.S. company built the plant.", "An U.S."),
        ],
        [
            "Zhang Wei, an NPC deputy from Jinzhou, spoke at the panel.",
            "Li Ming met a CPC delegation and an SOE chief on Monday.",
            "The mayor attended a NATO forum and a SASAC meeting.",
            "Each pupil got a SIM card, and the school opened a STEM lab.",
            "The old town became a UNESCO World Heritage site.",
            "The plant reached Grade A NPC standards, and Phase II began.",
            "A NEW ERA FOR SHENYANG",
            "He visited an HIV clinic and a UAV factory.",
        ],
    ),
    "E807": (
        [
            (
                "The route was approved by Civil Aviation Administration of China.",
                "Civil Aviation Administration",
            ),
            ("Experts from Chinese Academy of Sciences gave talks.", "Chinese Academy"),
            ("He met the head of German Chamber of Commerce in Dalian.", "German Chamber"),
            (
                "She is director of Standing Committee of the district congress.",
                "Standing Committee",
            ),
        ],
        [
            "The route was approved by the Civil Aviation Administration of China.",
            "He studied at Harbin Institute of Technology.",
            "The firm took a loan from Agricultural Bank of China.",
            "He met Li Hua, Mayor of Dalian, and Zhang Wei.",
            "He works for Dalian Municipal Bureau of Commerce.",
        ],
    ),
    "E820": (
        [
            ("The forum spoke of growth of digital economy in Anshan.", "digital economy"),
            ("Private firms are the base of private economy.", "private economy"),
            ("Volunteers carried forward Lei Feng spirit in the town.", "Lei Feng spirit"),
            ("The county put more staff at grassroots, the mayor said.", "grassroots"),
            ("Reform was planned at national level in 2021.", "national level"),
            ("Cadres will make progress in new era.", "new era"),
        ],
        [
            "The forum spoke of growth of the digital economy in Anshan.",
            "The city set up a digital economy industrial park.",
            "Volunteers carried forward the Lei Feng spirit in the town.",
            "Cadres must strengthen Party spirit and team spirit.",
            "The county sent more staff to grassroots units.",
            "Cadres will make progress in the new era of reform.",
            "Carry Forward Lei Feng Spirit in New Era",
        ],
    ),
}


SLIPS = [(code, text, span) for code, (slips, _) in CASES.items() for text, span in slips]
GOOD = [(code, text) for code, (_, good) in CASES.items() for text in good]


@pytest.mark.parametrize(("code", "text", "span"), SLIPS)
def test_round25_slip(code: str, text: str, span: str) -> None:
    """The rule reports the slip: E843 the article chosen by the initialism's spelling, E807
    the institution named head first, E820 the economy, era, spirit, grassroots or level."""
    assert_flags(code, text, span)


@pytest.mark.parametrize(("code", "text"), GOOD)
def test_round25_good_english(code: str, text: str) -> None:
    """Nothing in good English: the right article, an acronym said as a word, a university,
    a bank, a title, a compound, Party spirit, a heading."""
    assert_flags(code, text, None)
