"""tifa's temporary files: how they are named, and removing those a killed run left behind.

A write makes `.NAME.PID.RANDOM.tifa-tmp` beside its target and renames it over the target.
A run killed in between leaves that file for ever, up to the article's whole size. The next
write into the folder removes such files, but only when they are surely stale: the name must
match tifa's pattern exactly, the file must be a regular file, and the process named in it
must be gone (or be a different process that started after the file was last written, the
PID having been reused). Anything else, including every live run's file, is left alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from pathlib import Path

TEMP_SUFFIX = ".tifa-tmp"
# A rewrite in place (hard-linked files) renames its fsynced copy to this before it starts:
# if it is killed half-way, this complete copy of the new text is never removed automatically.
KEPT_SUFFIX = ".tifa-copy"
_NAME = re.compile(r"\A\..+\.(\d{1,10})\.[A-Za-z0-9_]{6,12}" + re.escape(TEMP_SUFFIX) + r"\Z")
# The start time of a process is known to a clock tick; the file time to the file system's
# resolution. A process that started this long after the file was written did not write it.
_CLOCK_SLACK = 2.0

_swept: set[str] = set()


def make_temp(target: Path) -> tuple[int, Path]:
    """Create tifa's temporary file beside `target`: (open descriptor, path)."""
    fd, name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=target.parent
    )
    return fd, Path(name)


def remove_stale_temps(directory: Path) -> list[Path]:
    """Remove the temporary files killed tifa runs left in `directory` (once per process and
    folder); the paths removed."""
    key = os.path.realpath(directory)
    if key in _swept:
        return []
    _swept.add(key)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in sorted(entries, key=lambda e: e.name):
        match = _NAME.match(entry.name)
        if not match:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or _may_be_live(int(match[1]), info.st_mtime):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _may_be_live(pid: int, written: float) -> bool:
    """False only when the process that wrote a file at time `written` is surely gone."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    started = _start_time(pid)
    return started is None or started <= written + _CLOCK_SLACK


def _start_time(pid: int) -> float | None:
    """When process `pid` started (seconds since the epoch), from /proc; None if unknown."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        with open("/proc/stat", encoding="ascii", errors="replace") as handle:
            boot = next(float(line.split()[1]) for line in handle if line.startswith("btime "))
        # Field 22 of /proc/PID/stat; fields[0] is field 3 once the command name is cut off.
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError, StopIteration):
        return None
