"""The Chinese original a writer sets after an English quotation, on purpose.

Analysts and foreign outlets quote official Chinese in their own translation and then give
the original ("… on the new journey.” 在新征程上…"): a gloss for readers who read both, not
text left untranslated. It is told by its place: it follows the closing mark of a quotation
of several English words and runs to the end of its line with no Latin letter in it. Chinese
left in a translation by mistake stands inside the sentence, in a heading or in a page's
furniture, not after an English quotation of its own words.
"""

from __future__ import annotations

from functools import lru_cache

import regex

# A quotation in English (no Han inside, five words at least), its closing mark, then a run
# of Chinese to the end of the line: Han, its punctuation, digits, spaces, never a Latin letter.
_QUOTED_THEN_ORIGINAL = regex.compile(
    r"[“\"](?P<quote>[^“”\"\n\p{Han}]+)[”\"][ \t\u3000]*"
    r"(?P<original>[^\p{Latin}\n]*\p{Han}[^\p{Latin}\n]*)$",
    regex.M,
)
_WORD = regex.compile(r"\p{Latin}{2,}")
_HAN = regex.compile(r"\p{Han}")


@lru_cache(maxsize=256)
def original_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of every Chinese original glossing the English quotation before it in `text`."""
    if not _HAN.search(text):
        return ()
    spans = []
    for m in _QUOTED_THEN_ORIGINAL.finditer(text):
        if (
            len(_WORD.findall(m.group("quote"))) >= 5
            and len(_HAN.findall(m.group("original"))) >= 4
        ):
            spans.append(m.span("original"))
    return tuple(spans)


def in_original(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a Chinese original glossing a quotation."""
    return any(s <= start and end <= e for s, e in original_spans(text))
