"""One saved review per set of articles: reviewing another file in the same folder sets the
first review aside, and coming back resumes it with its decisions and undo history."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from review_project import ARTICLE_A, project_session, write_project

from tifa.checks.session import ReviewSession


def open_review(folder: Path, *names: str) -> ReviewSession:
    session = project_session(folder, *names)
    session.load()
    return session


def fingerprint(session: ReviewSession, code: str) -> str:
    """The first finding of rule `code` in the text."""
    rows = session.findings.filter(pl.col("code") == code).sort("doc", "start")
    return str(rows["fingerprint"][0])


def test_reviewing_another_file_keeps_the_first_review(tmp_path: Path) -> None:
    write_project(tmp_path)
    first = open_review(tmp_path, "a.txt")
    first.accept(fingerprint(first, "T101"))
    first.dismiss(fingerprint(first, "N201"), "another official")
    assert first.notices == []

    other = open_review(tmp_path, "b.txt")
    assert other.history == []
    assert "review of a.txt (2 decisions) is kept" in " ".join(other.notices)
    other.accept(fingerprint(other, "P307"))

    again = open_review(tmp_path, "a.txt")
    assert [d.action for d in again.history] == ["fix", "dismiss"]
    assert " ".join(again.notices).startswith("Resumed the review of a.txt (2 decisions)")
    assert "b.txt (1 decision)" in " ".join(again.notices)
    statuses = dict(again.table().select("span", "status").iter_rows())
    assert statuses["high quality development"] == "fixed"
    assert statuses["Tan Chengxi"] == "dismissed"
    assert again.undo() is not None  # the undo history came back too
    assert again.undo() is not None
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == ARTICLE_A


def test_the_same_files_typed_differently_are_one_review(
    tmp_path: Path, monkeypatch: object
) -> None:
    write_project(tmp_path)
    first = open_review(tmp_path, "a.txt", "b.txt")
    first.accept(fingerprint(first, "T101"))
    spec_paths = [str(tmp_path / "b.txt"), str(tmp_path / "." / "a.txt")]  # other order, ./
    session = project_session(tmp_path, "a.txt")
    session.spec.targets = list(spec_paths)
    session.load()
    assert [d.action for d in session.history] == ["fix"]
    assert session.notices == []
