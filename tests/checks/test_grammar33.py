"""Grammar of verb form (E801): a passive built on the bare verb, a relative clause that lost
its auxiliary before its agent, and "orderly" paired with an adverb as if it were one.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The trade fair, which was head by Vice Mayor Zhou Lan, drew 40 firms.",
            "was head by",
        ),
        ("Several proposals were come up by Chen Hao at the meeting.", "were come up by"),
        ("The forum was jointly host by the two cities last week.", "was jointly host by"),
        ("The seminar is organize by the county bureau of culture.", "is organize by"),
    ],
)
def test_a_passive_on_the_bare_verb_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "A tea culture forum opened in Pu'er, which hosted by Lin Tao, the bureau's director.",
            "which hosted by",
        ),
        (
            "The delegation, which led by Deputy Mayor Guo Rui, toured the port on Friday.",
            "which led by",
        ),
        (
            "Forty experts, who jointly organized by the provincial academy, met in Jinan.",
            "who jointly organized by",
        ),
    ],
)
def test_a_relative_without_its_auxiliary_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The participle, with and without the relative's auxiliary.
        "The trade fair, which was headed by Vice Mayor Zhou Lan, drew 40 firms.",
        "Several proposals were put forward by Chen Hao at the meeting.",
        "The forum, which was hosted by Lin Tao, opened in Pu'er on Monday.",
        # Idioms and "by" of a time, a measure or a place.
        "The county carried out the reform step by step and case by case.",
        "The port, which hosted by then more than 300 cruise calls, was enlarged.",
        "Output, which increased by 8 percent, beat the plan.",
        "The old road, which led by the river, was rebuilt in 2022.",
        "Officials who led by example won praise from the villagers.",
        "Two vice mayors who attended by video link also spoke at the meeting.",
        # Active verbs with their object.
        "The city, which hosted the fair in 2021, will host it again.",
        "Voters in the district support by a wide margin the plan for new schools.",
    ],
)
def test_a_passive_built_right_or_an_active_verb_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Xiangyang District Resumes Production Steadily and Orderly", "Steadily and Orderly"),
        (
            "The county will vigorously and orderly promote the reform of rural land.",
            "vigorously and orderly",
        ),
        # A comma before "and" pairs the same words.
        (
            "Firms in the park reopened smoothly, and orderly after the holiday.",
            "smoothly, and orderly",
        ),
    ],
)
def test_orderly_paired_with_an_adverb_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The work resumed in a steady and orderly way across the district.",
        "The bureau made a timely and orderly response to the flood.",
        "Residents praised the friendly and orderly service at the new hall.",
        "The market was lively and orderly during the Spring Festival.",
        "Traffic flowed smoothly and the crowds stayed orderly all day.",
        # A document's title, cited as issued.
        "The county studied the Guiding Opinions on Actively and Orderly Promoting Rural Reform.",
    ],
)
def test_orderly_as_an_adjective_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The meeting urged to speed up the building of rural roads.", "urged to"),
        (
            "Gao Lin, the county's Party secretary, ordered to check every dam before the "
            "flood season.",
            "ordered to",
        ),
        # A page cut off mid-sentence: a full stop after the words is enough.
        ("The session urged to improve services for firms.We will act", "urged to"),
    ],
)
def test_a_verb_of_bidding_without_the_people_bidden_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting urged all departments to speed up the building of rural roads.",
        "Gao Lin, the county's Party secretary, ordered the bureau to check every dam.",
        # A passive aside, a passive headline, and "asked to" (a request of one's own).
        "Residents, ordered to leave the riverbank, moved to the school.",
        "Meeting urged to speed up rural roads",
        "He asked to visit the new museum during his stay.",
        "Firms were urged to cut prices, the meeting heard.",
    ],
)
def test_a_verb_of_bidding_with_its_people_or_a_passive_is_left(text: str) -> None:
    assert_flags("E801", text, None)
