"""Body names in one sentence's list, some capitalised and some not (for N204).

"the Provincial Emergency Management Department, the provincial forestry bureau and the
provincial health commission": the sentence capitalises one body's name and writes the
others it lists beside it in lower case. Official English writes all of them one way:
Xinhua in lower case throughout, local sites capitalised throughout. A lower-case name is
reported only where the same sentence capitalises another name built the same way (the
article, a level word, words, a head noun) and the lower-case one stands as an item of a
list or ends the sentence (a comma, a semicolon, a full stop, "and" or "or" right after it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import polars as pl
import regex

from tifa.glossary.normalize import SMALL_WORDS

_S = r"[ \u00a0]+"
_LEVELS = r"provincial|municipal|city|county|district|prefectural"
_HEADS = r"bureau|department|commission|committee|administration|office"
# "the Provincial Emergency Management Department": every word capitalised.
_CAPITALISED = regex.compile(
    rf"(?<![\p{{L}}])the{_S}(?:{_LEVELS.title()}){_S}(?:(?:\p{{Lu}}[\p{{L}}'’-]*|and){_S}){{1,5}}"
    rf"(?:{_HEADS.title()})(?![\p{{L}}])"
)
# "the provincial forestry bureau," : level word and head noun in lower case, one to five
# words between (a proper adjective such as "Chinese" may keep its capital), then a list
# separator or the end of the sentence.
_LOWER = regex.compile(
    rf"(?<![\p{{L}}])the{_S}(?P<name>(?:{_LEVELS}){_S}(?:[\p{{L}}'’-]+{_S}){{1,5}}?(?:{_HEADS}))"
    rf"(?=[ \u00a0]*(?:[,;.:]|$)|{_S}(?:and|or)(?![\p{{L}}]))"
)
_PREFILTER = (
    rf"(?:{_LEVELS.title()})[ \u00a0].*(?:{_HEADS})|(?:{_HEADS}).*(?:{_LEVELS.title()})[ \u00a0]"
)


@dataclass(frozen=True)
class ListItem:
    """A lower-case body name in a list beside capitalised ones; offsets in the document."""

    doc: int
    start: int
    end: int
    text: str
    suggestion: str


def miscased_list_items(segments: pl.DataFrame) -> Iterator[ListItem]:
    """The lower-case body names of `segments` (``doc, start, tgt``) listed beside a
    capitalised one in the same segment, in document order."""
    rows = segments.filter(pl.col("tgt").str.contains(_PREFILTER)).sort("doc", "start")
    for doc, base, text in rows.select("doc", "start", "tgt").iter_rows():
        if _CAPITALISED.search(text) is None:
            continue
        for m in _LOWER.finditer(text):
            words = m.group("name").split()
            if any(w.lower() in SMALL_WORDS - {"and"} for w in words):
                continue  # a clause or a description, not a name
            titled = " ".join(
                w if w.lower() in SMALL_WORDS else w[:1].upper() + w[1:] for w in words
            )
            yield ListItem(
                doc, base + m.start("name"), base + m.end("name"), m.group("name"), titled
            )
