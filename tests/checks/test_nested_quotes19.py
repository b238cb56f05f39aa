"""A straight quotation right after an opening curly quote is an inner quotation (P301,
P303): “"No partner" means …” is balanced, and in “" three guarantees"” only the space is
wrong.

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
