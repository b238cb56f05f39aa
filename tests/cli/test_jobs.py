"""`tifa check --jobs 2`: some rules in a worker process, the same report byte for byte.

Run through the installed `tifa` command in its own processes, with the size past which a
worker is started lowered (TIFA_JOBS_MIN_BYTES) so that small files take the worker's path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SAMPLES

from tifa.checks import workers
from tifa.checks.registry import all_rules, select_rules
from tifa.corpus.read import read_corpus, sample_paths

TIFA = Path(sys.executable).with_name("tifa")
BILINGUAL = Path(__file__).parents[1] / "data" / "bilingual"


def _po_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture(scope="module")
def po_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bilingual test corpus (planted errors and clean pairs) as one PO file."""
    units = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for name in ("planted.tsv", "clean.tsv"):
        lines = (BILINGUAL / name).read_text(encoding="utf-8").splitlines()[1:]
        for line in lines:
            zh, en = line.split("\t")[:2]
            units.append(f"msgid {_po_string(zh)}\nmsgstr {_po_string(en)}\n")
    path = tmp_path_factory.mktemp("jobs") / "memory.po"
    path.write_text("\n".join(units), encoding="utf-8")
    return path


def check(args: list[str], jobs: str, cwd: Path) -> tuple[int, bytes, bytes]:
    env = {**os.environ, "TIFA_JOBS_MIN_BYTES": "1", "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("TIFA_JOBS", None)
    run = subprocess.run(
        [str(TIFA), "check", "--jobs", jobs, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=300,
    )
    return run.returncode, run.stdout, run.stderr


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_two_jobs_give_the_same_report_on_a_po_file(po_file: Path, fmt: str) -> None:
    one = check([str(po_file), "-f", fmt], "1", po_file.parent)
    two = check([str(po_file), "-f", fmt], "2", po_file.parent)
    assert one[0] == 1, one[2].decode()
    assert two == one
    if fmt == "json":
        found = json.loads(one[1])["findings"]
        # Findings of rules that either process may run, and of the main process's own.
        codes = {f["code"] for f in found}
        part = set(workers.shared(select_rules([])))
        assert codes & part and codes - part


def test_two_jobs_give_the_same_report_on_the_samples(tmp_path: Path) -> None:
    one = check([str(SAMPLES), "-f", "json"], "1", tmp_path)
    two = check([str(SAMPLES), "-f", "json"], "2", tmp_path)
    assert one[0] == 1
    assert two == one


def test_bad_input_with_two_jobs_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "broken.po"
    bad.write_text('msgid "会议"\nmsgstr "The meeting\n', encoding="utf-8")
    code, out, err = check([str(bad)], "2", tmp_path)
    assert code == 2
    assert out == b""
    assert len(err.decode().strip().splitlines()) == 1
    assert err.decode().startswith(str(bad))


def test_a_worker_sends_the_findings_of_each_of_its_rules() -> None:
    rules = all_rules()
    codes = workers.shared(rules)
    targets = tuple(sample_paths())
    job = workers.Job(targets, None, None, (), True, Path.cwd(), codes)
    helpers = workers.Helpers([job])
    try:
        found = helpers.frames(read_corpus(list(targets)))
    finally:
        helpers.close()
    assert sorted(found) == sorted(codes)
    assert any(frame is not None and frame.height for frame in found.values())


def test_a_rule_claimed_by_the_main_process_is_not_run_by_the_worker() -> None:
    codes = workers.shared(all_rules())
    targets = tuple(sample_paths())
    job = workers.Job(targets, None, None, (), True, Path.cwd(), codes)
    helpers = workers.Helpers([job])
    try:
        # Claimed at once, before the worker (still starting) can: the cheapest three.
        taken = [code for code in helpers.claimable()[:3] if helpers.claim(code)]
        assert not any(helpers.claim(code) for code in taken)  # a claim is made once
        found = helpers.frames(read_corpus(list(targets)))
    finally:
        helpers.close()
    assert taken
    assert not set(found) & set(taken)
    assert sorted([*found, *taken]) == sorted(codes)


def test_the_main_process_claims_the_cheapest_rules_first() -> None:
    codes = workers.shared(all_rules())
    job = workers.Job((), None, None, (), True, Path.cwd(), codes)
    helpers = workers.Helpers([job])
    try:
        order = helpers.claimable()
    finally:
        helpers.close()
    assert order == list(reversed(codes))
    # The rules that read only the Chinese views first, then the others; costliest first in each.
    first = [code for code in codes if code in workers.WORKER_FIRST]
    assert list(codes[: len(first)]) == first
    assert "D501" in first and "T102" not in codes
    for group in (first, list(codes[len(first) :])):
        costs = [workers.COSTS.get(code, workers.DEFAULT_COST) for code in group]
        assert costs == sorted(costs, reverse=True)


def test_a_worker_that_read_another_text_is_ignored(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The the city held a meeting.\n", encoding="utf-8")
    job = workers.Job((str(article),), None, None, (), True, tmp_path, ("E802",))
    helpers = workers.Helpers([job])
    article.write_text("The city held a meeting on Monday.\n", encoding="utf-8")
    try:
        found = helpers.frames(read_corpus([str(article)]))
    finally:
        helpers.close()
    # Either the worker read the old text (ignored) or the new one (its findings count).
    assert found in ({}, {"E802": None})


def test_the_shared_table_rules_stay_in_the_main_process() -> None:
    rules = all_rules()
    codes = workers.shared(rules)
    assert not set(codes) & workers.MAIN_ONLY
    assert set(codes) | workers.MAIN_ONLY >= {r.code for r in rules}
    assert workers.shared(rules) == codes


def test_small_inputs_and_standard_input_stay_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TIFA_JOBS_MIN_BYTES", raising=False)
    small = tmp_path / "a.txt"
    small.write_text("The city held a meeting.\n", encoding="utf-8")
    assert not workers.big_enough([str(small)])
    assert not workers.big_enough(["-"])
    monkeypatch.setenv("TIFA_JOBS_MIN_BYTES", "1")
    assert workers.big_enough([str(small)])
    assert not workers.big_enough(["-"])
    monkeypatch.setenv("TIFA_JOBS", "1")
    assert workers.wanted_jobs(None) == 1
    assert workers.wanted_jobs(3) == 3


def test_workers_started_before_their_job_run_it_and_a_spare_one_is_ended() -> None:
    codes = workers.shared(all_rules())
    targets = tuple(sample_paths())
    helpers = workers.Helpers(count=2)
    try:
        assert helpers.codes == frozenset()  # no job yet
        helpers.send([workers.Job(targets, None, None, (), True, Path.cwd(), codes)])
        assert helpers.codes == frozenset(codes)
        found = helpers.frames(read_corpus(list(targets)))
    finally:
        helpers.close()
    assert sorted(found) == sorted(codes)


def test_a_usage_error_after_the_worker_started_is_one_line_and_exit_2(po_file: Path) -> None:
    # The worker starts as soon as the file is named, before the glossary is read.
    missing = po_file.parent / "missing.csv"
    code, out, err = check([str(po_file), "-g", str(missing)], "2", po_file.parent)
    assert code == 2
    assert out == b""
    assert len(err.decode().strip().splitlines()) == 1
    assert err.decode().startswith(str(missing))


def _timeline_env(timeline: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "TIFA_JOBS_MIN_BYTES": "1",
        "NO_COLOR": "1",
        "TIFA_TIMELINE": str(timeline),
    }
    env.pop("TIFA_JOBS", None)
    return env


def test_the_timeline_notes_both_processes_steps_and_changes_no_finding(po_file: Path) -> None:
    timeline = po_file.parent / "timeline.txt"
    timeline.unlink(missing_ok=True)
    args = [str(TIFA), "check", "--jobs", "2", str(po_file), "-f", "json"]
    run = subprocess.run(
        args, cwd=po_file.parent, env=_timeline_env(timeline), capture_output=True, timeout=300
    )
    assert (run.returncode, run.stdout) == check([str(po_file), "-f", "json"], "2", po_file.parent)[
        :2
    ]
    steps: dict[str, set[str]] = {}
    for line in timeline.read_text(encoding="utf-8").splitlines():
        _clock, pid, _cpu, step = line.split(" ", 3)
        steps.setdefault(pid, set()).add(step.split()[0])
    assert len(steps) == 2  # the main process and its worker
    assert all({"start", "imported", "read"} <= s for s in steps.values())
    codes = {
        code for s in steps.values() for code in s if code[:1].isupper() and code[1:].isdigit()
    }
    assert codes == {r.code for r in select_rules([])}  # every rule's end is marked


def test_a_timeline_that_cannot_be_written_leaves_the_check_alone(po_file: Path) -> None:
    timeline = po_file.parent / "no-such-folder" / "timeline.txt"
    args = [str(TIFA), "check", "--jobs", "1", str(po_file), "-f", "json"]
    run = subprocess.run(
        args, cwd=po_file.parent, env=_timeline_env(timeline), capture_output=True, timeout=300
    )
    assert run.returncode == 1 and not run.stderr
    assert run.stdout == check([str(po_file), "-f", "json"], "1", po_file.parent)[1]
