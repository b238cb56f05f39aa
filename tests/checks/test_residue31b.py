"""Page residue (session 31b): the furniture outlets print on every page of theirs.

A wire's name alone on its line ("Reuters Staff", "The Associated Press"), a stamp that
counts back from now ("2 days ago"), an aggregator's link to the story it cut short ("Read
the full story: …"), a newsletter's sign-up box, and a China Daily byline with the place
and the stamp on its line. Each is tested where the page sets it and where the same words
are the article's own. A Chinese outlet's name alone is left: it may be a page's masthead.
Every text was written for these tests in the register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

_ARTICLE = (
    "\n\nThe Yingkou Municipal People's Government held a meeting on Tuesday to review the "
    "progress of the port's new container terminal.\n"
)
_HEADLINE = "Yingkou speeds up work on container terminal\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Reuters Staff",
        "The Associated Press",
        "By Via AP news wire",
        "Bloomberg News",
        "By Xinhua",
    ],
)
def test_wire_name_alone_is_flagged(line: str) -> None:
    assert_flags("R601", _HEADLINE + line + _ARTICLE, line)


@pytest.mark.parametrize(
    "line",
    [
        "2 days ago",
        "5 hours ago",
        "March 2, 2016 / 9:41 AM / 8 years ago",
        "Updated 3 minutes ago",
    ],
)
def test_stamp_counting_back_from_now_is_flagged(line: str) -> None:
    assert_flags("R601", _HEADLINE + line + _ARTICLE, line)


@pytest.mark.parametrize(
    "line",
    [
        "Read the full story: South China Morning Post",
        "Read the original article at The Straits Times",
        "Read the full article here: https://example.com/yingkou-port",
    ],
)
def test_link_to_the_original_story_is_flagged(line: str) -> None:
    assert_flags("R601", _HEADLINE + _ARTICLE.strip() + "\n\n" + line + "\n", line)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our mailing list to receive weekly newsletters from Liaoning Daily",
        "Form for signing up for free newsletter.",
        "Subscribe to our newsletter",
        "Sign up",
    ],
)
def test_newsletter_sign_up_is_flagged(line: str) -> None:
    assert_flags("R601", _HEADLINE + _ARTICLE.strip() + "\n\n" + line + "\n", line)


@pytest.mark.parametrize(
    "line",
    [
        # the surname An is no article when the outlet and the stamp follow
        "By An Ning (China Daily) Updated: 2016-05-11 08:15",
        # the place and its province written from
        "By Gao Wei in Yingkou, Liaoning ( China Daily ) Updated: 2018-07-03 07:22:15",
    ],
)
def test_byline_with_place_and_stamp_is_flagged(line: str) -> None:
    assert_flags("R601", _HEADLINE + line + _ARTICLE, line)


@pytest.mark.parametrize(
    "line",
    [
        # the agency in a sentence
        "Reuters reported that the port handled 3 million containers last year.",
        "The Associated Press said the talks would resume in May.",
        # how long ago, in a sentence
        "Three years ago, the city opened its first bonded logistics park.",
        "Work on the terminal began 2 years ago and will end in 2026.",
        # a report to read, in a sentence
        "Read the full report of the State Council before the meeting, he said.",
        # signing up as the article's subject
        "Sign up for the volunteer programme closes on May 3.",
        "Residents can subscribe to the city's newsletter for updates on the project.",
        # a Chinese outlet's name alone is left to the rules that read its place
        "Global Times",
        # "By An" as an article's opening words
        "By An order of the provincial court, the case was closed.",
        "By a decision of the city government, the fee was cut.",
    ],
)
def test_the_same_words_in_the_article_are_left(line: str) -> None:
    found = spans(check_texts([_HEADLINE + line + _ARTICLE], ["R601"]), "R601")
    assert found == [], found
