"""The rule modules' compiled patterns kept on disk (tifa.checks.pattern_cache)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

import pytest
import regex

from tifa.checks import pattern_cache
from tifa.checks.pattern_cache import PatternCache, cache_file

SOURCE = r"(?i)\b(?:municipal|provincial)\s+party\s+committee\b"
TEXT = "The Municipal Party Committee met on Monday; the provincial party committee did too."


def _cache(path: Path | None) -> PatternCache:
    return PatternCache(lambda: path)


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("compiled again")

    monkeypatch.setattr(pattern_cache, "_compile", refuse)


def test_a_saved_pattern_is_read_back_without_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.pickle"
    first = _cache(path)
    compiled = first.compile(SOURCE, regex.V0)
    first.save()
    assert path.exists()
    _no_compiling(monkeypatch)
    again = _cache(path).compile(SOURCE, regex.V0)
    assert again.pattern == SOURCE
    assert again.flags == compiled.flags
    assert [m.span() for m in again.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert len(again.findall(TEXT)) == 2


def test_flags_are_part_of_the_key(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    cache = _cache(path)
    cache.compile("committee")
    cache.save()
    loaded = _cache(path)
    assert loaded.compile("committee", regex.IGNORECASE).search("COMMITTEE") is not None
    assert loaded.compile("committee").search("COMMITTEE") is None


def test_nothing_new_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    cache = _cache(path)
    cache.compile("county")
    cache.save()
    stamp = path.stat().st_mtime_ns
    os.utime(path, ns=(stamp - 10**9, stamp - 10**9))
    reread = _cache(path)
    reread.compile("county")
    reread.save()
    assert path.stat().st_mtime_ns == stamp - 10**9


def test_two_writers_keep_both_patterns(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    main, worker = _cache(path), _cache(path)
    main.compile("district")
    worker.compile("township")
    main.save()
    worker.save()
    _cache(path).compile("x")  # reads the file
    kept = _cache(path)
    kept._loaded()
    assert set(kept._entries or {}) == {("district", 0), ("township", 0)}


@pytest.mark.parametrize(
    "content",
    [
        b"not a pickle at all",
        pickle.dumps(["a", "list"]),
        pickle.dumps({("city", 0): "a string, not a pattern"}),
        pickle.dumps({("city", 0): regex.compile("town")}),  # source and key disagree
    ],
)
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.pickle"
    path.write_bytes(content)
    cache = _cache(path)
    assert cache.compile("city").search("a city") is not None
    cache.save()
    assert _cache(path).compile("city").pattern == "city"
    assert pickle.loads(path.read_bytes()).keys() == {("city", 0)}


class _Runs:
    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (os.getenv, ("HOME",))


def test_a_file_that_would_run_code_is_not_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.pickle"
    path.write_bytes(pickle.dumps({("city", 0): _Runs()}))
    called: list[str] = []
    monkeypatch.setattr(os, "getenv", lambda name, *_: called.append(name))
    assert _cache(path).compile("city").pattern == "city"
    assert called == []


def test_a_folder_that_cannot_be_written_leaves_the_run_alone(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way\n", encoding="utf-8")
    cache = _cache(blocker / "patterns.pickle")
    assert cache.compile("bureau").search("the bureau") is not None
    cache.save()  # no error
    assert not (blocker / "patterns.pickle").exists()


def test_named_lists_and_other_keywords_are_compiled_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.pickle"
    cache = _cache(path)
    found = cache.compile(r"\L<places>", places=["Dalian", "Shenyang"])
    assert found.search("a visit to Shenyang") is not None
    cache.save()
    assert not path.exists()


def test_the_cache_folder_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIFA_CACHE_DIR", "/somewhere")
    found = cache_file()
    assert found is not None and found.parent == Path("/somewhere")
    assert regex.__version__ in found.name
    monkeypatch.setenv("TIFA_CACHE_DIR", "")
    assert cache_file() is None
    monkeypatch.delenv("TIFA_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/cache-home")
    found = cache_file()
    assert found is not None and found.parent == Path("/cache-home/tifa")


def test_off_compiles_every_time(tmp_path: Path) -> None:
    cache = _cache(None)
    assert cache.compile("county").search("the county") is not None
    cache.save()
    assert list(tmp_path.iterdir()) == []
