"""A title quoted in running text: a speech's, a document's, a campaign's or an event's theme.

Its words are its own, as issued: capitals after a comma or "a" (“Taking the Corridor as a
Breakthrough, to Promote Integrated Growth”), and a rendering the glossary now avoids
(“Open Ports: Towards a Community of Common Destiny”, a forum's theme of its year).
"""

from __future__ import annotations

import regex

from tifa.checks import quotes
from tifa.glossary.normalize import SMALL_WORDS

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")

# A quotation is a title in Title Case when at least this share of its words that are no small
# words are capitalised, and it holds at least `_TITLE_WORDS` of them.
_TITLE_SHARE = 0.75
_TITLE_WORDS = 4


def in_quoted_title(text: str, offset: int) -> bool:
    """Whether `offset` falls inside a double quotation in Title Case: the title of a speech,
    a document or a campaign quoted in running text, whose capitals are its own even after
    a comma or "a" (“Taking the Corridor as a Breakthrough, to Promote Integrated Growth”),
    where `inside_title` stops at the comma."""
    for pair in quotes.scan(text).pairs:
        if pair.open < offset < pair.close:
            words = [
                w
                for w in _WORD.findall(text, pair.open + 1, pair.close)
                if w[:1].isalpha() and w.lower() not in SMALL_WORDS
            ]
            capitals = sum(1 for w in words if w[:1].isupper())
            return len(words) >= _TITLE_WORDS and capitals >= _TITLE_SHARE * len(words)
    return False


def in_quoted_title_beside(text: str, start: int, end: int) -> bool:
    """Whether `start`–`end` falls inside a quoted title (`in_quoted_title`) that holds words
    besides it: the form quoted alone (“One Belt One Road”) is the writer's own choice of
    words, not a title that keeps them."""
    for pair in quotes.scan(text).pairs:
        if pair.open < start and end <= pair.close:
            beside = _WORD.findall(text, pair.open + 1, start) + _WORD.findall(
                text, end, pair.close
            )
            return bool(beside) and in_quoted_title(text, start)
    return False
