"""Benchmark `tifa check`'s engine on synthetic corpora built from the bundled samples.

Run:  python bench/bench_check.py [--sizes 1,10,50] [--rules ALL]

Prints, for each corpus size (in MB of English text), the time to read and segment, to match
terms (exact and near), to run every rule, and the throughput. Never run as a test: timings
belong here, not in assertions.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tifa.checks.context import Context, Matchers
from tifa.checks.engine import run_rules
from tifa.checks.registry import select_rules
from tifa.corpus.read import read_corpus, sample_paths
from tifa.glossary import load_glossaries


def make_corpus(folder: Path, megabytes: float) -> list[str]:
    """Files of about 50 KB each, copies of the samples, totalling `megabytes`."""
    samples = [Path(p).read_text(encoding="utf-8") for _, p in sample_paths()]
    article = "\n\n".join(samples)
    copies = max(1, round(megabytes * 1_000_000 / len(article.encode())))
    names = []
    for i in range(copies):
        path = folder / f"article_{i:05d}.txt"
        path.write_text(article, encoding="utf-8")
        names.append(str(path))
    return names


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1,10", help="corpus sizes in MB, comma-separated")
    parser.add_argument("--rules", default="ALL", help="rule selection, as for --select")
    args = parser.parse_args()
    t0 = time.perf_counter()
    glossary = load_glossaries([])
    matchers = Matchers(glossary)
    rules = select_rules(args.rules.split(","))
    print(
        f"glossary: {len(glossary)} entries; setup {time.perf_counter() - t0:.2f}s; rules: {len(rules)}"
    )
    print(
        f"{'MB':>6} {'files':>6} {'segments':>9} {'read s':>7} {'match s':>8} {'rules s':>8} {'total s':>8} {'MB/s':>6} {'findings':>9}"
    )
    for size in (float(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            names = make_corpus(Path(tmp), size)
            megabytes = sum(Path(n).stat().st_size for n in names) / 1_000_000
            t1 = time.perf_counter()
            corpus = read_corpus(names)
            t2 = time.perf_counter()
            ctx = Context(corpus, glossary, matchers)
            _ = ctx.hits, ctx.near
            t3 = time.perf_counter()
            findings = run_rules(ctx, rules)
            t4 = time.perf_counter()
            total = t4 - t1
            print(
                f"{megabytes:6.1f} {len(names):6d} {corpus.segments.height:9d} {t2 - t1:7.2f} {t3 - t2:8.2f} "
                f"{t4 - t3:8.2f} {total:8.2f} {megabytes / total:6.2f} {findings.height:9d}"
            )


if __name__ == "__main__":
    main()
