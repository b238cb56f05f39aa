"""What a document itself says about its names, for N201: which pinyin surnames it uses
alone ("Shi attended", "Zhao said", "Wang's speech"), and where each spelling first occurs.

A news page introduces a person once in full and then calls them by the surname alone;
a page that does so for one surname is speaking of one person of that name. Two spellings
of a given name a letter apart under that surname are then one person spelt two ways, even
where neither spelling is the more frequent (a headline's "Shi Yugang" beside the text's
"Shi Yuguang").
"""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.glossary.names import pinyin_surnames

# A capitalised word followed by a lower-case word, a comma or stop, or a possessive: a
# surname used alone reads so ("Zhao also spoke", "said Shi.", "Wang's speech").
_ALONE = r"\b\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Ll}|[,.;:]|['’]s\b)"
# Surnames that are also English words: "He said", "You can", "Long ago" say nothing.
_ENGLISH_WORDS = frozenset(
    [
        "An",
        "Ban",
        "Bin",
        "Bo",
        "Chi",
        "Dan",
        "Ding",
        "Fan",
        "Gan",
        "Gong",
        "Ha",
        "Hang",
        "He",
        "Long",
        "Man",
        "Men",
        "Mi",
        "Mo",
        "Na",
        "Pan",
        "Ping",
        "Ran",
        "Sang",
        "She",
        "Song",
        "Sun",
        "Tan",
        "Tang",
        "Wan",
        "Ye",
        "You",
    ]
)


def surnames_alone(ctx: Context, docs: list[int]) -> dict[int, set[str]]:
    """The pinyin surnames each of `docs` writes alone at least once."""
    found = (
        ctx.segments.filter(pl.col("doc").is_in(docs))
        .select("doc", word=pl.col("tgt").str.extract_all(_ALONE))
        .explode("word")
        .drop_nulls()
        .unique()
    )
    surnames = pinyin_surnames() - _ENGLISH_WORDS
    out: dict[int, set[str]] = {doc: set() for doc in docs}
    for doc, word in found.iter_rows():
        bare = word.split()[0].rstrip(",.;:").split("'")[0].split("’")[0]
        if bare in surnames:
            out[doc].add(bare)
    return out


def first_offsets(ctx: Context, doc: int, names: set[str]) -> dict[str, int]:
    """Where each of `names` first occurs in `doc` (text offset)."""
    first: dict[str, int] = {}
    rows = ctx.segments.filter(pl.col("doc") == doc).sort("seg").select("start", "tgt")
    for base, text in rows.iter_rows():
        for name in names - first.keys():
            at = text.find(name)
            if at >= 0:
                first[name] = base + at
    return first
