"""The five bundled sample articles: every error and warning is pinned.

A new false alarm on the samples fails this test as surely as a missed finding: translators
abandon a checker that cries wolf. Info findings (candidates for the glossary, entries still
under review) are not pinned here, only required where they matter.
"""

from __future__ import annotations

import polars as pl
import pytest
from helpers import SAMPLES

from tifa.checks.context import Context
from tifa.checks.engine import run_rules
from tifa.checks.registry import select_rules
from tifa.corpus.read import read_corpus, sample_paths
from tifa.glossary import Glossary

# (sample prefix, line, code, flagged text)
EXPECTED = {
    ("000", 3, "N201", "Tan Zuoyu"),
    ("000", 3, "T103", "Chairman of the Municipal Committee of CPPCC"),
    ("000", 3, "E807", "CPPCC"),
    ("000", 3, "P302", "“two pre-zones”"),
    ("000", 3, "E816", "September 6th"),
    ("000", 6, "T101", "Jinpu New District"),
    ("000", 6, "T101", "Bogwarner"),
    ("000", 6, "E801", "listened to the work report"),  # 听取: heard the work report
    ("000", 9, "T101", "Jinpu New District"),
    ("000", 9, "E801", "responsible comrades"),
    ("000", 9, "E801", "made exchange speeches"),  # 交流发言: spoke about their experience
    ("000", 12, "P303", " "),
    ("000", 12, "E828", "the project construction"),  # 项目建设 in general: no article
    ("000", 12, "E801", "the problem orientation"),  # 坚持问题导向: stay problem-oriented
    ("000", 15, "E801", "decision-making and deployment"),  # 决策部署: decisions and plans
    ("000", 18, "P303", " "),
    ("000", 18, "P309", " - "),
    ("000", 21, "P302", "“green channel”"),
    ("000", 21, "E801", "responsible comrades"),
    ("000", 21, "E801", "talents"),  # "attracting talents": 人才 is talent
    ("000", 24, "P303", " "),
    ("000", 27, "P303", " "),
    ("000", 27, "E828", "the project construction"),
    ("000", 30, "P303", " "),
    ("000", 36, "P302", '"two pre-zones”'),
    ("000", 36, "T101", "new development concept"),
    ("000", 39, "E801", "responsible comrades"),
    ("001", 1, "R601", "Breaking news"),
    (
        "001",
        3,
        "R601",
        "Concentrating on projects and taking multiple measures to expand investment_Shenyang Daily Reading_News Center_Shenyang Net",
    ),
    (
        "001",
        5,
        "R601",
        "Concentrating on projects and taking multiple measures to expand investment_Shenyang Daily Reading_News Center_Shenyang Net",
    ),
    (
        "001",
        6,
        "R601",
        "Concentrating on projects and taking multiple measures to expand investment_Shenyang Daily Reading_News Center_Shenyang Net",
    ),
    ("001", 8, "E801", "listen to reports"),  # 听取: hear reports
    ("001", 8, "P305", ")"),
    ("001", 10, "P304", " "),
    ("001", 10, "T108", "provincial party committee"),
    ("001", 10, "E801", "problem orientation"),  # 问题导向 in a list of 导向: problem-oriented
    # "platforms such as the Shenyang Economic and Technological Development Zone": a zone
    # named by its place and kind takes "the".
    ("001", 10, "E807", "Shenyang Economic and Technological Development Zone"),
    ("001", 12, "T101", "one special class"),
    ("001", 12, "P304", " "),
    ("001", 18, "R601", "The article is in Chinese"),
    (
        "001",
        20,
        "R601",
        "Tags: Concentrating projects multiple measures expand investment_Shenyang Daily Reading_News Center_Shenyang Net",
    ),
    ("001", 23, "R601", "NEXT Satellite view of Hainan Free Trade Port |"),
    ("002", 2, "R601", "2021-04-22 07:52"),
    ("002", 4, "T105", "secretary of the Municipal Party"),
    ("002", 4, "T108", "party building"),  # new entry 党建 "Party building"
    ("002", 7, "T101", "two first districts"),
    ("002", 7, "T108", "provincial party committee"),
    # "the central and provincial party committees" are a class of bodies: no proper name
    # to capitalise (T108), only "party" (N207, the same key as the finding above).
    ("002", 7, "N207", "party"),
    # P340: "It was noted that, Zhang Guoqing's speech …": no comma after "that" before the
    # clause's subject.
    ("002", 7, "P340", "that,"),
    ("002", 10, "T108", "provincial party committee"),
    ("002", 10, "N207", "party"),  # "party history", "party members and cadres"
    ("002", 13, "T108", "party building"),  # new entry 党建 "Party building"
    ("003", 3, "T110", "CPC Liaoning Committee"),
    ("003", 4, "T101", "A year's plan stars with spring"),
    ("003", 4, "P302", '"chief leader"'),
    ("003", 4, "T101", "“going out”"),
    ("003", 4, "T110", "CPC Dalian Committee"),
    ("003", 4, "P342", "&"),  # "a standard & fair law enforcement", "reinforce & develop"
    ("003", 5, "E801", "spare no efforts"),
    ("003", 5, "E801", "economic operation"),  # 经济运行: economic performance
    ("003", 5, "E820", "implementation"),  # with the implementation of responsibility systems
    ("003", 6, "T101", "CCP Affairs Work Committee"),
    # "secretary of the … Work Committee of the Dalian Free Trade Zone": the zone takes "the".
    ("003", 6, "E807", "Dalian Huayuankou Economic Zone"),
    ("003", 6, "E807", "Dalian Free Trade Zone"),
    ("004", 3, "P301", '"'),
    ("004", 3, "E801", "Listen to the report"),  # 听取: hear the report
    ("004", 3, "P309", "- "),
    ("004", 3, "T105", "secretary of the Municipal Party"),
    (  # the title opened by a comma after the name is not closed before the verb
        "004",
        3,
        "P337",
        "member of the Standing Committee of the Provincial Party Committee and secretary of the "
        "Municipal Party presided",
    ),
    ("004", 6, "T101", "one Netcom office"),
    ("004", 9, "T101", "community of destiny"),
    ("004", 18, "T103", "one network and unified management"),
    ("004", 24, "T101", "living a tight life"),
    # P338: an agenda item of running prose capitalised after a semicolon ("… and other
    # documents; Listen to the report on …").
    ("004", 3, "P338", "Listen"),
    # E821: "we" in a report of what was said ("The meeting stressed that … We should"),
    # once a paragraph, at its first slipped sentence.
    ("001", 10, "E821", "we"),
    ("001", 12, "E821", "We"),
    ("002", 7, "E821", "our"),
    ("003", 4, "E821", "we"),
    ("003", 5, "E821", "we"),
    ("004", 6, "E821", "We"),
    ("004", 9, "E821", "We"),
    ("004", 12, "E821", "We"),
    ("004", 15, "E821", "We"),
    ("004", 18, "E821", "We"),
    ("004", 24, "E821", "We"),
    # E820: an industry named by its trade, without "the" ("the development of hydrogen
    # energy industry is …"; the same page writes "the hydrogen energy industry" after).
    ("004", 12, "E820", "hydrogen energy industry"),
    ("004", 12, "E820", "coordinated development"),  # with the coordinated development of
}

# Different people with close names in the samples: never reported as one person misspelt.
NAME_TRAPS = (
    "Tang Jun",
    "Zhang Jun",
    "Tan Chengxu",
    "Tan Zuojun",
    "Li Wancai",
    "Li Jingrui",
    "Wang Qiyao",
    "Wang Xinwei",
)


@pytest.fixture(scope="module")
def findings(default_glossary: Glossary) -> pl.DataFrame:
    corpus = read_corpus(sample_paths())
    return run_rules(Context(corpus, default_glossary), select_rules())


def test_samples_are_bundled() -> None:
    assert len(sorted(SAMPLES.glob("*.txt"))) == 5


def test_every_error_and_warning_is_expected(findings: pl.DataFrame) -> None:
    serious = findings.filter(pl.col("severity") != "info")
    got = {
        (p.split("/")[-1][:3], line, code, span)
        for p, line, code, span in serious.select("path", "line", "code", "span").iter_rows()
    }
    assert got - EXPECTED == set(), "unexpected findings"
    assert EXPECTED - got == set(), "missed findings"


def test_the_errors_the_issue_names(findings: pl.DataFrame) -> None:
    def has(code: str, span: str, path: str = "") -> bool:
        hit = findings.filter(
            (pl.col("code") == code) & (pl.col("span") == span) & pl.col("path").str.contains(path)
        )
        return hit.height > 0

    tan = findings.filter(pl.col("code") == "N201")
    assert tan.select("span", "suggestion").rows() == [("Tan Zuoyu", "Tan Zuojun")]
    assert has("T101", "two first districts") and has("T101", "one Netcom office")
    assert has("P302", '"two pre-zones”')
    assert (
        findings.filter((pl.col("code") == "P303") & pl.col("path").str.contains("000")).height >= 5
    )
    assert has("P309", "- ", "004")
    assert has("P304", " ", "001")  # "etc. ,"
    assert has("P305", ")", "001")  # "(Reporter Li Haiying)On"
    assert (
        findings.filter((pl.col("code") == "R601") & pl.col("path").str.contains("001")).height >= 5
    )
    # Trailing white space in an article is information only (P308 stays a warning in units).
    assert has("P308", "       ", "003")
    p308 = findings.filter(pl.col("code") == "P308")["severity"].unique().to_list()
    assert p308 == ["info"]
    # Apostrophes of two shapes are reported, as information: on pages tifa never saw, editors
    # did not mark them (holdout30 1 of 6, holdout31 0 of 9 as warnings).
    p311 = findings.filter(pl.col("code") == "P311")
    where = {(p.split("/")[-1][:3], line) for p, line in p311.select("path", "line").rows()}
    assert where == {("000", 36), ("003", 4)}
    assert p311["severity"].unique().to_list() == ["info"]
    # A near miss that is also a second rendering is one finding with both reasons.
    merged = findings.filter(
        (pl.col("span") == "one network and unified management")
        & pl.col("path").str.contains("004")
    )
    assert merged["code"].to_list() == ["T103"]
    assert "T104 inconsistent-rendering" in merged["message"][0]


def test_no_name_traps(findings: pl.DataFrame) -> None:
    assert not set(findings.filter(pl.col("code") == "N201")["span"]) & set(NAME_TRAPS)
