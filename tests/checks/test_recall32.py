"""Recall of grammar and articles, session 32: calques of the genre that recur across hosts.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


# --- E801: "discussed with" people "about" or "on" a topic (与……探讨) -----------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The mayor also discussed with the delegates on rural revitalization.",
            "discussed with the delegates on",
        ),
        (
            "She visited three villages and discussed with the village cadres and farmers about "
            "how to raise incomes.",
            "discussed with the village cadres and farmers about",
        ),
        (
            "The group met and discussed with the officials in charge of the foreign affairs "
            "office of the province on exchanges between sister cities.",
            "discussed with the officials in charge of the foreign affairs office of the province on",
        ),
        (
            "Wang Hua discussed with entrepreneurs about the business climate.",
            "discussed with entrepreneurs about",
        ),
    ],
)
def test_discussed_with_people_about_a_topic_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


def test_discussed_with_is_mended_to_talked_with_about() -> None:
    found = check_texts(["He also discussed with the delegates on trade."], ["E801"])
    assert found["suggestion"].to_list() == ["talked with the delegates about"]


@pytest.mark.parametrize(
    "text",
    [
        # The topic is the object.
        "He discussed the plan with experts on flood control.",
        # A passive: experts "on" a field are its specialists.
        "The draft was discussed with experts on flood control.",
        # "on" dates or places the talk.
        "He discussed with the mayor on Monday how to proceed.",
        "Li Hua discussed with them on the sidelines of the forum.",
        "The two sides discussed with each other on the same day.",
        # Another preposition ends the people: no topic follows them.
        "Zhang Wei discussed with them for about an hour.",
    ],
)
def test_discussed_with_left_alone(text: str) -> None:
    assert_flags("E801", text, None)


# --- E807: a museum or a hall visitors tour, named by its place or subject ---------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "At Mao Zedong Former Residence Museum, the delegates laid flowers.",
            "Mao Zedong Former Residence Museum",
        ),
        ("The group then went to Ruijin Revolution Museum.", "Ruijin Revolution Museum"),
        (
            "The guests visited Wuyi Tea Culture Exhibition Hall in the afternoon.",
            "Wuyi Tea Culture Exhibition Hall",
        ),
        (
            "The delegation toured Huaihai Campaign Memorial Hall on Friday.",
            "Huaihai Campaign Memorial Hall",
        ),
    ],
)
def test_a_museum_or_hall_without_the_is_flagged(text: str, span: str) -> None:
    assert_flags("E807", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "At the Mao Zedong Former Residence Museum, the delegates laid flowers.",
        "The guests visited the Wuyi Tea Culture Exhibition Hall in the afternoon.",
        # A museum named by its place alone.
        "The students went to Yuhang Museum on Monday.",
        # The name modifies a noun after it.
        "He bought a catalogue at Ruijin Revolution Museum shop.",
        # A hall that visitors do not tour stays E807's older case: after a preposition only.
        "The mayor visited Tianjin Banquet Hall staff.",
    ],
)
def test_a_museum_or_hall_left_alone(text: str) -> None:
    assert_flags("E807", text, None)


# --- E820: the economic or international situation a meeting studies --------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The standing committee met to analyze current economic situation.",
            "current economic situation",
        ),
        ("The county held a symposium on economic situation in May.", "economic situation"),
        (
            "Experts studied international situation and its impact on trade.",
            "international situation",
        ),
    ],
)
def test_the_situation_without_the_is_flagged(text: str, span: str) -> None:
    assert_flags("E820", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The standing committee met to analyze the current economic situation.",
        "The economic situation in the county improved in May.",
        # The phrase modifies a noun after it.
        "The bureau issued an economic situation report on Monday.",
        # Headings drop articles.
        "Leaders meet to analyze economic situation\n\nThe meeting was held on Monday.",
    ],
)
def test_the_situation_left_alone(text: str) -> None:
    assert_flags("E820", text, None)


# --- E801: a clause with its subject and an "-ing" form, and no finite verb -------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The vice mayor greeted the buyers who attending the expo.", "who attending"),
        (
            "When Zhou Ping presiding over the forum, he urged the cadres to act.",
            "When Zhou Ping presiding",
        ),
    ],
)
def test_a_subject_with_an_ing_form_and_no_finite_verb_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The vice mayor greeted the buyers who were attending the expo.",
        "When presiding over the forum, Zhou Ping urged the cadres to act.",
        # A noun in "-ing" after "who" is no verb.
        "He thanked the volunteers who during the flood kept the roads open.",
        "Those who having read the plan agree with it.",
    ],
)
def test_a_subject_with_its_finite_verb_left_alone(text: str) -> None:
    assert_flags("E801", text, None)


# --- E829: lay a foundation, seize an opportunity, make an analysis ---------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The two counties will lay solid foundation for future cooperation.", "solid foundation"),
        ("Leaders attended the ceremony and laid foundation for the new plant.", "foundation"),
        ("The port seized opportunity brought by the new trade route.", "opportunity"),
        ("The bureau made detailed analysis of the housing market.", "detailed analysis"),
    ],
)
def test_a_frame_noun_without_its_article_is_flagged(text: str, span: str) -> None:
    assert_flags("E829", text, span)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        # What follows names the one meant: "the".
        ("The port seized opportunity brought by the new trade route.", "the opportunity"),
        (
            "The county held signing ceremony of the industrial park project.",
            "the signing ceremony",
        ),
        # One of many: "a" or "an".
        ("The port will seize opportunity to open new routes.", "an opportunity"),
        ("The county held signing ceremony with six investors.", "a signing ceremony"),
    ],
)
def test_a_frame_noun_takes_the_article_its_context_asks(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E829"])
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "The two counties will lay a solid foundation for future cooperation.",
        "The port seized the opportunity brought by the new trade route.",
        "The county is seizing every opportunity to attract investment.",
        # A noun the frame's noun modifies.
        "Leaders laid foundation stones for the new plant.",
        "The bureau made analysis reports public on Monday.",
    ],
)
def test_a_frame_noun_with_its_determiner_left_alone(text: str) -> None:
    assert_flags("E829", text, None)
