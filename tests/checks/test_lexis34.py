"""Misspellings (E802): a long word wordfreq counts rarely ("mountainous", "coronavirus"), a
capitalised word with two letters swapped ("Dyansty"), an initialism one slip from the one
the text defines ("CDDI" for CCDI), a letter dropped inside one of the commonest words
("futher"); and an ordinal glued to an initialism (P320: "20thCPC").

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A slip of a long word wordfreq ranks below the everyday bar.
        ("Two thirds of the county is mountainious land with few roads.", "mountainious"),
        ("The clinic kept testing for the coronovirus through the winter.", "coronovirus"),
        # Two letters swapped in a capitalised word of seven letters or more.
        ("The bronze bells date from the Western Zhou Dyansty.", "Dyansty"),
    ],
)
def test_a_slip_of_a_less_common_word_is_flagged(text: str, span: str) -> None:
    assert_flags("E802", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The words themselves.
        "Two thirds of the county is mountainous land with few roads.",
        "The bronze bells date from the Western Zhou Dynasty.",
        # An agent noun built on a common word, however rare.
        "The forum brought officials and young enterprisers together.",
        # A capitalised word a letter changed from a less common word: a name, not a swap.
        "The guests were received by Mr Dynesty at the port.",
    ],
)
def test_a_less_common_word_and_its_names_are_left_alone(text: str) -> None:
    assert_flags("E802", text, None)


# An initialism one slip from the one the same text defines for a body (E802).
_DEFINES = (
    "The State-owned Assets Supervision and Administration Commission (SASAC) met on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (_DEFINES + "A SASCA official said the reform would go on.", "SASCA"),
        (_DEFINES + "The SAZAC said central firms had met their targets.", "SAZAC"),
        (
            "The National Development and Reform Commission (NDRC) set the price.\n\n"
            "The NRDC said the cap would stay in place until June.",
            "NRDC",
        ),
    ],
)
def test_an_initialism_one_slip_from_the_one_the_text_defines_is_flagged(
    text: str, span: str
) -> None:
    assert_flags("E802", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Defined itself: another body.
        "The Hebei Federation (HBFRC) and the Hubei Federation (HUFRC) signed a pact. "
        "HBFRC and HUFRC will meet again.",
        # Three letters: the initialisms of different bodies are one letter apart.
        "The Communist Party of China (CPC) and the National People's Congress met. "
        "NPC deputies spoke.",
        # No definition in the text: a firm's name may be one letter from a body's.
        "The ranking was released by CCID Consulting Co Ltd on Friday.",
        # A line set in capitals.
        _DEFINES + "SASAC NEWS SASCA BRIEFING",
    ],
)
def test_other_initialisms_are_left_alone(text: str) -> None:
    assert_flags("E802", text, None)


# An ordinal glued to a body's initialism (P320).
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Delegates studied the report to the 19thCPC National Congress.", "19thCPC"),
        ("The 3rdNPC session of the district closed on Friday.", "3rdNPC"),
    ],
)
def test_an_ordinal_glued_to_an_initialism_is_flagged(text: str, span: str) -> None:
    assert_flags("P320", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Delegates studied the report to the 19th CPC National Congress.",
        # Letters and digits of a code, not an ordinal.
        "The firm sells the X20TH model and the 5G router.",
    ],
)
def test_an_ordinal_spaced_from_an_initialism_is_left_alone(text: str) -> None:
    assert_flags("P320", text, None)


# A letter dropped inside one of the commonest words (E802).
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The two cities agreed to futher expand trade in farm produce.", "futher"),
        ("The county's postion on the border makes it a trade hub.", "postion"),
    ],
)
def test_a_letter_dropped_inside_a_common_word_is_flagged(text: str, span: str) -> None:
    assert_flags("E802", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The two cities agreed to further expand trade in farm produce.",
        # A real word one letter short of a common one.
        "The county sold a portion of the land to the port.",
        # A capitalised word: a name.
        "The talks were chaired by Anna Futher of the trade office.",
    ],
)
def test_words_near_a_common_word_are_left_alone(text: str) -> None:
    assert_flags("E802", text, None)


# Two neighbouring letters dropped inside a long everyday word (E802).
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The plan lifts the competiveness of small firms in the county.", "competiveness"),
        ("Four mucipalities joined the river clean-up this year.", "mucipalities"),
    ],
)
def test_two_letters_dropped_inside_a_long_word_are_flagged(text: str, span: str) -> None:
    assert_flags("E802", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The plan lifts the competitiveness of small firms in the county.",
        # Short words have too many such neighbours to name one.
        "The county goverent met on Monday.",
        # A capitalised word: a name.
        "The report was written by Mucipalities Lin of the bureau.",
    ],
)
def test_long_words_spelt_right_are_left_alone(text: str) -> None:
    assert_flags("E802", text, None)
