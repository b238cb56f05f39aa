"""Slips found by their shape (E801): a passive that loses its particle or keeps a stray
one, "pointed that" for 指出, "supports" for help given, a cardinal opening a point of a
numbered list, and a plural of people heading its sentence with a singular report verb.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county work meeting was presided by Mayor Gao Feng.", "was presided by"),
        ("The fair was participated by 200 firms from 12 provinces.", "was participated by"),
        ("Complaints are promptly dealt by the street office.", "are promptly dealt by"),
        ("At the meeting the role of rural roads was stressed on again.", "was stressed on"),
        ("The need for safety is highlighted on the notice.", "is highlighted on"),
        ("Li Ming pointed that the port must serve local firms.", "pointed that"),
        ("The bureau provided policy supports for small firms.", "supports for"),
        (
            "First, ideas lead. Second, people count. Third, projects matter. Four, trade"
            " sets the level of the county.",
            "Four,",
        ),
        ("Fourth, talent decides. Five, methods decide speed.", "Five,"),
    ],
)
def test_e801_flags_a_shape_of_particle_number_or_ordinal(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("City leaders also visits the new port on Friday.", "City leaders also visits"),
        ("The deputies attends the group discussion.", "The deputies attends"),
        (
            "Leaders of Lishan District investigates the clean-up of the river.",
            "Leaders of Lishan District investigates",
        ),
    ],
)
def test_e801_flags_a_plural_subject_with_a_singular_report_verb(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was presided over by Mayor Gao Feng.",
        "The forum was participated in by 200 firms.",
        "The role of rural roads was stressed on Monday.",
        "The need for reform was stressed on the occasion of the anniversary.",
        "The need for reform was stressed on the whole.",
        "It was at this point that the plan changed.",
        "He pointed that way and the team followed.",
        "The city supports for example small firms and farmers.",
        "Two, three or four times a year the team visits the village.",
        "Four, five, six: the children counted the boats.",
        "Ten firms came. Ten, including two from abroad, signed contracts.",
        "Tom Rogers visits the park every week.",
        "Members of the public visit the museum for free.",
        # An of-phrase in lower case is not plain: its head may be the subject.
        "Officials of the bureau that inspects canteens met on Monday.",
        "The Philippines hosts the summit this year.",
    ],
)
def test_e801_leaves_the_right_forms_alone(text: str) -> None:
    assert_flags("E801", text, None)


_TOUR_PAGE = (
    "On Monday, Party Secretary Zhou Lin led a team to inspect the county. He presided over a"
    " meeting at the port, attended a briefing and visited two villages.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Zhou Lin also inspects the new logistics park.", "inspects"),
        ("He then investigates the clean-up of the river.", "investigates"),
        ("Zhou Lin also stresses that firms need land.", "stresses"),
    ],
)
def test_e839_flags_the_next_stop_of_a_tour_told_in_the_present(sentence: str, span: str) -> None:
    """After a paragraph told in the past, the next stop in the present is a slip."""
    assert_flags("E839", _TOUR_PAGE + sentence, span)


@pytest.mark.parametrize(
    "text",
    [
        # A caption tells its picture in the present.
        _TOUR_PAGE + "Zhou Lin inspects the logistics park on September 24.",
        # A page told in the present throughout.
        "Zhou Lin also inspects the park. He then investigates the river. He meets farmers.",
    ],
)
def test_e839_leaves_a_caption_or_a_present_page(text: str) -> None:
    assert_flags("E839", text, None)
