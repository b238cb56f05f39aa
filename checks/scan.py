"""Columnar prefilter, then exact spans on candidate rows only: the shape of the cheap rules.

`prefilter` is a Rust-regex (polars) pattern that selects the rows worth a closer look;
`pattern` is a `regex`-module pattern whose matches become findings. The prefilter runs
vectorised over the whole table; Python only sees the rows it selects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import polars as pl
import regex

from tifa.checks.distinct import filter_distinct


def candidate_rows(
    table: pl.DataFrame, column: str, prefilter: str
) -> Iterator[tuple[int, int, str]]:
    """(doc, start, text) of the rows whose `column` matches the polars pattern `prefilter`,
    the pattern run once per distinct text (a translation memory repeats its units)."""
    wanted = pl.col(column).str.contains(prefilter)
    rows = filter_distinct(table, column, wanted).select("doc", "start", column)
    yield from rows.iter_rows()


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
    found: dict[str, list[regex.Match[str]]] = {}
    for doc, base, text in candidate_rows(table, column, prefilter):
        in_text = found.get(text)
        if in_text is None:
            in_text = found[text] = list(pattern.finditer(text))
        for m in in_text:
            yield doc, base, text, m


# A word that is a web or e-mail address: punctuation inside it is not prose punctuation.
# Literal alternatives searched word by word keep this linear on text with no spaces.
_ADDRESS_MARK = regex.compile(r"://|www\.|@|\.(?:com|cn|org|net|gov)")
_WORD = regex.compile(r"\S+")


def address_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each white-space-separated word of `text` that is an address."""
    return [(m.start(), m.end()) for m in _WORD.finditer(text) if _ADDRESS_MARK.search(m.group())]


def prose_matches(
    table: pl.DataFrame, column: str, prefilter: str, pattern: regex.Pattern[str]
) -> Iterator[tuple[int, int, str, regex.Match[str]]]:
    """Like `matches`, leaving out matches that start inside a web or e-mail address.

    Addresses are found once per text and walked alongside the matches (both in text
    order); each distinct text is read once, as in `matches`.
    """
    found: dict[str, list[regex.Match[str]]] = {}
    for doc, base, text in candidate_rows(table, column, prefilter):
        in_text = found.get(text)
        if in_text is None:
            in_text = found[text] = _outside_addresses(text, pattern)
        for m in in_text:
            yield doc, base, text, m


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
    rows = filter_distinct(table, column, pl.col(column).str.contains(prefilter))
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
