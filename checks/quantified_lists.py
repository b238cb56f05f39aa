"""A count noun left singular in a list that a plural quantifier opens ("all districts,
counties and county-level city attended", "in all cities, prefecture, counties"): E805's
second shape.

The quantifier counts every item of the list, and the other items show it by their
plurals; an item in the singular among them is the slip of a language that marks no
plural. A list whose last item runs on into a noun ("all city and county leaders") shares
that noun as its head, and its singulars are right.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from tifa.checks.agreement import closes_phrase

_QUANTIFIER = regex.compile(
    r"(?<![\p{L}-])(?i:all|various|several|many|numerous|multiple"
    r"|(?:dozens|hundreds|thousands)\s+of|a\s+number\s+of)[ \u00a0]+"
)
# An item with its own determiner ("all cities and the county") is not counted by the
# quantifier.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"})
_WORD = regex.compile(r"[\p{L}-]+")
_WORDS_ONLY = regex.compile(r"(?:[\p{L}-]+[ \u00a0]+)*")
_SEPARATOR = regex.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+"
)


@dataclass(frozen=True)
class Slip:
    """A singular item: its span, the noun and the quantifier over the list."""

    start: int
    end: int
    noun: str
    quantifier: str


def _items(
    text: str, pos: int, nouns: frozenset[str], plurals: frozenset[str]
) -> list[regex.Match[str]]:
    """The list items from `pos`, each ending in one of `nouns` or `plurals`, as far as the
    list goes."""
    found: list[regex.Match[str]] = []
    while True:
        # An item is the noun, after at most two words that describe it.
        item = None
        for i, w in enumerate(_WORD.finditer(text, pos, min(len(text), pos + 60))):
            if i > 2:
                break
            if w.group() in nouns or w.group() in plurals:
                before = text[pos : w.start()].lower().split()
                if _WORDS_ONLY.fullmatch(text, pos, w.start()) and not _DETERMINERS & set(before):
                    item = w
                break
        if item is None:
            return found
        found.append(item)
        sep = _SEPARATOR.match(text, item.end())
        if sep is None:
            return found
        pos = sep.end()


def singular_in_lists(text: str, nouns: frozenset[str], plurals: frozenset[str]) -> Iterator[Slip]:
    """Each singular item of `nouns` in a list that a plural quantifier opens, where another
    item is one of `plurals` and the list ends its phrase."""
    for q in _QUANTIFIER.finditer(text):
        items = _items(text, q.end(), nouns, plurals)
        if len(items) < 2 or not any(i.group() in plurals for i in items):
            continue
        if not closes_phrase(text, items[-1].end()):
            continue
        quantifier = " ".join(q.group().split())
        for item in items:
            if item.group() in nouns:
                yield Slip(item.start(), item.end(), item.group(), quantifier)
