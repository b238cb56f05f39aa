"""Benchmark `tifa check` on one big PO file beside translate-toolkit's `pofilter`.

Run:  python bench/bench_po.py [--units 100000] [--keep DIR] [--skip-pofilter]
      [--select CODES] [--ignore CODES] [--distinct] [--jobs 1,2] [--from-source]

Writes a PO file of synthetic Chinese-English units in the register of local government news
(made up here from templates, seeded, so every run checks the same file), then times
`tifa check FILE` and `pofilter FILE OUT` on it, each as its own process the way a user runs
them, and prints for each its wall-clock time, its own CPU time (user + system, from
os.wait4) and its peak memory, with the rates in units per second. Never run as a test:
timings belong here. tifa is timed once per `--jobs` value (default 1 and 2: one process, and
the main process with one worker on the machine's other core; 0 passes no `--jobs`, for a
version that has none); its CPU time then counts the worker too (wait4 counts a child's own
waited-for children), and its peak memory is the larger of the two processes' (add the
worker's, about 450 MB here, for the machine's total).
The 10× goal is read on the clock: pofilter uses one core, tifa may use two.

tifa runs as installed: pip compiles an installed package's bytecode on install, so each of
tifa's processes reads its ~290 modules' bytecode rather than compile their source (about
0.2 s of CPU per process). An editable or `git archive` checkout has none, so before any
timed run, and untimed, this writes it (a warm-up process runs compileall over the tifa
package the timed commands import, PYTHONPATH first, as they see it), and the timed runs go
without PYTHONDONTWRITEBYTECODE. `--from-source` instead removes tifa's bytecode and sets the
variable, so that every process compiles tifa's source, as the sessions before 36 measured
(README, Speed, gives the figure both ways once); the libraries' bytecode is left alone.

Method: on a shared machine compare CPU time, not the clock; run each side more than once
and keep the lowest. The machine's load moves CPU times too (by a third on a busy 2-core
machine): to compare two versions of tifa, time them in turns, one run of each after the
other, and compare the pairs (the previous version can be a `git archive` of its commit laid
out as the installed package — `tifa/` holding `glossary`, `corpus`, `checks` and `tui` —
put first on PYTHONPATH). `--ignore T102,T106,D501,D502,D503,N202,U402,U403,U404` times the
English rules alone. The templates' slots repeat, so about a fifth of the 100,000 units are
distinct, as units of a translation memory repeat; tifa reads each distinct unit once, so
this file flatters it against a file of all-distinct units (README, Speed, says by how much:
about 7 s of CPU here against about 30 s there); `--distinct` writes that file (a unit number
before both sides of every unit), where tifa's cost per distinct unit shows. `--keep DIR`
leaves the file and tifa's JSON report there, to profile or to compare the findings of two
versions byte for byte.

Where the time goes: profile `tifa check FILE.po -f json` from the kept file with cProfile,
sorted by own time and by cumulative time; per-rule CPU is clearer with the shared tables
(term hits, Chinese views and hits) built first and each rule's function then timed alone.
A change that only saves time must leave the JSON report of the kept file, the samples and
the bilingual test corpus byte-identical. D501 sends to its Python number readers only the
pairs polars cannot settle (tifa.checks.plain_numbers). Every unit of the file is meant as a
correct translation (835万 is "8,350,000"), as most units of a translation memory are. README,
Speed, gives the last figures and where the floor is: a ten-unit file alone costs about 1.7–1.9 s
of CPU (imports, polars compiling some 490 regular expressions, about 140 rules' polars calls;
the word list's shards and the glossary's jieba words come from tifa's cache folder since
session 40), so 10× `pofilter` would leave about two seconds for the units. bench_fixed.py times that floor (and one article), in
turns with a previous version if asked, and keeps its ten-unit PO file to profile with `python
-X importtime` and cProfile; to time the reader alone,
call `tifa.corpus.read.read_corpus` on the kept file in a loop and keep the lowest.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# (Chinese, English) templates; {n} a number ({w} the same number of 万 in English figures),
# {c} a city pair, {b} a body pair, {y} a year.
TEMPLATES = (
    (
        "{c0}市召开{b0}会议，部署{y}年重点工作。",
        "{c1} held a meeting of the {b1} to plan its key tasks for {y}.",
    ),
    (
        "全市新增市场主体{n}万户，同比增长{p}%。",
        "The city added {w} market entities, up {p}% year on year.",
    ),
    (
        "{b0}强调，要坚持稳中求进工作总基调。",
        "The {b1} stressed the need to adhere to the general principle of pursuing progress while ensuring stability.",
    ),
    (
        "{c0}将建设{n}个“两先区”重点项目。",
        "{c1} will build {n} key projects of the “two pilot zones”.",
    ),
    (
        "会议指出，要持续优化营商环境，推动高质量发展。",
        "The meeting pointed out that efforts should be made to keep optimizing the business environment and promote high-quality development.",
    ),
    ("{y}年，{c0}地区生产总值增长{p}%。", "In {y}, the regional GDP of {c1} grew by {p}%."),
    (
        "{c0}市委书记主持会议并讲话。",
        "The secretary of the {c1} Municipal Party Committee presided over the meeting and delivered a speech.",
    ),
    (
        "要全面贯彻落实党的二十大精神。",
        "We must fully implement the guiding principles of the 20th CPC National Congress.",
    ),
    (
        "{c0}港口集装箱吞吐量达到{n}万标箱。",
        "The container throughput of {c1} Port reached {w} TEUs.",
    ),
    (
        "{b0}审议通过了《{c0}市{y}年政府工作报告》。",
        "The {b1} reviewed and adopted the {y} Government Work Report of {c1}.",
    ),
)
CITIES = (("大连", "Dalian"), ("沈阳", "Shenyang"), ("鞍山", "Anshan"), ("丹东", "Dandong"))
BODIES = (
    ("市政府常务", "standing committee of the municipal government"),
    ("市人大常委会", "Standing Committee of the Municipal People's Congress"),
    ("市政协", "Municipal Committee of the CPPCC"),
)


def po_string(keyword: str, text: str) -> str:
    """A PO keyword line with `text` escaped as gettext does."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'{keyword} "{escaped}"\n'


def write_po(path: Path, units: int, seed: int = 8, distinct: bool = False) -> None:
    """A PO file of `units` made-up zh→en units (msgid Chinese, msgstr English); with
    `distinct`, each unit numbered on both sides ("(12345)"), so that no two are alike."""
    rng = random.Random(seed)
    parts = [
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'
    ]
    for i in range(units):
        zh, en = TEMPLATES[rng.randrange(len(TEMPLATES))]
        city, body = CITIES[rng.randrange(len(CITIES))], BODIES[rng.randrange(len(BODIES))]
        n = rng.randint(2, 950)
        slots = {
            "c0": city[0], "c1": city[1], "b0": body[0], "b1": body[1],
            # {w} is n 万 in English figures: 835万 is "8,350,000".
            "n": str(n), "w": f"{n * 10_000:,}", "p": f"{rng.randint(1, 120) / 10:.1f}",
            "y": str(rng.randint(2019, 2025)),
        }  # fmt: skip
        parts.append(f"#: news/{i // 40:05d}.html:{i % 40 + 1}\n")
        # A counter in the context keeps every msgid unique, as in a real translation memory.
        parts.append(po_string("msgctxt", f"u{i}"))
        number = f"({i}) " if distinct else ""
        parts.append(po_string("msgid", number + zh.format(**slots)))
        parts.append(po_string("msgstr", number + en.format(**slots)))
        parts.append("\n")
    path.write_text("".join(parts), encoding="utf-8")


def timed(command: list[str], environ: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Wall-clock seconds, CPU seconds (user + system) and peak memory (MB) of `command`,
    that process's own (os.wait4); its output is discarded (exit status 1 means findings).
    CPU time is the fairer figure on a shared machine."""
    t0 = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environ
    )
    assert child.stderr is not None
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - t0
    if child.returncode not in (0, 1):
        sys.exit(f"{command[0]} failed ({child.returncode}): {errors.decode()[-500:]}")
    # ru_maxrss is in kilobytes on Linux.
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def tifa_bytecode(environ: dict[str, str], write: bool) -> None:
    """Compile the bytecode of the tifa package the timed commands will import, as pip does
    on install (`write`), or remove it (each process then compiles the source, as with no
    bytecode ever written); in an untimed process with their environment."""
    script = (
        "import compileall, importlib, pathlib, shutil, sys\n"
        "for name in sys.argv[2:]:\n"
        "    for folder in importlib.import_module(name).__path__:\n"
        "        if sys.argv[1] == 'write':\n"
        "            compileall.compile_dir(folder, quiet=1)\n"
        "        else:\n"
        "            for cache in pathlib.Path(folder).rglob('__pycache__'):\n"
        "                shutil.rmtree(cache)\n"
    )
    packages = ["tifa", "tifa.glossary", "tifa.corpus", "tifa.checks", "tifa.tui"]
    command = [sys.executable, "-c", script, "write" if write else "remove", *packages]
    # From outside any checkout, whose `tifa/` folder would hide the installed package.
    with tempfile.TemporaryDirectory() as outside:
        subprocess.run(command, env=environ, check=True, cwd=outside)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--units", type=int, default=100_000, help="translation units")
    parser.add_argument("--keep", help="write the PO file here and keep it")
    parser.add_argument("--skip-pofilter", action="store_true", help="time tifa only")
    parser.add_argument(
        "--distinct", action="store_true", help="number every unit: no two units alike"
    )
    parser.add_argument("--select", help="rules for tifa check, as its --select (default: all)")
    parser.add_argument("--ignore", help="rules tifa check leaves out, as its --ignore")
    parser.add_argument(
        "--jobs", default="1,2", help="tifa check's --jobs values to time (0: no --jobs option)"
    )
    parser.add_argument(
        "--from-source",
        action="store_true",
        help="no bytecode: every tifa process compiles its modules (PYTHONDONTWRITEBYTECODE)",
    )
    args = parser.parse_args()
    environ = dict(os.environ)
    if args.from_source:
        environ["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        environ.pop("PYTHONDONTWRITEBYTECODE", None)
    tifa_bytecode(environ, write=not args.from_source)
    bindir = Path(sys.executable).parent
    tifa = shutil.which("tifa", path=str(bindir)) or "tifa"
    pofilter = shutil.which("pofilter", path=str(bindir)) or shutil.which("pofilter")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        po = folder / "bench.po"
        write_po(po, args.units, distinct=args.distinct)
        size = po.stat().st_size / 1_000_000
        print(f"{po.name}: {args.units} units, {size:.1f} MB")
        tifa_json = str(folder / "tifa.json")
        command = [tifa, "check", str(po), "-f", "json", "-o", tifa_json]
        if args.select:
            command += ["--select", args.select]
        if args.ignore:
            command += ["--ignore", args.ignore]
        rows = [
            (
                f"tifa -j {jobs}",
                timed([*command, *(["--jobs", jobs] if jobs != "0" else [])], environ),
            )
            for jobs in args.jobs.split(",")
        ]
        if pofilter and not args.skip_pofilter:
            rows.append(
                ("pofilter", timed([pofilter, "--progress=none", str(po), str(folder / "out.po")]))
            )
        print(
            f"{'':>12}  {'wall s':>8} {'units/s':>9}  {'CPU s':>8} {'units/s':>9}  {'peak MB':>8}"
        )
        for name, (wall, cpu, peak) in rows:
            print(
                f"{name:>12}  {wall:8.2f} {args.units / wall:9.0f}  {cpu:8.2f} "
                f"{args.units / cpu:9.0f}  {peak:8.0f}"
            )
        if rows[-1][0] == "pofilter":
            po_wall, po_cpu, _ = rows[-1][1]
            for name, (tifa_wall, tifa_cpu, _) in rows[:-1]:
                print(
                    f"{name} is {po_wall / tifa_wall:.1f}x as fast as pofilter by the clock, "
                    f"{po_cpu / tifa_cpu:.1f}x by CPU time"
                )


if __name__ == "__main__":
    main()
