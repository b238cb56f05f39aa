"""Lay out the timeline `TIFA_TIMELINE=FILE tifa check ...` wrote (see tifa.checks.timeline).

Run:  python bench/bench_timeline.py FILE [--least 0.05]

Prints each process's steps (the main process first, then its workers) with the wall clock
since the main process was started and the process's own CPU seconds, each step's share of
both; steps costing less than `--least` seconds of CPU are summed into the next one shown, so
the rules' long tail stays readable. Never run as a test: timings belong here.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", help="the timeline file")
    parser.add_argument("--least", type=float, default=0.05, help="smallest step shown alone")
    args = parser.parse_args()
    steps: dict[str, list[tuple[float, float, str]]] = {}
    for line in Path(args.file).read_text(encoding="utf-8").splitlines():
        at, pid, used, step = line.split(" ", 3)
        if step.startswith("start "):
            steps.setdefault(pid, []).append((float(step.split()[1]), 0.0, "started"))
        steps.setdefault(pid, []).append((float(at), float(used), step))
    zero = min(s[0][0] for s in steps.values())
    for pid, rows in steps.items():
        print(f"process {pid}")
        last_wall: float = rows[0][0]
        last_cpu, hidden = 0.0, 0
        print(f"  {rows[0][0] - zero:6.2f} s  cpu {0:5.2f}  started")
        for n, (wall, cpu, step) in enumerate(rows[1:], 1):
            if step.startswith("start"):
                step = "interpreter and first imports"
            if cpu - last_cpu < args.least and n < len(rows) - 1:
                hidden += 1
                continue
            label = f"{step} (+{hidden} steps)" if hidden else step
            print(
                f"  {wall - zero:6.2f} s  cpu {cpu:5.2f}  {label}: "
                f"{wall - last_wall:.2f} s clock, {cpu - last_cpu:.2f} s cpu"
            )
            last_wall, last_cpu, hidden = wall, cpu, 0


if __name__ == "__main__":
    main()
