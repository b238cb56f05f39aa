"""Calques of the genre read by E801 (`calque_slips`) that say one thing twice: a verb with
its own noun as object ("implement the implementation") and a noun said twice in one phrase
("the history of the Party's history", "of the Northeast in the Northeast").

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The bureau met to study and implement the implementation of the new rules.",
            "implement the implementation",
        ),
        (
            "The county deployed the deployment of flood control on Monday.",
            "deployed the deployment",
        ),
        ("Officials are promoting the promotion of rural tourism.", "promoting the promotion"),
        (
            "Each town should arrange its arrangement of the spring sowing.",
            "arrange its arrangement",
        ),
    ],
)
def test_verb_with_its_own_noun(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The city will develop the development zone along the river.",
        "The bureau will implement the implementation plan from June.",
        "The county will promote the development of rural tourism.",
        "The district completed the construction of the new school.",
        "Officials must implement the measures of the provincial government.",
    ],
)
def test_verb_with_another_noun(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Young officials learnt the history of the Party's history at the memorial hall.",
            "the history of the Party's history",
        ),
        (
            "The forum discussed the revitalization of the Northeast in the Northeast, with "
            "mayors of three provinces.",
            "of the Northeast in the Northeast",
        ),
        (
            "The report reviewed the construction of the city's construction, and set goals.",
            "the construction of the city's construction",
        ),
        (
            "Teachers explained the history of Party history to pupils.",
            "the history of Party history",
        ),
    ],
)
def test_noun_said_twice(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "She met the head of the head office in Dalian.",
        "Officials must come from the masses and go to the masses, said the secretary.",
        "The mass line means from the masses to the masses.",
        "The city upholds the rule of law and rule of virtue in its governance.",
        "The total area of the demonstration area is 12 square kilometres.",
        "Pupils learnt the history of the Party in the museum.",
        "The government of the people, by the people, for the people.",
        "The zone is in the north of the city in the province.",
    ],
)
def test_noun_not_said_twice(text: str) -> None:
    assert_flags("E801", text, None)
