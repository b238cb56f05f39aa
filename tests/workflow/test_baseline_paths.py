"""Baselines and dismissals match findings however the paths were typed (issue 9, defect 1)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers import run_cli

ARTICLE = "The two first districts were discussed in detail by the meeting.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "newsroom"
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "a.txt").write_text(ARTICLE, "utf-8")
    (root / "tifa.toml").write_text('fail-on = "warning"\n', "utf-8")
    monkeypatch.chdir(root)
    return root


def _count(result_out: str) -> int:
    return len(json.loads(result_out)["findings"])


def test_baseline_written_one_way_hides_findings_typed_every_other_way(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = project / ".tifa-baseline.json"
    wrote = run_cli(["check", "articles", "--write-baseline", str(baseline)])
    assert wrote.code == 0
    before = run_cli(["check", "articles", "-f", "json"])
    assert _count(before.out) > 0
    for typed in ("articles", "./articles", str(project / "articles"), "articles/a.txt",
                  os.path.relpath(project / "articles" / "a.txt")):  # fmt: skip
        result = run_cli(["check", typed, "-f", "json", "--baseline", str(baseline)])
        assert _count(result.out) == 0, typed
    monkeypatch.chdir(project / "articles")  # another working directory in the same project
    result = run_cli(["check", "a.txt", "-f", "json", "--baseline", str(baseline)])
    assert _count(result.out) == 0
    monkeypatch.chdir(project.parent)  # outside the project: absolute paths still match
    result = run_cli(
        ["check", str(project / "articles"), "-f", "json", "--config", str(project / "tifa.toml"),
         "--baseline", str(baseline)]
    )  # fmt: skip
    assert _count(result.out) == 0


def test_a_new_finding_still_shows_through_the_baseline(project: Path) -> None:
    baseline = project / ".tifa-baseline.json"
    run_cli(["check", "articles", "--write-baseline", str(baseline)])
    (project / "articles" / "b.txt").write_text(ARTICLE, "utf-8")
    result = run_cli(
        ["check", str(project / "articles"), "-f", "json", "--baseline", str(baseline)]
    )
    paths = {f["path"] for f in json.loads(result.out)["findings"]}
    assert paths == {str(project / "articles" / "b.txt")}


def test_a_dismissal_in_review_hides_the_finding_however_check_is_typed(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tifa.checks.session import ReviewSession, RunSpec, session_paths

    baseline, house, state = session_paths(None, [], project)
    # The review was opened from inside the articles folder, with a relative path.
    monkeypatch.chdir(project / "articles")
    session = ReviewSession(RunSpec(["a.txt"]), baseline, house, state)
    session.load()
    (fingerprint,) = session.findings.filter(session.findings["code"] == "T101")["fingerprint"]
    session.dismiss(fingerprint, "the meeting's own wording")
    monkeypatch.chdir(project.parent)
    result = run_cli(
        ["check", str(project / "articles" / "a.txt"), "-f", "json", "-s", "T101",
         "--config", str(project / "tifa.toml"), "--baseline", str(baseline)]
    )  # fmt: skip
    assert _count(result.out) == 0
