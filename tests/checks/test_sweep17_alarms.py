"""False alarms a sweep of fresh professional pages showed (sweep17), each with the genuine
finding of the same rule that must stay.

T103: a phrase near a glossary rendering whose context shows it names something else: the
missing word just before it or spelt out after it, a generic description after "a", a
session of a body, a council of title holders, a lower-case description with another
preposition or a possessive. T105: a title cut short before another title's head noun is
that other title ("executive vice governor"). Each table holds texts to flag (with the span) and texts to
leave alone, written for these tests in the register of Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    (
        "T103",
        "Officials in Nanping studied the Sixth Plenary Session of the 19th Central Committee.",
        "Sixth Plenary Session of the 19th Central Committee",
    ),
    (
        "T103",
        "In May the Political and Legal Affairs of the CPC Central Committee issued a circular.",
        "Political and Legal Affairs of the CPC Central Committee",
    ),
    (
        "T103",
        "The new clinic shows the county's commitment to the people-centered philosophy.",
        "people-centered philosophy",
    ),
    (
        "T103",
        "The bill went to the Standing Committee of the whole National People's Congress.",
        "Standing Committee of the whole National People's Congress",
    ),
    (
        "T103",
        "Zhao Leji, chairperson of the NPC Standing Committee, met the visitors on Friday.",
        "chairperson of the NPC Standing Committee",
    ),
    (
        "T103",
        "The governor urged faster work on the Coastal Economic Belt in Liaoning Province.",
        "Coastal Economic Belt in Liaoning Province",
    ),
    (
        "T103",
        "Six years on, Hainan's Free Trade Port draws more investors.",
        "Hainan's Free Trade Port",
    ),
]

FLAGGED += [
    ("T105", "Li Na, executive vice of Guilin, opened the fair.", "executive vice"),
]

# (code, text): nothing of that code may be flagged
CLEAN: list[tuple[str, str]] = [
    (
        "T103",
        "Township cadres met to study the Sixth Plenary Session of the 19th Central Committee "
        "of the CPC on Monday.",
    ),
    (
        "T103",
        "Officials studied the Sixth Plenary Session of the 19th Central Committee of the "
        "Communist Party of China.",
    ),
    (
        "T103",
        "In May the Commission for Political and Legal Affairs of the CPC Central Committee "
        "issued a circular on rural courts.",
    ),
    ("T103", "The new clinic shows the county's commitment to a people-centered philosophy."),
    (
        "T103",
        "Deputies gathered on Tuesday for an ongoing standing committee session of the "
        "National People's Congress (NPC).",
    ),
    (
        "T103",
        "Zhao Leji chaired a meeting of the Council of Chairpersons of the NPC Standing "
        "Committee on Friday.",
    ),
    (
        "T103",
        "The governor urged faster work on the coastal economic belt in Liaoning Province.",
    ),
    ("T103", "Six years on, Hainan's free trade port construction draws more investors."),
    (
        "T103",
        "The two presidents pledged to build a new type of major-country relationship.",
    ),
]

CLEAN += [
    ("T105", "Zhou Li, executive vice governor of Hunan province, opened the fair."),
    ("T105", "Executive vice chairman of the county federation Ma Bin spoke."),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_flags_the_genuine_fault(code: str, text: str, span: str) -> None:
    assert span in [s.strip() for s in spans(check_texts([text], [code]), code)]


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_leaves_professional_text_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []
