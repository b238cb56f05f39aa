"""Page residue (R601): the furniture of wire and news-site templates that recur across
outlets (a section's name alone, a gallery counter, a split date label, the social links'
heading, a live page's picture labels, a photographer and agency under a picture, a wire's
stamp without the year, a section's "Next In" heading).

The sentences are written for these tests, in the register of city and provincial news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

_HEAD = "Qingdao opens a new ferry route to Incheon"
_BODY = "The port of Qingdao handled 4 million tonnes of cargo in June, up 9 percent on a year ago."


@pytest.mark.parametrize(
    "line",
    [
        "News",
        "All news",
        "3 of 15",
        "Published",
        "on",
        "Connect with us",
        "Follow us on our official Telegram channel for the latest news and updates!",
        "Next In China News",
        "Image caption,",
        "Image source, Reuters",
        "Chen FangImage source, EPA",
        "Zhou Lihua | Getty Images",
        "14 Jun, 18:42",
    ],
)
def test_template_furniture_alone_on_its_line_is_flagged(line: str) -> None:
    assert_flags("R601", f"{_HEAD}\n\n{line}\n\n{_BODY}\n\n{_BODY} More ships came.\n", line)


@pytest.mark.parametrize(
    "line",
    [
        # prose that starts like the furniture
        "News of the new route was welcomed by shipping firms in the city.",
        "Next in line are the ports of Yantai and Weihai, the bureau said.",
        "3 of the 15 new berths opened in June, the port said.",
        "Published in 2019, the plan set out the port's goals to 2025.",
        "Connect with us through the service hall on Haier Road, the bureau said.",
        "Follow us on our way to the harbour, the guide told the visitors.",
        "The city's image source of pride is its old harbour.",
        "On 14 Jun, 18 ships docked at the new terminal.",
    ],
)
def test_prose_that_starts_like_furniture_is_not_flagged(line: str) -> None:
    assert_flags("R601", f"{_HEAD}\n\n{_BODY}\n\n{line}\n\n{_BODY} More ships came.\n", None)


def test_a_live_posts_stamp_glued_to_its_title_is_flagged() -> None:
    stamp = "published at 18:20 British Summer Time 12 March 2023"
    page = f"Live: the assembly closes\n\n  3. Who joins the cabinet?{stamp}\n\n{_BODY}\n"
    assert_flags("R601", page, stamp)


def test_a_sentence_on_when_a_plan_was_published_is_not_flagged() -> None:
    page = f"{_HEAD}\n\nThe plan was published at 10:30 on 12 March 2023, the bureau said.\n\n{_BODY}\n"
    assert_flags("R601", page, None)


def test_a_byline_after_a_dash_is_a_credit() -> None:
    page = f"{_HEAD}\n\n- By Zhou Lihua\n\n{_BODY}\n\n{_BODY} More ships came.\n"
    assert_flags("R601", page, "- By Zhou Lihua")


def test_a_dashed_phrase_starting_with_by_is_not_a_byline() -> None:
    page = f"{_HEAD}\n\n{_BODY}\n\n- By ship, rail and road, goods reach the port faster.\n"
    assert_flags("R601", page, None)
