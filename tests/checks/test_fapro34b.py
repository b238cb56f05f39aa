"""Precision on professional English: agency copy that tifa misread.

The sentences are written for these tests, in the register of agency and newspaper copy.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    "text",
    [
        # "the" made "an": one speech introduced, no slip for "the important speech".
        (
            "The meeting studied the guiding principles of an important speech by Li Ming"
            " on rural revitalization."
        ),
        "Officials reviewed the guiding principles of a speech delivered by the mayor in May.",
    ],
)
def test_an_indefinite_article_for_the_is_no_near_miss(text: str) -> None:
    assert_flags("T103", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # The slips of form the rule is for stay flagged.
        (
            "Cadres studied the guiding principles of important speech made by the governor.",
            "guiding principles of important speech",
        ),
    ],
)
def test_a_near_miss_of_form_stays_flagged(text: str, span: str) -> None:
    assert_flags("T103", text, span)
