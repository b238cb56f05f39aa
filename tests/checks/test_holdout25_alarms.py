"""False alarms left on the holdout25 set at the end of session 25, fixed in session 27:
each shape in text written for the test, with the catch the rule must keep beside it
(a span to find, or None where the rule must stay silent)."""

from __future__ import annotations

import pytest
from helpers import assert_flags

CASES = [
    # 列席人员 attend without a vote: "delegates" is their word; the congress's own members
    # are still its deputies
    ("T114", "The presidium reviewed the list of non-voting delegates to the NPC session.", None),
    ("T114", "Observer delegates to the Provincial People's Congress sat in.", None),
    (
        "T114",
        "Li Ming, one of the delegates to the Municipal People's Congress, spoke first.",
        "delegates to the Municipal People's Congress",
    ),
    # a second mass noun shares the bare first one; a first conjunct with "the", a place's
    # name or a plural head leaves the second wanting "the"
    ("E820", "The opera carries the essence of Chinese culture and Chinese spirit abroad.", None),
    ("E820", "The plan won support from the Party and whole nation.", "whole nation"),
    ("E820", "The plan won support in Shenyang and whole province.", "whole province"),
    (
        "E820",
        "We will carry out the strategy for four districts and three-year action plan.",
        "three-year action plan",
    ),
    # an event title that runs on past a place is a name; a lone capitalised common noun,
    # where the document writes it in lower case, is found
    (
        "E818",
        "The Symposium on Liaoning Merchants' Role in Revitalizing Northeast China opened. "
        "The symposium drew 200 guests, and the Symposium on Liaoning Merchants' Role was "
        "chaired by Wang Li.",
        None,
    ),
    (
        "E818",
        "The symposium drew 200 guests. Later they toured the port where the Symposium was held.",
        "Symposium",
    ),
    # a congress counted in words with a phrase after it describes; a numbered one in lower
    # case, in a document that capitalises it, is found
    (
        "N219",
        "Delegates to the 20th National Congress arrived. It is the first national congress "
        "held after the centenary.",
        None,
    ),
    (
        "N219",
        "Delegates to the 20th National Congress arrived. The 18th national congress held in "
        "2012 set the goal.",
        "national congress",
    ),
    # the curtain raised on a session is an idiom; elected "on" a session is a calque
    ("E801", "The curtain was raised on the session of the Municipal People's Congress.", None),
    ("E801", "He was elected on the first session of the congress.", "on"),
]


@pytest.mark.parametrize(("code", "text", "span"), CASES)
def test_holdout25_alarm_shapes(code: str, text: str, span: str | None) -> None:
    assert_flags(code, text, span)
