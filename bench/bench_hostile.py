"""Benchmark `tifa check` on hostile inputs: each at two sizes, to show the time is linear.

Run:  python bench/bench_hostile.py [--scale 1] [--cases backticks,quotes]

For each case, runs the whole `tifa check` (text report, in-process, output discarded) on an
input of n and of 4n units and prints both times and their ratio: about 4 for linear work,
16 for quadratic. Never run as a test: timings belong here, not in assertions (the tests in
tests/safety/test_inputs.py check what these inputs must produce).

Cases: a Markdown line of backticks; a line of straight quotes; unclosed autolinks glued
together; commas glued to words; a recursive glob over a tree with symbolic-link loops.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tifa.cli import main as tifa_main

Maker = Callable[[Path, int], list[str]]


def _file(folder: Path, name: str, text: str) -> list[str]:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return ["--no-default-glossary", str(path)]


def backticks(folder: Path, n: int) -> list[str]:
    """A Markdown line of n backticks (800 took 14 s before inline code was paired)."""
    return _file(folder, "a.md", "The two pre-zones " + "`" * n + " are built.\n")


def quotes(folder: Path, n: int) -> list[str]:
    """One line of n straight quotes: n findings in the text report (200,000 took 190 s)."""
    return _file(folder, "a.txt", '"' * n + "\n")


def autolinks(folder: Path, n: int) -> list[str]:
    """n unclosed autolinks glued into one run (each used to be scanned to the line's end)."""
    return _file(folder, "a.md", "See " + "<http://dl.gov.cn/a,b" * n + " today.\n")


def commas(folder: Path, n: int) -> list[str]:
    """n commas glued to the next word (P305 re-scanned the line for addresses per match)."""
    return _file(folder, "a.txt", "Dalian,Shenyang " * n + "\n")


def symlink_loops(folder: Path, n: int) -> list[str]:
    """n folders of one article each, every one with two links back to the top."""
    top = folder / "articles"
    for i in range(n):
        sub = top / f"district{i:05d}"
        sub.mkdir(parents=True)
        (sub / "a.txt").write_text("The two pre-zones are built.\n", encoding="utf-8")
        (sub / "up").symlink_to("..")
        (sub / "again").symlink_to("..")
    return ["--no-default-glossary", str(top / "**" / "*.txt")]


CASES: dict[str, tuple[Maker, int]] = {
    "backticks": (backticks, 50_000),
    "quotes": (quotes, 50_000),
    "autolinks": (autolinks, 5_000),
    "commas": (commas, 20_000),
    "symlink-loops": (symlink_loops, 200),
}


def run(args: list[str]) -> float:
    """Seconds one `tifa check ARGS` takes, its report discarded."""
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        tifa_main(["check", *args])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    parser.add_argument("--cases", default=",".join(CASES), help="cases to run, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:  # warm up: imports and first-use setup
        run(_file(Path(tmp), "a.txt", "The two pre-zones are built.\n"))
    print(f"{'case':<14} {'n':>8} {'s':>7} {'4n':>8} {'s':>7} {'ratio':>6}")
    for name in args.cases.split(","):
        make, base = CASES[name]
        n = max(1, int(base * args.scale))
        times = []
        for size in (n, 4 * n):
            with tempfile.TemporaryDirectory() as tmp:
                times.append(run(make(Path(tmp), size)))
        print(
            f"{name:<14} {n:8d} {times[0]:7.2f} {4 * n:8d} {times[1]:7.2f} "
            f"{times[1] / max(times[0], 1e-9):6.1f}"
        )


if __name__ == "__main__":
    main()
