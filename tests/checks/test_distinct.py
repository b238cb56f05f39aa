"""Matching each distinct text once gives the same hits and near misses as matching them all."""

from __future__ import annotations

import polars as pl
from helpers import document

from tifa.checks.context import Context
from tifa.checks.distinct import with_distinct
from tifa.corpus.read import build_corpus
from tifa.glossary import Glossary

UNITS = [
    "Dalian will build the two pre-zones and the two first districts.",
    "The Standing Committee of the Municipal Party Committe met on Monday.",
    "Dalian will build the two pre-zones and the two first districts.",
    "The meeting was presided over by the mayor.",
    "The Standing Committee of the Municipal Party Committe met on Monday.",
]


def test_repeated_units_are_matched_once_with_the_same_result(default_glossary: Glossary) -> None:
    docs = [document("\n\n".join(UNITS), "a.txt"), document("\n\n".join(reversed(UNITS)), "b.txt")]
    ctx = Context(build_corpus(docs), default_glossary)
    assert ctx.matchers is not None
    every = ctx.matchers.english.match(ctx.segments)
    assert ctx.hits.equals(every)
    assert ctx.hits.height >= 8  # each repeat gets its own rows, at its own offsets
    near = ctx.matchers.near.match(ctx.segments, every)
    assert ctx.near.sort("doc", "start").equals(near.sort("doc", "start"))
    assert ctx.near.height >= 4


def test_columns_computed_once_per_distinct_text_are_those_of_every_row() -> None:
    table = pl.DataFrame(
        {"doc": [0, 0, 1, 1, 1], "tgt": ["the party", None, "Party", "the party", "Party"]}
    )
    exprs = {
        "lower": pl.col("tgt").str.contains(r"\bparty\b"),
        "words": pl.col("tgt").str.extract_all(r"\w+"),
        "n": pl.col("tgt").str.count_matches("a"),
    }
    assert with_distinct(table, "tgt", **exprs).equals(table.with_columns(**exprs))
    distinct = table.filter(pl.col("tgt").is_not_null()).unique("tgt", maintain_order=True)
    assert with_distinct(distinct, "tgt", **exprs).equals(distinct.with_columns(**exprs))
