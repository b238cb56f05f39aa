"""Filtering and sorting the findings table for the list: plain polars, no widgets.

A filter is words separated by spaces; each must match. `code:T1` (prefix), `sev:error`,
`status:open`, `term:两先区`, `file:002` (substring of the path); any other word matches the
flagged text, message, suggestion or path, case-insensitively.
"""

from __future__ import annotations

import polars as pl

SORTS = ("position", "code", "severity", "status")
_FIELDS = {"code", "sev", "severity", "status", "term", "file"}


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
    if "file" in fields:
        conditions.append(
            pl.any_horizontal(pl.col("path").str.contains(v, literal=True) for v in fields["file"])
        )
    haystack = pl.concat_str(
        [pl.col("span"), pl.col("message"), pl.col("suggestion").fill_null(""), pl.col("path")],
        separator="\n",
    ).str.to_lowercase()
    for word in words:
        conditions.append(haystack.str.contains(word.lower(), literal=True))
    if conditions:
        table = table.filter(pl.all_horizontal(conditions))
    rank = pl.col("severity").replace_strict({"error": 0, "warning": 1, "info": 2}, default=3)
    keys: list[pl.Expr] = {
        "position": [pl.col("doc"), pl.col("start")],
        "code": [pl.col("doc"), pl.col("code"), pl.col("start")],
        "severity": [pl.col("doc"), rank, pl.col("start")],
        "status": [pl.col("doc"), pl.col("status"), pl.col("start")],
    }[sort]
    return table.sort(keys)


def counts(table: pl.DataFrame) -> tuple[dict[str, int], dict[str, int]]:
    """Findings per code and per status."""
    by_code = dict(table.group_by("code").len().sort("code").iter_rows()) if table.height else {}
    by_status = (
        dict(table.group_by("status").len().sort("status").iter_rows()) if table.height else {}
    )
    return by_code, by_status
