"""The literals the rules' patterns require (tifa.checks.literals), kept on disk from one run
to the next.

`literals.required` reads a pattern's source in Python: for the 235 patterns a run's rules
and prefilters ask about, about 0.03 s of CPU in every process, on a ten-unit file as on a
100,000-unit one (and with a worker, twice); reading them from the file takes under a
millisecond. The answer depends on nothing but the pattern and the reader's code, so it is
kept in one JSON file in tifa's cache folder (tifa.checks.file_cache, beside the compiled
patterns of tifa.checks.pattern_cache), named after a hash of the reader's source: a changed
reader starts a new file and never reads an old answer. A damaged or foreign file is ignored
(and replaced).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from tifa.checks.file_cache import FileCache, cache_folder

# A file past this many patterns is started again: patterns of old rule versions pile up.
MAX_PATTERNS = 4000

Need = frozenset[str] | None


def reader_file(reader: Path) -> Callable[[], Path | None]:
    """Where the answers of the reader whose source is `reader` are kept (None: no cache),
    read when first wanted, so that the environment is read then."""

    def where() -> Path | None:
        folder = cache_folder()
        if folder is None:
            return None
        try:
            digest = hashlib.sha256(reader.read_bytes()).hexdigest()[:16]
        except OSError:
            return None  # no source to tell its version by: no cache
        return folder / f"required-literals-{digest}.json"

    return where


class LiteralCache(FileCache[str, Need]):
    """`required`'s answers by pattern source, read on first use from the file `where` names
    then (None: no cache)."""

    def __init__(self, where: Callable[[], Path | None]) -> None:
        super().__init__(where, _read, _dump)

    def need(self, pattern: str, compute: Callable[[str], Need]) -> Need:
        """`compute(pattern)`, from the cache when it holds it."""
        return self.get(pattern, lambda: compute(pattern))


def _dump(needs: dict[str, Need]) -> bytes:
    data = {key: None if need is None else sorted(need) for key, need in needs.items()}
    return json.dumps(data, sort_keys=True).encode("utf-8")


def _read(path: Path) -> dict[str, Need]:
    """The answers in `path`, or none where it is missing, unreadable or not such a file."""
    try:
        found = json.loads(path.read_bytes())
    except Exception:  # any damage means no cache, never a failed run
        return {}
    if not isinstance(found, dict) or len(found) > MAX_PATTERNS:
        return {}
    good: dict[str, Need] = {}
    for key, value in found.items():
        if value is None:
            good[key] = None
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            good[key] = frozenset(value)
        else:
            return {}  # not a file this wrote
    return good
