"""Matching each distinct text once gives the same hits and near misses as matching them all."""

from __future__ import annotations

from helpers import document

from tifa.checks.context import Context
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
