"""Pair the double quotation marks of a paragraph, for the quote rules (P301, P302, P303, T107).

Curly marks say which side they are; a straight mark is read from its neighbours: after a
space and before a word it opens, after a word and before a space or punctuation it closes,
and otherwise it closes whatever is open. A mark that opens while another of its kind is
still open leaves that one unbalanced, which is how a dropped closing quote shows up.

One level of nesting is understood: a straight pair inside a curly quotation (“the
construction of "the Belt and Road" with high quality”) is an inner quotation, as house
styles that keep straight marks for the inner level write it; so is a straight pair inside
a straight one where the next two marks both close ("join "the Belt and Road" now"), which
P301 reports as nested. A double mark between a
letter and an English word ending ("Shenyang”s", "don"t") is an apostrophe typed with the
wrong key, not a quotation mark: the scan skips it and P310 reports it. A straight mark
right after an opening curly one opens an inner quotation (“"No partner" means …”). A closing mark
where an opening one belongs (after a space, before a word, nothing open) opens: the pair
is then one mixed quotation (P302), not two stray marks.

The scan is one left-to-right pass with a stack at most two deep: linear in the paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
MARKS = frozenset(OPENING + CLOSING + STRAIGHT)
_MARK_RE = regex.compile('[“”"]')
# The endings an apostrophe introduces: possessive s, n't, 're, 'll, 've, 'd, 'm.
_APOSTROPHE_ENDING = regex.compile(r"(?:s|t|re|ll|ve|d|m)(?![\p{L}\p{N}])")


@dataclass(frozen=True)
class QuotePair:
    """A pair of marks: offsets of the opening and closing mark in the paragraph text.

    ``nested`` is true for a quotation inside another one.
    """

    open: int
    close: int
    open_mark: str
    close_mark: str
    nested: bool = False
    outer_mark: str = ""  # the mark that opened the quotation this one is inside

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

    pairs: tuple[QuotePair, ...]
    unpaired: tuple[int, ...]


def is_apostrophe(text: str, i: int) -> bool:
    """Whether the mark at `i` sits where an apostrophe belongs: after a letter and before
    an English word ending ("Shenyang”s", "isn"t"); "t" only after "n"."""
    if not i or not text[i - 1].isalpha():
        return False
    m = _APOSTROPHE_ENDING.match(text, i + 1)
    return m is not None and (m.group() != "t" or text[i - 1] in "nN")


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # After an opening curly mark a straight one can only open an inner quotation
    # (“"No partner" means …”): an empty quotation is no reading. Nor does a quotation open on
    # a comma or a stop: a mark between a space and one closes a quotation typed with a space
    # inside (' " Gazelle Enterprises ", and'), which P303 reports.
    return (
        (before.isspace() or before in "([{—–-/“‘")
        and not after.isspace()
        and after not in ",.;:!?)]"
    )


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def opens_quotation(text: str, i: int) -> bool:
    """Whether the unpaired mark at `i` can only open a quotation (“, or a straight mark
    before a word)."""
    ch = text[i]
    return ch == OPENING or (ch == STRAIGHT and _opens(text, i) and not _closes(text, i))


def closes_quotation(text: str, i: int) -> bool:
    """Whether the unpaired mark at `i` can close a quotation (”, or a straight mark after
    a word)."""
    ch = text[i]
    return ch == CLOSING or (ch == STRAIGHT and _closes(text, i))


def _closed_twice(text: str, i: int) -> bool:
    """Whether the next two straight marks after the one at `i` both close: a straight
    quotation inside a straight one ("he proposed that "the city join "the Belt and Road"
    and build a platform"."), which P301 reports as nested, not the outer pair as
    unbalanced. It reads on only to the second straight mark (any curly mark first: no)."""
    seen = 0
    for m in _MARK_RE.finditer(text, i + 1):
        j = m.start()
        if m.group() != STRAIGHT:
            return False
        if is_apostrophe(text, j):
            continue
        if _opens(text, j) or not _closes(text, j):
            return False
        seen += 1
        if seen == 2:
            return True
    return False


def _free_standing(text: str, i: int) -> bool:
    """Whether the mark at `i` has white space on both sides."""
    return 0 < i < len(text) - 1 and text[i - 1].isspace() and text[i + 1].isspace()


def _next_closes(text: str, i: int) -> bool:
    """Whether the next double mark after `i` is a straight one that closes a quotation."""
    m = _MARK_RE.search(text, i + 1)
    return m is not None and m.group() == STRAIGHT and _closes(text, m.start())


def _last_straight(text: str, i: int) -> bool:
    """Whether no straight double mark but apostrophes follows the one at `i`."""
    return all(
        is_apostrophe(text, m.start())
        for m in _MARK_RE.finditer(text, i + 1)
        if m.group() == STRAIGHT
    )


@lru_cache(maxsize=1 << 14)
def scan(text: str) -> QuoteScan:
    """Pair the double quotes of one paragraph (remembered: three rules read each one, and a
    translation memory repeats its paragraphs)."""
    pairs: list[QuotePair] = []
    unpaired: list[int] = []
    # Offsets of the open marks: at most a curly quotation and a straight one inside it.
    stack: list[int] = []

    def close(i: int) -> None:
        start = stack.pop()
        outer = text[stack[-1]] if stack else ""
        pairs.append(QuotePair(start, i, text[start], text[i], bool(stack), outer))

    for m in _MARK_RE.finditer(text):
        i, ch = m.start(), m.group()
        if ch != OPENING and is_apostrophe(text, i):
            continue
        if ch == OPENING:
            unpaired.extend(stack)  # a new quotation starts: those open never closed
            stack = [i]
        elif ch == CLOSING:
            if stack and text[stack[-1]] == STRAIGHT and len(stack) == 2:
                unpaired.append(stack.pop())  # an inner quotation left open
            if stack:
                close(i)
            elif _opens(text, i):
                stack.append(i)  # an opening quote typed the wrong way round: ”We must…”
            else:
                unpaired.append(i)  # closing mark with nothing open
        elif not stack:
            if _closes(text, i):
                unpaired.append(i)
            else:
                stack.append(i)
        elif (
            len(stack) == 1
            and text[stack[0]] == STRAIGHT
            and text[i - 1].isspace()
            and _opens(text, i)
            and not _closes(text, i)
            and _last_straight(text, i)
        ):
            # The paragraph's last straight mark, after a space and glued to the next word,
            # with a straight quotation open ('of "blue calico dyeing "from'): the
            # closing mark typed on the wrong side of its space. Read as an opener it would
            # leave both marks unpaired; it closes, and P303 reports the space.
            close(i)
        elif (
            (_opens(text, i) and not _closes(text, i))
            # right after “ even with a space after it (“" three …"”): opens, P303 the space
            or (stack[-1] == i - 1 and text[i - 1] == OPENING)
            # inside a curly quotation, a free-standing mark whose next mark is a straight
            # one that closes (“… of " the Belt and Road"”): opens, P303 the space
            or (text[stack[-1]] == OPENING and _free_standing(text, i) and _next_closes(text, i))
        ):
            if text[stack[-1]] == STRAIGHT and (len(stack) == 2 or not _closed_twice(text, i)):
                unpaired.append(stack.pop())  # the previous straight quotation never closed
            stack.append(i)  # an inner quotation opens
        else:
            close(i)
    unpaired.extend(stack)
    return QuoteScan(tuple(sorted(pairs, key=lambda p: p.open)), tuple(sorted(unpaired)))
