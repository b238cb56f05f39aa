"""Pairs whose numbers certainly agree, told in polars: D501's columnar prefilter.

D501 reads the numbers of both sides in Python (tifa.checks.numbers), about 50 µs a pair. Most
pairs of a translation memory write their figures in plain digits on both sides ("131个" and
"131", "2023年" and "2023"): for those the numbers can be read by polars' own regular
expressions, and where the two sides hold the same set of values D501 has nothing to say
(every English number equals a source number and the other way round). Only the other pairs
go on to the exact reader.

"Plain" is drawn narrowly, so that polars reads exactly the numbers the exact reader reads:
a pair is plain only when neither side has anything the exact reader treats specially —
Chinese numerals (outside 万/亿/千 right after digits), dates and days (月, 日; month names),
clock times and names (a digit beside ":" or a Latin letter), English number words, scale
words, decades, "No.", digits that are not ASCII — and every English digit stands in a number
with plain surroundings. When in doubt a pair is not plain, which costs time, never a finding.
"""

from __future__ import annotations

import polars as pl

from tifa.checks.numbers import _CN, _MONTH_STEMS, CN_DIGITS

# --- Chinese side (the source view) ---
_ZH_SCALE = r"(?:[ \u3000]?(?:万亿|亿|万|千))"
# ZH_NUMBER's Arabic alternative, the only one that can match where no other numeral is left.
_ZH_TOKEN = rf"\d+(?:,\d{{3}})*(?:\.\d+)?{_ZH_SCALE}?"
# A lone Chinese digit (两先区, 一带一路) is a number the reader reads but never requires in
# the English when no "%" or 点 follows it: a value English number words may equal.
_LONE = "[一二两三四五六七八九]"
_ZH_SPECIAL = "|".join(
    (
        "[月日]",  # dates, month ranges and days are D502's, skipped by the reader
        r"[\d&&[^0-9]]",  # digits other than ASCII ones
        r"[:A-Za-z]\d",  # a clock time (12:30) or a name (G20)
        rf"\d{_ZH_SCALE}?[时点分:A-Za-z]",  # a clock time (9时, 9点) or a name (5G)
        rf"{_LONE}[%点]",  # 五%: a percentage; 三点五: a decimal
    )
)
_ZH_FACTORS = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}

# --- English side ---
_EN_SPECIAL = "|".join(
    (
        # A scale word or decades multiply the digits before them.
        r"(?i:thousand|million|billion|trillion|decade)",
        r"No\.",  # No.5: read apart from EN_NUMBER
        "|".join(_MONTH_STEMS),  # a date's day is not a number (case as en_dates reads it)
        r"[\d&&[^0-9]]",
    )
)
# EN_NUMBER's digits with stricter surroundings than its lookarounds ask (no letter, digit,
# point, comma, colon or hyphen before; no letter, digit, colon or point or comma before a
# digit after), so that every token is one number the exact reader reads too. An English text
# is plain only if no digit is left outside these tokens.
_EN_TOKEN = (
    r"(?:^|[^\p{L}\p{N}.,:\-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:st|nd|rd|th)?"
    r"(?:$|[^\p{L}\p{N}.,:]|[.,](?:$|[^\p{N}]))"
)
_EN_VALUE = r"(?:\d[\d,]*\d|\d)(?:\.\d+)?"


def _zh_values(column: str) -> pl.Expr:
    """The values of the digit numbers of the Chinese in `column` (where it is plain)."""
    token = pl.element()
    number = token.str.extract(r"^([\d,.]+)", 1).str.replace_all(",", "").cast(pl.Float64)
    factor = token.str.extract(r"(万亿|亿|万|千)$", 1).replace_strict(
        _ZH_FACTORS, default=1.0, return_dtype=pl.Float64
    )
    return pl.col(column).str.extract_all(_ZH_TOKEN).list.eval(number * factor)


def _zh_digit_words(column: str) -> pl.Expr:
    """The values of the lone Chinese digits (两先区, 统一) of `column` (where it is plain)."""
    values = {c: float(v) for c, v in CN_DIGITS.items() if v}
    return (
        pl.col(column)
        .str.extract_all(_LONE)
        .list.eval(pl.element().replace_strict(values, return_dtype=pl.Float64))
    )


def _en_values(column: str) -> pl.Expr:
    """The values of the English digit numbers in `column` (where it is plain)."""
    value = pl.element().str.extract(rf"({_EN_VALUE})", 1).str.replace_all(",", "")
    return pl.col(column).str.extract_all(_EN_TOKEN).list.eval(value.cast(pl.Float64))


def _zh_plain(column: str) -> pl.Expr:
    rest = pl.col(column).str.replace_all(_ZH_TOKEN, " ")
    return (
        ~pl.col(column).str.contains(_ZH_SPECIAL)
        & ~rest.str.contains(f"[{_CN}]{{2}}")
        & ~rest.str.replace_all(_LONE, "").str.contains(f"[{_CN}]")
    )


def _en_plain(column: str) -> pl.Expr:
    rest = pl.col(column).str.replace_all(_EN_TOKEN, "")
    return ~pl.col(column).str.contains(_EN_SPECIAL) & ~rest.str.contains(r"\d")


def numbers_agree(zh: str = "zh", en: str = "tgt") -> pl.Expr:
    """Whether D501 certainly finds nothing in the pair: both sides plain, every English
    number a value of the source (its digits or a lone digit word: 两先区 and "two pilot
    zones"), and every source number in digits among the English ones. Where false, the
    pair is read exactly."""
    source, lone, english = _zh_values(zh), _zh_digit_words(zh), _en_values(en)
    unmatched = english.list.set_difference(source.list.concat(lone)).list.len()
    lost = source.list.set_difference(english).list.len()
    return _zh_plain(zh) & _en_plain(en) & (unmatched == 0) & (lost == 0)
