"""False alarms found on the holdout26 set (session 27), each shape in text written for the
test, with the catch the rule must keep beside it (a span, or None for silence)."""

from __future__ import annotations

import pytest
from helpers import assert_flags

_NAMED = "On June 25, the Tieling Municipal Government held a meeting on flood control.\n\n"

CASES = [
    # a body named with its place in capitals, and its back-reference in lower case: both
    # written as English writes them
    (
        "N204",
        _NAMED + "Vice mayors Li Hua and Wang Fang, as well as secretary-general Zhou Lin of "
        "the municipal government, attended the meeting.",
        None,
    ),
    # the same named body written two ways is still found
    (
        "N204",
        _NAMED + "Vice mayors Li Hua and Wang Fang, as well as secretary-general Zhou Lin of "
        "the Tieling municipal government, attended the meeting.",
        "Municipal Government",
    ),
]


@pytest.mark.parametrize(("code", "text", "span"), CASES)
def test_holdout26_alarm_shapes(code: str, text: str, span: str | None) -> None:
    assert_flags(code, text, span)
