"""A Chinese paragraph set beside its English translation on a bilingual page (U401).

Provincial news portals and city international-communication centres publish some stories
in both languages, a paragraph of Chinese next to the English paragraph that renders it.
The Chinese there is the page's second language, not text left untranslated. It is told
by evidence the two paragraphs share: the same figures ("1月16日 … 8个国家12个城市" beside
"On January 16 … 12 cities across 8 countries") or a person's name in characters beside
its pinyin ("陈奕君" beside "Chen Yijun"). A Chinese paragraph that merely follows English
it does not render shares neither and stays Chinese left in the English.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.paragraph_neighbours import paragraphs_with_neighbours
from tifa.glossary.names import romanize

# A paragraph in Chinese: eight Han characters at least, and a Latin letter for every ten
# of them at most (an acronym such as "GDP" or "5G" may stand in it).
_MIN_HAN = 8
_HAN = regex.compile(r"\p{Han}")
_HAN_RUN = regex.compile(r"\p{Han}+")
_LATIN = regex.compile(r"\p{Latin}")
# An English paragraph: eight words at least and no Han character.
_WORD = regex.compile(r"\p{Latin}{2,}")
_NUMBER = regex.compile(r"\d+")
# A name in pinyin: two or three capitalised words ("Chen Yijun", "Nong Shengwen").
_CAPITALISED = regex.compile(r"\p{Lu}[\p{Ll}’'-]+")
_LETTERS = regex.compile(r"[^a-z]")


def _is_chinese(text: str) -> bool:
    """Whether a paragraph is written in Chinese (see `_MIN_HAN`)."""
    han = len(_HAN.findall(text))
    return han >= _MIN_HAN and len(_LATIN.findall(text)) * 10 <= han


def _is_english(text: str | None) -> bool:
    """Whether a paragraph is written in English: eight words at least, no Han."""
    return text is not None and not _HAN.search(text) and len(_WORD.findall(text)) >= 8


def _shares_figures(chinese: str, english: str) -> bool:
    """Whether the two paragraphs give the same figures: two numbers, or one of two digits."""
    shared = set(_NUMBER.findall(chinese)) & set(_NUMBER.findall(english))
    return len(shared) >= 2 or any(len(n) >= 2 for n in shared)


def spelt(text: str) -> str:
    """Lower-case letters of `text` only, ü read as v (pypinyin's "lv")."""
    return _LETTERS.sub("", text.lower().replace("ü", "v"))


def _shares_a_name(chinese: str, english: str) -> bool:
    """Whether a name of two or three characters in `chinese` is spelt in pinyin in `english`."""
    words = [m.group() for m in _CAPITALISED.finditer(english)]
    names = {spelt(" ".join(words[i : i + n])) for n in (2, 3) for i in range(len(words))}
    for run in _HAN_RUN.findall(chinese):
        for size in (2, 3):
            for i in range(len(run) - size + 1):
                if spelt(romanize(run[i : i + size])) in names:
                    return True
    return False


def _renders(chinese: str, english: str | None) -> bool:
    """Whether the English paragraph is the Chinese one's translation, by shared evidence."""
    return _is_english(english) and (
        _shares_figures(chinese, english or "") or _shares_a_name(chinese, english or "")
    )


def parallel_paragraphs(ctx: Context) -> dict[int, list[tuple[int, int]]]:
    """Offsets, per document, of each Chinese paragraph set beside its English translation."""
    rows = paragraphs_with_neighbours(ctx).filter(
        pl.col("text").str.count_matches(r"\p{Han}") >= _MIN_HAN
    )
    spans: dict[int, list[tuple[int, int]]] = {}
    for doc, start, text, before, after in rows.iter_rows():
        if _is_chinese(text) and (_renders(text, before) or _renders(text, after)):
            spans.setdefault(doc, []).append((start, start + len(text)))
    return spans
