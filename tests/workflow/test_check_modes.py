"""`tifa check` as ruff users expect it: --diff, --show-fixes, --quiet, --statistics, --fix on
standard input, no PATH, and `tifa glossary fmt --diff` (issue 9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli

TEXT = "The two first districts  were discussed.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    return path


def test_diff_prints_the_fixes_and_writes_nothing(article: Path) -> None:
    before = article.read_bytes()
    result = run_cli(["check", "--diff", str(article)])
    assert result.code == 1
    assert f"--- a/{article}" in result.out and f"+++ b/{article}" in result.out
    assert "-The two first districts  were discussed.\r\n" in result.out
    assert "+The two pre-zones were discussed.\r\n" in result.out
    assert article.read_bytes() == before
    clean = article.parent / "clean.txt"
    clean.write_text("The meeting was held.\n", "utf-8")
    nothing = run_cli(["check", "--diff", str(clean)])
    assert (nothing.code, nothing.out) == (0, "")
    assert run_cli(["check", "--diff", "--fix", str(article)]).code == 2


def test_show_fixes_lists_each_fix(article: Path) -> None:
    result = run_cli(["check", "--fix", "--show-fixes", str(article)])
    assert f"{article}:1:5: T101 'two first districts' → 'two pre-zones'" in result.err
    assert f"{article}:1:24: P307 '  ' → ' '" in result.err
    assert "2 fixes (P307 1, T101 1)" in result.err
    assert article.read_bytes() == b"The two pre-zones were discussed.\r\n"


def test_fix_on_standard_input_writes_the_fixed_text_to_standard_output() -> None:
    result = run_cli(["check", "--fix", "-"], stdin=TEXT.encode("utf-8"))
    assert result.out == "The two pre-zones were discussed.\n"
    assert "2 fixed" in result.err
    assert result.code == 0


def test_quiet_prints_findings_only(article: Path) -> None:
    result = run_cli(["check", "-q", str(article)])
    assert "T101" in result.out
    assert "findings (" not in result.out and "tifa:" not in result.out


def test_statistics_alone_prints_counts_not_findings(article: Path) -> None:
    result = run_cli(["check", "--statistics", str(article)])
    assert "T101" in result.out and "forbidden-variant" in result.out
    assert "^^^" not in result.out  # no finding is printed with its line
    assert "2 findings" in result.out


def test_no_path_checks_the_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(TEXT, "utf-8")
    (tmp_path / "other.txt").write_text(TEXT, "utf-8")
    monkeypatch.chdir(tmp_path)
    here = json.loads(run_cli(["check", "-f", "json"]).out)
    assert here["files"] == ["news/a.txt", "other.txt"]
    (tmp_path / "tifa.toml").write_text('paths = ["news"]\n', "utf-8")
    configured = json.loads(run_cli(["check", "-f", "json"]).out)
    assert configured["files"] == [str(tmp_path / "news" / "a.txt")]
    samples = json.loads(run_cli(["check", "--samples", "-f", "json"]).out)
    assert len(samples["files"]) == 5 and all(f.startswith("samples/") for f in samples["files"])
    assert run_cli(["check", "--samples", "other.txt"]).code == 2


def test_no_path_and_nothing_to_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli(["check"])
    assert result.code == 2 and "--samples" in result.err and result.err.count("\n") == 1


def test_glossary_fmt_diff(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("zh,en\n市长,mayor\n两先区,two pre-zones\n", "utf-8")
    before = path.read_bytes()
    result = run_cli(["glossary", "fmt", "--diff", str(path)])
    assert result.code == 1
    assert f"--- a/{path}" in result.out and "-zh,en\n" in result.out
    assert path.read_bytes() == before
    assert run_cli(["glossary", "fmt", str(path)]).code == 0
    again = run_cli(["glossary", "fmt", "--diff", str(path)])
    assert (again.code, again.out) == (0, "")
