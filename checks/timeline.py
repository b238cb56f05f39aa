"""A timeline of one run, to see where the clock goes with `--jobs 2`: measuring only.

With `TIFA_TIMELINE=FILE` set, every process of a run (the main one and its workers) appends
one line per step to FILE: the wall clock (seconds since the epoch), the process id, the
process's own CPU seconds so far and the step ("start" carries the wall clock at which the
process was started, so an interpreter's start-up shows too). Unset, `mark` costs one test.
`python bench/bench_timeline.py FILE` lays the lines out by process, from the run's start.
"""

from __future__ import annotations

import os
import time

VARIABLE = "TIFA_TIMELINE"
_PATH = os.environ.get(VARIABLE) or None


def _started() -> float:
    """The wall clock at which this process was started (Linux's /proc), else now."""
    try:
        with open("/proc/self/stat") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return time.time()
    return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")


def mark(step: str) -> None:
    """Note `step` on the timeline, if one is asked for."""
    if _PATH is None:
        return
    if step == "start":
        step = f"start {_started():.3f}"
    line = f"{time.time():.4f} {os.getpid()} {time.process_time():.3f} {step}\n"
    try:
        with open(_PATH, "a", encoding="utf-8") as f:
            f.write(line)
    except OSError:
        # A timeline that cannot be written must not stop the check it measures.
        pass
