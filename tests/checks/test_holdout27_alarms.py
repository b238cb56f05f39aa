"""False alarms found on the holdout27 set (session 28), each shape in text written for the
test, with the catch the rule must keep beside it (a span, or None for silence)."""

from __future__ import annotations

import pytest
from helpers import assert_flags

CASES = [
    # "one" as a pronoun for a noun before it, a kind of that noun: no plural follows
    (
        "E801",
        "The county has seen two changes: one of steady economic growth and one of lasting "
        "social harmony.",
        None,
    ),
    # a quantifier before a bare plural is still a slip
    ("E801", "Dalian is one of famous coastal cities in China.", "one of famous"),
    # Party members described as people, not a cut-short name of the body (党组)
    (
        "T105",
        "Leading Party members of the provincial government met on Friday to study the plan.",
        None,
    ),
    # a countable noun with a preposition after it: the mass noun is in the preposition's
    # phrase, not the article's
    (
        "E832",
        "The plan puts the mountain villages on a journey toward common prosperity.",
        None,
    ),
    # the article before the mass noun itself is still reported
    (
        "E832",
        "The county has built a strong agriculture in the past decade.",
        "a strong agriculture",
    ),
]


@pytest.mark.parametrize(("code", "text", "span"), CASES)
def test_holdout27_alarm_shapes(code: str, text: str, span: str | None) -> None:
    assert_flags(code, text, span)
