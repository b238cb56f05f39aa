"""Calques of Chinese news that recur across sites, read by E801 in their frames: 对接 as a
noun ("project docking"), 高度重视 "paid high attention to" and 在…共同努力下 "under the
joint efforts of". Each word is English in other frames, and those are left alone.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 对接 as a noun of its own, and as a verb with what is matched as its object.
        (
            "Member firms of the chamber came to Yanji to conduct project docking and "
            "exchanges with the county.",
            "project docking",
        ),
        (
            "A special project docking and negotiation meeting was held in the new district.",
            "project docking",
        ),
        ("The two parks agreed to deepen investment docking next year.", "investment docking"),
        (
            "Talent docking between the universities and local firms went smoothly.",
            "Talent docking",
        ),
        (
            "The mayor said the city will organise its firms to dock projects and needs in "
            "the partner city.",
            "dock projects",
        ),
        (
            "Officials of the two zones docked the investment projects on Tuesday.",
            "docked the investment projects",
        ),
    ],
)
def test_docking_as_a_noun_or_a_verb_of_matching_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # A meeting's name in capitals, and the docking of craft.
        "The Heilongjiang-Zhejiang Project Docking Meeting Was Held in Harbin",
        "The cargo craft completed its docking with the space station module on Sunday.",
        "The port will build a new docking station for container ships.",
        "Engineers tested the project docking port of the orbital module.",
        "The ferry docked at the new pier after the storm, and its crew docked the cargo.",
        "The firm docked the wages of workers who were late.",
    ],
)
def test_docking_of_craft_or_in_a_name_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span", "mended"),
    [
        (
            "The county government paid high attention to the trade fair and sent 40 officials.",
            "paid high attention",
            "paid close attention",
        ),
        (
            "Li Ming said all towns should pay high attention to forest fire prevention.",
            "pay high attention",
            "pay close attention",
        ),
        (
            "The provincial government pays very high attention to the safety of schools.",
            "pays very high attention",
            "pays very close attention",
        ),
        (
            "He asked the cadres to attach highly attention to the study of Party history.",
            "attach highly attention",
            "attach great importance",
        ),
        (
            "Leaders of the district gave high attention on the renovation of old communities.",
            "gave high attention",
            "gave close attention",
        ),
    ],
)
def test_high_attention_is_flagged(text: str, span: str, mended: str) -> None:
    assert_flags("E801", text, span)
    found = check_texts([text], ["E801"])
    assert mended in found["suggestion"].to_list()


@pytest.mark.parametrize(
    "text",
    [
        "The case drew high attention from the public and the press.",
        "The county paid close attention to the trade fair.",
        "The city attaches great importance to the safety of schools.",
        "Children with high attention spans did better in the test.",
    ],
)
def test_attention_in_english_frames_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span", "mended"),
    [
        (
            "Under the joint efforts of the two cities, the youth exchange has grown every year.",
            "Under the joint efforts",
            "Through the joint efforts",
        ),
        (
            "The festival was held to promote friendship between the two peoples under joint "
            "efforts.",
            "under joint efforts",
            "through joint efforts",
        ),
        (
            "The river has become clean again under the unremitting efforts of the villagers.",
            "under the unremitting efforts",
            "through the unremitting efforts",
        ),
    ],
)
def test_under_joint_efforts_is_flagged(text: str, span: str, mended: str) -> None:
    assert_flags("E801", text, span)
    found = check_texts([text], ["E801"])
    assert mended in found["suggestion"].to_list()


@pytest.mark.parametrize(
    "text",
    [
        "Through the joint efforts of the two cities, the youth exchange has grown.",
        "The park was restored under the Joint Efforts Programme of the province.",
        "Under the leadership of the county committee, the villagers built a new road.",
    ],
)
def test_joint_efforts_in_english_frames_are_left(text: str) -> None:
    assert_flags("E801", text, None)
