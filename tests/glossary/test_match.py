"""English matching semantics (DESIGN.md, "Matching")."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from helpers import document, glossary_from

from tifa.corpus.read import build_corpus
from tifa.glossary.match import EnglishMatcher

CSV = """zh,en,allowed,avoid,kind,pattern
两先区,two pre-zones,,two first districts,slogan,
高质量发展,high-quality development,,high quality development,slogan,
一带一路,Belt and Road Initiative,Belt and Road,OBOR|Belt and Road strategy,slogan,
绿色通道,green channel,,,slogan,
城市,city,,,other,
中国共产党,Communist Party of China,CPC,CCP,body,
市委书记,secretary of the Municipal Party Committee,,,title,
市委副书记,deputy secretary of the Municipal Party Committee,,,title,
过紧日子,tighten belts,,living a tight life,slogan,tighten(?:s|ed|ing)?\\s+(?:our|their)\\s+belts?
"""


def hits(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    matcher = EnglishMatcher(glossary_from(tmp_path, CSV))
    found = matcher.match(build_corpus([document(text)]).segments)
    return [(t, f, x) for t, f, x in found.select("term_id", "form", "text").iter_rows()]


@pytest.mark.parametrize(
    "text",
    [
        "the two pre-zones",
        "the Two Pre-Zones",
        "the two pre–zones",  # en dash
        "the two pre zones",  # space for hyphen
        "the two  pre - zones",  # runs of white space, spaced hyphen
        "the “two pre-zones”",
        "the two pre-zones'",
    ],
)
def test_normalised_forms_match(tmp_path: Path, text: str) -> None:
    assert [h[:2] for h in hits(tmp_path, text)] == [("两先区", "en")]


def test_plural_and_possessive_of_the_last_word(tmp_path: Path) -> None:
    found = hits(tmp_path, "green channels, the Belt and Road Initiative's aims, two cities")
    assert [h[2] for h in found] == ["green channels", "Belt and Road Initiative's", "cities"]


def test_matches_start_and_end_on_word_boundaries(tmp_path: Path) -> None:
    assert hits(tmp_path, "evergreen channelling") == []


def test_acronyms_match_in_capitals_only(tmp_path: Path) -> None:
    assert [h[2] for h in hits(tmp_path, "The CPC and the CCP; cpc is not an acronym here")] == [
        "CPC",
        "CCP",
    ]


def test_leftmost_longest_wins(tmp_path: Path) -> None:
    found = hits(
        tmp_path,
        "Li, deputy secretary of the Municipal Party Committee, and the Belt and Road strategy",
    )
    assert [(h[0], h[1]) for h in found] == [("市委副书记", "en"), ("一带一路", "avoid")]


def test_hyphenation_decides_between_forms_that_differ_only_there(tmp_path: Path) -> None:
    found = hits(tmp_path, "high-quality development and high quality development")
    assert [h[1] for h in found] == ["en", "avoid"]


def test_pattern_counts_as_approved(tmp_path: Path) -> None:
    found = hits(tmp_path, "Officials must tighten their belts instead of living a tight life.")
    assert [(h[1], h[2]) for h in found] == [
        ("pattern", "tighten their belts"),
        ("avoid", "living a tight life"),
    ]


def test_offsets_are_document_offsets(tmp_path: Path) -> None:
    text = "First sentence here. Then the green channel opened."
    matcher = EnglishMatcher(glossary_from(tmp_path, CSV))
    found = matcher.match(build_corpus([document(text)]).segments)
    start, end = found.select("start", "end").row(0)
    assert text[start:end] == "green channel"
    assert found.schema["start"] == pl.Int64


@pytest.mark.parametrize(
    "text",
    [
        "the eight non-CPC political parties",  # a hyphenated compound
        "CPC-led reforms and a green-channel-style approval",
        "see www.cpc.gov.cn or http://example.cn/green-channel/two-pre-zones/ for more",
        "write to two.pre.zones@dl.gov.cn",
        "open two-pre-zones-plan.pdf or docs/green/channel.txt",
    ],
)
def test_no_match_inside_compounds_addresses_or_file_names(tmp_path: Path, text: str) -> None:
    assert hits(tmp_path, text) == []


def test_a_spelt_out_acronym_in_brackets_is_the_acronym(tmp_path: Path) -> None:
    csv = CSV + "党中央,CPC Central Committee,Party Central Committee,,body,\n"
    matcher = EnglishMatcher(glossary_from(tmp_path, csv))
    text = "The Communist Party of China (CPC) Central Committee met. The CPC agreed."
    found = matcher.match(build_corpus([document(text)]).segments)
    assert found.select("term_id", "form", "form_text", "text").rows() == [
        (
            "党中央",
            "en",
            "CPC Central Committee",
            "Communist Party of China (CPC) Central Committee",
        ),
        ("中国共产党", "allowed", "CPC", "CPC"),
    ]
