"""D502 date-mismatch."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import Found, each_distinct
from tifa.checks.numbers import MONTHS, en_dates, zh_dates
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.sourced import translated_pairs, whole

# News English dates by the day of the week ("on Tuesday"), which the source cannot confirm.
WEEKDAY = regex.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today|tomorrow)\b",
    regex.IGNORECASE,
)


@rule("D502", "date-mismatch", Severity.ERROR, Fix.UNSAFE)
def date_mismatch(ctx: Context) -> pl.DataFrame:
    """A day and month in the English that differ from the Chinese source's.

    ## What it does
    Only where the segment has a Chinese source with a full date (9月6日, 九月六日,
    2021年9月6日): reads the English dates in every usual style (September 6, Sept. 6,
    6 September, September 6th) and reports an English date that is not in the source, and
    a source date that the English does not give — unless the English names the day of the
    week instead ("on Tuesday"), as news English does. Lunar dates (农历) are not compared.

    ## Why is this bad?
    A wrong date misreports when something happened, and nothing else in the sentence shows
    it; readers cannot catch it without the Chinese.

    ## Example
    ```text
    zh: 9月6日，市委召开常委会会议。
    en: On September 9, the Standing Committee of the Municipal Party Committee met.
    ```

    ## Use instead
    ```text
    en: On September 6, the Standing Committee of the Municipal Party Committee met.
    ```

    ## Fix safety
    Unsafe: when the source has one date the English lacks, it is suggested in the month-day
    style; a person confirms which side is right.
    """
    if not ctx.bilingual:
        return output(new_rows())
    # A full date in the source has a month (月); ZH_DATE finds nothing without one.
    table = translated_pairs(ctx).filter(pl.col("zh").str.contains("月"))
    return each_distinct(table, ("zh", "tgt"), _mismatches)


def _mismatches(zh: str, tgt: str) -> list[Found]:
    """The findings in one pair, offsets in `tgt`."""
    # A lunar date (农历八月十五日) is given in English by its festival or its solar date.
    source = [
        (m, d, zh[a:b])
        for a, b, _y, m, d in zh_dates(zh)
        if d is not None and zh[max(0, a - 2) : a] != "农历"
    ]
    if not source or not tgt.strip():
        return []
    target = en_dates(tgt)
    wanted = {(m, d) for m, d, _ in source}
    given = {(m, d) for _a, _b, m, d in target}
    lost = [(m, d, text) for m, d, text in source if (m, d) not in given]
    has = "、".join(text for _, _, text in source)
    found = []
    for a, b, m, d in target:
        if (m, d) in wanted:
            continue
        suggestion = _english(*lost[0][:2]) if len(lost) == 1 else None
        found.append(Found(a, b, f"“{tgt[a:b]}” is not the source's date ({has})", suggestion))
    if not target and not WEEKDAY.search(tgt):
        for m, d, text in lost:
            message = f"the source's date {text} ({_english(m, d)}) is not in the English"
            found.append(Found(*whole(tgt, 0), message))
    return found


def _english(month: int, day: int) -> str:
    return f"{MONTHS[month - 1].capitalize()} {day}"
