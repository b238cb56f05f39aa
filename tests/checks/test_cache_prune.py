"""tifa's cache folder does not grow without end: every version of tifa keys its tables anew, so
a table no run has read for `STALE_DAYS` days is removed when tifa next writes one, and only
tifa's own files are ever removed (the folder may be shared)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import forget_cached_tables as _forget
from helpers import run_cli

from tifa.caches import STALE_DAYS, read_table, remove_stale, write_table

DAY = 86_400.0
# A local-news paragraph with a misspelt word, so that the run reads the everyday-word table.
ARTICLE = (
    "The district government opened a new servise centre for small firms in Jinzhou on Monday.\n"
)


def _age(path: Path, days: float) -> None:
    """Make `path` look last used `days` days ago."""
    when = time.time() - days * DAY
    os.utime(path, (when, when))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("TIFA_CACHE_DIR", str(cache))
    _forget()
    yield cache
    _forget()


def test_a_run_that_writes_tables_removes_old_versions_tables_and_nothing_else(
    folder: Path, tmp_path: Path
) -> None:
    old_table = folder / "everyday-words-1-00000000deadbeef.marshal"
    old_patterns = folder / "regex-patterns-2020.1.1-py311.pickle"
    old_literals = folder / "required-literals-0123456789abcdef.json"
    left_temp = folder / ".pair-dropped-1-0123456789abcdef.marshal-x1y2z3"
    recent = folder / "province-slips-1-fedcba9876543210.marshal"
    foreign = folder / "notes.txt"
    foreign_marshal = folder / "photos.marshal"
    for path in (
        old_table,
        old_patterns,
        old_literals,
        left_temp,
        recent,
        foreign,
        foreign_marshal,
    ):
        path.write_bytes(b"not what it seems")
    for path in (old_table, old_patterns, old_literals, left_temp, foreign, foreign_marshal):
        _age(path, STALE_DAYS + 1)
    _age(recent, STALE_DAYS - 1)
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")

    result = run_cli(["check", str(article), "-f", "json", "--fail-on", "never"])

    assert result.code == 0, result.err
    assert json.loads(result.out)["findings"], "the run checked the article"
    left = {path.name for path in folder.iterdir()}
    assert not {old_table.name, old_patterns.name, old_literals.name, left_temp.name} & left
    assert {recent.name, foreign.name, foreign_marshal.name} <= left
    # The run kept its own tables, fresh.
    assert any(name.startswith("everyday-words-1-") for name in left)


def test_a_table_read_is_marked_used_and_survives_the_sweep(folder: Path) -> None:
    path = folder / "everyday-words-1-0123456789abcdef.marshal"
    write_table(path, "everyday-words-1", "0123456789abcdef", {"word": 1})
    _age(path, STALE_DAYS + 3)

    assert read_table(path, "everyday-words-1", "0123456789abcdef") == {"word": 1}
    assert remove_stale(folder) == []
    assert path.exists()


def test_a_table_nobody_reads_goes_and_a_missing_folder_is_no_error(
    folder: Path, tmp_path: Path
) -> None:
    path = folder / "everyday-words-1-0123456789abcdef.marshal"
    write_table(path, "everyday-words-1", "0123456789abcdef", {"word": 1})
    _age(path, STALE_DAYS + 3)

    assert remove_stale(folder) == [path.name]
    assert remove_stale(tmp_path / "no such folder") == []
