"""False alarms found on fresh pages (session 41): "the nature" opening a list of nouns that
an of-phrase closes, with a pair joined by "and" among the items (E828).

The sentences are written for these tests, in the register of city news pages and of
outlets that write about them.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Nature as the living world, named in general: the article goes.
        ("The county told its farmers to respect the nature and protect it.", "the nature"),
        # A clause after the comma, not a list: still nature in general.
        (
            "Herders in Hulunbuir must respect the nature, protect grassland and make use of "
            "water with care.",
            "the nature",
        ),
        ("Villagers should respect the nature, and they will keep the hills green.", "the nature"),
    ],
)
def test_nature_named_in_general_keeps_its_finding(text: str, span: str) -> None:
    assert_flags("E828", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Items of two words and a pair joined by "and", the whole closed by an of-phrase.
        "The new rules set out the nature, working mechanism, duties and powers, and review "
        "procedures of the Jiangmen audit commission.",
        "Lawmakers debated the nature, scope, rights and duties, and oversight of village "
        "committees in Anshun.",
    ],
)
def test_nature_opening_a_list_closed_by_an_of_phrase_is_definite(text: str) -> None:
    assert_flags("E828", text, None)
