"""Which regular expressions polars compiles in a `tifa check` run, and what each costs.

Run:  python bench/bench_patterns.py FILE [--top 30] [--runs 3]

Runs `tifa check FILE` (JSON to nowhere, one process) in this process, recording every pattern
handed to polars' string functions that take a regular expression (`contains`, `extract`,
`replace_all` ...) and the line of tifa that handed it over. Then times compiling each distinct
pattern alone: a one-row column searched with it, polars' per-thread cache of 32 compiled
patterns flushed with other patterns before each try, the lowest of `--runs` tries. Prints the
total, the total by calling module and the costliest patterns. Never run as a test: timings
belong here.

Compiling is paid in every process, on ten units as on 100,000 (README, Speed): this tells
which patterns to make cheaper. A pattern's cost over a big column (the lazy DFA thrashing on a
wide counted repetition, the slow engine on a Unicode word boundary) is another matter: time
that on the bench file's column of distinct texts (bench_po.py --keep, bench_costs.py).
"""

from __future__ import annotations

import argparse
import contextlib
import time
import traceback
from collections.abc import Callable
from typing import Any

import polars as pl
from polars.expr.string import ExprStringNameSpace

# The string functions whose first argument is a regular expression unless literal=True.
REGEX_FUNCTIONS = (
    "contains",
    "count_matches",
    "extract",
    "extract_all",
    "extract_groups",
    "find",
    "replace",
    "replace_all",
)


def record(seen: dict[str, str]) -> dict[str, Callable[..., pl.Expr]]:
    """Wrap polars' string functions so that each regular expression handed to them is kept in
    `seen` with the line of tifa that handed it over (Series' functions go through these).
    Returns the functions wrapped, to put back."""
    originals: dict[str, Callable[..., pl.Expr]] = {}
    for name in REGEX_FUNCTIONS:
        original = getattr(ExprStringNameSpace, name)
        originals[name] = original

        def wrapped(
            self: ExprStringNameSpace,
            pattern: object,
            *args: Any,
            _original: Callable[..., pl.Expr] = original,
            **kwargs: Any,
        ) -> pl.Expr:
            if isinstance(pattern, str) and not kwargs.get("literal") and pattern not in seen:
                ours = [f for f in traceback.extract_stack()[:-1] if "/tifa/" in f.filename]
                seen[pattern] = (
                    f"{ours[-1].filename.rsplit('/', 1)[-1]}:{ours[-1].lineno}" if ours else "?"
                )
            return _original(self, pattern, *args, **kwargs)

        setattr(ExprStringNameSpace, name, wrapped)
    return originals


def compile_cost(pattern: str, runs: int) -> float:
    """The lowest CPU seconds of `runs` first searches with `pattern` (each compiles it)."""
    column = pl.Series("t", ["x"])
    best = float("inf")
    for run in range(runs):
        for i in range(40):  # more than the cache holds
            column.str.contains(f"flush{run}_{i}_{len(pattern)}")
        start = time.process_time()
        column.str.contains(pattern)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("file", help="the input to check")
    parser.add_argument("--top", type=int, default=30, help="costliest patterns to list")
    parser.add_argument("--runs", type=int, default=3, help="tries per pattern (lowest kept)")
    args = parser.parse_args()
    seen: dict[str, str] = {}
    originals = record(seen)
    from tifa.cli import cli

    with contextlib.suppress(SystemExit):
        cli(["check", "--jobs", "1", "-f", "json", "-o", "/dev/null", args.file])
    for name, original in originals.items():
        setattr(ExprStringNameSpace, name, original)
    base = compile_cost("zzq", args.runs)  # a search with a trivial pattern: the overhead
    costs = {p: max(0.0, compile_cost(p, args.runs) - base) for p in seen}
    print(f"{len(costs)} distinct patterns, {sum(costs.values()):.3f} s of CPU to compile")
    by_module: dict[str, float] = {}
    for pattern, cost in costs.items():
        module = seen[pattern].split(":")[0]
        by_module[module] = by_module.get(module, 0.0) + cost
    for module, cost in sorted(by_module.items(), key=lambda item: -item[1])[:10]:
        print(f"  {cost:.3f} s  {module}")
    print()
    for pattern, cost in sorted(costs.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{cost * 1000:6.2f} ms  {seen[pattern]:28s} {pattern[:90]!r}")


if __name__ == "__main__":
    main()
