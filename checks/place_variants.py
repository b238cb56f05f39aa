"""Place names spelt two ways in one document, for N201: "Tongzou district" once beside
"Tongzhou district" three times.

A place is read with its level word ("X district", "X Town"), which says the capitalised
word is a place; two pinyin words one letter apart before the same level word are one place
misspelt when the rarer spelling is no known place and the other is written at least twice
and twice as often. Two real places one letter apart (Jinzhou and Jingzhou, Suzhou and
Xuzhou) are both in the gazetteer and left alone.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import edit_distance, split_syllables

_LEVELS = "city|county|district|town|township|village|street|subdistrict"
_PLACE = r"\p{Lu}\p{Ll}{3,}[ \u00a0](?i:" + _LEVELS + r")\b"
_FIND = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<place>\p{Lu}\p{Ll}{3,})[ \u00a0](?P<level>(?i:" + _LEVELS + r"))\b"
)
RARITY = 2  # as for personal names: the common spelling twice, and twice as often


@dataclass(frozen=True)
class PlaceSlip:
    """One misspelt place: where, its spelling and the document's usual one."""

    doc: int
    start: int
    end: int
    rare: str
    common: str
    rare_count: int
    common_count: int


def _slips(counts: Counter[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Each rarer spelling (place, level) mapped to the spelling it is a slip of."""
    by_level: dict[str, list[str]] = defaultdict(list)
    for place, level in sorted(counts):
        by_level[level].append(place)
    out: dict[tuple[str, str], str] = {}
    for level, places in by_level.items():
        for a, b in itertools.permutations(places, 2):
            rare, common = counts[(a, level)], counts[(b, level)]
            if (
                common >= max(2, RARITY * rare)
                and edit_distance(a.lower(), b.lower()) == 1
                and not is_place(a)
                and split_syllables(b) is not None
            ):
                out[(a, level)] = b
    return out


def place_slips(ctx: Context) -> list[PlaceSlip]:
    """Misspelt places in each document, in document order."""
    rows = ctx.segments.filter(pl.col("tgt").str.contains(_PLACE)).sort("doc", "seg")
    found: dict[int, list[tuple[int, regex.Match[str]]]] = defaultdict(list)
    for doc, base, text in rows.select("doc", "start", "tgt").iter_rows():
        found[doc].extend((base, m) for m in _FIND.finditer(text))
    out = []
    for doc, matches in found.items():
        counts = Counter((m.group("place"), m.group("level").lower()) for _, m in matches)
        slips = _slips(counts)
        for base, m in matches:
            key = (m.group("place"), m.group("level").lower())
            if key in slips:
                common = slips[key]
                out.append(
                    PlaceSlip(
                        doc,
                        base + m.start("place"),
                        base + m.end("place"),
                        key[0],
                        common,
                        counts[key],
                        counts[(common, key[1])],
                    )
                )
    return out
