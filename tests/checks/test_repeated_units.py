"""Rules that read each distinct unit once (a translation memory repeats its units) report
on every copy exactly what they report on the unit alone, and their columnar prefilters
never drop a row the rule would have reported."""

from __future__ import annotations

from functools import cache

import polars as pl
from bilingual_cases import BILINGUAL_CASES
from bilingual_helpers import check_pairs
from helpers import check_texts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tifa.checks.numbers import en_numbers, may_have_numbers, zh_numbers

# Rules whose findings in a unit depend on that unit alone.
PER_UNIT = ("D501", "D502", "D503", "T102", "T106")
POOL = sorted(
    {
        (zh, en)
        for code in PER_UNIT
        for zh, en, *_ in [*BILINGUAL_CASES[code][0], *BILINGUAL_CASES[code][1]]
    }
)
SHOWN = ["code", "col", "end_col", "span", "message", "suggestion"]


@cache
def alone(pair: tuple[str, str]) -> list[tuple[object, ...]]:
    """The findings on one unit checked on its own (every unit is one line)."""
    return check_pairs([[pair]], PER_UNIT).sort(SHOWN).select(SHOWN).rows()


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(picks=st.lists(st.integers(0, len(POOL) - 1), min_size=2, max_size=10))
def test_each_copy_of_a_unit_gets_the_findings_of_the_unit_alone(picks: list[int]) -> None:
    units = [POOL[i] for i in picks]
    found = check_pairs([units], PER_UNIT)
    for line, pair in enumerate(units, 1):
        here = found.filter(pl.col("line") == line).sort(SHOWN).select(SHOWN).rows()
        assert here == alone(pair), f"line {line}: {pair}"


def test_the_pool_raises_every_per_unit_rule() -> None:
    """The property is only as good as its units: each rule must fire on some of them."""
    fired = {code for pair in POOL for code, *_ in alone(pair)}
    assert fired == set(PER_UNIT)


def test_repeated_units_are_each_reported() -> None:
    unit = ("全市地区生产总值达到1.16万亿元。", "The city's GDP reached 1.16 billion yuan.")
    other = ("9月6日，市委召开会议。", "On September 9, the Municipal Party Committee met.")
    found = check_pairs([[unit, other, unit, unit, other]], ("D501", "D502"))
    assert found.select("line", "code").rows() == [
        (1, "D501"),
        (2, "D502"),
        (3, "D501"),
        (4, "D501"),
        (5, "D502"),
    ]


def test_a_name_written_two_ways_is_reported_in_every_repeated_paragraph() -> None:
    text = "\n\n".join(
        [
            "The Jinzhou Demonstration Zone opened in May.",
            "Firms in the Jinzhou demonstration area grew.",
            "The Jinzhou Demonstration Zone opened in May.",
            "Firms in the Jinzhou demonstration area grew.",
            "The Jinzhou Demonstration Zone opened in May.",
        ]
    )
    found = check_texts([text], ["N206"])
    assert found.select("line", "span").rows() == [
        (3, "Jinzhou demonstration area"),
        (7, "Jinzhou demonstration area"),
    ]


def test_a_body_name_in_lower_case_is_reported_in_every_repeated_paragraph() -> None:
    text = "\n\n".join(
        [
            "Leaders of the Zhongshan district attended the fair.",
            "Zhongshan District hosted the investment fair.",
            "Leaders of the Zhongshan district attended the fair.",
            "The Weihai foreign affairs office sent a letter.",
            "Leaders of the Zhongshan district attended the fair.",
        ]
    )
    found = check_texts([text], ["N204"])
    assert found.select("line", "span", "suggestion").rows() == [
        (1, "Zhongshan district", "Zhongshan District"),
        (5, "Zhongshan district", "Zhongshan District"),
        (7, "Weihai foreign affairs office", "Weihai Foreign Affairs Office"),
        (9, "Zhongshan district", "Zhongshan District"),
    ]


FRAGMENTS = [
    "全市", "增长", "月", "日", "年", "万", "亿", "十", "五", "两", "个百分点", "%", "点",
    "5", "12", "1,500", "0.9", "٣", "５", " ", ",", ".", "-", "The", "city", "grew", "one",
    "Thirty", "first", "NINETEENTH", "million", "percent", "points", "tone", "often", "on",
]  # fmt: skip


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join))
def test_the_number_prefilter_keeps_every_text_with_a_number(text: str) -> None:
    kept = pl.DataFrame({"t": [text]}).select(may_have_numbers("t")).item()
    if zh_numbers(text) or en_numbers(text):
        assert kept, text
