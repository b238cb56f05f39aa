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


# --- UTF-8 punctuation read as GBK is a garble, not Chinese left in the English (U401/U406) -

_GARBLED = (
    "Reporter: What鈥檚 the ministry鈥檚 view of the 鈥淏elt and Road鈥 cooperation this year?"
)


def test_utf8_punctuation_read_as_gbk_is_no_chinese_text() -> None:
    assert_flags("U401", _GARBLED, None)


@pytest.mark.parametrize("span", ["鈥檚", "鈥淏"])
def test_utf8_punctuation_read_as_gbk_is_a_garble(span: str) -> None:
    assert_flags("U406", _GARBLED, span)


def test_the_garble_is_restored_to_its_mark() -> None:
    findings = check_texts([_GARBLED], ["U406"])
    assert set(findings["suggestion"].drop_nulls().to_list()) >= {"’s", "“B"}


def test_chinese_beside_a_garble_is_still_flagged() -> None:
    text = "The spokesperson鈥檚 office (新闻办) answered questions on the port's trade."
    assert_flags("U401", text, "新闻办")
    assert_flags("U401", "The report covers 鈥 the 十四五 plan.", "十四五")
