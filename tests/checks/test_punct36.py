"""Punctuation and spacing written the same way on every host: a list dash glued to its
first word and an ellipsis glued to the words on both sides (P305); a capital, a governor or
a mayor named after a comma and not closed before a date (P337).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("-The incomes of rural residents rose steadily across the county.", "-"),
        ("-Over the past five years, the district built 40 new schools.", "-"),
        ("The mayor urged officials to expand domestic demand…further cut costs.", "…"),
        ("He called for stabilising jobs...improving the business climate.", "..."),
    ],
)
def test_a_glued_list_dash_or_ellipsis_is_flagged(text: str, span: str) -> None:
    assert_flags("P305", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # A list dash spaced as it should be, and a hyphen inside a line.
        "- The incomes of rural residents rose steadily across the county.",
        "The Xiamen-Kinmen bridge opened to traffic in May.",
        # An ellipsis spaced on one side or both, and one closing a quotation.
        "The mayor urged officials to expand domestic demand… further cut costs.",
        "The mayor urged officials to expand domestic demand … further cut costs.",
        "He listed the tasks for the coming year...",
        # A negative figure opening a line.
        "-5 degrees was the lowest temperature recorded in the city last winter.",
    ],
)
def test_a_spaced_list_dash_or_ellipsis_is_left(text: str) -> None:
    assert_flags("P305", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The trade fair opened in Nanchang, capital of Jiangxi province on Nov 12.",
            "capital of Jiangxi province on",
        ),
        (
            "The plan was praised by Wang Fang, governor of Hunan on Tuesday.",
            "governor of Hunan on",
        ),
        (
            "The forum was held in Hohhot, the capital of Inner Mongolia Autonomous Region "
            "on September 3.",
            "the capital of Inner Mongolia Autonomous Region on",
        ),
        (
            "The delegation was received by Zhou Lin, vice mayor of Weifang on Monday.",
            "vice mayor of Weifang on",
        ),
    ],
)
def test_an_aside_left_open_before_a_date_is_flagged(text: str, span: str) -> None:
    assert_flags("P337", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The aside closed before the date.
        "The trade fair opened in Nanchang, capital of Jiangxi province, on Nov 12.",
        "The plan was praised by Wang Fang, governor of Hunan, on Tuesday.",
        # No aside: the office is what he was appointed to.
        "He was elected in 2018, and appointed acting governor of Hunan on March 25.",
        "Wang Fang was appointed governor of Hunan on Tuesday.",
        # The date ends the sentence's own phrase, not an aside's.
        "The capital of Jiangxi province on Nov 12 hosted a trade fair.",
    ],
)
def test_a_closed_aside_or_no_aside_is_left(text: str) -> None:
    assert_flags("P337", text, None)


def test_an_office_left_open_before_a_visit_is_flagged() -> None:
    assert_flags(
        "P337",
        "The envoy met Zhao Min, Mayor of Suzhou and Chair of the Canal Cities Forum during "
        "his recent visit to Europe.",
        "Mayor of Suzhou and Chair of the Canal Cities Forum during",
    )


def test_a_sentence_opening_place_before_a_title_is_left() -> None:
    assert_flags("P337", "In Weihai, Mayor Zhao Min on Monday opened the new port.", None)
