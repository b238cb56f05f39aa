"""The prefilters run piece by piece (tifa.checks.prefilter) select exactly the texts the
whole pattern selects: word boundaries left out only widen a first pass, a top-level
alternation is or'ed from its alternatives, and the literal gate only leaves out texts the
pattern cannot match."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl
import pytest
from helpers import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from tifa.checks import prefilter
from tifa.checks.context import Context
from tifa.checks.engine import run_rules
from tifa.checks.furniture import GLUED_PREFILTER
from tifa.checks.literals import required
from tifa.checks.prefilter import (
    MAX_ALTERNATIVES,
    alternatives,
    gate_literals,
    gated,
    in_groups,
    loosened,
    matching,
    matching_each,
    wide_apart,
)
from tifa.checks.registry import all_rules
from tifa.checks.wording import PREFILTER as SLIP_PREFILTER
from tifa.corpus.read import read_corpus
from tifa.glossary import load_glossaries

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


def test_flags_that_repeat_the_leading_ones_do_not_stop_the_split() -> None:
    assert alternatives(r"(?i)held|(?i)met|(?is)(?:sat)") is None  # s is not set ahead
    assert alternatives(r"(?is)held|(?i)met|(?s)sat") == [
        "(?is)held",
        "(?is)(?i)met",
        "(?is)(?s)sat",
    ]


def test_a_long_pattern_of_many_alternatives_runs_in_groups() -> None:
    words = [f"(?i)w{n}" for n in range(MAX_ALTERNATIVES + 2)]
    assert in_groups("(?i)" + "|".join(words)) == (
        "(?i)" + "|".join(words[:MAX_ALTERNATIVES]),
        "(?i)" + "|".join(words[MAX_ALTERNATIVES:]),
    )
    assert in_groups("(?i)" + "|".join(words[:MAX_ALTERNATIVES])) is None
    assert in_groups(SLIP_PREFILTER) is not None


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
        r"(?i)held|(?-i)met",  # a flag unset
        r"(?i)held|(?:(?i)met)",  # flags set again inside a group
        "|".join(f"w{i}" for i in range(MAX_ALTERNATIVES + 1)),  # a word list: one search
    ],
)
def test_patterns_not_split(pattern: str) -> None:
    assert alternatives(pattern) is None


def test_an_alternative_with_a_wide_repetition_runs_apart_from_the_others() -> None:
    assert wide_apart(r"(?i)held|[ \t]id=[^<>\n]{0,400}>|met\b|x{2,9}") == (
        r"(?i)[ \t]id=[^<>\n]{0,400}>",
        r"(?i)held|met\b|x{2,9}",
    )
    assert wide_apart(r"«[^»\n]{1,300}»|»[^«\n]{1,300}«") == (
        r"«[^»\n]{1,300}»",
        r"»[^«\n]{1,300}«",
    )


def test_the_other_alternatives_run_a_dozen_at_a_time() -> None:
    words = [f"w{n}" for n in range(14)]
    pieces = wide_apart("(?i)" + "|".join(["id=[^>]{0,400}>", *words]))
    assert pieces == (
        "(?i)id=[^>]{0,400}>",
        "(?i)" + "|".join(words[:MAX_ALTERNATIVES]),
        "(?i)" + "|".join(words[MAX_ALTERNATIVES:]),
    )


@pytest.mark.parametrize(
    "pattern",
    [
        r"held|met[^.]{0,99}",  # a repetition below WIDE_REPEAT
        r"held[^.]{0,400}",  # one alternative only
        r"(?:held|met)[^.]{0,400}",  # the bar inside a group
        r"held|met\{0,400}",  # an escaped brace is a brace
        r"held|x{400}",  # an exact count
    ],
)
def test_patterns_not_taken_apart(pattern: str) -> None:
    assert wide_apart(pattern) is None


@pytest.mark.parametrize(
    "pattern",
    [
        SLIP_PREFILTER,
        GLUED_PREFILTER,
        r"(?i)held\b|[ \t]href=[^<>\n]{0,400}>|\bmet\b",
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


# Texts where lower-casing and Rust's case-insensitive matching part ways: the Kelvin sign
# and the long s match "k" and "s" ignoring case; a dotted capital I lower-cases to two
# characters; a capital sharp s has no ASCII letter.
CASE_TEXTS = [
    "The Municipal People's Congress met in Jinzhou.",
    "THE MUNICIPAL PEOPLE'S CONGRESS MET IN JINZHOU.",
    "Wor\u212ashop on the \u017fmart city",
    "İstanbul delegation visited the port",
    "STRAẞE and Straße signs",
    "",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)\bworkshop\b",
        r"(?i)smart\s+city",
        r"(?i)congress|istanbul",
        r"Municipal People's Congress",
        r"\p{Lu}\p{Ll}+ (?:Congress|Council)\b",
        r"(?i)stra(?:ss|ß)e",
        SLIP_PREFILTER,
        GLUED_PREFILTER,
    ],
)
def test_the_literal_gate_selects_what_the_pattern_selects(pattern: str) -> None:
    values = pl.Series("text", [*CASE_TEXTS, *TEXTS, None])
    expected = values.str.contains(pattern)
    found = gated(values, pattern, lambda texts: texts.str.contains(pattern))
    assert found.to_list() == expected.to_list()  # nulls stay null
    assert matching(values, pattern).to_list() == expected.fill_null(False).to_list()


@pytest.mark.parametrize(
    "pattern",
    [r"(?i)smart\s+city", r"(?i)congress|istanbul", r"Municipal People's Congress", r"\d{4}-\d"],
)
def test_a_long_column_is_gated_without_word_boundaries_too(
    pattern: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past GATE_LEAST texts a pattern without word boundaries is gated as well: the same
    texts are selected."""
    values = pl.Series("text", [*CASE_TEXTS, *TEXTS, "2024-1", None])
    expected = values.str.contains(pattern).fill_null(False).to_list()
    monkeypatch.setattr(prefilter, "GATE_LEAST", 0)
    asked: list[str] = []
    gate = prefilter.gated

    def counting(
        values: pl.Series, pattern: str, test: Callable[[pl.Series], pl.Series]
    ) -> pl.Series:
        asked.append(pattern)
        return gate(values, pattern, test)

    monkeypatch.setattr(prefilter, "gated", counting)
    assert matching(values, pattern).to_list() == expected
    assert asked == [pattern]


def test_matching_each_selects_what_each_pattern_selects() -> None:
    values = pl.Series("text", [*CASE_TEXTS, *TEXTS, None])
    patterns = [
        r"(?i)\bworkshop\b",
        r"(?i)smart\s+city",
        r"\p{Lu}\p{Ll}+ \p{Lu}",  # no literal to gate on: run over every text
        r"(?i)(?:CPC\s+)?(?-i:\p{Lu}\p{Ll}+)\s+Municipal\s+Committee",  # held by none
        r"(?i)stra(?:ss|ß)e",
    ]
    found = matching_each(values, patterns)
    assert [f.to_list() for f in found] == [
        values.str.contains(p).fill_null(False).to_list() for p in patterns
    ]
    assert [f.sum() for f in found] == [1, 1, 3, 0, 1]
    assert matching_each(values.clear(), patterns)[0].to_list() == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(alphabet="aAkKsS\u212a\u017fİ -", max_size=10))))
def test_matching_each_agrees_on_any_text(texts: list[str | None]) -> None:
    values = pl.Series("text", texts, dtype=pl.String)
    patterns = [r"(?i)ask", r"(?i)\bsa\b|kk", r"As[Kk]", r"(?i)a(?:s|k)-", r"\p{Lu}"]
    expected = [values.str.contains(p).fill_null(False).to_list() for p in patterns]
    assert [f.to_list() for f in matching_each(values, patterns)] == expected


def test_the_gate_leaves_a_pattern_without_literals_to_its_test() -> None:
    values = pl.Series("text", ["Tan Zuojun", "the county"])
    assert required(r"\p{Lu}\p{Ll}+ \p{Lu}") == frozenset({" "})  # in most texts: no gate
    assert gate_literals(r"\p{Lu}\p{Ll}+ \p{Lu}") is None
    assert gate_literals(r"(?i)\bcity\b|Ltd\.") == ["city", "ltd."]
    seen: list[int] = []

    def test(texts: pl.Series) -> pl.Series:
        seen.append(len(texts))
        return texts.str.contains(r"\p{Lu}\p{Ll}+ \p{Lu}")

    assert gated(values, r"\p{Lu}\p{Ll}+ \p{Lu}", test).to_list() == [True, False]
    assert seen == [2]


def test_the_gate_runs_the_test_only_over_texts_holding_a_literal() -> None:
    values = pl.Series("text", ["the county held a meeting", "the CITY held", "nothing here"])
    seen: list[list[str]] = []

    def test(texts: pl.Series) -> pl.Series:
        seen.append(texts.to_list())
        return texts.str.contains(r"(?i)\bcity\b")

    assert gated(values, r"(?i)\bcity\b", test).to_list() == [False, True, False]
    assert seen == [["the CITY held"]]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="aAkKsS\u212a\u017fİ -", max_size=10), max_size=8))
def test_the_gate_agrees_on_any_text(texts: list[str]) -> None:
    values = pl.Series("text", texts, dtype=pl.String)
    for pattern in (r"(?i)ask", r"(?i)\bsa\b|kk", r"As[Kk]", r"(?i)a(?:s|k)-"):
        expected = values.str.contains(pattern).to_list()
        found = gated(values, pattern, _contains(pattern))
        assert found.to_list() == expected


def _contains(pattern: str) -> Callable[[pl.Series], pl.Series]:
    def test(texts: pl.Series) -> pl.Series:
        return texts.str.contains(pattern)

    return test


def test_every_rule_prefilter_gated_selects_what_it_selects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every prefilter with word boundaries the rules run through `matching` over the bundled
    samples selects the same texts with the literal gate as without it."""
    checked: list[str] = []

    def checking(
        values: pl.Series, pattern: str, test: Callable[[pl.Series], pl.Series]
    ) -> pl.Series:
        found = gate(values, pattern, test)
        assert found.to_list() == test(values).to_list(), pattern
        checked.append(pattern)
        return found

    gate = prefilter.gated
    monkeypatch.setattr(prefilter, "gated", checking)

    corpus = read_corpus(sorted(str(p) for p in SAMPLES.iterdir() if p.is_file()))
    glossary = load_glossaries([], use_default=True)
    run_rules(Context(corpus, glossary), all_rules())
    assert len(checked) > 30
