"""Tables that are the same on every run, kept in tifa's cache folder (tifa.caches): the word
list's shards (tifa.glossary.frequency), the everyday words and their index for misspellings
(tifa.checks.misspelling), the provinces' slips (N203), what the glossary adds to jieba's
dictionary (tifa.glossary.match_zh) and its pattern terms' Rust prefilters
(tifa.glossary.match). A run with the folder empty, warm or damaged gives the
same report, byte for byte."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import wordfreq
from helpers import forget_cached_tables as _forget
from helpers import run_cli

from tifa.caches import read_table, write_table
from tifa.glossary import frequency

# A local-news article with a misspelt province (N203, from the slips' table) and words the
# rules look up in the word list (E802's misspelling, P320's glued words).
ARTICLE = (
    "Firms from Liaonign signed 12 deals at the Yingkou trade fair on Tuesday.\n\n"
    "The municipal government will upgrade the port's containr terminal and its infrastrure this year, and "
    "officials said the new wharf would open in October.\n"
)
# Pairs with Chinese sources (the private jieba dictionary of tifa.glossary.match_zh): a term
# rendered (T102 is silent) and one left out, a number changed (D501).
PAIRS = (
    "zh\ten\n"
    "营口市政府常务会议研究部署港口建设工作。\tThe executive meeting of the Yingkou municipal "
    "government studied and arranged the port's construction.\n"
    "全市新增市场主体3.2万户。\tThe city added 23,000 market entities.\n"
    "要持续优化营商环境，推动高质量发展。\tWe must keep improving the business climate.\n"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder of this test's own."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("TIFA_CACHE_DIR", str(cache))
    _forget()
    yield cache
    _forget()


def _report(tmp_path: Path) -> str:
    article, pairs = tmp_path / "article.txt", tmp_path / "pairs.tsv"
    article.write_text(ARTICLE, encoding="utf-8")
    pairs.write_text(PAIRS, encoding="utf-8")
    _forget()
    # The rules that read the tables, so that each run stays short.
    rules = ["--select", "N203,E802,D501,T102"]
    result = run_cli(
        ["check", str(article), str(pairs), *rules, "-f", "json", "--fail-on", "never"]
    )
    assert result.code == 0, result.err
    return result.out


def _tables(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.marshal"))


def _read(table: Path) -> object:
    kind, key = table.stem.rsplit("-", 1)
    return read_table(table, kind, key)


DAMAGES = ["garbage", "truncated", "flipped byte", "empty"]


def _damage(table: Path, damage: str) -> None:
    data = table.read_bytes()
    if damage == "garbage":
        table.write_bytes(b"not a table at all" * 50)
    elif damage == "truncated":
        table.write_bytes(data[: len(data) // 2])
    elif damage == "flipped byte":
        middle = len(data) * 3 // 4
        table.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :])
    else:
        table.write_bytes(b"")


def test_an_empty_a_warm_and_a_damaged_cache_give_the_same_report(
    folder: Path, tmp_path: Path
) -> None:
    cold = _report(tmp_path)
    codes = {f["code"] for f in json.loads(cold)["findings"]}
    assert {"N203", "E802", "D501", "T102"} <= codes
    tables = _tables(folder)
    kinds = [
        "everyday-words",
        "jieba-private",
        "pair-dropped",
        "province-slips",
        "rust-prefilters",
        "word-frequencies",
    ]
    assert [p.name.rsplit("-", 2)[0] for p in tables] == kinds
    assert _report(tmp_path) == cold  # warm
    kept = [_read(p) for p in tables]
    assert None not in kept
    # Each table damaged one way or another, every way at least once.
    for i, table in enumerate(tables):
        _damage(table, DAMAGES[i % len(DAMAGES)])
    assert _report(tmp_path) == cold  # damaged: built again and written again
    # The same tables again (the same values: marshal's bytes may differ in how it shares
    # repeated objects).
    assert [_read(p) for p in _tables(folder)] == kept


def test_a_cache_turned_off_keeps_no_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIFA_CACHE_DIR", "")
    try:
        off = _report(tmp_path)
        assert not any(p.suffix == ".marshal" for p in tmp_path.rglob("*"))
        monkeypatch.setenv("TIFA_CACHE_DIR", str(tmp_path / "warm"))
        assert _report(tmp_path) == off
        assert len(_tables(tmp_path / "warm")) == 6
    finally:
        _forget()


def test_the_shards_give_wordfreqs_figures(folder: Path) -> None:
    assert isinstance(frequency._table(), dict)  # cold: the whole list, shards written
    _forget()
    assert isinstance(frequency._table(), frequency._Shards)
    words = list(frequency.frequencies())[::211]
    for word in [*words, *(w.capitalize() for w in words), "Liaonign", "qzxv", "a"]:
        assert frequency.zipf(word) == wordfreq.zipf_frequency(word, "en"), word


@pytest.mark.parametrize(
    ("kind", "key", "wanted"),
    [
        ("tifa-test-1", "k1", {"a": (1, 2)}),
        ("tifa-test-2", "k1", None),
        ("tifa-test-1", "k2", None),
    ],
)
def test_a_table_is_read_back_only_under_its_kind_and_key(
    tmp_path: Path, kind: str, key: str, wanted: object
) -> None:
    path = tmp_path / "t.marshal"
    write_table(path, "tifa-test-1", "k1", {"a": (1, 2)})
    assert read_table(path, kind, key) == wanted
    assert read_table(tmp_path / "absent.marshal", kind, key) is None
    assert read_table(None, kind, key) is None
