"""False alarms on local-government English: the Zhejiang government's own name for its
strategy (T101), a body's short name the page defines in quotes (E817), and a small figure
in a clause of counts kept in figures (D505).

The sentences are written for these tests, in the register of city and provincial
government news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# --- T101: 八八战略 in the Zhejiang government's own rendering ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The province will keep implementing the “Eight-Eight Strategy” in the years ahead.",
        "Under the guidance of the Eight-Eight Strategy, Jinhua upgraded its industries.",
        "Twenty years of the Double-Eight Strategy have changed the face of the province.",
    ],
)
def test_the_strategy_in_an_attested_rendering_is_left(text: str) -> None:
    assert_flags("T101", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Quzhou carried out the Double Eighth Strategies in depth.", "Double Eighth Strategies"),
        (
            "The county follows the Double Eight Strategies of the province.",
            "Double Eight Strategies",
        ),
    ],
)
def test_the_strategy_in_a_form_to_avoid_is_flagged(text: str, span: str) -> None:
    assert_flags("T101", text, span)
