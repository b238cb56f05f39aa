"""D501's columnar prefilter (tifa.checks.plain_numbers) changes no finding: pairs whose
digits look alike on both sides but that the exact reader reads differently are still read
and reported, and the plain pairs it settles are the silent ones."""

from __future__ import annotations

import polars as pl
import pytest
from bilingual_helpers import check_pairs

from tifa.checks.plain_numbers import numbers_agree


@pytest.mark.parametrize(
    ("zh", "en", "spans"),
    [
        # A clock time in the source is not a count: the English 9 comes from nowhere.
        (
            "市委于9时召开会议，30名代表出席。",
            "At 9, the municipal Party committee met and 30 deputies attended.",
            ["9"],
        ),
        # 5G is a name, not five of something.
        (
            "全市建设5G基站20个。",
            "The city built 20 base stations for 5 G networks.",
            ["5"],
        ),
        # A scale word multiplies the digits before it.
        ("全市新增就业岗位5个。", "The city added 5 million jobs.", ["5 million"]),
        # "May 6" is a date, not six of something.
        (
            "全市共建成6个示范区。",
            "On May 6, the city completed its demonstration zones.",
            ["On May 6, the city completed its demonstration zones."],
        ),
        # "7 decades" is 70 years.
        (
            "全市已建成7个产业园区。",
            "The city has built industrial parks over 7 decades.",
            ["7"],
        ),
        # A count in Chinese numerals beside the digits.
        (
            "全市新建学校12所、医院三十家。",
            "The city built 12 new schools and hospitals.",
            ["The city built 12 new schools and hospitals."],
        ),
        # The 19 of COVID-19 is part of a name.
        (
            "全市累计报告病例19例。",
            "The city has reported COVID-19 cases.",
            ["The city has reported COVID-19 cases."],
        ),
        # 12:00 is a clock time.
        (
            "会议历时12小时。",
            "The meeting ran until 12:00.",
            ["The meeting ran until 12:00."],
        ),
        # Plain on both sides, and different.
        ("鞍山将建设131个重点项目。", "Anshan will build 113 key projects.", ["113"]),
    ],
)
def test_digits_alike_but_read_differently_are_still_reported(
    zh: str, en: str, spans: list[str]
) -> None:
    found = check_pairs([[(zh, en)]], ["D501"])
    assert found["span"].to_list() == spans


PLAIN_AGREEING = [
    (
        "鞍山将建设131个“两先区”重点项目。",
        "Anshan will build 131 key projects of the “two pilot zones”.",
    ),
    (
        "大连市召开会议，部署2023年重点工作。",
        "Dalian held a meeting to plan its key tasks for 2023.",
    ),
    ("全市新增城镇就业1.2万人。", "The city added 12,000 urban jobs."),
    ("全市新增市场主体835万户。", "The city added 8,350,000 market entities."),
]


@pytest.mark.parametrize(("zh", "en"), PLAIN_AGREEING)
def test_plain_pairs_that_agree_are_settled_in_polars_and_silent(zh: str, en: str) -> None:
    pair = pl.DataFrame({"zh": [zh], "tgt": [en]})
    assert pair.select(numbers_agree())["zh"].to_list() == [True]
    assert check_pairs([[(zh, en)]], ["D501"]).height == 0


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("市委于9时召开会议。", "The committee met at 9."),
        ("全市新增就业岗位5个。", "The city added 5 million jobs."),
        ("全市新建学校12所、医院三十家。", "The city built 12 new schools and 30 hospitals."),
        ("全市新增市场主体835万户。", "The city added 8350,000 market entities."),
        ("全市共建成6个示范区。", "On May 6, the city completed 6 demonstration zones."),
    ],
)
def test_pairs_polars_cannot_read_exactly_go_to_the_exact_reader(zh: str, en: str) -> None:
    pair = pl.DataFrame({"zh": [zh], "tgt": [en]})
    assert pair.select(numbers_agree())["zh"].to_list() == [False]
