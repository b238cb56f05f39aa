"""The rule modules' compiled `regex` patterns, kept on disk from one run to the next.

The `regex` module parses and compiles a pattern in Python: the few hundred patterns a run's
rules use cost about a quarter of a second of CPU in every process, on a ten-unit file as on a
100,000-unit one, and with a worker (tifa.checks.workers) twice. A compiled pattern pickles as
the arguments of `regex`'s own C constructor (the module registers that with `copyreg`), so
loading it again skips the parse. The cache is one pickle file in the user's cache folder
(``$TIFA_CACHE_DIR``, else ``$XDG_CACHE_HOME/tifa``, else ``~/.cache/tifa``), named after
the `regex` and Python versions whose compiled form it holds. An unreadable, foreign or
damaged file is ignored (and replaced); it is written whole to a temporary file then renamed,
so a reader never sees half of it; a folder that cannot be written leaves the run as it was.
``TIFA_CACHE_DIR=`` (empty) turns the cache off.

Only the rule modules' patterns come here (tifa.checks.registry compiles them on first use):
a fixed set of sources, with flags and no named lists, so the file stays small.
"""

from __future__ import annotations

import io
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

from tifa.checks.file_cache import FileCache, cache_folder

# The module's own compile, kept: tifa.checks.registry stands in for `regex.compile` while
# the rule modules are imported.
_compile = regex.compile

# A cache past this many patterns is started again: old tifa versions' patterns pile up.
MAX_PATTERNS = 4000

_Key = tuple[str, int]


def cache_file() -> Path | None:
    """Where the patterns are kept, or None when the cache is off."""
    folder = cache_folder()
    if folder is None:
        return None
    version = f"py{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"regex-patterns-{regex.__version__}-{version}.pickle"


class _PatternsOnly(pickle.Unpickler):
    """Reads a pickle that can build nothing but `regex` patterns (and the plain containers
    holding them): the file is data, never code to run."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a regex pattern")


class PatternCache(FileCache[_Key, "regex.Pattern[str]"]):
    """Compiled patterns by (source, flags), read on first use from the file `where` names
    then (None: no cache), so that the environment is read when the patterns are wanted."""

    def __init__(self, where: Callable[[], Path | None] = cache_file) -> None:
        super().__init__(where, _read, _dump)

    def compile(self, pattern: Any, *args: Any, **kwargs: Any) -> Any:
        """`regex.compile(pattern, *args, **kwargs)`, from the cache when it holds it."""
        key = _key(pattern, args, kwargs)
        if key is None:
            return _compile(pattern, *args, **kwargs)
        return self.get(key, lambda: _compile(pattern, *args, **kwargs))


def _dump(patterns: dict[_Key, regex.Pattern[str]]) -> bytes:
    return pickle.dumps(patterns, protocol=pickle.HIGHEST_PROTOCOL)


def _key(pattern: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> _Key | None:
    """(source, flags) of a `regex.compile` call the cache can stand for, else None: a str
    source with at most its flags, no named lists or other keywords."""
    if not isinstance(pattern, str) or len(args) > 1 or set(kwargs) - {"flags"}:
        return None
    flags = args[0] if args else kwargs.get("flags", 0)
    if type(flags) is not int and not isinstance(flags, regex.RegexFlag):
        return None
    return pattern, int(flags)


def _read(path: Path) -> dict[_Key, regex.Pattern[str]]:
    """The patterns in `path`, or none where it is missing, unreadable or not such a file."""
    try:
        data = path.read_bytes()
        found = _PatternsOnly(io.BytesIO(data)).load()
    except Exception:  # any damage means no cache, never a failed run
        return {}
    if not isinstance(found, dict) or len(found) > MAX_PATTERNS:
        return {}
    good: dict[_Key, regex.Pattern[str]] = {}
    for key, value in found.items():
        if (
            isinstance(key, tuple)
            and len(key) == 2
            and isinstance(key[0], str)
            and type(key[1]) is int
            and isinstance(value, regex.Pattern)
            and value.pattern == key[0]
        ):
            good[key] = value
    return good


PATTERNS = PatternCache()
