"""D501 number-mismatch."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.distinct import Found, each_distinct
from tifa.checks.numbers import (
    Number,
    approximate_en,
    approximate_zh,
    en_numbers,
    may_have_numbers,
    same,
    spoken,
    zh_numbers,
)
from tifa.checks.plain_numbers import numbers_agree
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.sourced import translated_pairs, whole

# When either side hedges (约, 左右, about, nearly), a rounded figure is a faithful one.
HEDGED_TOLERANCE = 0.05


@rule("D501", "number-mismatch", Severity.ERROR, Fix.UNSAFE)
def number_mismatch(ctx: Context) -> pl.DataFrame:
    """A number in the English that is not in the Chinese source, or the other way round.

    ## What it does
    Only where the segment has a Chinese source: reads the numbers on both sides as values
    — Arabic and Chinese numerals, 万 and 亿 (1.16万亿 = 1.16 trillion, 3.5亿 = 350 million,
    1200万 = 12 million), thousands separators, ranges, ordinals (第十九届 = 19th), plan
    numbers (十四五 = 14th Five-Year Plan) — and reports an English number that equals no
    source number, and a source number that no English number equals. Hedged figures
    (左右, 以上, 近, 约; about, over, nearly) may be rounded by up to 5%. Months and days are
    D502's; a Chinese numeral inside a word or idiom (统一, 千家万户, 十分) is not a number.
    Accepted as the same figure: a unit converted (1.39万亿斤 = 695 million tons, 亩 in
    hectares), years as decades (70年 = seven decades), a change in percentage points given
    as the level it led from (增长7.0%，加快0.2个百分点: "after 6.8 percent"); and numbers the
    translator adds in parentheses — a plan's years, a dollar conversion — need no source.

    ## Why is this bad?
    A figure off by a scale word — billion for trillion, the commonest slip with 亿 and 万 —
    is wrong by a factor of a thousand and will be quoted.

    ## Example
    ```text
    zh: 全市地区生产总值达到1.16万亿元。
    en: The city's GDP reached 1.16 billion yuan.
    ```

    ## Use instead
    ```text
    en: The city's GDP reached 1.16 trillion yuan.
    ```

    ## Fix safety
    Unsafe: when exactly one number is unmatched on each side, the source's value is
    suggested in English form; which side is wrong is for a person to judge.
    """
    if not ctx.bilingual:
        return output(new_rows())
    table = translated_pairs(ctx).filter(may_have_numbers("zh") | may_have_numbers("tgt"))
    # Pairs whose numbers polars can read and finds the same need no exact reading; the
    # test runs once per distinct pair, as a translation memory repeats them.
    agree = table.select("zh", "tgt").unique().filter(numbers_agree())
    table = table.join(agree, on=["zh", "tgt"], how="anti", maintain_order="left")
    return each_distinct(table, ("zh", "tgt"), _mismatches)


def _mismatches(zh: str, tgt: str) -> list[Found]:
    """The findings in one pair, offsets in `tgt`."""
    if not tgt.strip():
        return []
    source, target = list(zh_numbers(zh)), list(en_numbers(tgt))
    if not source and not target:
        return []
    tolerance = HEDGED_TOLERANCE if approximate_zh(zh) or approximate_en(tgt) else 0.0
    source_years = any(n.year for n in source)
    source_values = [v for s in source for v in s.values]
    target_values = [n.value for n in target]
    extra = [
        n
        for n in target
        if n.required
        and (source_years or not n.year)
        and not _any_same((n.value,), source_values, tolerance)
    ]
    lost = [s for s in source if s.required and not _any_same(s.values, target_values, tolerance)]
    if lost:
        extra, lost = _without_derived(extra, lost, source, target, tolerance)
    if len(extra) == 1 and len(lost) == 1:
        return [_found(extra[0], lost[0])]
    found = [_found(n, None) for n in extra]
    found += [Found(*whole(tgt, 0), f"the source's {_read(s)} is not in the English") for s in lost]
    return found


def _any_same(values: tuple[float, ...], pool: list[float], tolerance: float) -> bool:
    """Whether any of `values` is the same as a number of `pool` (see `same`)."""
    # Equal values are the same at any tolerance: a set test settles the usual case.
    if not set(values).isdisjoint(pool):
        return True
    return any(same(v, p, tolerance) for v in values for p in pool)


def _without_derived(
    extra: list[Number],
    lost: list[Number],
    source: list[Number],
    target: list[Number],
    tolerance: float,
) -> tuple[list[Number], list[Number]]:
    """Drop a change in percentage points that the English gives as the level it started
    from or led to (增长7.0%，比上月加快0.2个百分点: "7 percent, after 6.8 percent"), and
    that level; and a level the English leaves to be worked out from another and the
    change."""
    levels = [s.value for s in source if s.unit == "%"]
    points = [s.value for s in source if s.unit == "points"]
    given = [n.value for n in target]
    # 比重从11.3%提高到18.5%，提高7.2个百分点: "18.5 percent, up 7.2 points" says 11.3 too.
    redundant = [
        s
        for s in lost
        if s.unit == "%"
        for level in levels
        for p in points
        if (same(s.value, level - p, tolerance) or same(s.value, level + p, tolerance))
        and any(same(level, g, tolerance) for g in given)
        and any(same(p, g, tolerance) for g in given)
    ]
    derived = [
        (n, p)
        for n in target
        for p in lost
        if n.unit == "%" and p.unit == "points"
        for level in levels
        if same(n.value, level - p.value, tolerance) or same(n.value, level + p.value, tolerance)
    ]
    extra = [n for n in extra if not any(n is d for d, _ in derived)]
    lost = [
        p
        for p in lost
        if not any(p is d for _, d in derived) and not any(p is r for r in redundant)
    ]
    return extra, lost


def _found(n: Number, source: Number | None) -> Found:
    if source is None:
        message = f"“{n.text}” matches no number in the source"
        suggestion = None
    else:
        message = f"“{n.text}” does not match the source's {_read(source)}"
        suggestion = spoken(source.value) if not n.text[:1].isalpha() else None
    return Found(n.start, n.end, message, suggestion)


def _read(n: Number) -> str:
    """The source number with its English value where they are written differently."""
    value = spoken(n.value)
    return n.text if value.replace(",", "") == n.text.replace(",", "") else f"{n.text} ({value})"
