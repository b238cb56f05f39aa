"""The article rules of round 25: "a" or "an" chosen by an initialism's spelling, not by
the name of its first letter (E843). Positive and negative cases, in the register of
local-government news."""

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
}


@pytest.mark.parametrize(("text", "span"), CASES["E843"][0])
def test_round25_initialism_slip(text: str, span: str) -> None:
    """E843 reports the article chosen by the initialism's spelling."""
    assert_flags("E843", text, span)


@pytest.mark.parametrize("text", CASES["E843"][1])
def test_round25_initialism_good_english(text: str) -> None:
    """Nothing in good English: the right article, an acronym said as a word, a grade, capitals."""
    assert_flags("E843", text, None)
