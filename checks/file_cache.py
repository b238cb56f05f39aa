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

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from tifa.caches import cache_folder, mark_used, remove_stale, write_whole

__all__ = ["FileCache", "cache_folder", "write_whole"]

K = TypeVar("K")
V = TypeVar("V")


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
        remove_stale(self.path.parent)

    def _loaded(self) -> dict[K, V] | None:
        if self._entries is None:
            self.path = self._where()
            if self.path is None:
                return None
            self._entries = self._read(self.path)
            if self._entries:
                mark_used(self.path)
        return self._entries
