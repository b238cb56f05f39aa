"""Benchmark `tifa review`: time to the first interactive screen with 100,000 findings.

Run:  python bench/bench_review.py [--findings 100000]

The findings table is built by repeating the real findings of the bundled samples (each copy
gets its own fingerprint), so the list, the detail pane and the filters work on real rows;
checking a corpus large enough to produce 100,000 findings is bench_check.py's business.
Reports: time from app start to the loaded, rendered review screen; then the mean time per
key for paging through the list, moving the cursor, and applying a filter.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

from tifa.checks.session import ReviewSession, RunSpec
from tifa.corpus.read import sample_paths
from tifa.tui.app import TifaApp
from tifa.tui.screens.review import ReviewScreen


class SyntheticSession(ReviewSession):
    """A session whose load() checks the samples once, then repeats their findings."""

    def __init__(self, total: int, folder: Path) -> None:
        spec = RunSpec(list(sample_paths()))
        super().__init__(spec, folder / "b.json", folder / "g.csv", None)
        self.total = total

    def load(self, progress: Callable[[str], None] | None = None) -> None:
        super().load(progress)
        base = self.findings
        copies = -(-self.total // base.height)
        big = pl.concat([base.with_columns(copy=pl.lit(i)) for i in range(copies)]).head(self.total)
        self.findings = big.with_columns(
            fingerprint=pl.format("{}-{}", pl.col("fingerprint"), pl.col("copy"))
        ).drop("copy")


async def measure(total: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        session = SyntheticSession(total, Path(tmp))
        app = TifaApp(session)
        t0 = time.perf_counter()
        async with app.run_test(size=(140, 40)) as pilot:
            while not (isinstance(app.screen, ReviewScreen) and app.screen.loaded):
                await asyncio.sleep(0.01)
            await pilot.pause()
            ready = time.perf_counter() - t0
            screen = app.screen
            print(f"findings: {screen.view.height:,}; first interactive screen: {ready:.2f} s")
            for label, keys in (
                ("pagedown", ["pagedown"] * 50),
                ("down", ["down"] * 200),
                ("end", ["end"]),
            ):
                t = time.perf_counter()
                await pilot.press(*keys)
                await pilot.pause()
                print(
                    f"  {label:>9}: {1000 * (time.perf_counter() - t) / len(keys):6.1f} ms per key"
                )
            await pilot.press("slash", *"code:T101")
            t = time.perf_counter()
            screen._apply_filter()  # what the debounced filter runs once typing pauses
            await pilot.pause()
            print(
                f"  filter 'code:T101' -> {screen.view.height:,} rows: {1000 * (time.perf_counter() - t):6.1f} ms"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--findings", type=int, default=100_000)
    args = parser.parse_args()
    asyncio.run(measure(args.findings))


if __name__ == "__main__":
    main()
