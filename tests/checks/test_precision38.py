"""False alarms found on fresh professional and local pages (session 38), each silenced for
its class while the rule keeps what it is for.

The sentences are written for these tests, in the register of the genre.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# N203: "guanxi" (关系) is a pinyin word English has borrowed, and pinyin titles cite it;
# the -n/-ng slip of Guangxi stays a finding elsewhere.


@pytest.mark.parametrize(
    "text",
    [
        "Writing in Dangdai Guoji Guanxi, No. 5, 2021, the scholar argued for restraint.",
        "Guanxi still matters to suppliers, though firms now say guanxi counts less than price.",
        "Zhou Guanxi, a villager in the township, opened a homestay last spring.",
    ],
)
def test_guanxi_as_a_word_or_in_a_pinyin_title_is_left(text: str) -> None:
    assert_flags("N203", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "The delegation toured Beihai in Guanxi Zhuang Autonomous Region on Monday.",
        "Freight trains now link Yunnan and Guanxi with ports in the south.",
        "Guanxi plans to build 20 new logistics hubs this year.",
    ],
)
def test_guanxi_for_the_province_is_flagged(text: str) -> None:
    assert_flags("N203", text, "Guanxi")


# E802: a word coined on Xi's name ("Xiplomacy"), a series title, is no slip of the English
# word; a slip inside the word is still one.


@pytest.mark.parametrize(
    "text",
    [
        "Xictionary: Whole-process people's democracy",
        "Observers called the summit a showcase of Xiplomacy in action.",
    ],
)
def test_a_word_coined_on_xis_name_is_left(text: str) -> None:
    assert_flags("E802", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The new Dictonary of Party terms was released in March.", "Dictonary"),
        ("Experts praised the country's active diplomcy in the region.", "diplomcy"),
    ],
)
def test_a_slip_inside_the_word_is_flagged(text: str, span: str) -> None:
    assert_flags("E802", text, span)


# The wires' own style: a paper that runs an agency's copy credits it after a bullet on its
# own line ("• Reuters"); there "the Chinese Communist Party" is the agency's usage. A bullet
# that opens a sentence about a wire report is no credit.


def test_the_party_in_a_wire_credited_after_a_bullet_is_left() -> None:
    text = (
        "• Kyodo\n\nThe Chinese Communist Party will convene its plenary session next month, "
        "sources said."
    )
    assert_flags("T101", text, None)


def test_the_party_beside_a_bulleted_mention_of_a_wire_is_flagged() -> None:
    text = (
        "• Reuters reported the talks on Monday.\n\nThe Chinese Communist Party will convene "
        "its plenary session next month."
    )
    assert_flags("T101", text, "Chinese Communist Party")


# T113: "of" inside the Party's long name ("the Communist Party of China Jinhua municipal
# committee") is the Party's own, not a preposition before a body without its article.


def test_a_committee_after_the_partys_long_name_is_left() -> None:
    text = "Zhao Ming, secretary of the Communist Party of China Jinhua municipal committee, spoke."
    assert_flags("T113", text, None)


def test_a_committee_after_of_without_its_article_is_flagged() -> None:
    text = "Zhao Ming, a member of Jinhua municipal committee, spoke at the meeting."
    assert_flags("T113", text, "Jinhua municipal committee")


# E818: a name in Title Case keeps the particle of "Opening up" in lower case; a capital after
# the phrase in running text is still flagged.


def test_a_capital_after_opening_up_inside_a_name_is_left() -> None:
    text = (
        "The Municipal Forum on Opening up and Innovation opened in Mianyang. Local "
        "innovation drew praise."
    )
    assert_flags("E818", text, None)


def test_a_capital_after_opening_up_in_running_text_is_flagged() -> None:
    text = (
        "Officials spoke of opening up and Innovation in the county. Local innovation drew praise."
    )
    assert_flags("E818", text, "Innovation")
