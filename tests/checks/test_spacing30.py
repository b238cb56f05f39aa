"""Spacing and spelling slips of pasted city news: a capitalised word with a preposition
glued after it (P320), a quotation glued to the word around it (P305), "cites" for cities
(E802).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The plan shows the resolve of the Municipal Party Committee and Municipal "
            "Governmentin rural revitalization.",
            "Governmentin",
        ),
        (
            "Wang Hong, Memberof the Standing Committee of the county Party committee, "
            "attended the meeting.",
            "Memberof",
        ),
        (
            "The report of the Standing Committeeon the draft budget was adopted.",
            "Committeeon",
        ),
        ("The delegation returned from the Exhibitionat the port on Monday.", "Exhibitionat"),
    ],
)
def test_a_capitalised_word_with_a_preposition_glued_on_is_flagged(text: str, span: str) -> None:
    assert_flags("P320", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Pinyin places ending as a preposition does, and English words that end so.
        "The Jilin and Xilin delegations met in Yulin on Friday.",
        "The city issued a Bulletin on flood control and a notice to Baoding.",
        "Dustin Hardin of the Boston office spoke at the Kremlin forum.",
        # A short head: a name, not a glued word.
        "Officials from Putin Street and Martin Road joined the clean-up.",
    ],
)
def test_words_that_end_like_a_preposition_are_left(text: str) -> None:
    assert_flags("P320", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The projects were written into the district’s“15th Five-Year Plan” last year.",
            "“",
        ),
        ('"We will open two more routes to Europe this year,"she said at the fair.', '"'),
    ],
)
def test_a_quotation_glued_to_the_word_around_it_is_flagged(text: str, span: str) -> None:
    assert_flags("P305", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said, “We will do more for the villages this year.”",
        # A quotation opened straight after a comma: the space is missing before the mark.
        'The county launched its campaign,"clean villages", in May.',
        # A curly quote typed for an apostrophe: P310's.
        "The county“s plan was approved on Monday.",
    ],
)
def test_quotation_marks_spaced_or_typed_for_an_apostrophe_are_left(text: str) -> None:
    assert_flags("P305", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The mayors of the two cites signed a memorandum on port trade.", "cites"),
        ("The 2023 Ningbo International Sister Cites Forum opened on Monday.", "Cites"),
        ("Both cites pledged to expand exchanges in culture and tourism.", "cites"),
    ],
)
def test_cites_where_only_a_noun_can_stand_is_flagged(text: str, span: str) -> None:
    assert_flags("E802", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The report cites two cities in the province as models of green growth.",
        "Li Ming cites the 14th Five-Year Plan as the guide for the county's work.",
        "The mayors of the two cities signed a memorandum on port trade.",
    ],
)
def test_cites_as_a_verb_is_left(text: str) -> None:
    assert_flags("E802", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The fair, chaired by Liuhong, deputy director of the district, opened on Monday.",
            "Liuhong",
        ),
        (
            "Officials reviewed the tasks. Zhangmin, deputy head of the bureau, briefed them.",
            "Zhangmin",
        ),
    ],
)
def test_a_surname_and_given_name_run_together_before_a_post_are_flagged(
    text: str, span: str
) -> None:
    assert_flags("P320", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # A given name after its surname or a title.
        "Wang Yubo, deputy secretary of the county Party committee, spoke at the meeting.",
        "LV Minghui, deputy secretary of the county, and Mr. Haixiang, director, attended.",
        # A Tibetan name is one word; a place before an appositive is no name.
        "Nima, deputy director of the township, guided the herders.",
        "Yulin, a city in Shaanxi, hosted the forum on Friday.",
    ],
)
def test_given_names_and_one_word_names_before_a_post_are_left(text: str) -> None:
    assert_flags("P320", text, None)


def test_a_site_name_before_a_spaced_domain_is_left() -> None:
    assert_flags(
        "P320", "Read all about Hunan in English at hunanweb. cn. Any advice is welcome.", None
    )
    assert_flags("P320", "Read all about Hunan at rednet. cn. Any advice is welcome.", None)
