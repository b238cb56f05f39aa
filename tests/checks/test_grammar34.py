"""A present tense slipping into a report whose sentence before tells the same event in the
past (E839), and verbs that take the wrong complement (E801: "deserve being", "devote to").

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "On the morning of March 3, the 2nd session of the 14th Municipal People's "
            "Congress of Jinzhou was solemnly opened. Mayor Zhou Hanlin delivers a government "
            "work report during the session.",
            "delivers",
        ),
        (
            "The county's poverty relief work conference was held on Friday afternoon. "
            "Xu Mingde presides over the conference and calls for more effort.",
            "presides over",
        ),
        (
            "A symposium on private firms was convened at the city hall yesterday. He "
            "addresses the symposium on behalf of the municipal government.",
            "addresses",
        ),
    ],
)
def test_a_present_after_a_past_sentence_of_the_same_event_is_flagged(text: str, span: str) -> None:
    assert_flags("E839", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The sentence before is in its own paragraph: a caption over the article.
        "The 2nd session of the Municipal People's Congress was opened on March 3.\n\n"
        "Mayor Zhou Hanlin delivers a government work report.",
        # What recurs or is to come keeps the present.
        "The fair was opened in 2015. Mayor Zhou Hanlin attends it every year.",
        "The session was convened on Monday. Mayor Zhou Hanlin delivers the report tomorrow.",
        # A body or a place as the subject, and the past told right.
        "The forum was held in May. Liaoning Province hosts the next one.",
        "The session was opened on March 3. Mayor Zhou Hanlin delivered a work report.",
        # Quoted words and a headline.
        "The fair was opened. “He delivers what he promises,” a trader said.",
        # A standing role or a trade, not a part in the event.
        "The fair was opened on Monday. Wang Lin chairs the county's charity foundation.",
        "The fair was opened on Monday. Wang Lin makes bamboo furniture by hand.",
        "The congress was convened. Mayor Zhou Hanlin delivers work report",
    ],
)
def test_a_present_with_no_past_of_its_event_before_it_is_left(text: str) -> None:
    assert_flags("E839", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Review of the Work in 2022\n\n2022 is the year in which the county won the fight "
            "against poverty and built new roads to every village.",
            "is",
        ),
        (
            "Review of the Work of Linhe People's Government in 2016\n\n2016 is the most "
            "difficult year for the county since the new century.",
            "is",
        ),
        (
            "Fellow deputies,\n\nThe past year 2019 is a year of great importance for "
            "Hanzhou in opening up to the world.",
            "is",
        ),
    ],
)
def test_the_year_a_work_report_reviews_told_in_the_present_is_flagged(
    text: str, span: str
) -> None:
    assert_flags("E839", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The year to come, and a page that reviews no year.
        "Review of the Work in 2022\n\n2023 is the first year of the new plan, and the county "
        "will build more roads.",
        "2018 is an important year for the district's fight against poverty.",
        # Quoted words.
        "Review of the Work in 2022\n\nThe mayor said: “2022 is a year we will remember.”",
    ],
)
def test_a_year_not_under_review_keeps_the_present(text: str) -> None:
    assert_flags("E839", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The county's ways of helping small farms deserve being studied by other towns.",
            "deserve being",
        ),
        (
            "Such a spirit of hard work deserves being carried forward in the new era.",
            "deserves being",
        ),
        (
            "The village committee is leading the herdsmen to devote to the growing of "
            "forage grass.",
            "devote to",
        ),
        (
            "The township encouraged young people to dedicate to rural revitalization.",
            "dedicate to",
        ),
    ],
)
def test_a_verb_with_the_wrong_complement_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The county's ways of helping small farms deserve to be studied by other towns.",
        "The village committee is leading the herdsmen to devote themselves to farming.",
        # The object moved ahead of the verb, and the adjective.
        "The time the firms want to devote to training has doubled.",
        "Volunteers devoted to the clean-up of the river were thanked by the mayor.",
        "The old teacher is devoted to the children of the village.",
    ],
)
def test_a_verb_with_its_complement_is_left(text: str) -> None:
    assert_flags("E801", text, None)
