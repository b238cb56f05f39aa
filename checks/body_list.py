"""A body's name in a list of bodies whose other items carry their own "the".

"On behalf of the CPC Xiamen Municipal Committee, Xiamen Municipal People's Congress, Xiamen
Municipal Government and the CPPCC Xiamen Municipal Committee": a later item written with
its own article shows the list gives each body one, so an item without it is a slip. Found
by shape — a run of capitalised words ending in a body's head noun, between the list's
commas or after its "and" — not by a list of names; the evidence is another item of the
same list that names a body after "the".
"""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl
import regex

from tifa.checks.prose import inside_title
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Head nouns of an official body, an organisation or a court: the common noun that ends its
# name ("… Municipal Government", "… Friendship Association", "… Council for …").
_HEAD = (
    r"(?:Committee|Commission|Congress|Government|Court|Procuratorate|Bureau|Department"
    r"|Office|Administration|Ministry|Association|Federation|Council|Chamber|League|Agency"
    r"|Authority)"
)
_CAP = r"\p{Lu}[\p{L}'’-]*"
# The item: capitalised words (and "and", an abbreviation in brackets) up to the head noun,
# perhaps a postposed "of"/"for" phrase ("… Council for the Promotion of International
# Trade"); never a determiner first, and no "of" before the head, so that a title ("General
# Secretary of the …") is no item.
_ITEM = regex.compile(
    rf"(?:(?<=,{_S})|(?<=(?<![\p{{L}}'’-])and{_S}))"
    rf"(?P<name>(?!(?:The|This|That|These|Those|Its|Their|Our|His|Her|All|Both|Each|Every"
    rf"|Other|Relevant|Some|Many)(?![\p{{L}}'’-])){_CAP}(?:{_S}(?:{_CAP}|and|\(\p{{Lu}}+\))){{0,6}}?"
    rf"{_S}{_HEAD}(?:{_S}(?:of|for){_S}(?:the{_S})?{_CAP}(?:{_S}(?:{_CAP}|and|of)){{0,5}}?)?)"
    # The item ends at the list's punctuation, its "and", or the verb after a list that is
    # the subject ("… and Dalian Maritime Court attended").
    rf"(?=[ \u00a0]*(?:[,;.]|$)|{_S}and{_S}|{_S}(?:\p{{Ll}}+ed|were|are|have|had|will|also|etc"
    r"|jointly)(?![\p{L}'’-]))"
)
_PREFILTER = r",[ \u00a0]+the[ \u00a0]+\p{Lu}|and[ \u00a0]+the[ \u00a0]+\p{Lu}"
# Another item of the list with its own article, naming a body: ", the Ministry of
# Commerce", "and the CPPCC Xiamen Municipal Committee".
_THE_ITEM = regex.compile(
    rf"(?:,|(?<![\p{{L}}'’-])and){_S}the{_S}(?:(?:{_CAP}|\(\p{{Lu}}+\)){_S}){{0,6}}?{_HEAD}"
    r"(?![\p{L}'’-])"
)
# What may stand between the item and that other item for both to be in one list: names,
# their small words and the list's commas ("… Xiamen Municipal Government and the CPPCC …");
# a lower-case word ends the list ("… and Chengdu Municipal People's Government acted
# swiftly upon receiving the instructions from the CPC Central Committee, the State
# Council …" holds two lists).
_LIST_GAP = regex.compile(rf"[ \u00a0,]*(?:(?:{_CAP}|and|the|of|for|\(\p{{Lu}}+\))[ \u00a0,]*)*")
# How far either side of the item its list may reach, within its sentence.
_REACH = 300
_SENTENCE_END = regex.compile(r"[.!?;](?=[ \u00a0]+\p{Lu}|$)")
# An item after "and" whose preceding word is capitalised but no head noun is the tail of
# one name joined by "and" ("the National Development and Reform Commission", "… Economic
# and Trade Office"), not a list's last item; after a head noun or an abbreviation in
# brackets the "and" joins two bodies ("… Municipal Committee and Dalian Municipal
# Government").
_NAME_INSIDE_AND = regex.compile(rf"(?<![\p{{L}}'’-])(?!{_HEAD}(?![\p{{L}}'’-])){_CAP}{_S}and{_S}$")


def items_without_article(
    segments: pl.DataFrame,
) -> Iterator[tuple[int, int, str, regex.Match[str]]]:
    """(doc, base, text, match) for each list item that names a body without "the" where
    another item of its list names a body with it."""
    for doc, base, text, m in prose_matches(segments, "tgt", _PREFILTER, _ITEM):
        if _NAME_INSIDE_AND.search(text, max(0, m.start() - 60), m.start()):
            continue
        lo, hi = _sentence(text, m.start(), m.end())
        if not any(
            _LIST_GAP.fullmatch(
                text, *((m.end(), t.start()) if t.start() >= m.end() else (t.end(), m.start()))
            )
            for t in _THE_ITEM.finditer(text, lo, hi)
        ):
            continue
        if inside_title(text, m.start("name"), m.end("name")):
            continue
        yield doc, base, text, m


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the stretch around text[start:end] its list may take: its sentence,
    at most `_REACH` characters either side."""
    lo = max(0, start - _REACH)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, start)]
    if ends:
        lo = ends[-1]
    nxt = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    hi = nxt.start() if nxt else min(len(text), end + _REACH)
    return lo, hi
