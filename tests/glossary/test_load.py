"""Loading and validating glossaries: the bundled one, and every kind of bad row."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import glossary_from

from tifa.errors import InputErrors
from tifa.glossary import Glossary, load_glossaries, load_glossary
from tifa.glossary.names import romanize

HEADER = "zh,en,allowed,avoid,kind,pattern,note,source,status\n"


def test_bundled_glossary_is_large_sourced_and_valid(default_glossary: Glossary) -> None:
    assert len(default_glossary) >= 80
    kinds = {t.kind for t in default_glossary.terms}
    assert {"slogan", "title", "body", "person", "place"} <= kinds
    for term in default_glossary.terms:
        if term.status == "approved":
            assert term.source, f"{term.id} is approved without a source"


def test_bundled_people_follow_pinyin_romanisation(default_glossary: Glossary) -> None:
    # Hong Kong and Macao names keep their own romanisation: their entries list the
    # pinyin as a form to avoid ("Cen Haohui" for Sam Hou Fai), and only those may differ.
    for term in default_glossary.terms:
        if term.kind == "person":
            pinyin = romanize(term.zh[0])
            assert pinyin == term.en or pinyin in term.avoid, term.id


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    csv_text = HEADER + "\n".join(
        [
            "两先区,two pre-zones,,two first districts,slogan,,,sample,approved",  # 2: fine
            ",missing zh,,,,,,,",  # 3
            "市长, mayor,,,title,,,,",  # 4: padded cell
            "两先区,duplicate zh,,,,,,,",  # 5
            "绿色通道,green channel,,two pre-zones,,,,,",  # 6: avoid is another entry's en
            "过紧日子,tighten belts,,,,(unclosed,,,",  # 7: pattern does not compile
            "重审批,x,,,,(a|a)+b,,,",  # 8: runaway pattern
            "老字号,traditional industries,,,sloganx,,,,maybe",  # 9: unknown kind and status
            "一岗双责,one post,a||b,,,,,,",  # 10: empty alternative
            "english only,no chinese,,,,,,,",  # 11
            "安全生产,work safety,,work safety,,,,,",  # 12: avoid equals own en
            "too,few",  # 13
        ]
    )
    path = tmp_path / "bad.csv"
    path.write_text(csv_text + "\n", encoding="utf-8")
    with pytest.raises(InputErrors) as error:
        load_glossary(path)
    lines = [p.line or 0 for p in error.value.problems]
    rendered = error.value.render().splitlines()
    assert all(line.startswith(f"{path}:") for line in rendered)
    assert sorted(set(lines)) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
    text = error.value.render()
    for expected in (
        "required cell 'zh' is empty",
        "leading or trailing white space",
        "is already an entry on line 2",
        "is the approved en of '两先区'",
        "pattern does not compile",
        "can run away",
        "unknown kind",
        "unknown status",
        "empty alternative",
        "has no Chinese characters",
        "also an accepted rendering",
        "expected 9 fields, found 2",
    ):
        assert expected in text


def test_missing_required_column(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("zh,note\n两先区,x\n", encoding="utf-8")
    with pytest.raises(InputErrors, match="missing required column"):
        load_glossary(path)


def test_unknown_columns_and_order_are_kept(tmp_path: Path) -> None:
    g = glossary_from(
        tmp_path, "zh,en,reviewer\n两先区,two pre-zones,Li\n绿色通道,green channel,Wang\n"
    )
    assert g.entries.columns[:3] == ["zh", "en", "reviewer"]
    assert g.entries["reviewer"].to_list() == ["Li", "Wang"]
    assert g.entries["_line"].to_list() == [2, 3]


def test_layering_replaces_entries_sharing_a_chinese_form(tmp_path: Path) -> None:
    path = tmp_path / "house.csv"
    path.write_text("zh,en\n长三角,Yangtze Delta\n新词,new term\n", encoding="utf-8")
    layered = load_glossaries([path])
    bundled = load_glossaries([])
    assert len(layered) == len(bundled) + 1  # 长江三角洲 replaced (shares 长三角), 新词 added
    replaced = [t for t in layered.terms if "长三角" in t.zh]
    assert [t.en for t in replaced] == ["Yangtze Delta"]
    assert layered.digest != bundled.digest


def test_bundled_glossary_is_in_canonical_form() -> None:
    from tifa.glossary import default_glossary_path
    from tifa.glossary.fmt import format_glossary

    data = default_glossary_path().read_bytes()
    assert format_glossary(data, "default.csv") == data, (
        "run: tifa glossary fmt glossary/data/default.csv"
    )
