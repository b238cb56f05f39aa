"""D503 percent-vs-points."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.distinct import Found, each_distinct
from tifa.checks.numbers import en_numbers, same, zh_numbers
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.sourced import translated_pairs

UNIT_WORDS = {"%": "percent", "points": "percentage points"}


@rule("D503", "percent-vs-points", Severity.ERROR, Fix.UNSAFE)
def percent_vs_points(ctx: Context) -> pl.DataFrame:
    """Percentage points rendered as percent, or percent as percentage points.

    ## What it does
    Only where the segment has a Chinese source: for each English figure given in percent
    or in percentage points, finds the source figure of the same value and reports it when
    the units differ — 百分点 (个百分点) is percentage points, % and 百分之 are percent.

    ## Why is this bad?
    "Up 2 percent" and "up 2 percentage points" are different claims: from a 10% share, the
    first gives 10.2%, the second 12%. Growth statistics are full of both.

    ## Example
    ```text
    zh: 比重提高2.3个百分点。
    en: The share rose by 2.3 percent.
    ```

    ## Use instead
    ```text
    en: The share rose by 2.3 percentage points.
    ```

    ## Fix safety
    Unsafe: the number's unit is replaced, but the sentence may need other words changed.
    """
    if not ctx.bilingual:
        return output(new_rows())
    # A source without 百分 has percentages only: a finding then needs percentage points in
    # the English.
    percent, points = pl.col("zh").str.contains("%"), pl.col("zh").str.contains("百分")
    english_points = pl.col("tgt").str.contains("(?i)percentage")
    table = translated_pairs(ctx).filter(points | (percent & english_points))
    return each_distinct(table, ("zh", "tgt"), _mismatches)


def _mismatches(zh: str, tgt: str) -> list[Found]:
    """The findings in one pair whose source has percent or points, offsets in `tgt`."""
    source = [n for n in zh_numbers(zh) if n.unit]
    found = []
    for n in en_numbers(tgt):
        if not n.unit:
            continue
        units = {s.unit for s in source if same(s.value, n.value, 0.0)}
        if not units or n.unit in units:
            continue
        want = units.pop()
        message = (
            f"“{tgt[n.start : n.unit_end]}” is in {UNIT_WORDS[n.unit]} but the source "
            f"says {UNIT_WORDS[want]}"
        )
        found.append(Found(n.start, n.unit_end, message, f"{n.text} {UNIT_WORDS[want]}"))
    return found
