"""Filtering and sorting the findings table for the list: plain polars, no widgets.

A filter is words separated by spaces; each must match. `code:T1` (prefix), `sev:error`,
`status:open`, `term:两先区`, `file:002` (substring of the path), `src:两先区` (the finding's
Chinese source segment holds this text, in simplified or traditional characters); any other
word matches the flagged text, message, suggestion or path, case-insensitively, and a word
shaped like a whole rule code (`t101`, `E821`) also matches that code, as a translator who
types a code from the summary line means it.
"""

from __future__ import annotations

import re

import polars as pl

from tifa.checks.finding_segments import segments_of
from tifa.checks.review_state import STATUSES
from tifa.corpus import Corpus
from tifa.glossary.match_zh import to_view
from tifa.glossary.zh_text import zh_view

SORTS = ("position", "code", "severity", "status")
_FIELDS = {"code", "sev", "severity", "status", "term", "file", "src"}
# A rule's code: a family letter and three figures.
_CODE = re.compile(r"[A-Za-z]\d{3}")


def parse(query: str) -> tuple[dict[str, list[str]], list[str]]:
    """(field filters, free words) of a filter string."""
    fields: dict[str, list[str]] = {}
    words: list[str] = []
    for token in query.split():
        name, sep, value = token.partition(":")
        if sep and name.lower() in _FIELDS and value:
            key = "sev" if name.lower() == "severity" else name.lower()
            fields.setdefault(key, []).append(value)
        else:
            words.append(token)
    return fields, words


def apply(table: pl.DataFrame, query: str, sort: str = "position") -> pl.DataFrame:
    """The rows of `table` matching `query`, in the order `sort` names (grouped by document)."""
    fields, words = parse(query)
    conditions: list[pl.Expr] = []
    if "code" in fields:
        conditions.append(
            pl.any_horizontal(pl.col("code").str.starts_with(v.upper()) for v in fields["code"])
        )
    if "sev" in fields:
        conditions.append(pl.col("severity").is_in([v.lower() for v in fields["sev"]]))
    if "status" in fields:
        conditions.append(pl.col("status").is_in([v.lower() for v in fields["status"]]))
    if "term" in fields:
        conditions.append(pl.col("term_id").is_in(fields["term"]))
    if "src" in fields and "src_view" in table.columns:
        wanted = [to_view(v) for v in fields["src"]]
        conditions.append(
            pl.any_horizontal(
                pl.col("src_view").fill_null("").str.contains(v, literal=True) for v in wanted
            )
        )
    if "file" in fields:
        conditions.append(
            pl.any_horizontal(pl.col("path").str.contains(v, literal=True) for v in fields["file"])
        )
    haystack = pl.concat_str(
        [pl.col("span"), pl.col("message"), pl.col("suggestion").fill_null(""), pl.col("path")],
        separator="\n",
    ).str.to_lowercase()
    for word in words:
        found = haystack.str.contains(word.lower(), literal=True)
        if _CODE.fullmatch(word):
            found = found | (pl.col("code") == word.upper())
        conditions.append(found)
    if conditions:
        table = table.filter(pl.all_horizontal(conditions))
    # Open findings first (the work left), then the settled ones in the order they settle.
    status_rank = pl.col("status").replace_strict(
        {s: i for i, s in enumerate(STATUSES)}, default=len(STATUSES)
    )
    rank = pl.col("severity").replace_strict({"error": 0, "warning": 1, "info": 2}, default=3)
    keys: list[pl.Expr] = {
        "position": [pl.col("doc"), pl.col("start")],
        "code": [pl.col("doc"), pl.col("code"), pl.col("start")],
        "severity": [pl.col("doc"), rank, pl.col("start")],
        "status": [pl.col("doc"), status_rank, pl.col("start")],
    }[sort]
    return table.sort(keys)


def counts(table: pl.DataFrame) -> tuple[dict[str, int], dict[str, int]]:
    """Findings per code and per status."""
    by_code = dict(table.group_by("code").len().sort("code").iter_rows()) if table.height else {}
    by_status = (
        dict(table.group_by("status").len().sort("status").iter_rows()) if table.height else {}
    )
    return by_code, by_status


def with_sources(table: pl.DataFrame, corpus: Corpus | None) -> pl.DataFrame:
    """`table` with `src_view`: the normalised Chinese source of the segment each finding
    sits in (null for monolingual articles), for the `src:` filter."""
    if corpus is None or not table.height:
        return table.with_columns(src_view=pl.lit(None, dtype=pl.String))
    sources = corpus.segments.filter(pl.col("src").is_not_null()).select(
        "doc", seg_start="start", src_view=pl.col("src")
    )
    if not sources.height:
        return table.with_columns(src_view=pl.lit(None, dtype=pl.String))
    sources = sources.with_columns(
        src_view=pl.Series([zh_view(s).text for s in sources["src_view"]], dtype=pl.String)
    ).sort("doc", "seg_start")
    located = segments_of(table, sources).select("_row", "src_view")
    return (
        table.with_row_index("_row").join(located, on="_row", how="left").sort("_row").drop("_row")
    )
