"""Where tifa keeps what it computes once and reads again on later runs: the user's cache
folder, ``$TIFA_CACHE_DIR``, else ``$XDG_CACHE_HOME/tifa``, else ``~/.cache/tifa``;
``TIFA_CACHE_DIR=`` (empty) turns every cache off. Every file there is safe to lose: a run
without it computes the same thing. Here so that the glossary's tables (tifa.glossary.frequency)
and the rules' (tifa.checks.file_cache) share one folder.

Every version of tifa (and every edit of a rule's data) keys its tables anew, so the folder
would only grow: a file read is marked used (its modification time, at most once a day), and
whenever tifa writes a table it removes its own files unused for `STALE_DAYS` days — never a
file whose name is not one of tifa's, in case the folder is shared.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# A table unused this long belongs to a version or a data edit no longer run.
STALE_DAYS = 14
_DAY = 86_400.0

# The names tifa gives its files (tables, compiled patterns, literals, and the temporary file
# of a write cut short); nothing else in the folder is ever removed.
_OWN_FILE = re.compile(
    r"\.?(?:[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{8,64}\.marshal"
    r"|regex-patterns-[0-9a-z.]+-[0-9a-z.]+\.pickle"
    r"|required-literals-[0-9a-f]{8,64}\.json)(?:-[A-Za-z0-9_]+)?"
)


def cache_folder() -> Path | None:
    """The user's cache folder for tifa, or None when its caches are off."""
    folder = os.environ.get("TIFA_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = str(Path(base) / "tifa")
    return Path(folder) if folder else None


def write_whole(path: Path, data: bytes) -> None:
    """Write `data` to `path` (its folder made if missing) by way of a temporary file renamed
    over it, so that a reader sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(name, path)
    except BaseException:
        os.unlink(name)
        raise


def read_table(path: Path | None, kind: str, key: str) -> object:
    """What `write_table` kept at `path` for `kind` and `key`, or None: no file, a file of
    another kind, key or format, or one damaged (its payload's checksum no longer matches)."""
    if path is None:
        return None
    try:
        data = memoryview(path.read_bytes())
        size = int.from_bytes(data[:4], "big")
        if marshal.loads(data[4 : 4 + size]) != (kind, key):
            return None
        checksum, payload = data[4 + size : 8 + size], data[8 + size :]
        if int.from_bytes(checksum, "big") != zlib.crc32(payload):
            return None
        value = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    mark_used(path)
    return value


def write_table(path: Path | None, kind: str, key: str, value: Any) -> None:
    """Keep `value` (made of what marshal writes) at `path` for `read_table`: the kind and
    key, then the payload's CRC-32 (a damaged file is read as none), then the payload. A
    folder that cannot be written keeps nothing, and the run goes on as it was."""
    if path is None:
        return
    head, payload = marshal.dumps((kind, key)), marshal.dumps(value)
    data = b"".join(
        [len(head).to_bytes(4, "big"), head, zlib.crc32(payload).to_bytes(4, "big"), payload]
    )
    with contextlib.suppress(OSError):
        write_whole(path, data)
    remove_stale(path.parent)


def mark_used(path: Path, now: float | None = None) -> None:
    """Mark the cache file `path` as used now, so that `remove_stale` keeps it; a file marked
    within the last day is left alone (one write a day at most, not one a run)."""
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        if now - path.stat().st_mtime > _DAY:
            os.utime(path, (now, now))


def remove_stale(folder: Path, now: float | None = None) -> list[str]:
    """Remove tifa's own files in `folder` unused for `STALE_DAYS` days; the names removed,
    sorted. A file another process removes first, or one that cannot be removed, is passed
    over: the folder is a cache, and the run goes on as it was."""
    now = time.time() if now is None else now
    removed: list[str] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return removed
    for entry in entries:
        if not _OWN_FILE.fullmatch(entry.name):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and (
                now - entry.stat(follow_symlinks=False).st_mtime > STALE_DAYS * _DAY
            ):
                os.unlink(entry.path)
                removed.append(entry.name)
    return removed


def source_digest(*files: Path | str, extra: str = "") -> str:
    """A short digest of the bytes of `files` (unreadable ones count as absent) and `extra`:
    a key that changes whenever the code or data a table is computed from does, so that no
    other version of tifa ever reads the table."""
    digest = hashlib.blake2b(extra.encode(), digest_size=8)
    for name in files:
        try:
            digest.update(Path(name).read_bytes())
        except OSError:
            digest.update(b"\0absent")
    return digest.hexdigest()


def table_path(name: str, key: str | None) -> Path | None:
    """Where the table `name` computed under `key` is kept; None when caches are off or
    there is no key (a table whose inputs cannot be named is never kept)."""
    folder = cache_folder()
    if folder is None or key is None:
        return None
    return folder / f"{name}-{key}.marshal"


def kept(name: str, key: str | None, build: Callable[[], T], shape: type) -> T:
    """The table `name` under `key` from the cache folder, when it is there whole and of
    `shape` (its outer type); else `build()`, kept there for the next run (`read_table`,
    `write_table`)."""
    path = table_path(name, key)
    found = read_table(path, name, key or "")
    if isinstance(found, shape):
        return found  # type: ignore[return-value]  # written by `build` under this key
    value = build()
    write_table(path, name, key or "", value)
    return value
