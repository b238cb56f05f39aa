"""A numbered session or plenary session written half in capitals (T117).

The sentences are written for these tests in the register of local government news; none
is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

FLAGGED = [
    (
        "Officials studied the decisions of the 7th Plenary session of the 12th CPC "
        "Municipal Committee.",
        "Plenary session",
        "plenary session",
    ),
    (
        "Deputies gathered for the third Session of the 14th Provincial People's Congress.",
        "third Session",
        "third session",
    ),
    (
        "The Fifth plenary session of the 20th CPC Central Committee was held in October.",
        "Fifth plenary session",
        "fifth plenary session",
    ),
    (
        "Members heard the report at the 2nd plenary Meeting of the session on Monday.",
        "plenary Meeting",
        "plenary meeting",
    ),
]

CLEAN = [
    # one way or the other throughout
    "Officials studied the decisions of the seventh plenary session of the 12th committee.",
    "Officials studied the decisions of the Seventh Plenary Session of the 12th Committee.",
    "The 7th Plenary Session of the 12th CPC Municipal Committee closed on Friday.",
    # the first word of a sentence takes a capital whatever it is
    "Third session of the 14th Provincial People's Congress opens in Shenyang.",
    "Second plenary meeting of the session heard the work report.",
    # no "of" after it: not a sitting named by its body
    "The city held its second Session on Tuesday, the organisers said.",
]


@pytest.mark.parametrize(("text", "span", "suggestion"), FLAGGED)
def test_half_capitalised_session(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["T117"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize("text", CLEAN)
def test_session_case_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["T117"])) == []
