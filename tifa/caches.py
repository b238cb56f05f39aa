"""Where tifa keeps what it computes once and reads again on later runs: the user's cache
folder, ``$TIFA_CACHE_DIR``, else ``$XDG_CACHE_HOME/tifa``, else ``~/.cache/tifa``;
``TIFA_CACHE_DIR=`` (empty) turns every cache off. Every file there is safe to lose: a run
without it computes the same thing. Here so that the glossary's tables (tifa.glossary.frequency)
and the rules' (tifa.checks.file_cache) share one folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


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
        return marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return None


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
