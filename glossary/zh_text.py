"""The searchable view of Chinese text: NFKC, then traditional to simplified, offsets kept.

Matching and the number, date and name rules all read Chinese through this view, so that
full-width digits (１２００万), compatibility forms and traditional characters (大連市長) look
like the simplified text the glossary is written in. Every character of the view knows the
offset it came from, so a span found in the view maps back to the original `src`.

Traditional to simplified goes through OpenCC's tables as packaged by
`opencc-python-reimplemented`: pure Python, so it installs from PyPI on any Python 3.11
without a compiler, and its `t2s` tables are OpenCC's own.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ZhView:
    """`text` is the normalised view of `original`; `origin[i]` is the offset in the original
    of view character `i`, and `origin[len(text)]` is the original's length (None when the
    two are the same length and aligned, as for nearly all text)."""

    original: str
    text: str
    origin: tuple[int, ...] | None  # None: the view is the original, character for character

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of view span [start, end)."""
        if self.origin is None:
            return start, end
        if end <= start:
            return self.origin[start], self.origin[start]
        # The end maps through the last character of the span, so that a character that grew
        # under NFKC (㎡ -> m2) is taken whole.
        last = self.origin[end - 1]
        after = next((o for o in self.origin[end:] if o > last), self.origin[-1])
        return self.origin[start], after


@cache
def _converter() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters converted to simplified (OpenCC t2s); other text unchanged."""
    return str(_converter().convert(text))


class _NfkcChars(dict[int, str]):
    """Code point -> its NFKC form, filled on first sight: `str.translate` with it folds a
    text character by character in C (the usual Chinese text has full-width punctuation)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = unicodedata.normalize("NFKC", chr(code))
        return folded


_NFKC_CHARS = _NfkcChars()


def zh_view(original: str) -> ZhView:
    """The normalised view of `original` (see module doc)."""
    if unicodedata.is_normalized("NFKC", original):
        nfkc, origin = original, None
    elif len(nfkc := original.translate(_NFKC_CHARS)) == len(original):
        origin = None  # each character folded to one (full-width punctuation): aligned
    else:
        chars: list[str] = []
        offsets: list[int] = []
        for i, ch in enumerate(original):
            # Per character, so that each output character knows its source; CJK text has
            # no combining sequences for which this would differ from NFKC of the string.
            folded = unicodedata.normalize("NFKC", ch)
            chars.append(folded)
            offsets.extend([i] * len(folded))
        nfkc = "".join(chars)
        origin = None if len(nfkc) == len(original) else offsets
    simplified = nfkc if traditional_chars().isdisjoint(nfkc) else to_simplified(nfkc)
    # t2s is one character for one in every table OpenCC ships; a phrase that changes
    # length would be realigned.
    if len(simplified) != len(nfkc):
        origin = _realign(nfkc, simplified, origin or list(range(len(nfkc))))
    if origin is None:
        return ZhView(original, simplified, None)
    origin.append(len(original))
    return ZhView(original, simplified, tuple(origin))


@cache
def traditional_chars() -> frozenset[str]:
    """Every character OpenCC's t2s changes: conversion, the slow part, runs only on text
    that has one (a set test per character, some twenty times cheaper than a regular
    expression with a four-thousand-character class)."""
    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    changed: set[str] = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if any(v != key for v in values.split()):
            changed.update(key)  # each character, as a character class would
    return frozenset(changed)


def _realign(before: str, after: str, origin: list[int]) -> list[int]:
    """Offsets for `after` when conversion changed the length of `before`."""
    out: list[int] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(j2 - j1):
            # Inside a replaced run, spread the new characters over the old ones.
            src = i1 + (k * (i2 - i1)) // max(j2 - j1, 1) if i2 > i1 else max(i1 - 1, 0)
            out.append(origin[min(src, len(origin) - 1)] if origin else 0)
    return out
