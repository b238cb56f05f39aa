"""False alarms of the session-19 blind measurement, each as a test: a straight quotation
right after an opening curly quote is an inner quotation (P301, P303): “"No partner" means …”
is balanced, and in “" three guarantees"” only the space is wrong; a name whose last word
opens the next line of a hard-wrapped paragraph is not cut short (T105); a Title Case
headline drops the article of "on inspection tour" by design (E801); "Party working
committee", as the glossary's own source writes 党工委, is an allowed form (T108).

The sentences are written for these tests in the register of local government news; none
is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


def _found(text: str, *codes: str) -> list[tuple[str, str]]:
    found = check_texts([text], list(codes))
    return [(c, s) for c, s in zip(found["code"].to_list(), spans(found), strict=True)]


@pytest.mark.parametrize(
    "text",
    [
        '“"No partner" means no deal,” the official said.',
        '“"Zero distance" service is our promise,” the mayor said.',
        '“We will carry out the "three-year action" plan,” Li Ming said.',
    ],
)
def test_inner_straight_quotation_after_curly_opener_is_balanced(text: str) -> None:
    assert _found(text, "P301", "P302", "P303") == []


def test_space_after_the_inner_opener_is_the_only_fault() -> None:
    text = 'They pledged “" three guarantees"” to investors.'
    assert _found(text, "P301", "P303") == [("P303", " ")]


def test_curly_quotation_never_closed_is_still_reported() -> None:
    text = '“"No partner" means no deal, the official said.'
    assert ("P301", "“") in _found(text, "P301")


def test_name_wrapped_over_two_lines_is_not_cut_short() -> None:
    text = (
        "The meeting studied the guidelines of the CPC Central\n"
        "Committee on rural work and the plans of the city for\n"
        "the coming year."
    )
    assert _found(text, "T105") == []


def test_name_cut_short_before_a_line_break_is_still_found() -> None:
    text = "The meeting studied the guidelines of the CPC Central\nand the city's plans."
    assert _found(text, "T105") == [("T105", "CPC Central")]


def test_headline_drops_the_article_of_a_tour() -> None:
    assert _found("Li Ming on Inspection Tour in Jinzhou District", "E801") == []


def test_running_text_still_needs_the_article_of_a_tour() -> None:
    text = "Li Ming was on inspection tour in Jinzhou District on Monday."
    assert _found(text, "E801") == [("E801", "on inspection tour")]


def test_party_working_committee_in_lower_case_is_allowed() -> None:
    text = "The Party working committee of each subdistrict must carry out the plan."
    assert _found(text, "T108") == []


def test_party_in_lower_case_is_still_miscapitalised() -> None:
    text = "The party working committee of the development zone met on Monday."
    assert _found(text, "T108") == [("T108", "party working committee")]


def test_inner_straight_opener_with_a_stray_space_inside_a_curly_title() -> None:
    text = (
        "The city adopted the “Opinions on Deeply Joining the Construction of"
        ' " the Belt and Road"” last year.'
    )
    # One fault: the space after the inner opening quote; the quotes themselves pair up.
    assert _found(text, "P301", "P303") == [("P303", " ")]
    found = check_texts([text], ["P303"])
    assert "after the opening quote" in found["message"].item()
