"""Findings straight from the near table (T103 near misses, T105 truncations)."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.rule import RULE_OUTPUT
from tifa.checks.sourced import sourced
from tifa.checks.textcase import match_case


def near_findings(ctx: Context, kind: str, message: pl.Expr) -> pl.DataFrame:
    """Rule output for the near-table rows of `kind`: the message is a polars expression over
    the near columns; the suggestion is the glossary form in the flagged text's case."""
    # With a Chinese source, only where the source has the term (tifa.checks.sourced).
    rows = sourced(ctx, ctx.near).filter(pl.col("kind") == kind)
    suggestions = [
        match_case(text, form) for text, form in rows.select("text", "form_text").iter_rows()
    ]
    return rows.with_columns(
        message=message, suggestion=pl.Series(suggestions, dtype=pl.String)
    ).select(list(RULE_OUTPUT))
