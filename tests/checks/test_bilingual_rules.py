"""The rules that read the Chinese source: table cases, and silence on monolingual input.

Each case runs as the second document of a run whose first is the clean bilingual corpus,
so that U404 has a ratio to compare with; only the case's own findings are looked at.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from bilingual_cases import BILINGUAL_CASES
from bilingual_helpers import BILINGUAL, check_pairs, read_pairs
from helpers import check_texts

CLEAN = read_pairs(BILINGUAL / "clean.tsv")


def case_findings(zh: str, en: str, code: str) -> list[str]:
    found = check_pairs([CLEAN, [(zh, en)]], [code])
    return found.filter(pl.col("doc") == 1)["span"].to_list()


@pytest.mark.parametrize("code", sorted(BILINGUAL_CASES))
def test_rule_flags_bad_pairs(code: str) -> None:
    for zh, en, span in BILINGUAL_CASES[code][0]:
        found = case_findings(zh, en, code)
        assert span in found, f"{code} missed {span!r} in {en!r} (source {zh}): {found}"


@pytest.mark.parametrize("code", sorted(BILINGUAL_CASES))
def test_rule_leaves_good_pairs_alone(code: str) -> None:
    for zh, en in BILINGUAL_CASES[code][1]:
        found = case_findings(zh, en, code)
        assert found == [], f"{code} cried wolf on {en!r} (source {zh}): {found}"


@pytest.mark.parametrize("code", sorted(BILINGUAL_CASES))
def test_source_rules_are_silent_without_a_source(code: str) -> None:
    texts = [en for _, en, _ in BILINGUAL_CASES[code][0] if en]
    assert check_texts(texts, [code]).height == 0


def test_number_fix_suggests_the_source_value_in_english() -> None:
    found = check_pairs(
        [[("全市地区生产总值达到8400亿元。", "GDP reached 840 million yuan.")]], ["D501"]
    )
    assert found.select("span", "suggestion").rows() == [("840 million", "840 billion")]


def test_a_name_jieba_cuts_short_is_suggested_whole() -> None:
    # jieba reads 刘祉 as the name and 先 as the next word: the suggestion is the whole name.
    found = check_pairs([[("获奖学生刘祉先表示，将继续努力。", "Liu Zhixiang, a winner, spoke.")]])
    assert found.filter(pl.col("code") == "N202").select("span", "suggestion").rows() == [
        ("Liu Zhixiang", "Liu Zhixian")
    ]


def test_near_misses_count_only_where_the_source_has_the_term() -> None:
    en = "We are carrying out party history study and education."
    assert check_texts([en], ["T103"]).height == 1  # monolingual: reported as before
    assert check_pairs([[("深入开展主题教育。", en)]], ["T103"]).height == 0
    sourced = check_pairs([[("深入开展党史学习教育。", en)]], ["T103"])
    assert sourced["term_id"].to_list() == ["党史学习教育"]


def test_t104_groups_renderings_by_the_source_term() -> None:
    # "one network and unified management" stands for 一网统管 only where the source says so.
    pairs = [
        ("深化一网统管。", "Deepen one-network unified management."),
        ("推进城市运行管理。", "Advance one network and unified management of the city."),
    ]
    assert check_pairs([pairs], ["T104"]).height == 0
    pairs[1] = ("推进城市运行一网统管。", pairs[1][1])
    assert check_pairs([pairs], ["T104"])["span"].to_list() == [
        "one network and unified management"
    ]


def test_an_empty_target_is_an_empty_span_on_its_own_line() -> None:
    pairs = [
        ("会议强调安全生产。", "The meeting stressed work safety."),
        ("会议强调安全生产。", ""),
    ]
    found = check_pairs([pairs], ["U402"])
    assert found.select("line", "col", "end_line", "end_col", "span").rows() == [(2, 1, 2, 1, "")]


def test_an_untranslated_pair_is_reported_once_as_untranslated() -> None:
    pairs = [
        (
            "9月6日，谭作钧推动两先区建设，投资3.5亿元。",
            "9月6日，谭作钧推动两先区建设，投资3.5亿元。",
        )
    ]
    codes = set(check_pairs([pairs])["code"])
    assert "U403" in codes
    assert not codes & {"T102", "D501", "D502", "N202"}


def test_monolingual_runs_never_load_jieba_or_opencc(tmp_path: Path) -> None:
    # jieba's dictionary costs seconds: an English-only run must not pay for it.
    article = tmp_path / "a.txt"
    article.write_text("Tan Zuojun inspected the two pre-zones in Dalian.\n", encoding="utf-8")
    code = (
        "import sys\nfrom tifa.cli import main\n"
        f"try:\n    main(['check', {str(article)!r}])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('jieba', 'opencc') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_bilingual_runs_match_chinese_without_importing_pkg_resources(tmp_path: Path) -> None:
    # jieba reads its data files without setuptools' pkg_resources, whose import alone costs
    # more than the rest of jieba's; the terms are still found on jieba's word boundaries.
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(
        "zh\ten\n城市长远发展，市长讲话。\tThe city's long-term growth.\n", encoding="utf-8"
    )
    code = (
        "import sys\nfrom tifa.cli import main\n"
        f"try:\n    main(['check', {str(pairs)!r}, '--select', 'T102', '-q'])\n"
        "except SystemExit:\n    pass\n"
        "print('pkg_resources' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout
    assert out.strip().splitlines()[-1] == "False"
    assert out.count("T102") == 1 and "市长" in out, out


def test_a_term_the_english_named_just_before_is_not_missing_when_repeated() -> None:
    # The Chinese names the body twice; the English names it once and then says "it".
    article = [
        ("市政府召开常务会议。", "The municipal government held an executive meeting."),
        ("市政府强调，要抓好项目建设。", "It stressed the need to deliver on key projects."),
    ]
    assert check_pairs([article], ["T102"]).height == 0


def test_a_repeated_term_is_missing_where_the_english_never_named_it() -> None:
    article = [
        ("市政府召开常务会议。", "An executive meeting was held."),
        ("市政府强调，要抓好项目建设。", "It stressed the need to deliver on key projects."),
    ]
    assert check_pairs([article], ["T102"])["line"].to_list() == [1, 2]


def test_a_term_named_long_before_is_missing_when_repeated() -> None:
    article = [
        ("市政府召开常务会议。", "The municipal government held an executive meeting."),
        ("会议听取了工作汇报。", "The meeting heard a work report."),
        ("会议研究了防汛工作。", "It discussed flood control."),
        ("会议部署了安全生产。", "It arranged work safety checks."),
        ("市政府强调，要抓好项目建设。", "It stressed the need to deliver on key projects."),
    ]
    assert check_pairs([article], ["T102"])["line"].to_list() == [5]


def test_a_figure_both_sides_gave_just_before_is_not_lost_when_the_source_repeats_it() -> None:
    article = [
        ("全市共有27个项目开工。", "Work began on 27 projects across the city."),
        ("这27个项目总投资超百亿元。", "Together they are worth over 10 billion yuan."),
    ]
    assert check_pairs([article], ["D501"]).height == 0


def test_a_repeated_figure_the_english_never_gave_is_lost() -> None:
    article = [
        ("全市共有27个项目开工。", "Work began on a number of projects across the city."),
        ("这27个项目总投资超百亿元。", "Together they are worth over 10 billion yuan."),
    ]
    assert check_pairs([article], ["D501"])["line"].to_list() == [1, 2]


def test_a_figure_moved_to_a_nearby_paragraph_is_neither_lost_nor_made_up() -> None:
    # The translator gives the summit's number two paragraphs down, and the year of the
    # figures one paragraph on: each figure is in the other side within two segments.
    article = [
        ("市长出席第十五届进博会并致辞。", "The mayor spoke at the import expo."),
        ("2023年上半年，全市外贸增长。", "In the first half, the city's foreign trade grew."),
        ("一批项目集中签约。", "Projects were signed at the 15th expo in 2023."),
    ]
    assert check_pairs([article], ["D501"]).height == 0


def test_a_figure_both_sides_give_nearby_was_not_moved() -> None:
    # A headline that drops its figure is reported though the body gives it on both sides;
    # a numeral inside a word nearby (一批) is no figure an English "1" could have come from.
    article = [
        ("前8个月外贸增长23.7%", "Foreign trade keeps growing"),
        ("一批企业参展。", "A group of firms took part."),
        ("前8个月外贸增长23.7%。", "Foreign trade grew 23.7 percent in the first 8 months."),
        ("20余位大使抵达。", "Diplomats and 1 senior official arrived."),
    ]
    assert check_pairs([article], ["D501"])["line"].to_list() == [1, 1, 4]


def test_a_figure_far_from_its_source_is_still_reported() -> None:
    article = [
        ("市长出席第十五届进博会并致辞。", "The mayor spoke at the import expo."),
        ("会议研究了防汛工作。", "It discussed flood control."),
        ("会议部署了安全生产。", "It arranged work safety checks."),
        ("一批项目集中签约。", "Projects were signed at the 15th expo."),
    ]
    assert check_pairs([article], ["D501"])["line"].to_list() == [1, 4]


def test_a_figure_given_long_before_is_lost_when_the_source_repeats_it() -> None:
    article = [
        ("全市共有27个项目开工。", "Work began on 27 projects across the city."),
        ("项目涵盖交通领域。", "They include transport."),
        ("项目涵盖教育领域。", "They include education."),
        ("项目涵盖医疗领域。", "They include health care."),
        ("这27个项目总投资超百亿元。", "Together they are worth over 10 billion yuan."),
    ]
    assert check_pairs([article], ["D501"])["line"].to_list() == [5]


def test_near_misses_of_more_than_form_are_info_without_a_source() -> None:
    # A content word changed: a warning only where the source has the term.
    en = "We are carrying out party history study and education."
    alone = check_texts([en], ["T103"])
    assert alone["severity"].to_list() == ["info"]
    sourced = check_pairs([[("深入开展党史学习教育。", en)]], ["T103"])
    assert sourced["severity"].to_list() == ["warning"]
    # A slip of form (an article dropped) stays a warning on English alone.
    slip = check_texts(["The county helped build a community with shared future."], ["T103"])
    assert slip["severity"].to_list() == ["warning"]
