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


# The writer's name alone between the headline and the lead, and the writer's post.
_LEAD = (
    "Shaanxi's legislature on Tuesday elected Zhou Ming, 57, as governor of the province, "
    "state media reported."
)


@pytest.mark.parametrize(
    ("below", "name"),
    [
        ("By Marcus Halloran, CNN", "Marcus Halloran"),
        ("Xi'an Correspondent, Nanyang Post", "Tang Yuxin"),
        ("", "Fiona MacKinnon"),
        ("June 3, 2021", "Hiroki Tanabe"),
    ],
)
def test_the_writers_name_under_the_headline_is_flagged(below: str, name: str) -> None:
    page = f"{_HEAD}\n\n{name}\n{below}\n\n{_LEAD}\n\n{_MORE}\n"
    assert_flags("R601", page, name)


@pytest.mark.parametrize(
    "line",
    [
        "Xi'an Correspondent, Nanyang Post",
        "Staff Writer",
        "Senior Reporter | The Harbour Times",
    ],
)
def test_the_writers_post_alone_is_flagged(line: str) -> None:
    assert_flags("R601", _page(line), line)


@pytest.mark.parametrize(
    "line",
    [
        # a section's name, a place, an outlet: no person
        "Foreign Policy",
        "Harbin Heilongjiang",
        "Reuters Backstory",
        # the post alone may head a list of staff; a sentence about correspondents
        "Reporter",
        "Foreign correspondents were invited to the session.",
    ],
)
def test_a_short_heading_under_the_headline_is_not_a_byline(line: str) -> None:
    page = f"{_HEAD}\n\n{line}\n\n{_LEAD}\n\n{_MORE}\n"
    assert_flags("R601", page, None)


def test_the_speaker_in_a_reports_title_block_is_not_a_byline() -> None:
    page = (
        "Report on the Work of the Government\n\n"
        "Delivered at the Third Session of the 14th Shaanxi Provincial People's Congress\n"
        "Zhou Ming\nGovernor of Shaanxi Province\n\n"
        f"{_LEAD}\n\n{_MORE}\n"
    )
    assert_flags("R601", page, None)


def test_a_name_below_the_lead_is_the_articles() -> None:
    page = f"{_HEAD}\n\n{_LEAD}\n\nZhou Ming\n\n{_MORE}\n"
    assert_flags("R601", page, None)

