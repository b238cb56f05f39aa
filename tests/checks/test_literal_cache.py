"""The literals the rules' patterns require, kept on disk (tifa.checks.literal_cache)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tifa.checks.literal_cache import LiteralCache, Need, reader_file
from tifa.checks.literals import _required

COMMITTEE = r"(?i)\b(?:municipal|provincial)\s+party\s+committee\b"
CLASSES = r"\p{Lu}\p{Ll}+"


def _refuse(pattern: str) -> Need:
    raise AssertionError(f"read again: {pattern}")


def _saved(path: Path, patterns: list[str]) -> None:
    cache = LiteralCache(lambda: path)
    for pattern in patterns:
        cache.need(pattern, _required)
    cache.save()


def test_a_saved_answer_is_read_back_without_reading_the_pattern(tmp_path: Path) -> None:
    path = tmp_path / "literals.json"
    _saved(path, [COMMITTEE, CLASSES])
    again = LiteralCache(lambda: path)
    assert again.need(COMMITTEE, _refuse) == _required(COMMITTEE) == frozenset({"committee"})
    assert again.need(CLASSES, _refuse) is None  # "cannot be told" is kept as such


def test_a_pattern_not_kept_is_read_and_added(tmp_path: Path) -> None:
    path = tmp_path / "literals.json"
    _saved(path, [COMMITTEE])
    cache = LiteralCache(lambda: path)
    assert cache.need(r"county\s+seat", _required) == frozenset({"county"})
    cache.save()
    assert LiteralCache(lambda: path).need(r"county\s+seat", _refuse) == frozenset({"county"})


def test_nothing_new_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "literals.json"
    _saved(path, [COMMITTEE])
    written = path.stat().st_mtime_ns
    cache = LiteralCache(lambda: path)
    cache.need(COMMITTEE, _refuse)
    cache.save()
    assert path.stat().st_mtime_ns == written


@pytest.mark.parametrize(
    "content", [b"not json", b"[1, 2]", b'{"county": 3}', b'{"county": [1]}', b"\xff\xfe"]
)
def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "literals.json"
    path.write_bytes(content)
    cache = LiteralCache(lambda: path)
    assert cache.need(COMMITTEE, _required) == frozenset({"committee"})
    cache.save()
    assert LiteralCache(lambda: path).need(COMMITTEE, _refuse) == frozenset({"committee"})


def test_no_cache_reads_every_pattern(tmp_path: Path) -> None:
    cache = LiteralCache(lambda: None)
    assert cache.need(COMMITTEE, _required) == frozenset({"committee"})
    cache.save()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_leaves_the_run_alone(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    cache = LiteralCache(lambda: blocker / "literals.json")
    assert cache.need(COMMITTEE, _required) == frozenset({"committee"})
    cache.save()  # no error


def test_the_file_is_named_after_the_readers_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIFA_CACHE_DIR", str(tmp_path / "cache"))
    old, new = tmp_path / "old.py", tmp_path / "new.py"
    old.write_text("READER = 1\n")
    new.write_text("READER = 2\n")
    first, second = reader_file(old)(), reader_file(new)()
    assert first is not None and second is not None
    assert first.parent == second.parent == tmp_path / "cache"
    assert first != second
    assert reader_file(tmp_path / "missing.py")() is None
    monkeypatch.setenv("TIFA_CACHE_DIR", "")
    assert reader_file(old)() is None
