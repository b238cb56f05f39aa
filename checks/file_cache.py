"""What tifa keeps of its own between runs in the user's cache folder: where, and how a file of
it is read and written (tifa.checks.pattern_cache, tifa.checks.literal_cache).

The folder is ``$TIFA_CACHE_DIR``, else ``$XDG_CACHE_HOME/tifa``, else ``~/.cache/tifa``;
``TIFA_CACHE_DIR=`` (empty) turns every cache off. A file is read on first use (so that the
environment is read when the cache is wanted), merged with what another process wrote
meanwhile, and written whole to a temporary file then renamed, so a reader never sees half of
it; a damaged file reads as empty, and a folder that cannot be written leaves the run as it
was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


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


class FileCache(Generic[K, V]):
    """Entries by key, read on first use from the file `where` names then (None: no cache):
    `read` gives a file's entries (none where it is damaged), `dump` the bytes of entries."""

    def __init__(
        self,
        where: Callable[[], Path | None],
        read: Callable[[Path], dict[K, V]],
        dump: Callable[[dict[K, V]], bytes],
    ) -> None:
        self._where = where
        self._read = read
        self._dump = dump
        self.path: Path | None = None
        self._entries: dict[K, V] | None = None
        self._added = False

    def get(self, key: K, make: Callable[[], V]) -> V:
        """The entry of `key`, made by `make` (and kept) when the cache does not hold it."""
        entries = self._loaded()
        if entries is None:
            return make()
        if key in entries:
            return entries[key]
        value = make()
        entries[key] = value
        self._added = True
        return value

    def save(self) -> None:
        """Write the entries made this run beside those read, if any were new."""
        if not self._added or self.path is None or self._entries is None:
            return
        self._added = False
        try:
            # Another process (a worker, another run) may have written entries meanwhile.
            write_whole(self.path, self._dump({**self._read(self.path), **self._entries}))
        except Exception:  # a cache that cannot be written is no cache; the run is unchanged
            return

    def _loaded(self) -> dict[K, V] | None:
        if self._entries is None:
            self.path = self._where()
            if self.path is None:
                return None
            self._entries = self._read(self.path)
        return self._entries
