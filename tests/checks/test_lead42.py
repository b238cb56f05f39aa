"""Session 42, lead: spacing slips a tokenizer or a hurried paste leaves in the text.

- P304: the apostrophe of a possessive or a contraction parted from its word ("Let 's").
- P305: a straight quote opening a quotation glued to the word before it; a list item's
  numeral glued to a short first word ("IV.To"); an ampersand spaced on one side only.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import assert_flags, run_cli


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
