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


@pytest.mark.parametrize(
    "line",
    [
        # a live page's post byline, its counter and its summary's heading
        "From CNN's Helen Ramsay in Shanghai",
        "From CNN's Helen Ramsay and CNN's Duncan Firth",
        "From Reuters' Owen Marsh",
        "7 Posts",
        "What we're covering here",
        "What we covered here",
        # a paywall's offer and prompts
        "Sale: As low as 49¢ for your first month",
        "$12/month or $120/year",
        "Subscribe to keep reading.",
        "Already a subscriber? Log in.",
        "This article is for paying subscribers",
    ],
)
def test_live_page_and_paywall_furniture_is_flagged(line: str) -> None:
    assert_flags("R601", _page(line), line)


@pytest.mark.parametrize(
    "line",
    [
        # a heading naming a place, a sentence counting posts, a sentence on subscriptions
        "From Shaanxi's Loess Plateau",
        "7 posts were added to the county's staff list this year.",
        "What we covered in the survey, the bureau said, was the price of grain.",
        "Subscribers to the provincial daily paid as little as 30 yuan a month.",
    ],
)
def test_prose_like_live_page_furniture_is_not_flagged(line: str) -> None:
    assert_flags("R601", _page(line), None)


# A credit closing a caption: a dash before it, glued to the stop, a slash for its colon, the
# agency's picture in brackets (R604); the site and the writer in brackets (R601).
_CAPTION = "Delegates arrive at the provincial congress in Xi'an on Tuesday."


@pytest.mark.parametrize(
    "credit",
    [
        " -- PHOTO: AGENCE FRANCE-PRESSE",
        "PHOTO: AFP",
        " Photo/Han Lixin",
        " (Reuters pic)",
    ],
)
def test_a_credit_closing_a_caption_is_flagged(credit: str) -> None:
    page = f"{_HEAD}\n\n{_CAPTION}{credit}\n\n{_BODY}\n\n{_MORE}\n"
    assert_flags("R604", page, credit)


@pytest.mark.parametrize(
    "line",
    [
        # the word after a stop in a sentence, a slash in prose, an agency in a sentence
        "Delegates arrive in Xi'an. Photos of the session were shown on a screen.",
        "Delegates arrive in Xi'an. Photo/video rules for the press were announced.",
        "Delegates arrive in Xi'an, where Reuters photographers waited (Reuters staff said).",
    ],
)
def test_prose_around_a_photo_word_is_not_a_credit(line: str) -> None:
    assert_flags("R604", f"{_HEAD}\n\n{line}\n\n{_BODY}\n", None)


def test_a_site_and_writer_in_brackets_after_the_text_is_flagged() -> None:
    credit = "(shaanxi.gov.cn by Han Lixin)"
    page = f"{_HEAD}\n\n{_BODY} {credit}\n\n{_MORE}\n"
    assert_flags("R601", page, credit)


def test_a_bracketed_web_address_in_a_sentence_is_not_a_credit() -> None:
    page = f"{_HEAD}\n\n{_BODY} (Details are on shaanxi.gov.cn, by Friday.)\n\n{_MORE}\n"
    assert_flags("R601", page, None)
