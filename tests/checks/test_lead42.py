"""Session 42, lead: spacing slips a tokenizer or a hurried paste leaves in the text.

- P304: the apostrophe of a possessive or a contraction parted from its word ("Let 's").
- P305: a straight quote opening a quotation glued to the word before it; a list item's
  numeral glued to a short first word ("IV.To"); an ampersand spaced on one side only.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import assert_flags, check_texts, run_cli


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said, “Let 's build the port together.”",
        "The city 's new port opened on Monday.",
        "The county 's leaders said they do n't expect delays.",
        "The investors ’re confident in the new zone.",
    ],
)
def test_a_space_before_a_clitic_apostrophe_is_flagged(text: str) -> None:
    assert_flags("P304", text, " ")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor praised the 'two sessions' of the city.",
        "The so-called 'double reduction' policy took effect in 2021.",
        "The city’s new port opened on Monday.",
        "The county ' s plan was approved.",
    ],
)
def test_an_opening_single_quote_is_no_parted_apostrophe(text: str) -> None:
    assert_flags("P304", text, None)


def test_an_opening_straight_quote_glued_to_a_word_is_flagged() -> None:
    assert_flags("P305", 'The troupe staged in"Harbour Nights" on Friday.', '"')
    assert_flags("P305", 'The troupe staged in"harbour nights" on Friday.', '"')


@pytest.mark.parametrize(
    "text",
    [
        'The troupe staged "Harbour Nights" on Friday.',
        # unbalanced: which of the marks open is not sure
        'The troupe staged in"Harbour Nights on Friday.',
        # a figure before the mark may be an inch
        'The screen measures 55"Wide and 30" high.',
        'The poster read "Welcome"Visitors came in.',
    ],
)
def test_a_straight_quote_that_may_not_open_is_left_alone(text: str) -> None:
    assert_flags("P305", text, None)


def test_a_list_numeral_glued_to_a_short_word_is_flagged() -> None:
    assert_flags("P305", "IV.To deepen cooperation, the two sides signed an agreement.", ".")
    assert_flags("P305", "2.In May, the port opened three new routes.", ".")


@pytest.mark.parametrize(
    "text",
    [
        "IV. To deepen cooperation, the two sides signed an agreement.",
        "The vice mayor met him at 2.In his speech he praised the port.",
    ],
)
def test_a_spaced_list_numeral_is_left_alone(text: str) -> None:
    assert_flags("P305", text, None)


def test_an_ampersand_spaced_on_one_side_is_flagged() -> None:
    assert_flags("P305", "Envoys of Asian &African countries met in Dalian.", "&")
    assert_flags("P305", "Envoys of Asian& African countries met in Dalian.", "&")


@pytest.mark.parametrize(
    "text",
    [
        "Envoys of Asian & African countries met in Dalian.",
        "The firm spent more on R&D this year.",
        "The AT&T office in Shanghai opened in May.",
    ],
)
def test_an_ampersand_spaced_right_or_inside_a_name_is_left_alone(text: str) -> None:
    assert_flags("P305", text, None)


def test_the_safe_fixes_mend_each_slip(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        'The city \'s new port opened in"Harbour District" on Monday.\n'
        "IV.To deepen cooperation, envoys of Asian &African countries met.\n",
        encoding="utf-8",
    )
    result = run_cli(["check", "--fix", "--fail-on", "never", str(path)])
    assert result.code == 0, result.err
    assert path.read_text(encoding="utf-8") == (
        'The city\'s new port opened in "Harbour District" on Monday.\n'
        "IV. To deepen cooperation, envoys of Asian & African countries met.\n"
    )


# ---- after the blind measure (in sample): slips of the blind set's classes -----------------


@pytest.mark.parametrize(
    ("text", "code", "span"),
    [
        ("Output of industries above designated scale rose by 5 percent.", "T119", None),
        ("The port fostered new momentums for growth.", "E801", "momentums"),
        ("The district will try best to finish the road by winter.", "E801", "try best"),
        ("The county held a series activities for the festival.", "E801", "series"),
        ("Envoys praised the reform and open-up policy of the city.", "E801", "open-up"),
        ("The covid-19 epidemic slowed trade in the port.", "N214", "covid"),
        ("The forum spoke of the great revitalization of the Chinese nation.", "T101", None),
        ("Recently, Wu Lan- Mayor of the city, met the envoys.", "P309", "- "),
    ],
)
def test_the_blind_sets_slips_are_found(text: str, code: str, span: str | None) -> None:
    if span is None:
        found = check_texts([text], [code])
        assert found.height == 1, found
    else:
        assert_flags(code, text, span)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Above designated scale industrial enterprises grew.", "T119"),  # T101's avoided form
        ("The momentum of growth held through the year.", "E801"),
        ("The chef will try the best dishes of the city.", "E801"),
        ("The series final drew large crowds in the stadium.", "E801"),
        ("The city will reform and open up further.", "E801"),
        ("The county held a series activities for the festival.", "E804"),
        ("The Covid-19 and COVID-19 cases fell in the city.", "N214"),
        ("See the notice at www.example.cn/covid-19.html for more.", "N214"),
        ("The county pushed rural revitalization this year.", "T101"),
        ("The small- and medium-sized firms grew.", "P309"),
    ],
)
def test_their_neighbours_are_left_alone(text: str, code: str) -> None:
    assert_flags(code, text, None)


def test_a_hyphen_after_a_name_suggests_the_appositive_comma() -> None:
    found = check_texts(["On Monday, Wu Lan - Mayor of the city, met the envoys."], ["P309"])
    assert found["suggestion"].to_list() == [", "]
