"""Time each rule alone on the PO bench file and print the COSTS table of tifa.checks.workers.

Run:  python bench/bench_costs.py [FILE] [--units 100000] [--least 0.07]

FILE is the PO file `bench_po.py --keep DIR` leaves (DIR/bench.po); without it, bench_po's file
of `--units` units is written to a temporary folder first. The file is read once and the
run's shared tables are built first (English term hits, near misses, the Chinese views and
hits, the glossary's term table: the main process builds them once for the rules of
MAIN_ONLY); then every rule's function runs once, alone, in the registry's order, and its CPU
time (this process's, polars' threads included) is what it costs. A table a rule makes through
`Context.shared` is made again for each rule, so a rule is charged with what it builds itself.
Each rule runs once, as in a run (its patterns compiled on first use count): on a shared
machine run it more than once and compare, or run it in turns with the previous version.

Prints the read and the shared tables' times, each rule's cost (most costly first), the
total of MAIN_ONLY's rules and of the others, and the COSTS table of the rules costing at
least `--least` seconds, laid out to be pasted into tifa/checks/workers.py. Since rules are
claimed as the run goes, COSTS only orders the workers' rules (costliest first, so that the
main process is left the cheapest when it joins in); a rule's exact figure matters little.
Never run as a test: timings belong here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_po import write_po

from tifa.checks.context import Context, Matchers
from tifa.checks.registry import all_rules
from tifa.checks.workers import COSTS, DEFAULT_COST, MAIN_ONLY, WORKER_FIRST
from tifa.corpus.read import read_corpus
from tifa.glossary import load_glossaries


def cpu() -> float:
    """This process's CPU seconds (every thread's)."""
    return time.process_time()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("file", nargs="?", help="the PO file (default: bench_po's, written)")
    parser.add_argument("--units", type=int, default=100_000, help="units of the written file")
    parser.add_argument("--least", type=float, default=0.07, help="smallest cost in COSTS")
    args = parser.parse_args()
    if args.file:
        path = Path(args.file)
    else:
        path = Path(tempfile.mkdtemp(prefix="tifa-costs-")) / "bench.po"
        write_po(path, args.units)
    t = cpu()
    glossary = load_glossaries([], use_default=True)
    corpus = read_corpus([str(path)])
    print(f"read {path.name}: {cpu() - t:.2f} s ({len(corpus.segments):,} units)")
    ctx = Context(corpus, glossary, Matchers(glossary))
    tables: dict[str, Callable[[], object]] = {
        "English term hits": lambda: ctx.hits,
        "near misses": lambda: ctx.near,
        "Chinese views": lambda: ctx.zh_views,
        "Chinese hits": lambda: ctx.zh_hits,
        "term table": lambda: (ctx.terms, ctx.unit_docs),
    }
    for name, build in tables.items():
        t = cpu()
        build()
        print(f"shared table, {name}: {cpu() - t:.2f} s")
    costs: dict[str, float] = {}
    for rule in all_rules():
        ctx._shared.clear()  # a rule's own derived tables are charged to it
        t = cpu()
        rule.func(ctx)
        costs[rule.code] = cpu() - t
    print("\nrule  CPU s  (* MAIN_ONLY, + WORKER_FIRST; was: the COSTS figure now)")
    for code, cost in sorted(costs.items(), key=lambda item: (-item[1], item[0])):
        if cost >= args.least:
            mark = "*" if code in MAIN_ONLY else "+" if code in WORKER_FIRST else " "
            print(f"{code}{mark} {cost:6.2f}  (was {COSTS.get(code, DEFAULT_COST):.2f})")
    main_only = sum(c for code, c in costs.items() if code in MAIN_ONLY)
    others = sum(c for code, c in costs.items() if code not in MAIN_ONLY)
    print(f"\nMAIN_ONLY rules {main_only:.2f} s, the others {others:.2f} s")
    kept = sorted(code for code, cost in costs.items() if cost >= args.least)
    items = [f'"{code}": {costs[code]:.2f}' for code in kept]
    lines = [", ".join(items[i : i + 6]) for i in range(0, len(items), 6)]
    print("\nCOSTS = {\n" + ",\n".join(f"    {line}" for line in lines) + ",\n}  # fmt: skip")
    print(f"DEFAULT_COST = {DEFAULT_COST}  # the rules not listed", file=sys.stderr)


if __name__ == "__main__":
    main()
