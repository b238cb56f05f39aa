"""Shortcuts taken for speed change no finding: a pattern skipped because the text lacks the
word it needs still matches when the word is there in any case or beside non-ASCII text, and
a text searched once stands for every paragraph that repeats it."""

from __future__ import annotations

import pytest
import regex
from bilingual_helpers import check_pairs
from helpers import check_texts
from hypothesis import given
from hypothesis import strategies as st

from tifa.checks.numbers import EN_DIGIT_NUMBER, EN_NUMBER, EN_WORD_NUMBER, WORD_STEMS

JOBS_ZH = "全市新增城镇就业12000人。"


@pytest.mark.parametrize(
    "english",
    [
        "NEARLY 12,100 urban jobs were added in the city.",
        "About 12,100 urban jobs were added in the city.",
        "The city added “more than” 12,100 urban jobs.",  # non-ASCII: the pattern decides
        "The city added some 12,100 urban jobs.",
    ],
)
def test_a_hedged_english_figure_may_be_rounded(english: str) -> None:
    assert check_pairs([[(JOBS_ZH, english)]], ["D501"]).height == 0


@pytest.mark.parametrize(
    "english",
    [
        "The city added 12,100 urban jobs.",
        "The city added 12,100 “urban” jobs.",
        "The city added 12,100 urban jobs, moreover.",  # "more" without "than" hedges nothing
    ],
)
def test_an_unhedged_english_figure_must_be_exact(english: str) -> None:
    found = check_pairs([[(JOBS_ZH, english)]], ["D501"])
    assert found["span"].to_list() == ["12,100"]


@pytest.mark.parametrize(
    ("english", "wrong"),
    [
        ("On Sept. 9, the Municipal Party Committee held a meeting.", "Sept. 9"),
        ("On 9 September, the Municipal Party Committee held a meeting.", "9 September"),
        ("On Sept. 6, the Municipal Party Committee held a meeting.", None),
        # No month named: the source's date is missing, reported on the whole sentence.
        (
            "On the 6th, the Municipal Party Committee held a meeting.",
            "On the 6th, the Municipal Party Committee held a meeting.",
        ),
    ],
)
def test_english_dates_are_read_in_every_spelling_of_the_month(
    english: str, wrong: str | None
) -> None:
    found = check_pairs([[("9月6日，市委召开会议。", english)]], ["D502"])
    assert found["span"].to_list() == ([wrong] if wrong else [])


def test_a_percentage_point_change_after_a_number_is_read_as_points() -> None:
    zh = "全市城镇化率提高1.5个百分点。"
    assert (
        check_pairs([[(zh, "The urbanization rate rose 1.5 percentage points.")]], ["D503"])[
            "code"
        ].to_list()
        == []
    )
    found = check_pairs([[(zh, "The urbanization rate rose 1.5 percent.")]], ["D503"])
    assert found["code"].to_list() == ["D503"]


def test_a_scanning_rule_reports_every_paragraph_that_repeats_a_text() -> None:
    wrong = "Li Ming, vice secretary of the CPC Dalian Municipal Committee, spoke."
    text = "\n\n".join([wrong, "The meeting was held in Dalian.", wrong, wrong])
    found = check_texts([text], ["T111"])
    assert found.select("line", "span").rows() == [
        (1, "vice secretary"),
        (5, "vice secretary"),
        (7, "vice secretary"),
    ]


def test_a_match_inside_an_address_is_skipped_in_every_repeat() -> None:
    text = "\n\n".join(
        ["See www.dalian.gov.cn for details.Visitors came."] * 2
        + ["Details are online.Visitors came."]
    )
    found = check_texts([text], ["P305"])
    assert found["line"].to_list() == [1, 3, 5]
    assert all("www" not in span for span in found["span"].to_list())


NUMBER_PIECES = [" ", "-", ",", ".", ":", "1", "25", "2,000", "3.5", "th", "One", "seven", "ty",
                 "million", "Billion", "first", "s", "of", "the", "No.", "%", "—", "ſix"]  # fmt: skip


@given(st.lists(st.sampled_from(NUMBER_PIECES), max_size=12).map("".join))
def test_the_halves_of_the_english_number_pattern_find_what_it_finds(text: str) -> None:
    # en_numbers runs EN_NUMBER's digit and word halves apart, the second only where a
    # number word may be: together they must find the pattern's own matches.
    def found(*patterns: regex.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return sorted(
            (m.span(), {k: v for k, v in m.groupdict().items() if v is not None})
            for p in patterns
            for m in p.finditer(text)
        )

    assert found(EN_DIGIT_NUMBER, EN_WORD_NUMBER) == found(EN_NUMBER)
    if text.isascii() and not any(stem in text.lower() for stem in WORD_STEMS):
        assert found(EN_WORD_NUMBER) == []


@pytest.mark.parametrize(
    "english",
    [
        "The city built “Seven” new industrial parks.",  # curly quotes: lower() still folds
        "The city built SEVEN new industrial parks.",
    ],
)
def test_a_number_word_is_read_beside_any_character(english: str) -> None:
    assert check_pairs([[("全市新建7个产业园区。", english)]], ["D501"]).height == 0
    wrong = english.replace("even", "ix").replace("EVEN", "IX")
    assert check_pairs([[("全市新建7个产业园区。", wrong)]], ["D501"]).height == 1


def test_a_long_s_is_an_s_to_the_patterns() -> None:
    # ſ is s to case-insensitive matching but not to lower(): the hedge must still be read.
    english = "The city added “ſome” 12,100 urban jobs."
    assert check_pairs([[(JOBS_ZH, english)]], ["D501"]).height == 0
    assert check_pairs([[(JOBS_ZH, english.replace("ſome", "new"))]], ["D501"]).height == 1
