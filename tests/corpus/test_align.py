"""Aligning a Chinese article with its English: Gale-Church beads, anchors, confidence."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from helpers import run_cli

from tifa.corpus.align import PairedArticle, align_texts, chinese_sentences
from tifa.corpus.align.anchors import GlossaryAnchors, NumberAnchors, chinese_number
from tifa.corpus.align.gale_church import Aligner
from tifa.corpus.read import read_corpus
from tifa.glossary import Glossary

ZH = (
    "3月5日，大连市召开市政府常务会议。会议研究部署2024年重点工作。\n"
    "\n"
    "会议指出，要持续优化营商环境，推动高质量发展。全市新增市场主体12万户，同比增长8.5%。\n"
    "\n"
    "大连将建设131个“两先区”重点项目，总投资1.16万亿元。会议要求各部门狠抓落实。\n"
)
EN = (
    "On March 5, Dalian held an executive meeting of the municipal government. The meeting "
    "studied and planned the key tasks for 2024.\n"
    "\n"
    "The meeting pointed out that efforts should be made to keep optimizing the business "
    "environment and promote high-quality development. The city added 120,000 market entities, "
    "up 8.5% year on year.\n"
    "\n"
    "Dalian will build 131 key projects of the two pre-zones. Their total investment is 1.16 "
    "trillion yuan. The meeting asked all departments to see the work through.\n"
)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("十四", 14), ("二十", 20), ("三百零五", 305), ("十", 10), ("五", 5), ("一二", None)],
)
def test_chinese_numbers(numeral: str, value: int | None) -> None:
    assert chinese_number(numeral) == value


def test_numbers_anchor_across_scales() -> None:
    zh, en = NumberAnchors().keys(
        ["总投资1.16万亿元，新增12万户。", "十四五规划"],
        ["1.16 trillion yuan and 120,000 entities", "the 14th Five-Year Plan"],
    )
    assert zh == en
    assert zh[0] == Counter({"n:1.16e+12": 1, "n:120000": 1})


def test_glossary_terms_are_anchors(default_glossary: Glossary) -> None:
    zh, en = GlossaryAnchors(default_glossary).keys(["推动两先区建设"], ["build the two pre-zones"])
    assert zh[0] == en[0] and any(key.startswith("t:") for key in zh[0])


def test_chinese_sentences_end_after_closing_quotes() -> None:
    text = "他说：“要狠抓落实。”会议结束。未完"
    assert [text[a:b] for a, b in chinese_sentences(text, 0, len(text))] == [
        "他说：“要狠抓落实。”",
        "会议结束。",
        "未完",
    ]


def test_one_chinese_sentence_split_in_two_english_ones_is_a_1_2_bead(
    default_glossary: Glossary,
) -> None:
    pairs = align_texts(ZH, EN, GlossaryAnchors(default_glossary))
    assert [p.shape for p in pairs] == ["1-1", "1-1", "1-1", "1-1", "1-2", "1-1"]
    split = pairs[4]
    assert split.zh == "大连将建设131个“两先区”重点项目，总投资1.16万亿元。"
    assert split.en.startswith("Dalian will build") and split.en.endswith("1.16 trillion yuan.")
    assert EN[split.en_span[0] : split.en_span[1]] == split.en
    assert all(p.confidence >= 0.5 for p in pairs)


def test_a_sentence_missing_from_the_english_is_never_a_confident_pair() -> None:
    english = EN.replace("The meeting asked all departments to see the work through.", "")
    pairs = align_texts(ZH, english)
    last = pairs[-1]
    assert "狠抓落实" in last.zh
    assert last.confidence < 0.5 or last.shape != "1-1"


def test_lengths_alone_find_the_diagonal() -> None:
    beads = Aligner(3.0, 18.0).align([10, 20, 30, 40], [30, 61, 89, 120])
    assert [b.shape for b in beads] == ["1-1"] * 4
    one_sided = Aligner(3.0, 18.0).align([10, 20], [30, 200, 61])
    assert [b.shape for b in one_sided] in (["1-1", "0-1", "1-1"], ["1-2", "1-1"], ["1-1", "1-2"])


def test_align_command_writes_tsv_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "zh.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "pairs.tsv"
    result = run_cli(["align", str(tmp_path / "zh.txt"), str(tmp_path / "en.txt"), "-o", str(out)])
    assert result.code == 0, result.err
    assert result.err == "tifa: 6 pairs, 0 below confidence 0.5\n"
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0] == ["zh", "en", "confidence"]
    assert rows[1][:2] == [
        "3月5日，大连市召开市政府常务会议。",
        "On March 5, Dalian held an executive meeting of the municipal government.",
    ]
    # What align writes, check reads: each row a segment with its Chinese.
    segments = read_corpus([str(out)]).segments
    assert segments["src"].to_list() == [r[0] for r in rows[1:]]
    jsonl = run_cli(["align", str(tmp_path / "zh.txt"), str(tmp_path / "en.txt"), "-f", "jsonl"])
    records = [json.loads(line) for line in jsonl.out.splitlines()]
    assert [r["shape"] for r in records] == ["1-1", "1-1", "1-1", "1-1", "1-2", "1-1"]


def test_check_pair_aligns_and_checks_in_one_step(tmp_path: Path) -> None:
    (tmp_path / "zh.txt").write_text(ZH, encoding="utf-8")
    en = tmp_path / "en.txt"
    # No blank lines between the English paragraphs: not line by line, so aligned.
    english = EN.replace("\n\n", "\n")
    en.write_text(english.replace("executive meeting", "executive  meeting"), encoding="utf-8")
    result = run_cli(
        [
            "check",
            "--pair",
            str(tmp_path / "zh.txt"),
            str(en),
            "-s",
            "P307",
            "-f",
            "json",
            "--fail-on",
            "warning",
        ]
    )
    assert result.code == 1, result.err
    (finding,) = json.loads(result.out)["findings"]
    column = EN.index("executive") + len("executive") + 1
    assert (finding["path"], finding["line"], finding["col"]) == (str(en), 1, column)
    corpus = read_corpus([PairedArticle(str(tmp_path / "zh.txt"), str(en))])
    assert corpus.segments["src"][0] == "3月5日，大连市召开市政府常务会议。"
    fixed = run_cli(["check", "--pair", str(tmp_path / "zh.txt"), str(en), "-s", "P307", "--fix"])
    assert fixed.code == 0
    assert en.read_text(encoding="utf-8") == english


def test_check_pair_reads_line_aligned_files_line_by_line(tmp_path: Path) -> None:
    zh = tmp_path / "news.zh"
    en = tmp_path / "news.en"
    zh.write_text("大连市召开会议。\n\n会议部署2024年工作。\n", encoding="utf-8")
    en.write_text(
        "Dalian held a meeting.\n\nThe meeting planned the work for 2024. It ended.\n",
        encoding="utf-8",
    )
    corpus = read_corpus([PairedArticle(str(zh), str(en))])
    assert corpus.segments.select("src", "tgt", "line", "conf").rows() == [
        ("大连市召开会议。", "Dalian held a meeting.", 1, None),
        ("会议部署2024年工作。", "The meeting planned the work for 2024. It ended.", 3, None),
    ]


def test_line_aligned_files_broken_in_other_places_lose_their_source(tmp_path: Path) -> None:
    # The same heading, broken after the date in Chinese and before it in English: neither
    # line translates its neighbour, so neither is checked against it; the lines after are.
    zh = tmp_path / "brief.zh"
    en = tmp_path / "brief.en"
    zh.write_text(
        "2024年6月3日市政府新闻发言人\n\n举行新闻发布会\n\n全市新增就业3.2万人。\n",
        encoding="utf-8",
    )
    en.write_text(
        "Municipal Government Spokesperson's\n\nPress Conference on June 3, 2024\n\n"
        "The city added 32,000 jobs.\n",
        encoding="utf-8",
    )
    corpus = read_corpus([PairedArticle(str(zh), str(en))])
    assert corpus.segments.select("src", "conf").rows() == [
        (None, 0.3),
        (None, 0.3),
        ("全市新增就业3.2万人。", None),
    ]
    found = run_cli(["check", "--pair", str(zh), str(en), "-s", "D5", "-f", "json"])
    assert json.loads(found.out)["findings"] == []


def test_line_aligned_files_with_a_wrong_number_keep_their_source(tmp_path: Path) -> None:
    # A figure that is simply wrong has gone to no other line: the pair stays checked.
    zh = tmp_path / "brief.zh"
    en = tmp_path / "brief.en"
    zh.write_text("全市新增就业3.2万人。\n\n新建学校12所。\n", encoding="utf-8")
    en.write_text("The city added 23,000 jobs.\n\nIt built 12 new schools.\n", encoding="utf-8")
    corpus = read_corpus([PairedArticle(str(zh), str(en))])
    assert corpus.segments["conf"].to_list() == [None, None]
    found = run_cli(["check", "--pair", str(zh), str(en), "-s", "D501", "-f", "json"])
    assert [f["span"] for f in json.loads(found.out)["findings"]] == ["23,000"]


def test_one_chinese_sentence_split_in_three_english_ones_is_a_1_3_bead(
    default_glossary: Glossary,
) -> None:
    # A Chinese sentence of clauses joined by semicolons, rendered as three English ones:
    # the first English sentence, holding the subject, must not be left without its source.
    zh = (
        "各位代表：\n"
        "2024年是全市发展的关键一年。"
        "市委书记胡玉亭高度重视城市更新工作，在老城区改造启动之际作出具体部署；"
        "专程到社区看望居民，要求改善老旧小区的居住条件；"
        "主持召开专题会议，研究解决项目推进中的难题。\n"
    )
    en = (
        "Fellow Deputies,\n"
        "2024 was a crucial year for the city's development. "
        "Hu Yuting, Secretary of the Municipal Party Committee, attached great importance to "
        "urban renewal. When the renovation of the old town began, he laid out specific plans. "
        "He visited residents in their communities and called for better living conditions in "
        "old residential compounds, and he chaired a special meeting to resolve the problems "
        "holding back the projects.\n"
    )
    pairs = align_texts(zh, en, GlossaryAnchors(default_glossary))
    assert [p.shape for p in pairs] == ["1-1", "1-1", "1-3"]
    assert pairs[2].en.startswith("Hu Yuting") and pairs[2].confidence >= 0.5
