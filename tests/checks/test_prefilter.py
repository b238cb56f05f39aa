"""The prefilters run piece by piece (tifa.checks.prefilter) select exactly the texts the
whole pattern selects: word boundaries left out only widen a first pass, and a top-level
alternation is or'ed from its alternatives."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tifa.checks.furniture import GLUED_PREFILTER
from tifa.checks.prefilter import MAX_ALTERNATIVES, alternatives, loosened, matching
from tifa.checks.wording import PREFILTER as SLIP_PREFILTER

TEXTS = [
    "The two sides discussed about trade cooperations in the county.",
    "The county’s “opening up policies” drew 12 firms — a record.",
    "Délégués from Wuhan discussed aboutness, not trade.",
    "Mayor Li Ming visited Hengyang 2024-05-06",
    "Extensive promote the participated enterprises.",
    "Printshare the news | Updated: 2024-05-06 09:30",
    "",
    "城市长远发展 was discussed about at the forum.",
    'A link <a href="/news">more</a> sits here.',
    "By Li Ming [Source: Hunan Daily]",
]


def test_word_boundaries_are_left_out_and_nothing_else() -> None:
    assert loosened(r"(?i)\bdiscuss(?:ed)? about\b") == r"(?i)discuss(?:ed)? about"
    assert loosened(r"\Bing\b|\d+") == r"ing|\d+"


def test_a_pattern_without_word_boundaries_is_not_loosened() -> None:
    assert loosened(r"\d{4}-\d{2}") is None
    assert loosened(r"a\\b") is None  # an escaped backslash, then the letter b
    assert loosened(r"\b{start}word") is None  # a form this does not read


def test_top_level_alternatives_keep_the_leading_flags() -> None:
    assert alternatives(r"(?i)held|(?:met|sat)|[|]") == ["(?i)held", "(?i)(?:met|sat)", "(?i)[|]"]


@pytest.mark.parametrize(
    "pattern",
    [
        r"visited",  # one alternative
        r"(?:held|met)",  # the bar inside a group
        r"[]|]",  # a bracket first in a class is the bracket itself
        r"[a[|]]x",  # classes nest
        r"\|",
        r"held(?i)|met",  # a flag group reaches past the bar
        r"(?x)held | met",  # verbose mode
        "|".join(f"w{i}" for i in range(MAX_ALTERNATIVES + 1)),  # a word list: one search
    ],
)
def test_patterns_not_split(pattern: str) -> None:
    assert alternatives(pattern) is None


@pytest.mark.parametrize(
    "pattern",
    [
        SLIP_PREFILTER,
        GLUED_PREFILTER,
        r"(?i)\bheld\b|\bmet\b|[|]\s*updated",
        r"\Bing\b",
        r"(?i)\bcounty\B",
    ],
)
def test_matching_selects_what_the_whole_pattern_selects(pattern: str) -> None:
    values = pl.Series("text", [*TEXTS, None])
    expected = values.str.contains(pattern).fill_null(False).to_list()
    assert matching(values, pattern).to_list() == expected
    assert matching(values, pattern, split_length=0).to_list() == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab é-|\n", max_size=12), max_size=8))
def test_matching_agrees_on_any_text(texts: list[str]) -> None:
    values = pl.Series("text", texts, dtype=pl.String)
    for pattern in (r"\ba\b|b\B", r"(?i)\bé|a\b-|\|b", r"\Ba|(?:b|\bé)\b"):
        expected = values.str.contains(pattern).fill_null(False).to_list()
        assert matching(values, pattern, split_length=0).to_list() == expected
