"""Pair the double quotation marks of a paragraph, for the quote rules (P301, P302, P303, T107).

Curly marks say which side they are; a straight mark is read from its neighbours: after a
space and before a word it opens, after a word and before a space or punctuation it closes,
and otherwise it closes whatever is open. A mark that opens while another is still open
leaves that one unbalanced, which is how a dropped closing quote shows up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
MARKS = frozenset(OPENING + CLOSING + STRAIGHT)
_MARK_RE = re.compile('[“”"]')


@dataclass(frozen=True)
class QuotePair:
    """A pair of marks: offsets of the opening and closing mark in the paragraph text."""

    open: int
    close: int
    open_mark: str
    close_mark: str

    @property
    def style(self) -> str:
        """straight, curly or mixed."""
        if self.open_mark == STRAIGHT and self.close_mark == STRAIGHT:
            return "straight"
        if self.open_mark == OPENING and self.close_mark == CLOSING:
            return "curly"
        return "mixed"


@dataclass(frozen=True)
class QuoteScan:
    """The pairs of a paragraph and the marks left unpaired (offsets)."""

    pairs: list[QuotePair]
    unpaired: list[int]


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def scan(text: str) -> QuoteScan:
    """Pair the double quotes of one paragraph."""
    pairs: list[QuotePair] = []
    unpaired: list[int] = []
    open_at: int | None = None
    for m in _MARK_RE.finditer(text):
        i, ch = m.start(), m.group()
        if ch == OPENING or (ch == STRAIGHT and open_at is None and not _closes(text, i)):
            if open_at is not None:
                unpaired.append(open_at)
            open_at = i
        elif ch == STRAIGHT and open_at is not None and _opens(text, i) and not _closes(text, i):
            unpaired.append(open_at)  # a new quotation starts: the previous one never closed
            open_at = i
        elif open_at is None:
            unpaired.append(i)  # closing mark with nothing open
        else:
            pairs.append(QuotePair(open_at, i, text[open_at], ch))
            open_at = None
    if open_at is not None:
        unpaired.append(open_at)
    return QuoteScan(pairs, sorted(unpaired))
