"""The bilingual test corpus (tests/data/bilingual): every planted error is caught by its
rule, and the clean pairs raise nothing at all, from any rule."""

from __future__ import annotations

import json

import polars as pl
from bilingual_helpers import BILINGUAL, check_pairs, read_pairs
from helpers import run_cli

# Row of planted.tsv (1-based, after the header) -> the rule that must catch it.
PLANTED = {
    1: "T102", 2: "T102", 3: "T102", 4: "T102",
    5: "T106", 6: "T106",
    7: "D501", 8: "D501", 9: "D501", 10: "D501",
    11: "D502", 12: "D502",
    13: "D503", 14: "D503",
    15: "N202", 16: "N202", 17: "N202",
    18: "U402", 19: "U402",
    20: "U403", 21: "U403",
    22: "U404", 23: "U404",
}  # fmt: skip
# Other rules that rightly speak on a planted row: Chinese left in the English (U401) and its
# full-width punctuation (P306) on untranslated rows; the English-only name check (N201).
COMPANIONS = {"U401", "P306", "N201"}


def test_corpus_is_big_enough_and_every_kind_is_planted() -> None:
    clean = read_pairs(BILINGUAL / "clean.tsv")
    planted = read_pairs(BILINGUAL / "planted.tsv")
    assert len(clean) + len(planted) >= 60
    assert set(PLANTED) == set(range(1, len(planted) + 1))


def test_each_planted_pair_is_caught_and_the_clean_pairs_are_silent() -> None:
    clean = read_pairs(BILINGUAL / "clean.tsv")
    planted = read_pairs(BILINGUAL / "planted.tsv")
    found = check_pairs([clean, planted])
    assert found.filter(pl.col("doc") == 0).select("line", "code", "span").rows() == []
    by_line: dict[int, set[str]] = {}
    for line, code in found.filter(pl.col("doc") == 1).select("line", "code").iter_rows():
        by_line.setdefault(line, set()).add(code)
    for row, code in PLANTED.items():
        codes = by_line.get(row, set())
        assert code in codes, f"planted row {row} ({planted[row - 1][1]!r}) not caught by {code}"
        assert codes <= {code} | COMPANIONS, f"row {row}: unexpected {codes - {code}}"


def test_the_tsv_reader_gives_the_corpus_the_same_findings() -> None:
    # Through `tifa check` and the real TSV reader: each planted row caught on its own line of
    # the file (the header is line 1), the clean file silent.
    planted = read_pairs(BILINGUAL / "planted.tsv")
    result = run_cli(
        ["check", str(BILINGUAL / "clean.tsv"), str(BILINGUAL / "planted.tsv"), "-f", "json",
         "--fail-on", "never"]
    )  # fmt: skip
    assert result.code == 0, result.err
    findings = json.loads(result.out)["findings"]
    assert [f for f in findings if f["path"].endswith("clean.tsv")] == []
    by_line: dict[int, set[str]] = {}
    for f in findings:
        by_line.setdefault(f["line"] - 1, set()).add(f["code"])
    for row, code in PLANTED.items():
        assert code in by_line.get(row, set()), f"row {row} ({planted[row - 1][1]!r}): no {code}"
