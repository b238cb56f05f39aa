"""Precision on fresh professional pages (session 38): false-alarm classes found there.

The sentences are written for these tests, in the register of Chinese outlets' English
pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# --- Two describing words over a plural or mass head after "as" (E829) -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 12 percent in the first half, as strong domestic and overseas orders "
        "lifted the port's output.",
        "The county met its targets as strong financial and technical support reached the "
        "villages.",
        "The zone grew fast, as strong regional, national demands for its chips kept rising.",
    ],
)
def test_a_rated_word_shared_over_a_plural_or_mass_head_is_left_alone(text: str) -> None:
    assert_flags("E829", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A noun joined to a second noun still wants its article.
        ("The new port serves as important hub and gateway for exports to ASEAN.", "important hub"),
        (
            "The city acts as important portal and gateway for exports to Central Asia.",
            "important portal",
        ),
        ("The pilot village was good example and sets standards for the county.", "good example"),
    ],
)
def test_a_rated_count_noun_joined_to_another_is_still_flagged(text: str, span: str) -> None:
    assert_flags("E829", text, span)
