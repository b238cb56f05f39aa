"""Session 36, lead: false alarms of the blind pages, each as a class. P339 leaves the closing
quote of a word in single quotes (‘Party’); P305 leaves Chinese text's quotes unspaced; T108
leaves a plural that two places share ("the Tibet and Xinjiang Uygur autonomous regions");
P337 leaves a title that closes at ", and" before a second person's title and name, and
reports an aside left open before a time once, not again before the verb; E832 leaves a mass
noun that modifies the countable head of its phrase after "and"; T103 leaves a term's last
noun made its adjective before another noun; the quote scan pairs a straight
quotation typed with spaces inside (P303 reports the spaces, P301 nothing).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans


@pytest.mark.parametrize(
    "text",
    [
        "The school holds to the rule of “Taking ‘Party’ as the Surname of the Party School”.",
        "Teachers stressed the word ‘Party’ in every lesson of the training class.",
    ],
)
def test_a_word_in_single_quotes_is_no_possessive(text: str) -> None:
    assert_flags("P339", text, None)


def test_a_possessive_without_its_s_is_still_found() -> None:
    assert_flags("P339", "The mayor praised China’ development zones for their growth.", "China’")


def test_quotes_inside_chinese_text_take_no_space() -> None:
    assert_flags("P305", "双语丨以“侨”为桥共商发展大计 “聚侨兴城”活动举行", None)


def test_a_quote_glued_to_an_english_word_is_still_found() -> None:
    assert_flags("P305", "The county’s“14th Five-Year Plan” was adopted on Monday.", "“")


def test_a_plural_shared_by_two_autonomous_regions_is_lower_case() -> None:
    text = (
        "Inspections will begin in Jilin and Hainan provinces and the Tibet and Xinjiang "
        "Uygur autonomous regions, the ministry said."
    )
    assert_flags("T108", text, None)


def test_one_autonomous_region_half_capitalised_is_still_found() -> None:
    text = "The delegation visited the Xinjiang Uygur autonomous Region last week."
    assert_flags("T108", text, "Xinjiang Uygur autonomous Region")


@pytest.mark.parametrize("name", ["Carrie Lam", "Carrie Lam Cheng Yuet-ngor"])
def test_a_second_person_after_and_closes_the_first_aside(name: str) -> None:
    text = (
        "The meeting between Zhou Ming, director of the Hong Kong and Macao Affairs Office "
        f"(HKMAO), and Chief Executive {name} was held in Shenzhen last month."
    )
    assert_flags("P337", text, None)


def test_a_second_title_of_one_person_still_needs_its_closing_comma() -> None:
    text = (
        "Li Wei, secretary of the Dalian Municipal Party Committee, and director of the "
        "Standing Committee of the Municipal People's Congress attended the meeting."
    )
    found = spans(check_texts([text], ["P337"]), "P337")
    assert len(found) == 1 and found[0].endswith("attended")


def test_an_aside_open_before_a_time_is_reported_once() -> None:
    text = "Lu Ming, governor of Heilongjiang on Friday met the delegation from Hokkaido."
    found = spans(check_texts([text], ["P337"]), "P337")
    assert found == ["governor of Heilongjiang on"]


@pytest.mark.parametrize(
    "text",
    [
        "Ordos will start building a national sustainable development and innovation "
        "demonstration zone this year.",
        "The city applied for a green development and ecological protection pilot zone.",
    ],
)
def test_a_mass_noun_before_a_shared_countable_head_keeps_its_article(text: str) -> None:
    assert_flags("E832", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The county has built a strong agriculture and set up a new park.",
            "a strong agriculture",
        ),
        (
            "It promoted a high-quality development and opened an industrial park.",
            "a high-quality development",
        ),
    ],
)
def test_a_mass_noun_ending_its_phrase_before_and_is_still_found(text: str, span: str) -> None:
    assert_flags("E832", text, span)


def test_a_term_noun_made_adjective_before_another_noun_is_no_near_miss() -> None:
    text = "Guiyang set up a rural revitalization strategic research institute last year."
    assert_flags("T103", text, None)


def test_a_term_noun_made_adjective_at_the_end_is_still_a_near_miss() -> None:
    text = "The county carried out the rural revitalization strategic."
    assert_flags("T103", text, "rural revitalization strategic")


_SPACED = (
    'New forces came too, such as "Unicorn Companies", " Gazelle Enterprises ", and '
    '"specialized and innovative" firms.'
)


def test_a_straight_quotation_with_spaces_inside_is_paired() -> None:
    # The marks pair: the slip is the spaces inside them (P303), not a lost partner (P301).
    assert_flags("P301", _SPACED, None)
    assert spans(check_texts([_SPACED], ["P303"]), "P303") == [" ", " "]


def test_a_straight_quote_left_open_is_still_found() -> None:
    text = 'The guests praised the "Gazelle Enterprises of the city at the forum.'
    assert_flags("P301", text, '"')
