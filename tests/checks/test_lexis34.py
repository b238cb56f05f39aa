"""Misspellings of less common words (E802): a long word wordfreq counts rarely ("mountainous",
"coronavirus") and a capitalised word with two letters swapped ("Dyansty").

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
