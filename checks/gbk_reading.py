"""UTF-8 punctuation read as GBK: the mojibake of a page that a Chinese reader decoded wrongly.

A curly quote, an apostrophe or a dash saved as UTF-8 takes three bytes, the first two E2 80;
a GBK reader joins those two into the rare character 鈥 and the third byte to the next one
into another character: “’s” becomes “鈥檚”, “ before "Belt" becomes “鈥淏elt”. Rules share
this reading so that U406 reports the garble and U401 does not take it for Chinese left in
the English.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# E2 80 read as GBK, and the character after it, which holds the mark's third byte (and the
# next byte, often a letter of the word after it).
_GARBLE = regex.compile(r"鈥[^\s鈥]?")
# Columnar prefilter (Rust regex).
PREFILTER = "鈥"


def utf8_read_as_gbk(text: str) -> Iterator[tuple[int, int, str | None]]:
    """Spans of `text` that are UTF-8 punctuation read as GBK, and what they were meant to
    be ("鈥檚" → "’s"), where the bytes decode as UTF-8 to a mark of punctuation or a symbol,
    perhaps with the letter after it; a 鈥 whose third byte was lost on the way ("Road鈥
    countries") is such a mark too, with nothing to restore (`None`)."""
    for m in _GARBLE.finditer(text):
        try:
            meant = m.group().encode("gbk").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            yield m.start(), m.start() + 1, None
            continue
        if regex.match(r"[\p{P}\p{S}]", meant):
            yield m.start(), m.end(), meant
        else:
            yield m.start(), m.start() + 1, None
