"""Page residue (R601) of professional and live news pages: a time stamp with its clock
time and zone, under its label or a wire's name.

The sentences are written for these tests, in the register of news pages on China.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

_HEAD = "Shaanxi names a new governor after the provincial congress"
_BODY = (
    "The Shaanxi Provincial People's Congress elected Zhou Ming as governor on Tuesday, "
    "state media reported."
)
_MORE = "Zhou, 57, was previously the mayor of Xi'an, the provincial capital, the agency said."


def _page(line: str) -> str:
    return f"{_HEAD}\n\n{line}\n\n{_BODY}\n\n{_MORE}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Updated 9:42 PM EDT, Tue March 14, 2023",
        "Updated 8:05 a.m. ET, January 9, 2024",
        "4:17 a.m. ET, March 10, 2023",
        "AFP June 3, 2021 07:45:10 IST",
        "Apr. 12, 2019 - Updated 03:40 UTC",
        "18:30 JST, May 2, 2022",
    ],
)
def test_a_stamp_with_its_time_zone_is_flagged(line: str) -> None:
    assert_flags("R601", _page(line), line)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that gives the hour and its zone
        "The vote closed at 9:42 PM EDT on Tuesday, March 14, 2023, the congress said.",
        "Voting starts at 8:05 a.m. ET, January 9, 2024, and ends at noon.",
        # a zone in lower case is a word of the sentence, not a stamp's
        "Reuters reported at 10:30 est that the session had ended.",
    ],
)
def test_a_time_and_zone_inside_a_sentence_is_not_flagged(line: str) -> None:
    assert_flags("R601", _page(line), None)
