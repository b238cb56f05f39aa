"""Glossary editors' commands: lint, add, show, stats, layers (through the real CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli

HEADER = "zh,en,allowed,avoid,kind,pattern,note,source,status\n"

# One planted defect per line (line 1 is the header), with the code lint must give it.
PLANTED = [
    ("两先区,two pre-zones,,two first districts,slogan,,,Dalian Daily (2021),approved", None),
    ("市委书记,,,,title,,,Xinhua,approved", "G104"),
    ("市长,mayor,,,titles,,,Xinhua,approved", "G105"),
    ("区长,district head,,,title,,,China Daily,draft", "G106"),
    ("专班,special task force,,,other,task (force,,sample,approved", "G107"),
    ("green channel,green channel,,,other,,,sample,approved", "G108"),
    ("两先区,two pilot zones,,,slogan,,,sample,approved", "G109"),
    ("绿色通道,green channel,fast lane|Fast Lane,,other,,,sample,approved", "G110"),
    ("营商环境,business environment,,Business Environment,other,,,sample,approved", "G111"),
    ("一网通办,one-stop online service,,fast lane,other,,,sample,approved", "G112"),
    ("三个环节,three stages,,three links,slogan,,,sample,approved", "G201"),
    ("实干,hands-on work,,,slogan,,,,approved", "G202"),
    ("重点项目, key projects,,,other,,,sample,approved", "G103"),
]


def _planted(tmp_path: Path) -> Path:
    path = tmp_path / "planted.csv"
    path.write_text(HEADER + "\n".join(row for row, _ in PLANTED) + "\n", encoding="utf-8")
    return path


def test_lint_finds_every_planted_defect_on_its_line(tmp_path: Path) -> None:
    path = _planted(tmp_path)
    result = run_cli(["glossary", "lint", "--no-default-glossary", "-f", "json", str(path)])
    assert result.code == 2  # errors present
    found = {(f["line"], f["code"]) for f in json.loads(result.out)["findings"]}
    expected = {(i + 2, code) for i, (_, code) in enumerate(PLANTED) if code}
    assert expected <= found
    assert not any(line == 2 for line, _ in found)  # the sound first row is not flagged


def test_lint_exit_codes_clean_warnings_errors(tmp_path: Path) -> None:
    clean = tmp_path / "clean.csv"
    clean.write_text(HEADER + PLANTED[0][0] + "\n", encoding="utf-8")
    warn = tmp_path / "warn.csv"
    warn.write_text(HEADER + PLANTED[11][0] + "\n", encoding="utf-8")
    ok = run_cli(["glossary", "lint", "--no-default-glossary", str(clean)])
    assert ok.code == 0 and "no problems" in ok.err
    warned = run_cli(["glossary", "lint", "--no-default-glossary", str(warn)])
    assert warned.code == 1 and "G202" in warned.out
    assert run_cli(["glossary", "lint", "--no-default-glossary", "-i", "G2", str(warn)]).code == 0


def test_check_is_an_alias_of_lint(tmp_path: Path) -> None:
    path = _planted(tmp_path)
    a = run_cli(["glossary", "lint", "--no-default-glossary", str(path)])
    b = run_cli(["glossary", "check", "--no-default-glossary", str(path)])
    assert (a.code, a.out) == (b.code, b.out)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit", "csv", "html"])
def test_lint_speaks_every_report_format(tmp_path: Path, fmt: str) -> None:
    path = _planted(tmp_path)
    result = run_cli(["glossary", "lint", "--no-default-glossary", "-f", fmt, str(path)])
    assert result.code == 2
    assert "G109" in result.out
    if fmt in ("json", "sarif"):
        json.loads(result.out)


def test_lint_points_at_the_form_it_is_about(tmp_path: Path) -> None:
    path = _planted(tmp_path)
    result = run_cli(["glossary", "lint", "--no-default-glossary", "-f", "json", str(path)])
    findings = json.loads(result.out)["findings"]
    g201 = next(f for f in findings if f["code"] == "G201" and f["line"] == 12)
    assert g201["span"] == "three links" and g201["col"] == len("三个环节,three stages,,") + 1


def test_lint_against_the_layer_below(tmp_path: Path) -> None:
    # An avoid form that is the bundled glossary's approved rendering of another entry.
    path = tmp_path / "team.csv"
    path.write_text(
        HEADER + "一网通办,one-stop service,,two pre-zones,other,,,s,approved\n", "utf-8"
    )
    result = run_cli(["glossary", "lint", "-f", "json", str(path)])
    assert result.code == 2
    assert [f["code"] for f in json.loads(result.out)["findings"]] == ["G112"]


def test_lint_same_zh_in_two_project_glossaries(tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text(HEADER + "两先区,two pre-zones,,,slogan,,,s,approved\n", "utf-8")
    b.write_text(HEADER + "两先区,two pilot zones,,,slogan,,,s,approved\n", "utf-8")
    result = run_cli(["glossary", "lint", "--no-default-glossary", "-f", "json", str(a), str(b)])
    findings = json.loads(result.out)["findings"]
    assert [(f["path"], f["line"], f["code"]) for f in findings] == [(str(b), 2, "G203")]


def test_add_appends_validated_entry_keeping_the_file(tmp_path: Path) -> None:
    path = tmp_path / "house.csv"
    original = "\ufeff" + HEADER.strip().replace(",status", ",status,team") + "\r\n"
    original += '两先区,two pre-zones,,,slogan,,,"Dalian Daily, 2021",approved,north\r\n'
    path.write_bytes(original.encode("utf-8"))
    result = run_cli(
        ["glossary", "add", "--zh", "实干", "--en", "hands-on work", "--avoid", "fighting for reality",
         "--source", "Dalian Daily (2021)", "-g", str(path)]
    )  # fmt: skip
    assert result.code == 0, result.err
    data = path.read_bytes()
    assert data.startswith(original.encode("utf-8"))  # earlier rows untouched, BOM kept
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # CRLF kept
    assert "实干,hands-on work,,fighting for reality" in data.decode("utf-8-sig")
    assert data.decode("utf-8-sig").splitlines()[-1].endswith(",")  # unknown column kept, empty


def test_add_refuses_a_duplicate_and_points_at_it(tmp_path: Path) -> None:
    path = tmp_path / "house.csv"
    path.write_text(HEADER + "实干,hands-on work,,,slogan,,,s,approved\n", "utf-8")
    before = path.read_bytes()
    here = run_cli(["glossary", "add", "--zh", "实干", "--en", "x", "-g", str(path)])
    assert here.code == 2 and here.err.startswith(f"{path}:2:")
    bundled = run_cli(["glossary", "add", "--zh", "两先区", "--en", "y", "-g", str(path)])
    assert bundled.code == 2 and bundled.err.startswith("bundled:default.csv:")
    assert path.read_bytes() == before


def test_add_refuses_an_invalid_entry(tmp_path: Path) -> None:
    path = tmp_path / "house.csv"
    result = run_cli(["glossary", "add", "--zh", "实干", "--en", "work", "--status", "draft",
                      "-g", str(path)])  # fmt: skip
    assert result.code == 2 and "unknown status" in result.err
    assert not path.exists()


def test_show_finds_by_chinese_english_avoid_and_pinyin() -> None:
    for query in ("两先区", "two pre-zones", "two first districts", "liangxianqu", "liang xian qu"):
        result = run_cli(["glossary", "show", query])
        assert result.code == 0, query
        assert "两先区" in result.out and "bundled:default.csv:" in result.out
    assert run_cli(["glossary", "show", "no such formulation at all"]).code == 1


def test_show_says_which_layer_wins_and_what_is_retired(tmp_path: Path) -> None:
    team = tmp_path / "team.csv"
    team.write_text(HEADER + "两先区,two pilot zones,,,slogan,,,team,approved\n", "utf-8")
    result = run_cli(["glossary", "show", "-f", "json", "-g", str(team), "两先区"])
    hits = json.loads(result.out)
    bundled = next(h for h in hits if h["file"] == "bundled:default.csv")
    ours = next(h for h in hits if h["file"] == str(team))
    assert ours["in_force"] and not bundled["in_force"]
    assert bundled["overridden_by"] == f"{team}:2"
    retired = tmp_path / "retired.csv"
    retired.write_text(HEADER + "两先区,two pre-zones,,,slogan,,,team,deprecated\n", "utf-8")
    result = run_cli(["glossary", "show", "-f", "json", "-g", str(retired), "两先区"])
    assert not any(h["in_force"] for h in json.loads(result.out))
    check = run_cli(
        ["check", "-g", str(retired), "-s", "T101", "-"], stdin=b"the two first districts\n"
    )
    assert check.code == 0  # a retired entry takes no part in checks


def test_layers_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "terms.csv").write_text(
        HEADER + "两先区,two pilot zones,,,slogan,,,t,approved\n", "utf-8"
    )
    (tmp_path / "tifa.toml").write_text('glossary = ["terms.csv"]\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    hits = json.loads(run_cli(["glossary", "show", "-f", "json", "两先区"]).out)
    assert [h["en"] for h in hits if h["in_force"]] == ["two pilot zones"]


def test_stats_counts_kinds_statuses_and_overlaps(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(
        HEADER
        + "市委,Municipal Party Committee,,,body,,,s,approved\n"
        + "市委书记,secretary of the Municipal Party Committee,,,title,,,,approved\n"
        + "两先区,two pre-zones,,,slogan,,,s,proposed\n",
        "utf-8",
    )
    result = run_cli(["glossary", "stats", "--no-default-glossary", "-g", str(path), "-f", "json"])
    stats = json.loads(result.out)
    assert stats["entries"] == 3
    assert stats["by_kind"] == {"body": 1, "slogan": 1, "title": 1}
    assert stats["by_status"] == {"approved": 2, "proposed": 1}
    assert stats["unsourced"] == [f"{path}:3 市委书记"]
    assert stats["nested_zh"] == ["市委 (市委) inside 市委书记 (市委书记)"]
