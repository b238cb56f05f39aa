"""Precision on fresh professional pages (session 38): false-alarm classes found there.

The sentences are written for these tests, in the register of Chinese outlets' English
pages.
"""

from __future__ import annotations

import polars as pl
import pytest
from helpers import assert_flags, check_texts, spans

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


# --- A date alone in a picture's gap is a fact box's "when", no caption (R601) -------------

_OPENS = (
    "The Central Committee holds a plenary session at least once a year to decide on major "
    "policies for the country."
)
_GOES_ON = (
    "Members of the Central Committee attend the session, which is presided over by the "
    "general secretary."
)


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Nov 3 - 6, 2019", False),
        ("March 5-11", False),
        ("Sept. 2 - Oct. 4, 2024", False),
        # a caption beside it is still one
        ("Delegates arrive at the Great Hall of the People", True),
    ],
)
def test_a_date_alone_in_a_gap_is_no_caption(line: str, flagged: bool) -> None:
    page = _OPENS + "\n\n" + _GOES_ON + "\n\n\n" + line + "\n\n" + _OPENS + "\n"
    findings = check_texts([page], ["R601"])
    captions = findings.filter(pl.col("message").str.contains("caption"))
    assert (line in spans(captions)) is flagged, spans(findings)
