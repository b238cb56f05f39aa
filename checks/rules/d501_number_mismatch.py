"""D501 number-mismatch."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.distinct import Found, each_distinct
from tifa.checks.numbers import (
    APPROXIMATE_EN,
    Number,
    approximate_zh,
    en_numbers,
    may_have_numbers,
    same,
    spoken,
    zh_numbers,
)
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
    return each_distinct(table, ("zh", "tgt"), _mismatches)


def _mismatches(zh: str, tgt: str) -> list[Found]:
    """The findings in one pair, offsets in `tgt`."""
    if not tgt.strip():
        return []
    source, target = zh_numbers(zh), en_numbers(tgt)
    if not source and not target:
        return []
    tolerance = HEDGED_TOLERANCE if approximate_zh(zh) or APPROXIMATE_EN.search(tgt) else 0.0
    source_years = any(n.year for n in source)
    extra = [
        n
        for n in target
        if n.required
        and (source_years or not n.year)
        and not any(same(n.value, s.value, tolerance) for s in source)
    ]
    lost = [
        s
        for s in source
        if s.required and not any(same(s.value, n.value, tolerance) for n in target)
    ]
    if len(extra) == 1 and len(lost) == 1:
        return [_found(extra[0], lost[0])]
    found = [_found(n, None) for n in extra]
    found += [Found(*whole(tgt, 0), f"the source's {_read(s)} is not in the English") for s in lost]
    return found


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
