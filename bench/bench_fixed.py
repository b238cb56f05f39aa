"""Time the fixed cost of `tifa check`: what one small input costs, as an editor hook or a
pre-commit run pays it on every save.

Run:  python bench/bench_fixed.py [--runs 5] [--previous DIR] [--keep DIR]

Times, each as its own process the way a user runs it: `import tifa.cli` alone; `tifa check`
on one bundled sample article (about 770 words of English, no Chinese); and `tifa check` on a
ten-unit zh-en PO file (bench_po's units, with Chinese sources). Prints the lowest CPU time
(user + system, from os.wait4) and the lowest clock of `--runs` runs of each. Never run as a
test: timings belong here.

Method (as bench_po's): compare CPU time on a shared machine. The runs read bytecode, as an
installed package does (PYTHONDONTWRITEBYTECODE is dropped for them), rather than compile the
source. `--previous DIR` times another version of tifa in turns with this one, one run of each
after the other, so that both see the same load: DIR is a `git archive` of its commit laid out
as the installed package (`DIR/tifa` holding `glossary`, `corpus`, `checks` and `tui`), put
first on PYTHONPATH. To see where the time goes, run `python -X importtime -m tifa check FILE`
and `python -m cProfile -s cumtime -m tifa check FILE` on the file `--keep DIR` leaves.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_po import write_po

from tifa.corpus.read import sample_paths

# The shortest bundled sample: about 770 words.
SAMPLE = "001_4808330f7a20e830.txt"


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Clock and CPU seconds (user + system, the process's own) of `command`."""
    t0 = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert child.stderr is not None
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: {errors.decode()[-500:]}")
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5, help="runs of each (the lowest is kept)")
    parser.add_argument("--previous", help="a previous version's package folder, timed in turns")
    parser.add_argument("--keep", help="write the inputs here and keep them")
    args = parser.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="tifa-fixed-"))
    work.mkdir(parents=True, exist_ok=True)
    article = work / SAMPLE
    shutil.copyfile(dict((Path(p).name, p) for _, p in sample_paths())[SAMPLE], article)
    po = work / "ten.po"
    write_po(po, 10)
    cases = {
        "import tifa.cli": [sys.executable, "-c", "import tifa.cli"],
        "check one article": [sys.executable, "-m", "tifa", "check", str(article), "-f", "json"],
        "check 10-unit PO": [sys.executable, "-m", "tifa", "check", str(po), "-f", "json"],
    }
    versions = {"this": os.environ.get("PYTHONPATH", "")}
    if args.previous:
        versions = {"previous": str(Path(args.previous).resolve()), **versions}
    # Bytecode written on the first run and read after, as an installed package has it
    # (pip compiles it on install): compiling every module's source costs a quarter second.
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    best: dict[tuple[str, str], tuple[float, float]] = {}
    for _ in range(args.runs):
        for case, command in cases.items():
            for version, path in versions.items():
                # Run outside any checkout, so that `-m tifa` finds the installed package.
                wall, cpu = timed(command, work, {**environ, "PYTHONPATH": path})
                low = best.get((case, version), (wall, cpu))
                best[(case, version)] = (min(low[0], wall), min(low[1], cpu))
    print(f"lowest of {args.runs} runs; load average {os.getloadavg()[0]:.1f}")
    print(f"  {'':20} {'version':>9} {'CPU s':>7} {'clock s':>8}")
    for (case, version), (wall, cpu) in best.items():
        print(f"  {case:20} {version:>9} {cpu:7.2f} {wall:8.2f}")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
