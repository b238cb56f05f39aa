"""Writes that must never destroy or hide: one test per promise in the README's
"What tifa never does to your files".

Every test here failed before the write path was made safe, except the negative cases and
two that guard what was already right (the commit adding them lists them). Nothing names a
path outside its temporary folder for writing: devices are private nodes made in that folder
(null, full), /proc's fd links are reached through a link of the test's own, so a regression
replaces those, never the machine's /dev/null, /dev/full or /dev/stdout.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from helpers import run_cli
from textual.widgets import Static
from tui_helpers import MEETING, loaded

from tifa.checks.session import ReviewSession, RunSpec
from tifa.corpus.tempfiles import remove_stale_temps
from tifa.errors import InputError
from tifa.tui.app import TifaApp

ARTICLE = "Dalian will speed up building the two first districts, the city government said.\n"
FIXED = "Dalian will speed up building the two pre-zones, the city government said.\n"
SECOND = "Shenyang opened the two first districts to foreign trade on Monday.\n"
GLOSSARY = "zh,en,avoid\n两先区,two pre-zones,two first districts\n"


def article(folder: Path, name: str = "a.txt", text: str = ARTICLE) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def run_tifa(cwd: Path, args: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
    """tifa in a process of its own: for what an in-process run cannot show (a real standard
    output, resource limits, no terminal)."""
    options.setdefault("stdout", subprocess.PIPE)
    options.setdefault("stderr", subprocess.PIPE)
    command = [sys.executable, "-m", "tifa", *args]
    return subprocess.run(command, text=True, timeout=60, cwd=cwd, **options)


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tifa-" in p.name)


# -- 1, 2: an output that is one of the run's inputs -----------------------------------------


def _alias(tmp_path: Path, target: Path, how: str) -> Path:
    if how == "same":
        return target
    alias = tmp_path / f"alias-{how}.txt"
    if how == "symlink":
        alias.symlink_to(target.name)
    else:
        os.link(target, alias)
    return alias


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_an_output_onto_an_article_is_refused(tmp_path: Path, how: str, option: str) -> None:
    path = article(tmp_path)
    out = _alias(tmp_path, path, how)
    result = run_cli(["check", option, str(out), str(path)])
    assert result.code == 2
    assert one_line(result.err).startswith(f"{out}: ")
    assert "reads" in result.err
    assert path.read_text(encoding="utf-8") == ARTICLE


def test_a_report_onto_the_glossary_being_read_is_refused(tmp_path: Path) -> None:
    glossary = tmp_path / "terms.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    path = article(tmp_path)
    result = run_cli(["check", "-g", str(glossary), "-o", str(glossary), str(path)])
    assert result.code == 2
    assert "glossary" in one_line(result.err)
    assert glossary.read_text(encoding="utf-8") == GLOSSARY


def test_outputs_onto_the_baseline_read_or_the_settings_file_are_refused(tmp_path: Path) -> None:
    path = article(tmp_path)
    assert run_cli(["check", "--write-baseline", str(tmp_path / "b.json"), str(path)]).code == 0
    baseline = (tmp_path / "b.json").read_bytes()
    result = run_cli(["check", "--baseline", str(tmp_path / "b.json"), "-o", str(tmp_path / "b.json"), str(path)])  # fmt: skip
    assert result.code == 2 and "the baseline" in one_line(result.err)
    assert (tmp_path / "b.json").read_bytes() == baseline
    config = tmp_path / "tifa.toml"
    config.write_text('fail-on = "warning"\n', encoding="utf-8")
    result = run_cli(["check", "--config", str(config), "-o", str(config), str(path)])
    assert result.code == 2 and "the settings file" in one_line(result.err)
    assert config.read_text(encoding="utf-8") == 'fail-on = "warning"\n'


def test_rewriting_the_baseline_in_force_is_allowed(tmp_path: Path) -> None:
    # The negative case: --write-baseline replaces the baseline, which it does not read.
    path = article(tmp_path)
    baseline = tmp_path / "b.json"
    baseline.write_text('{"tifa_baseline": 1, "findings": []}\n', encoding="utf-8")
    result = run_cli(["check", "--baseline", str(baseline), "--write-baseline", str(baseline), str(path)])  # fmt: skip
    assert result.code == 0, result.err
    assert "T101" in baseline.read_text(encoding="utf-8")


def test_fix_does_not_rewrite_the_glossary_it_reads(tmp_path: Path) -> None:
    glossary = tmp_path / "terms.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    result = run_cli(["check", "--fix", "-g", str(glossary), str(glossary)])
    assert result.code == 2
    assert one_line(result.err).startswith(f"{glossary}: ")
    assert glossary.read_text(encoding="utf-8") == GLOSSARY


@pytest.mark.parametrize("command", ["lint", "export", "mine"])
def test_glossary_commands_refuse_an_output_onto_what_they_read(
    tmp_path: Path, command: str
) -> None:
    glossary = tmp_path / "terms.csv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    alias = tmp_path / "same-terms.csv"
    os.link(glossary, alias)  # another name for the same file
    args = {
        "lint": ["glossary", "lint", "-o", str(alias), str(glossary)],
        "export": ["glossary", "export", "-g", str(glossary), "-o", str(alias)],
        "mine": ["glossary", "mine", "-o", str(alias), str(glossary)],
    }[command]
    result = run_cli(args)
    assert result.code == 2
    assert one_line(result.err).startswith(f"{alias}: ")
    assert glossary.read_text(encoding="utf-8") == GLOSSARY


@pytest.mark.parametrize("victim", ["zh", "en", "glossary"])
def test_align_refuses_its_pairs_onto_what_it_reads(tmp_path: Path, victim: str) -> None:
    zh = tmp_path / "zh.txt"
    en = tmp_path / "en.txt"
    glossary = tmp_path / "terms.csv"
    zh.write_text("市委书记主持会议。\n", encoding="utf-8")
    en.write_text(
        "The secretary of the municipal Party committee presided over the meeting.\n",
        encoding="utf-8",
    )
    glossary.write_text(GLOSSARY, encoding="utf-8")
    before = {p: p.read_bytes() for p in (zh, en, glossary)}
    target = {"zh": zh, "en": en, "glossary": glossary}[victim]
    result = run_cli(["align", str(zh), str(en), "-g", str(glossary), "-o", str(target)])
    assert result.code == 2
    assert one_line(result.err).startswith(f"{target}: ")
    assert {p: p.read_bytes() for p in before} == before
    # The negative case: a new file beside them is written.
    fresh = run_cli(
        ["align", str(zh), str(en), "-g", str(glossary), "-o", str(tmp_path / "pairs.tsv")]
    )
    assert fresh.code == 0, fresh.err
    assert (tmp_path / "pairs.tsv").read_text(encoding="utf-8").startswith("zh\ten\tconfidence\n")


def test_two_outputs_onto_one_file_are_refused(tmp_path: Path) -> None:
    path = article(tmp_path)
    out = tmp_path / "out.json"
    result = run_cli(["check", "-o", str(out), "--write-baseline", str(out), str(path)])
    assert result.code == 2
    assert one_line(result.err)
    assert not out.exists()


def test_an_output_that_is_not_an_input_is_written(tmp_path: Path) -> None:
    # The negative case: a fresh file beside the article is fine.
    path = article(tmp_path)
    result = run_cli(["check", "-o", str(tmp_path / "report.txt"), str(path)])
    assert result.code == 1
    assert "T101" in (tmp_path / "report.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("output", ["--baseline", "state"])
def test_review_refuses_an_article_as_its_baseline_or_state(tmp_path: Path, output: str) -> None:
    if output == "state":  # the review state is .tifa-review.json in the working folder
        path = article(tmp_path, ".tifa-review.json")
        args = ["review", str(path)]
    else:
        path = article(tmp_path)
        args = ["review", "--baseline", str(path), str(path)]
    done = run_tifa(tmp_path, args, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert one_line(done.stderr).startswith(f"{path}: ")
    assert path.read_text(encoding="utf-8") == ARTICLE


# -- 3, 8: links ---------------------------------------------------------------------------


def test_fix_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = article(tmp_path, "real.txt")
    link = tmp_path / "link.txt"
    link.symlink_to("real.txt")
    result = run_cli(["check", "--fix", str(link)])
    assert result.code == 0, result.err
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert real.read_text(encoding="utf-8") == FIXED


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_report_and_baseline_through_a_symlink_write_the_target(
    tmp_path: Path, option: str
) -> None:
    path = article(tmp_path)
    target = tmp_path / "kept.out"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.out"
    link.symlink_to("kept.out")
    result = run_cli(["check", option, str(link), str(path)])
    assert result.code in (0, 1), result.err
    assert link.is_symlink()
    assert "T101" in target.read_text(encoding="utf-8")


def test_glossary_fmt_through_a_symlink_writes_the_target(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("en,zh\ntwo pre-zones,两先区\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to("real.csv")
    result = run_cli(["glossary", "fmt", str(link)])
    assert result.code == 0, result.err
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("zh,en")


def test_fix_keeps_hard_links(tmp_path: Path) -> None:
    path = article(tmp_path)
    other = tmp_path / "other-name.txt"
    os.link(path, other)
    result = run_cli(["check", "--fix", str(path)])
    assert result.code == 0, result.err
    assert os.path.samefile(path, other)
    assert other.read_text(encoding="utf-8") == FIXED
    assert temps(tmp_path) == []


# -- 4: read-only files --------------------------------------------------------------------


def test_fix_refuses_a_read_only_file(tmp_path: Path) -> None:
    path = article(tmp_path)
    path.chmod(0o444)
    result = run_cli(["check", "--fix", str(path)])
    assert result.code == 2
    line = one_line(result.err)
    assert line.startswith(f"{path}: ") and "read-only" in line and "--fix-readonly" in line
    assert path.read_text(encoding="utf-8") == ARTICLE


def test_fix_readonly_rewrites_it_and_keeps_its_mode(tmp_path: Path) -> None:
    path = article(tmp_path)
    path.chmod(0o444)
    result = run_cli(["check", "--fix-readonly", str(path)])
    assert result.code == 0, result.err
    assert path.read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_review_decision_refuses_a_read_only_article(tmp_path: Path) -> None:
    path = article(tmp_path)
    path.chmod(0o444)
    session = ReviewSession(
        RunSpec([str(path)]), tmp_path / "base.json", tmp_path / "house.csv", None
    )
    session.load()
    found = session.findings.filter(pl.col("code") == "T101")["fingerprint"][0]
    with pytest.raises(InputError, match="read-only"):
        session.accept(found)
    assert path.read_text(encoding="utf-8") == ARTICLE


def test_a_read_only_report_is_refused(tmp_path: Path) -> None:
    path = article(tmp_path)
    report = tmp_path / "report.txt"
    report.write_text("last week's report\n", encoding="utf-8")
    report.chmod(0o444)
    result = run_cli(["check", "-o", str(report), str(path)])
    assert result.code == 2 and "read-only" in one_line(result.err)
    assert report.read_text(encoding="utf-8") == "last week's report\n"


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_fix_by_root_keeps_the_files_owner(tmp_path: Path) -> None:
    path = article(tmp_path)
    os.chown(path, 12345, 12345)
    result = run_cli(["check", "--fix", str(path)])
    assert result.code == 0, result.err
    assert path.read_text(encoding="utf-8") == FIXED
    assert (path.stat().st_uid, path.stat().st_gid) == (12345, 12345)


# -- 5, 8: non-regular targets are written directly -----------------------------------------


def test_report_into_a_fifo_reaches_its_reader(tmp_path: Path) -> None:
    path = article(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # so the writer's open does not block
    try:
        result = run_cli(["check", "-o", str(fifo), str(path)])
        try:
            received = os.read(reader, 65536)
        except BlockingIOError:
            received = b""
    finally:
        os.close(reader)
    assert result.code == 1, result.err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert b"T101" in received


def private_device(folder: Path, name: str, minor: int) -> Path:
    """A device node of our own in a temporary folder (memory devices, major 1): null is
    minor 3, full minor 7. A regression that renames over it replaces this node, never the
    machine's /dev/null or /dev/full."""
    node = folder / name
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except (PermissionError, AttributeError):
        pytest.skip("creating device nodes needs root")
    try:
        with open(node, "wb"):
            pass
    except OSError:
        pytest.skip("device nodes cannot be opened here (a nodev file system)")
    return node


@pytest.mark.parametrize(
    ("minor", "code", "said"),
    [(3, 1, ""), (7, 2, "No space left")],  # /dev/null; /dev/full, where 6: a write fails
)
@pytest.mark.parametrize("through_link", [False, True])
def test_a_report_onto_a_device_writes_the_device(
    tmp_path: Path, minor: int, code: int, said: str, through_link: bool
) -> None:
    path = article(tmp_path)
    device = private_device(tmp_path, "device", minor)
    out = device
    if through_link:
        out = tmp_path / "link"
        out.symlink_to(device.name)
    result = run_cli(["check", "-o", str(out), str(path)])
    assert result.code == code, result.err
    assert said in result.err and len(result.err.splitlines()) == (1 if said else 0)
    assert stat.S_ISCHR(device.lstat().st_mode)
    assert out.is_symlink() == through_link
    assert temps(tmp_path) == []


@pytest.mark.skipif(not Path("/proc/self/fd/1").exists(), reason="needs /proc")
def test_a_report_through_proc_fd_links_reaches_the_pipe(tmp_path: Path) -> None:
    # Like -o /dev/stdout (-> /proc/self/fd/1 -> pipe:[…]), which only the kernel can follow;
    # reached through a link of our own, so a regression replaces that link, never /dev/stdout.
    path = article(tmp_path)
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    done = run_tifa(tmp_path, ["check", "-o", str(link), str(path)])
    assert done.returncode == 1, done.stderr
    assert "T101" in done.stdout
    assert link.is_symlink()


# -- 6: failed writes and flushes ----------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_standard_output_on_a_full_device_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = article(tmp_path)
    with open("/dev/full", "w") as full:
        done = run_tifa(tmp_path, ["check", str(path)], stdout=full)
    assert done.returncode == 2
    assert "No space left" in one_line(done.stderr)


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))


def test_a_partly_written_report_is_removed(tmp_path: Path) -> None:
    path = article(tmp_path, text=ARTICLE * 20)
    report = tmp_path / "report.txt"
    done = run_tifa(tmp_path, ["check", "-o", str(report), str(path)], preexec_fn=_limit_file_size)
    assert done.returncode == 2
    assert one_line(done.stderr).startswith(f"{report}: ")
    assert not report.exists()
    assert temps(tmp_path) == []


# -- 7: temporary files of a killed run ----------------------------------------------------

KILLED_FIX = """
import os, sys
from tifa.cli import main
def die(fd):  # killed right after the temporary copy is written, before the rename
    os._exit(9)
os.fsync = die
main(["check", "--fix", sys.argv[1]])
"""


def test_the_next_run_removes_a_killed_runs_temporary_file(tmp_path: Path) -> None:
    path = article(tmp_path)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_FIX, str(path)],
        capture_output=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert killed.returncode == 9
    left = temps(tmp_path)
    assert len(left) == 1 and left[0].endswith(".tifa-tmp")  # what the killed run left
    # Not ours to remove: a live run's temporary file (this process), and a user's file.
    live = tmp_path / f".a.txt.{os.getpid()}.k3ep1ive.tifa-tmp"
    live.write_text("a live run is writing this\n", encoding="utf-8")
    users = tmp_path / ".a.txt.keep.tifa-tmp.bak"
    users.write_text("the user's own\n", encoding="utf-8")
    result = run_cli(["check", "--fix", str(path)])
    assert result.code == 0, result.err
    assert path.read_text(encoding="utf-8") == FIXED
    assert temps(tmp_path) == sorted([live.name, users.name])


@pytest.mark.skipif(not Path("/proc/1/stat").exists(), reason="needs /proc")
def test_a_reused_process_id_does_not_keep_a_temporary_file(tmp_path: Path) -> None:
    # Process 1 is alive, but it started long after a file dated 1970 was written: whoever
    # wrote that file is gone, and the PID now names another process.
    old, recent = tmp_path / "old", tmp_path / "recent"
    for folder in (old, recent):
        folder.mkdir()
        (folder / ".a.txt.1.abcdefgh.tifa-tmp").write_text("left over\n", encoding="utf-8")
    os.utime(old / ".a.txt.1.abcdefgh.tifa-tmp", (1000, 1000))
    assert remove_stale_temps(old) == [old / ".a.txt.1.abcdefgh.tifa-tmp"]
    assert remove_stale_temps(recent) == []  # written while process 1 ran: maybe its own
    assert temps(recent) == [".a.txt.1.abcdefgh.tifa-tmp"]


# -- 9: half-done runs ---------------------------------------------------------------------


def test_a_report_into_a_missing_folder_fixes_nothing(tmp_path: Path) -> None:
    path = article(tmp_path)
    result = run_cli(["check", "--fix", "-o", str(tmp_path / "missing" / "r.txt"), str(path)])
    assert result.code == 2
    assert "missing" in one_line(result.err)
    assert path.read_text(encoding="utf-8") == ARTICLE


def test_a_second_file_that_cannot_be_fixed_stops_the_first(tmp_path: Path) -> None:
    first = article(tmp_path, "a.txt")
    second = article(tmp_path, "b.txt", SECOND)
    second.chmod(0o444)
    result = run_cli(["check", "--fix", str(first), str(second)])
    assert result.code == 2
    assert one_line(result.err).startswith(f"{second}: ")
    assert first.read_text(encoding="utf-8") == ARTICLE


def test_a_write_that_fails_late_names_the_files_already_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = article(tmp_path, "a.txt")
    second = article(tmp_path, "b.txt", SECOND)
    real_replace = os.replace
    calls: list[str] = []

    def replace_then_fail(src: Any, dst: Any) -> None:
        calls.append(str(dst))
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_then_fail)
    result = run_cli(["check", "--fix", str(first), str(second)])
    assert result.code == 2
    line = one_line(result.err)
    assert line.startswith(f"{second}: ") and f"already changed: {first}" in line
    assert first.read_text(encoding="utf-8") == FIXED
    assert second.read_text(encoding="utf-8") == SECOND
    assert temps(tmp_path) == []


# -- 10: lost edits ------------------------------------------------------------------------

APPENDED = "The mayor later added a further paragraph.\n"


def test_an_append_while_fix_writes_its_copy_is_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = article(tmp_path)
    real_fsync = os.fsync
    appended: list[int] = []

    def fsync_while_another_editor_appends(fd: int) -> None:
        real_fsync(fd)
        if not appended:  # the first fsync is the temporary copy's, before the rename
            appended.append(fd)
            with path.open("a", encoding="utf-8") as other:
                other.write(APPENDED)

    monkeypatch.setattr(os, "fsync", fsync_while_another_editor_appends)
    result = run_cli(["check", "--fix", str(path)])
    assert appended
    assert result.code == 2
    assert "changed on disk" in one_line(result.err)
    assert path.read_text(encoding="utf-8") == ARTICLE + APPENDED
    assert temps(tmp_path) == []


# -- the review UI's own files -------------------------------------------------------------


def _decision(**damage: object) -> dict[str, object]:
    sound = {"action": "dismiss", "fingerprint": "x", "path": "a.txt", "code": "T101",
             "span": "two first districts", "status": "dismissed"}  # fmt: skip
    return {**sound, **damage}


DAMAGED: dict[str, Callable[[list[str]], object]] = {
    "history-not-a-list": lambda t: {"tifa_review": 1, "targets": t, "history": "fix"},
    "decision-not-an-object": lambda t: {"tifa_review": 1, "targets": t, "history": [1]},
    "start-a-string": lambda t: {
        "tifa_review": 1,
        "targets": t,
        "history": [_decision(start="nine")],
    },
    "row-line-a-string": lambda t: {
        "tifa_review": 1,
        "targets": t,
        "history": [_decision(row={"line": "one"})],
    },
    "cursor-a-list": lambda t: {"tifa_review": 1, "targets": t, "cursor": [1], "history": []},
    "not-json": lambda t: "{ broken",
}


@pytest.mark.parametrize("damage", sorted(DAMAGED))
def test_damaged_review_state_is_set_aside(tmp_path: Path, damage: str) -> None:
    path = article(tmp_path)
    state = tmp_path / ".tifa-review.json"
    content = DAMAGED[damage]([str(path)])
    text = content if isinstance(content, str) else json.dumps(content)
    state.write_text(text, encoding="utf-8")
    session = ReviewSession(
        RunSpec([str(path)]), tmp_path / "base.json", tmp_path / "house.csv", state
    )
    session.load()
    session.table()  # what the UI shows first
    assert session.history == []
    aside = [p for p in tmp_path.iterdir() if p.name.startswith(".tifa-review.json.damaged")]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == text
    assert len(session.notices) == 1
    assert str(state) in session.notices[0] and aside[0].name in session.notices[0]


def test_sound_review_state_is_resumed_not_set_aside(tmp_path: Path) -> None:
    path = article(tmp_path)
    state = tmp_path / ".tifa-review.json"
    state.write_text(
        json.dumps({"tifa_review": 1, "targets": [str(path)], "cursor": "abc", "history": []}),
        encoding="utf-8",
    )
    session = ReviewSession(
        RunSpec([str(path)]), tmp_path / "base.json", tmp_path / "house.csv", state
    )
    session.load()
    assert session.cursor == "abc" and session.notices == []
    assert state.exists()


def test_a_decision_whose_state_cannot_be_saved_is_done_and_says_so(tmp_path: Path) -> None:
    path = article(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the state's folder should be\n", encoding="utf-8")
    state = blocker / ".tifa-review.json"
    session = ReviewSession(
        RunSpec([str(path)]), tmp_path / "base.json", tmp_path / "house.csv", state
    )
    session.load()
    session.accept(session.findings.filter(pl.col("code") == "T101")["fingerprint"][0])
    assert path.read_text(encoding="utf-8") == FIXED
    assert len(session.notices) == 1 and str(state) in session.notices[0]
    assert "fix itself is done" in session.notices[0]
    assert session.findings.filter(pl.col("code") == "T101").height == 0  # re-checked


async def test_quitting_when_the_state_cannot_be_saved_asks_first(tmp_path: Path) -> None:
    from tifa.tui.dialogs.confirm import Confirm

    path = article(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the state's folder should be\n", encoding="utf-8")
    session = ReviewSession(
        RunSpec([str(path)]),
        tmp_path / "base.json",
        tmp_path / "house.csv",
        blocker / ".tifa-review.json",
    )
    app = TifaApp(session)
    async with app.run_test(size=(120, 35)) as pilot:
        await loaded(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert str(blocker / ".tifa-review.json") in app.screen.message
        for stay in ("n", "enter"):  # a habitual Enter does not throw the state away
            await pilot.press(stay)
            await pilot.pause()
            assert not isinstance(app.screen, Confirm) and app.is_running
            await pilot.press("q")
            await pilot.pause()
            assert isinstance(app.screen, Confirm)
        await pilot.press("y")  # quit anyway
        await pilot.pause()
        assert not app.is_running
    assert not (blocker / ".tifa-review.json").exists() and blocker.is_file()


async def test_the_review_ui_names_damaged_state_and_starts_afresh(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    state = workdir / ".tifa-review.json"
    state.write_text('{"tifa_review": 1, "history": [1]}', encoding="utf-8")
    app = make_app(MEETING)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        shown = str(screen.query_one("#status-line", Static).render())
        assert "damaged review state" in shown and ".tifa-review.json.damaged" in shown
        assert screen.view.height > 0
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    saved = json.loads(state.read_text(encoding="utf-8"))  # a fresh state was saved on quit
    assert saved["sessions"][saved["last"]]["history"] == []
