"""Bilingual corpora for tests, built through the library API.

Small in-memory corpora: a list of (zh, en) pairs becomes one document whose text is the
English, one pair per line, and whose segments carry the Chinese in `src`. TSV files with a
`zh<TAB>en` header are parsed with the csv module here; tests/corpus/test_pairs.py checks that
the real TSV reader gives the same segments.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import polars as pl
from helpers import document

from tifa.checks.context import Context, Matchers
from tifa.checks.engine import run_rules
from tifa.checks.registry import select_rules
from tifa.corpus.read import SEGMENT_SCHEMA, Corpus, build_corpus
from tifa.glossary import Glossary, load_glossaries

BILINGUAL = Path(__file__).parent / "data" / "bilingual"


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """The (zh, en) rows of a TSV file with a `zh<TAB>en` header."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["zh"], row["en"] or "") for row in reader]


def bilingual_corpus(docs: Sequence[Sequence[tuple[str, str]]]) -> Corpus:
    """A corpus of one document per list of pairs, one segment per pair."""
    built = [
        document("".join(en + "\n" for _, en in pairs), f"pairs{i}.tsv")
        for i, pairs in enumerate(docs)
    ]
    corpus = build_corpus(built)
    cols: dict[str, list[object]] = {k: [] for k in SEGMENT_SCHEMA}
    for d, pairs in enumerate(docs):
        at = 0
        for i, (zh, en) in enumerate(pairs):
            row = (d, i, i, zh, en, at, at + len(en), i + 1, None)  # line i + 1, no alignment
            for key, value in zip(SEGMENT_SCHEMA, row, strict=True):
                cols[key].append(value)
            at += len(en) + 1
    corpus.segments = pl.DataFrame(cols, schema=SEGMENT_SCHEMA)
    return corpus


@cache
def default_matchers() -> Matchers:
    """Matchers for the bundled glossary, built once: jieba's dictionary takes seconds."""
    return Matchers(load_glossaries([]))


def check_pairs(
    docs: Sequence[Sequence[tuple[str, str]]],
    codes: Sequence[str] = (),
    glossary: Glossary | None = None,
) -> pl.DataFrame:
    """Findings for bilingual documents, through the engine the CLI uses."""
    matchers = default_matchers() if glossary is None else Matchers(glossary)
    context = Context(bilingual_corpus(docs), matchers.glossary, matchers)
    return run_rules(context, select_rules(list(codes)))
