"""Punctuation by pattern: the comma after the "and" of a series set off by semicolons (P336).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    "text",
    [
        "He asked the county to cut red tape; speed up key projects; and, achieve high-quality growth.",
        "She urged the group to improve its services; finish the new terminal on time; and, "
        "promote the growth of the port.",
        "Present were Li Hua, mayor; Wang Fang, vice mayor; and, persons in charge of relevant "
        "bureaus.",
    ],
)
def test_a_comma_after_the_and_of_a_semicolon_series_is_flagged(text: str) -> None:
    assert_flags("P336", text, ",")


@pytest.mark.parametrize(
    "text",
    [
        # An aside after "and", closed by its second comma.
        "The city will open new routes; and, where needed, the port will add berths.",
        "The bureau set targets; and, as the mayor said, it met them all.",
        # No semicolon series: "and," after a comma is another pattern.
        "The city opened new routes, and the port added berths.",
        # The series without the stray comma.
        "He asked the county to cut red tape; speed up key projects; and achieve high-quality growth.",
        # A capital after the comma: a name, read by the name pattern or left alone.
        "The delegation toured the port; and, Dalian Port Group briefed them on its plans.",
    ],
)
def test_an_aside_or_a_series_without_the_comma_is_left(text: str) -> None:
    assert_flags("P336", text, None)
