"""Rules on the machine's other cores: spawned helper processes for a big input.

A big translation memory costs seconds of CPU in the rules, one after another on one core.
`Helpers` starts worker processes as soon as the command line knows what it will read (before
the main process reads it); each worker reads the same files itself, builds the shared tables
its rules ask for, runs its share of the rules and sends their findings back as Arrow IPC
bytes. The engine (tifa.checks.engine.run_rules) runs the other rules meanwhile and takes the
findings of every rule in the registry's order, so the report is byte for byte the one a
single process gives, whatever the split.

- Only past a size (`MIN_BYTES` of input, `TIFA_JOBS_MIN_BYTES` to change it): a small input,
  an editor hook, must never pay for starting a process.
- Rules that share the expensive tables (term hits, near misses, the Chinese hits) stay
  together in the main process (`MAIN_ONLY`), so no table is built twice for them. The rules
  that read only the Chinese views (numbers, dates, names, empty or untranslated units) are
  the workers' first claims (`WORKER_FIRST`): the views are cheap to build twice, and the main
  process's own part is the floor of the clock. The others
  are shared out as the run goes, not fixed beforehand: each is claimed by one process (a file
  created in a folder of the run's own, which only one process can create), the workers taking
  them from the costliest down (`COSTS`), the main process from the cheapest up once its own
  rules are done. So neither process waits for the other while rules are left, however the
  machine's load, the input or a rule's cost moves the two processes' times (a worker starts
  about a second after the main process and reads the input again; a fixed split by measured
  costs left the main process idle for about 0.9 s of the bench file's 8).
- Workers are fresh interpreters (`python -m tifa.checks.workers`: polars asks for `spawn`,
  not `fork`, and this imports nothing of the caller's main module); the job goes in on
  standard input, the findings come out on standard output. A worker that fails, or that read a different text (a file changed between the two
  reads), is ignored and its rules run in the main process: the output never depends on it.
- A worker ignores Ctrl-C (the main process ends it) and exits when its standard input closes
  (the main process is gone).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from tifa.checks.rule import Rule
from tifa.corpus import Corpus
from tifa.corpus.pairs import Columns

# Inputs smaller than this run in one process (a worker costs about a second of CPU to start,
# import and read; the 100,000-unit PO bench file is 20.7 MB).
MIN_BYTES = 4_000_000
MIN_BYTES_VARIABLE = "TIFA_JOBS_MIN_BYTES"
JOBS_VARIABLE = "TIFA_JOBS"

# Rules' CPU seconds on the 100,000-unit PO bench file, tables they build on their own
# included (bench/bench_costs.py prints this table; here the median of three runs at load
# 12-19, session 42); a rule not listed counts as DEFAULT_COST.
# They order the rules the workers claim: costliest first.
COSTS = {
    "D501": 0.25, "D505": 0.10, "E801": 0.39, "E807": 0.21, "E814": 0.16, "E817": 0.08,
    "E818": 0.11, "E820": 0.08, "N202": 0.09, "N203": 0.09, "N204": 0.21, "N205": 0.09,
    "N206": 0.09, "N207": 0.15, "N210": 0.10, "N213": 0.08, "P302": 0.08, "R601": 0.52,
    "R603": 0.17, "T102": 0.25, "T107": 0.09, "T108": 0.14, "T113": 0.11, "T114": 0.09,
    "U404": 0.08,
}  # fmt: skip
DEFAULT_COST = 0.04
# Rules that read the expensive shared tables (English term hits, near misses, the Chinese
# hits): they stay in the main process, which builds those tables once.
MAIN_ONLY = frozenset(
    ("N204", "N206", "T101", "T102", "T103", "T104", "T105", "T106", "T107", "T108", "T110",
     "T111")
)  # fmt: skip
# Rules that read of the shared tables only the Chinese views (and the pairs made from them):
# a worker claims them before any other, so that they and their tables leave the main
# process's part, the floor of the clock (the views cost about 0.2 s to build again).
WORKER_FIRST = frozenset(("D501", "D502", "D503", "N202", "U402", "U403", "U404"))


@dataclass(frozen=True)
class Job:
    """What a worker needs to build the same run as the main process."""

    targets: tuple[str | tuple[str, str], ...]
    encoding: str | None
    columns: Columns | None
    glossaries: tuple[str | Path, ...]
    use_default: bool
    root: Path
    codes: tuple[str, ...]  # the rules it may claim, in the order it claims them
    claims: str = ""  # the folder where a rule is claimed (Helpers makes it)


def wanted_jobs(option: int | None) -> int:
    """How many processes to use: `--jobs`, else TIFA_JOBS, else two when the machine has a
    second core and it is idle (load average below the cores less one), else one.

    On a busy machine a worker gains nothing on the clock and costs its start (about 2 s of
    CPU on the 100,000-unit bench file): measured at load 20 on 2 cores, two processes took
    longer than one."""
    if option is None:
        value = os.environ.get(JOBS_VARIABLE, "").strip()
        option = int(value) if value.isdigit() else None
    if option is not None:
        return max(1, option)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float(cores)
    return 2 if cores >= 2 and load < cores - 1 else 1


def big_enough(targets: Sequence[object]) -> bool:
    """Whether the input is large enough to share out (plain files only: no standard input)."""
    value = os.environ.get(MIN_BYTES_VARIABLE, "").strip()
    least = int(value) if value.isdigit() else MIN_BYTES
    total = 0
    for target in targets:
        path = target[1] if isinstance(target, tuple) else target
        if not isinstance(path, str) or path == "-":
            return False
        try:
            total += os.path.getsize(path)
        except OSError:
            return False  # the main process reports it
    return total >= least


def shared(rules: Sequence[Rule]) -> tuple[str, ...]:
    """The codes of the rules any process may run (all but MAIN_ONLY): WORKER_FIRST, then the
    others, each group costliest first: the order in which workers claim them (the main
    process claims from the other end)."""
    free = [r.code for r in rules if r.code not in MAIN_ONLY]
    return tuple(
        sorted(
            free,
            key=lambda code: (code not in WORKER_FIRST, -COSTS.get(code, DEFAULT_COST), code),
        )
    )


def claim(folder: str, code: str) -> bool:
    """Whether this process may run rule `code`: True for the one process that creates its
    claim file in `folder` first, False for every other (and when the folder is gone)."""
    try:
        os.close(os.open(os.path.join(folder, code), os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError:
        return False
    return True


def corpus_digest(corpus: Corpus) -> str:
    """A digest of everything rules read from the input: both processes must have read the same."""
    h = hashlib.blake2b(digest_size=16)
    for d in corpus.docs:
        for part in (d.name, d.text, d.file_text):
            data = part.encode("utf-8", "surrogatepass")
            h.update(len(data).to_bytes(8, "little"))
            h.update(data)
    return h.hexdigest()


class Helpers:
    """Worker processes running some rules; `frames` collects what they found."""

    def __init__(self, jobs: Sequence[Job] = (), count: int = 0) -> None:
        """Start `count` workers (at least one per job) and give them `jobs`; without jobs the
        workers import what they need and wait for `send`."""
        self._workers: list[tuple[Job | None, subprocess.Popen[bytes]]] = []
        self._claims = tempfile.mkdtemp(prefix="tifa-claims-")
        # The same modules as this process (not a `tifa` folder in the working directory).
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        try:
            for _ in range(max(count, len(jobs))):
                # A fresh interpreter (polars asks for spawn, not fork) that imports nothing of
                # the caller's main module; its errors are ours to report, not its own.
                process = subprocess.Popen(
                    [sys.executable, "-P", "-m", "tifa.checks.workers"],
                    env=env,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                )
                self._workers.append((None, process))
            if jobs:
                self.send(jobs)
        except BaseException:
            self.close()
            raise

    def send(self, jobs: Sequence[Job]) -> Helpers:
        """Give the started workers their jobs, one each (a worker left without one is ended);
        self."""
        try:
            given: list[tuple[Job | None, subprocess.Popen[bytes]]] = []
            for (_, process), job in zip(self._workers, jobs, strict=False):
                job = replace(job, claims=self._claims)
                assert process.stdin is not None
                data = pickle.dumps(job)
                with contextlib.suppress(OSError):  # a worker that failed: its rules run here
                    process.stdin.write(len(data).to_bytes(8, "little") + data)
                    process.stdin.flush()  # kept open: the worker leaves when it closes
                given.append((job, process))
            for _, process in self._workers[len(given) :]:
                _end(process)
            self._workers = given
        except BaseException:
            self.close()
            raise
        return self

    @property
    def codes(self) -> frozenset[str]:
        """Every rule code a worker may run (the main process runs the others)."""
        return frozenset(c for job, _ in self._workers if job for c in job.codes)

    def claimable(self) -> list[str]:
        """The workers' rules in the order the main process claims them: cheapest first."""
        order = dict.fromkeys(c for job, _ in self._workers if job for c in job.codes)
        return list(reversed(order))

    def claim(self, code: str) -> bool:
        """Whether the main process may run the worker rule `code` (no worker has claimed it);
        once False, every rule costlier than `code` is a worker's too."""
        return claim(self._claims, code)

    def frames(self, corpus: Corpus) -> dict[str, pl.DataFrame | None]:
        """The labelled findings (None: nothing found) of each rule a worker claimed and ran,
        for every worker that finished on the same text as `corpus`; the rules of a worker
        that failed are absent."""
        digest = corpus_digest(corpus)
        found: dict[str, pl.DataFrame | None] = {}
        for _, process in self._workers:
            assert process.stdout is not None
            try:
                message = process.stdout.read()
            except OSError:
                continue
            got = _decode(message, digest) if process.wait() == 0 else None
            if got is not None:
                found.update(got)
        return found

    def close(self) -> None:
        """End every worker still running and wait for it."""
        for _, process in self._workers:
            _end(process)
        self._workers = []
        shutil.rmtree(self._claims, ignore_errors=True)


def _end(process: subprocess.Popen[bytes]) -> None:
    """End a worker if it still runs, and wait for it."""
    if process.poll() is None:
        process.terminate()
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
    process.wait()


def _decode(message: bytes, digest: str) -> dict[str, pl.DataFrame | None] | None:
    buffer = io.BytesIO(message)
    head = buffer.readline().decode("ascii").split()
    if not head or head[0] != "ok" or head[1] != digest:
        return None
    found: dict[str, pl.DataFrame | None] = {}
    for code, size in zip(head[2::2], head[3::2], strict=True):
        n = int(size)
        found[code] = pl.read_ipc(io.BytesIO(buffer.read(n))) if n else None
    return found


def _work() -> int:
    """A worker's life: import what it needs, read its job from standard input, read the input
    files, run its rules, write the findings to standard output, exit."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the main process ends us
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # nothing a library prints can reach the findings
    from tifa.checks.timeline import mark

    mark("start")

    # Before the job: the main process may start us before it knows it (tifa.cli).
    from tifa.checks.context import Context
    from tifa.checks.engine import labelled
    from tifa.checks.registry import all_rules
    from tifa.corpus.read import read_corpus
    from tifa.glossary import load_glossaries

    rules = {r.code: r for r in all_rules()}
    mark("imported")
    stdin = sys.stdin.buffer
    size = int.from_bytes(stdin.read(8), "little")
    job: Job = pickle.loads(stdin.read(size))
    mark("job")

    def watch() -> None:  # the main process closes our input when it is gone or done
        stdin.read()
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    glossary = load_glossaries(list(job.glossaries), use_default=job.use_default)
    mark("glossary")
    corpus = read_corpus(list(job.targets), job.encoding, None, job.columns)
    mark("read")
    ctx = Context(corpus, glossary, None, job.root)
    head = ["ok", corpus_digest(corpus)]
    body = []
    for code in job.codes:
        if not claim(job.claims, code):
            continue  # the main process or another worker runs it
        found = rules[code].func(ctx)
        mark(code)
        data = b""
        if found.height:
            sink = io.BytesIO()
            labelled(found, rules[code]).write_ipc(sink)
            data = sink.getvalue()
        head += [code, str(len(data))]
        body.append(data)
    out.write(" ".join(head).encode("ascii") + b"\n")
    for data in body:
        out.write(data)
    out.close()
    mark("sent")
    from tifa.checks.literals import LITERALS
    from tifa.checks.pattern_cache import PATTERNS

    PATTERNS.save()  # after the findings: the main process is not kept waiting for it
    LITERALS.save()
    return 0


if __name__ == "__main__":
    try:
        code = _work()
    except BaseException:  # the main process runs our rules itself
        code = 1
    # At once: the thread watching standard input must not hold up the interpreter's shutdown.
    os._exit(code)
