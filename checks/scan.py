"""Columnar prefilter, then exact spans on candidate rows only: the shape of the cheap rules.

`prefilter` is a Rust-regex (polars) pattern that selects the rows worth a closer look;
`pattern` is a `regex`-module pattern whose matches become findings. The prefilter runs
vectorised over the whole table; Python only sees the rows it selects.
"""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl
import regex


def candidate_rows(
    table: pl.DataFrame, column: str, prefilter: str
) -> Iterator[tuple[int, int, str]]:
    """(doc, start, text) of the rows whose `column` matches the polars pattern `prefilter`."""
    rows = table.filter(pl.col(column).str.contains(prefilter)).select("doc", "start", column)
    yield from rows.iter_rows()


def matches(
    table: pl.DataFrame, column: str, prefilter: str, pattern: regex.Pattern[str]
) -> Iterator[tuple[int, int, str, regex.Match[str]]]:
    """(doc, base offset, row text, match) for every `pattern` match in candidate rows."""
    for doc, base, text in candidate_rows(table, column, prefilter):
        for m in pattern.finditer(text):
            yield doc, base, text, m


# Web and e-mail addresses: punctuation inside them is not prose punctuation.
_ADDRESS = regex.compile(r"\S*(?:://|www\.|@)\S*|\S+\.(?:com|cn|org|net|gov)\S*")


def in_address(text: str, pos: int) -> bool:
    """Whether offset `pos` of `text` falls inside a web or e-mail address."""
    return any(u.start() <= pos < u.end() for u in _ADDRESS.finditer(text))
