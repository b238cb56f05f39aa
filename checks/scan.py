"""Columnar prefilter, then exact spans on candidate rows only: the shape of the cheap rules.

`prefilter` is a Rust-regex (polars) pattern that selects the rows worth a closer look;
`pattern` is a `regex`-module pattern whose matches become findings. The prefilter runs
vectorised over the whole table; Python only sees the rows it selects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import polars as pl
import regex

from tifa.checks.distinct import distinct_values, filter_distinct_by
from tifa.checks.prefilter import all_false, matching, matching_each


def candidate_rows(
    table: pl.DataFrame, column: str, prefilter: str
) -> Iterator[tuple[int, int, str]]:
    """(doc, start, text) of the rows whose `column` matches the polars pattern `prefilter`,
    the pattern run once per distinct text (a translation memory repeats its units)."""
    yield from _columns(_candidates(table, column, prefilter), column)


def _candidates(table: pl.DataFrame, column: str, prefilter: str) -> pl.DataFrame:
    return filter_distinct_by(table, column, lambda values: matching(values, prefilter)).select(
        "doc", "start", column
    )


def _columns(rows: pl.DataFrame, column: str) -> Iterator[tuple[int, int, str]]:
    # Column lists zipped: the same values as iter_rows, without building them row by row.
    return zip(rows["doc"].to_list(), rows["start"].to_list(), rows[column].to_list(), strict=True)


def _found_rows(
    table: pl.DataFrame,
    column: str,
    prefilter: str,
    find: Callable[[str], list[regex.Match[str]]],
) -> Iterator[tuple[int, int, str, regex.Match[str]]]:
    """(doc, base offset, row text, match) for every match `find` gives in candidate rows.

    `find` reads each distinct candidate text once; only the rows whose text has a match are
    then walked (a loose prefilter over a translation memory selects many repeated rows that
    hold nothing). Rows and matches come in table order, as a walk over every row gives them.
    """
    # The prefilter and `find` read the distinct texts; the table's rows are picked only for
    # the texts `find` matched (most candidates of a loose prefilter hold nothing, and picking
    # rows copies their texts).
    distinct = distinct_values(table, column)
    found: dict[str, list[regex.Match[str]]] = {}
    for text in distinct.filter(matching(distinct, prefilter)).to_list():
        in_text = find(text)
        if in_text:
            found[text] = in_text
    if not found:
        return
    rows = filter_distinct_by(table, column, lambda values: values.is_in(list(found))).select(
        "doc", "start", column
    )
    for doc, base, text in _columns(rows, column):
        for m in found[text]:
            yield doc, base, text, m


def contains_any(values: pl.Series, patterns: Iterable[str]) -> pl.Series:
    """Whether each of `values` matches any of the polars patterns `patterns` (null: False):
    one pattern at a time over the column, the results or'ed. (One expression of dozens of
    alternatives, `pl.any_horizontal`, took about twice the CPU; a single alternation of them
    all exceeds the Rust engine's size limit.) Each pattern runs only over the values that
    hold one of its literals (`prefilter.matching_each`): R601's 98 chrome patterns over the
    PO bench file's 20,083 distinct lines took 0.80 s of CPU at load 18, 0.41-0.53 s so,
    most of them compiled for no line at all."""
    found = all_false(values)
    for hit in matching_each(values, list(patterns)):
        found = found | hit
    return found


# An all-lower-case word of five letters or more.
LOWER_CASE_WORD = r"\b\p{Ll}{5,}\b"


def distinct_words(table: pl.DataFrame, column: str, pattern: str = LOWER_CASE_WORD) -> list[str]:
    """The distinct words matching the polars pattern `pattern` in `column`, sorted: a run's
    vocabulary, for rules that judge each word once rather than each row."""
    return (
        table.select(pl.col(column).unique().str.extract_all(pattern).alias("w"))
        .explode("w")
        .drop_nulls()
        .unique()
        .sort("w")["w"]
        .to_list()
    )


def matches(
    table: pl.DataFrame, column: str, prefilter: str, pattern: regex.Pattern[str]
) -> Iterator[tuple[int, int, str, regex.Match[str]]]:
    """(doc, base offset, row text, match) for every `pattern` match in candidate rows.

    Each distinct text is searched once (a translation memory repeats its units); a match
    object stands for its text wherever the text stands."""
    return _found_rows(table, column, prefilter, lambda text: list(pattern.finditer(text)))


# A word that is a web or e-mail address: punctuation inside it is not prose punctuation.
# Literal alternatives searched word by word keep this linear on text with no spaces.
_ADDRESS_MARK = regex.compile(r"://|www\.|@|\.(?:com|cn|org|net|gov)")
_WORD = regex.compile(r"\S+")


def address_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each white-space-separated word of `text` that is an address."""
    # No mark holds white space, so a text without one has no address: one search of the
    # whole text spares most texts a search per word (the prose rules ask about every text
    # they match in).
    if _ADDRESS_MARK.search(text) is None:
        return []
    return [(m.start(), m.end()) for m in _WORD.finditer(text) if _ADDRESS_MARK.search(m.group())]


def prose_matches(
    table: pl.DataFrame,
    column: str,
    prefilter: str,
    pattern: regex.Pattern[str],
    keep: Callable[[str, regex.Match[str]], bool] | None = None,
) -> Iterator[tuple[int, int, str, regex.Match[str]]]:
    """Like `matches`, leaving out matches that start inside a web or e-mail address, and
    those `keep` (given the text and the match) rejects.

    Addresses are found once per text and walked alongside the matches (both in text
    order); each distinct text is read once, as in `matches`, and `keep` asked once per
    match in it: a test that reads only the text belongs there, not in the loop over the
    rows (a translation memory repeats a text on many rows).
    """
    if keep is None:
        return _found_rows(table, column, prefilter, lambda text: _outside_addresses(text, pattern))
    return _found_rows(
        table,
        column,
        prefilter,
        lambda text: [m for m in _outside_addresses(text, pattern) if keep(text, m)],
    )


def docs_with_match(
    table: pl.DataFrame,
    column: str,
    prefilter: str,
    pattern: regex.Pattern[str],
    keep: Callable[[regex.Match[str]], bool],
) -> frozenset[int]:
    """The documents with a row whose `column` has a match of `pattern` that `keep` accepts,
    outside web and e-mail addresses (as `prose_matches` reads them). Each distinct text is
    read once and the documents holding the texts found are picked out by polars, so the
    rows a translation memory repeats are not walked in Python."""
    rows = filter_distinct_by(table, column, lambda values: matching(values, prefilter))
    texts = rows[column].unique(maintain_order=True).to_list()
    kept = [t for t in texts if any(keep(m) for m in _outside_addresses(t, pattern))]
    if not kept:
        return frozenset()
    return frozenset(rows.filter(pl.col(column).is_in(kept))["doc"].unique().to_list())


def _outside_addresses(text: str, pattern: regex.Pattern[str]) -> list[regex.Match[str]]:
    """The matches of `pattern` in `text` that do not start inside an address."""
    out = []
    spans: list[tuple[int, int]] | None = None
    i = 0
    for m in pattern.finditer(text):
        if spans is None:
            spans = address_spans(text)
        while i < len(spans) and spans[i][1] <= m.start():
            i += 1
        if i < len(spans) and spans[i][0] <= m.start():
            continue
        out.append(m)
    return out


def phrase_alternation(phrases: Iterable[str]) -> str:
    """Phrases as one regex alternation, longest first (so "presides over" wins over a
    shorter phrase it starts with) and then alphabetical, for the same pattern every run; a
    space inside a phrase matches any run of white space."""
    return "|".join(p.replace(" ", r"\s+") for p in sorted(phrases, key=lambda p: (-len(p), p)))
