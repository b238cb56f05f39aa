"""E820 takes an act named by its noun with its own of-phrase right after a preposition
without "the" ("views about further promotion of trade", "talks on development of
tourism"). Positive and negative cases, in the register of local-government news."""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts

# Each slip and the span E820 must report.
SLIPS: list[tuple[str, str]] = [
    (
        "The two sides exchanged views about further promotion of trade between the cities.",
        "further promotion",
    ),
    ("The mayors held talks on development of tourism in the river towns.", "development"),
    (
        "The district held a ceremony for joint commencement and signing of 12 projects.",
        "joint commencement and signing",
    ),
    ("Funds will go to construction of rural roads this year.", "construction"),
    ("The district made progress in implementation of the river chief system.", "implementation"),
    ("In protection of wetlands, the county has set an example.", "protection"),
    ("The park will help with upgrading of the textile industry.", "upgrading"),
    (
        "They agreed to cooperate through joint construction of a logistics hub.",
        "joint construction",
    ),
]

# Good English: the act with its article or another determiner, joined by "and" to one
# that has its article, after a verb, without an of-phrase, a legal formula, a heading.
GOOD: list[str] = [
    "The two sides exchanged views about the further promotion of trade.",
    "The mayors held talks on the development of tourism.",
    "The meeting studied the planning and construction of the new port.",
    "He thanked the firms for their part in the economic development of the city.",
    "Officials reported on the town's development of eco-tourism.",
    "Upon establishment of the company, shares were issued to the staff.",
    "The county will focus on development this year.",
    "The city will speed up construction work in the new district.",
    "It is a key step in the transformation and upgrading of old industrial bases.",
    "The county will promote development across its villages.",
    "Talks on Development of Tourism",
]


@pytest.mark.parametrize(("text", "span"), SLIPS)
def test_act_with_of_phrase_without_the(text: str, span: str) -> None:
    """E820 reports the act named with its of-phrase after a preposition without "the"."""
    assert_flags("E820", text, span)


@pytest.mark.parametrize("text", GOOD)
def test_act_good_english(text: str) -> None:
    """Nothing where the act has its article or determiner, shares one with a noun before
    "and", follows a verb, has no of-phrase, is a legal formula or stands in a heading."""
    assert_flags("E820", text, None)


def test_act_fix_adds_the() -> None:
    # The suggestion puts "the" before the manner word, not between it and the noun.
    findings = check_texts(
        ["The two sides exchanged views about further promotion of trade."], ["E820"]
    )
    assert findings["suggestion"].to_list() == ["the further promotion"]
