"""Garbled names of bodies and meetings (T131), the spirits of a meeting named by its body
(T116), and a headline's short name of a congress the page names in full (T120).

The texts are written for these tests in the register of Chinese-government English news;
none is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # "Economical" after a level word, and before a work conference
        ("Officials studied the Central Economical Work Conference in depth.", "Economical"),
        ("The district held its Economical Working Conference on Friday.", "Economical"),
        # a work conference as a "Working Conference", after a level word and a field
        ("The city followed the Municipal Economic Working Conference closely.", "Working"),
        ("He spoke at the Central Urban Working Conference in Beijing.", "Working"),
        # no such body: the Central People's Congress
        (
            "Cadres studied the speech at the meeting of the Central People's Congress.",
            "Central People's Congress",
        ),
        # Central Committee and National Congress run together
        ("He was a member of the 17th CPC National Committee.", "CPC National Committee"),
        ("The National Committee of the CPC met in October.", "National Committee of the CPC"),
        # a Party congress with a numbered session
        (
            "Since the 18th Session of the CPC National Congress, the town has grown.",
            "18th Session of the CPC National Congress",
        ),
        # a government's term as an "authority"
        ("It was the first plenary meeting of the 15th authority.", "15th authority"),
    ],
)
def test_garbled_body_names_are_found(text: str, span: str) -> None:
    assert_flags("T131", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Officials studied the Central Economic Work Conference in depth.",
        "The Central Working Conference of December 1978 prepared the plenary session.",
        "An economical plan saved money. Economical Housing Project Starts",
        "He attended the Central People's Congress Work Conference in October 2021.",
        "The Central People's Government was founded in 1949.",
        "The First Session of the 14th CPPCC National Committee opened in March.",
        "The First Session of the 19th CPC National Congress was held in 2017.",
        "It was the 3rd authority to approve the plan.",
        "The company held a working conference for its engineers.",
    ],
)
def test_right_names_are_left_alone(text: str) -> None:
    assert_flags("T131", text, None)


def test_the_glossary_avoid_form_is_left_to_t101() -> None:
    text = "The county followed the Central Economic Working Conference closely."
    found = check_texts([text], ["T101", "T131"])["code"].to_list()
    assert found == ["T101"]


_HEADLINE = "Annual session of Anshan People's Congress closes\n\n"
_BODY = "The 2nd Session of the 17th Anshan Municipal People's Congress closed on Friday.\n"


def test_a_headline_short_name_is_left_alone_when_the_page_names_it_in_full() -> None:
    assert_flags("T120", _HEADLINE + _BODY, None)


def test_a_headline_short_name_is_found_when_the_page_never_names_it_in_full() -> None:
    body = "The session closed on Friday after five days of deliberation.\n"
    assert_flags("T120", _HEADLINE + body, "Anshan People's Congress")


def test_the_short_name_in_body_prose_is_still_found() -> None:
    prose = "Deputies to Anshan People's Congress met on Friday to vote on the budget.\n"
    assert_flags("T120", _BODY + "\n" + prose, "Anshan People's Congress")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Party stays strong through self-reformation.", "self-reformation"),
        (
            "The bureau will study the innovation theory of the Party.",
            "innovation theory of the Party",
        ),
        (
            "Members discussed what was said during the “NPC and CPPCC” this spring.",
            "“NPC and CPPCC”",
        ),
        ("The county worked for the stability in six areas.", "stability in six areas"),
        (
            "The reservoir was approved by the Ministry of Water Conservancy.",
            "Ministry of Water Conservancy",
        ),
    ],
)
def test_garbled_formulations_the_glossary_lists_are_found(text: str, span: str) -> None:
    assert_flags("T101", text, span)


def test_the_official_forms_are_left_alone() -> None:
    text = (
        "Deputies to the NPC and CPPCC members met during the NPC and CPPCC sessions. The "
        "Party's self-reform and the Party's new theories were studied. The Ministry of Water "
        "Resources approved the plan, which ensures stability on six fronts and security in "
        "six areas."
    )
    assert_flags("T101", text, None)


def test_a_minister_is_no_near_miss_of_the_ministry() -> None:
    text = (
        "The Ministry of Water Resources held a meeting on flood control.\n\n"
        "It was chaired by Wang Hua, Minister of Water Resources, and Li Ming, Vice Minister "
        "of Water Resources, attended.\n"
    )
    found = check_texts([text], ["T103", "T104"])
    assert found.height == 0


_PARTY_PAGE = (
    "Party members in the county elected their delegates to the 9th Provincial Party "
    "Congress on Monday.\n\nThe election of Party representatives went smoothly, and the "
    "delegates will attend the congress in June.\n"
)
_CHANNEL_PAGE = (
    "Before the 3rd Session of the 14th Provincial People's Congress opened, the "
    "representative channel welcomed reporters.\n"
)


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [
        (
            "T116",
            "The county called for studying the spirits of the meeting of the Standing "
            "Committee of the Municipal Party Committee.",
            "spirits",
        ),
        ("T116", "The spirits of the meeting were high after the vote.", None),
        ("T114", _PARTY_PAGE, "Party representatives"),
        ("T114", "Party representatives from the two cities met to discuss trade.\n", None),
        ("T114", _CHANNEL_PAGE, "representative channel"),
        ("T114", "The firm sells through a representative channel of dealers.\n", None),
    ],
)
def test_widened_rules(code: str, text: str, span: str | None) -> None:
    assert_flags(code, text, span)
