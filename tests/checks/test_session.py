"""The review session without a screen: every decision reaches disk and can be undone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from helpers import SAMPLES

from tifa.checks.baseline import load_baseline
from tifa.checks.session import FileChanged, ReviewSession, RunSpec
from tifa.glossary import load_glossary

MEETING = "002_b08fc19e9d24d018.txt"


def make(tmp_path: Path, *names: str) -> ReviewSession:
    for name in names or (MEETING,):
        shutil.copyfile(SAMPLES / name, tmp_path / name)
    spec = RunSpec([str(tmp_path / n) for n in names or (MEETING,)])
    session = ReviewSession(
        spec, tmp_path / "base.json", tmp_path / "house.csv", tmp_path / "state.json"
    )
    session.load()
    return session


def fp(session: ReviewSession, code: str, span: str) -> str:
    rows = session.findings.filter((pl.col("code") == code) & (pl.col("span") == span))
    return str(rows["fingerprint"][0])


def test_accept_fix_writes_the_article_and_settles_the_finding(tmp_path: Path) -> None:
    session = make(tmp_path)
    before = (tmp_path / MEETING).read_bytes()
    target = fp(session, "T101", "two first districts")
    session.accept(target)
    assert (tmp_path / MEETING).read_bytes() == before.replace(
        b"two first districts", b"two pre-zones"
    )
    table = session.table()
    assert table.filter(pl.col("fingerprint") == target)["status"].to_list() == ["fixed"]
    state = json.loads((tmp_path / "state.json").read_text(encoding="utf-8"))
    assert [d["action"] for d in state["sessions"][state["last"]]["history"]] == ["fix"]
    session.undo()
    assert (tmp_path / MEETING).read_bytes() == before
    assert session.table().filter(pl.col("fingerprint") == target)["status"].to_list() == ["open"]


def test_edit_by_hand(tmp_path: Path) -> None:
    session = make(tmp_path)
    session.edit(
        fp(session, "T105", "secretary of the Municipal Party"),
        "secretary of the Municipal Party Committee,",
    )
    text = (tmp_path / MEETING).read_text(encoding="utf-8")
    assert "secretary of the Municipal Party Committee, president the meeting" in text
    assert not session.findings.filter(pl.col("code") == "T105").height


def test_dismiss_goes_to_the_baseline_check_reads(tmp_path: Path) -> None:
    session = make(tmp_path)
    target = fp(session, "R601", "2021-04-22 07:52")
    session.dismiss(target, "dateline is part of our house style")
    entry = load_baseline(tmp_path / "base.json").entries[target]
    assert entry["reason"] == "dateline is part of our house style"
    assert session.table().filter(pl.col("fingerprint") == target)["status"].to_list() == [
        "dismissed"
    ]
    session.undo()
    assert target not in load_baseline(tmp_path / "base.json")


def test_add_to_glossary_copies_bundled_entry_and_adds_the_form(tmp_path: Path) -> None:
    session = make(tmp_path)
    target = fp(session, "T103", "party history study and education")
    session.add_to_glossary(target, "allowed")
    entry = load_glossary(tmp_path / "house.csv").get("党史学习教育")
    assert entry is not None and entry.allowed == ("party history study and education",)
    assert entry.source  # the bundled entry's cells came along
    assert (
        not session.findings.filter(pl.col("code") == "T103")
        .filter(pl.col("span").str.starts_with("party"))
        .height
    )
    session.undo()
    assert not (tmp_path / "house.csv").exists()
    assert session.findings.filter(pl.col("span") == "party history study and education").height


def test_new_entry_for_an_unknown_formulation(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Officials called the county a “ballast stone” of growth.\n", encoding="utf-8"
    )
    session = ReviewSession(
        RunSpec([str(article)]), tmp_path / "base.json", tmp_path / "house.csv", None
    )
    session.load()
    target = fp(session, "T107", "“ballast stone”")
    session.add_to_glossary(target, "new", zh="压舱石", en="ballast stone")
    entry = load_glossary(tmp_path / "house.csv").get("压舱石")
    assert entry is not None and entry.en == "ballast stone" and entry.status == "proposed"
    assert not session.findings.filter(pl.col("code") == "T107").height


def test_a_file_changed_on_disk_is_never_overwritten(tmp_path: Path) -> None:
    session = make(tmp_path)
    (tmp_path / MEETING).write_text("Someone else's edit.\n", encoding="utf-8")
    with pytest.raises(FileChanged, match="changed on disk"):
        session.accept(fp(session, "T101", "two first districts"))
    assert (tmp_path / MEETING).read_text(encoding="utf-8") == "Someone else's edit.\n"


def test_a_new_session_resumes_decisions(tmp_path: Path) -> None:
    session = make(tmp_path)
    target = fp(session, "T101", "two first districts")
    session.accept(target)
    session.cursor = target
    session.save_state()
    again = ReviewSession(
        session.spec, tmp_path / "base.json", tmp_path / "house.csv", tmp_path / "state.json"
    )
    again.load()
    assert again.cursor == target
    assert again.table().filter(pl.col("fingerprint") == target)["status"].to_list() == ["fixed"]
    again.undo()  # the undo history survived too
    assert b"two first districts" in (tmp_path / MEETING).read_bytes()


def test_fixing_one_occurrence_keeps_the_others_identity(tmp_path: Path) -> None:
    session = make(tmp_path, "000_1a2a43c95ad3f74a.txt")
    jinpu = session.findings.filter(pl.col("span") == "Jinpu New District")["fingerprint"].to_list()
    assert len(jinpu) == 3
    session.accept(jinpu[0])
    assert (
        session.findings.filter(pl.col("span") == "Jinpu New District")["fingerprint"].to_list()
        == jinpu[1:]
    )
