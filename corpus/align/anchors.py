"""Anchors: things a Chinese sentence and its English translation both contain — numbers, and
glossary terms — which tell an aligner more than lengths alone.

An anchor source turns sentences into keys (``n:2023``, ``t:两先区``); a pair of sentences
shares the keys both sides produce. `NumberAnchors` needs nothing; `GlossaryAnchors` finds
English renderings with the glossary's EnglishMatcher and the Chinese forms by plain substring
(a matcher on jieba word boundaries can take its place: anything with `keys` will do).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Protocol

import polars as pl
import regex

if TYPE_CHECKING:
    from tifa.glossary import Glossary

_ARABIC = regex.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?")
_ZH_NUMBER = regex.compile(r"(\d+(?:[,，]\d{3})*(?:\.\d+)?)\s*(万亿|亿|万)?")
_EN_NUMBER = regex.compile(
    r"(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?", regex.IGNORECASE
)
_ZH_SCALE = {"万": 1e4, "亿": 1e8, "万亿": 1e12}
_EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_ZH_NUMERAL = regex.compile(r"[零〇一二两三四五六七八九十百]+")
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip


def number_key(value: float) -> str:
    """The anchor key of a number: the same for 1.16万亿 and 1.16 trillion, 12万 and 120,000."""
    return f"n:{value:.6g}"


class AnchorSource(Protocol):
    """Anything that gives anchor keys for lists of Chinese and English sentences."""

    def keys(self, zh: list[str], en: list[str]) -> tuple[list[Counter[str]], list[Counter[str]]]:
        """One Counter of keys per sentence, for each side."""
        ...


def chinese_number(text: str) -> int | None:
    """The value of a Chinese numeral below a thousand (十四 = 14, 二十 = 20, 三百零五 = 305),
    or None when it is not one."""
    if any(c in text for c in "十百"):
        total, current = 0, None
        for c in text:
            if c in "十百":
                total += (current if current is not None else 1) * (10 if c == "十" else 100)
                current = None
            elif c in "零〇" and current is None:
                continue  # a place holder: 三百零五
            elif c in _ZH_DIGITS and current is None:
                current = _ZH_DIGITS[c]
            else:
                return None  # two digits in a row (四五) or not a numeral
        return total + (current or 0)
    if len(text) == 1 and text in _ZH_DIGITS:
        return _ZH_DIGITS[text]
    return None  # 一二 and the like are not numbers


def _numbers_zh(text: str) -> Counter[str]:
    keys: Counter[str] = Counter()
    for m in _ZH_NUMBER.finditer(text):
        value = float(m.group(1).replace(",", "").replace("，", ""))
        keys[number_key(value * _ZH_SCALE.get(m.group(2) or "", 1))] += 1
    for m in _ZH_NUMERAL.finditer(text):
        for numeral in _numerals(m.group()):
            keys[number_key(numeral)] += 1
    return keys


def _numerals(run: str) -> list[int]:
    """The numbers in a run of numeral characters, longest first from the left: 十四五 is 14
    then a lone 五. A lone numeral is mostly part of a word (一个, 统一, 两先区): left out."""
    out = []
    i = 0
    while i < len(run):
        for j in range(len(run), i + 1, -1):
            value = chinese_number(run[i:j])
            if value is not None:
                out.append(value)
                i = j
                break
        else:
            i += 1
    return out


def _numbers_en(text: str) -> Counter[str]:
    keys: Counter[str] = Counter()
    for m in _EN_NUMBER.finditer(text):
        value = float(m.group(1).replace(",", ""))
        keys[number_key(value * _EN_SCALE.get((m.group(2) or "").lower(), 1))] += 1
    return keys


class NumberAnchors:
    """Numbers: Arabic on both sides with their scale (万, 亿; thousand, million...), and
    Chinese numerals of two characters or more (十四, 二十)."""

    def keys(self, zh: list[str], en: list[str]) -> tuple[list[Counter[str]], list[Counter[str]]]:
        """Number keys per sentence."""
        return [_numbers_zh(s) for s in zh], [_numbers_en(s) for s in en]


class GlossaryAnchors(NumberAnchors):
    """Numbers plus glossary terms: a term's Chinese in the Chinese, any accepted rendering of
    it in the English."""

    def __init__(self, glossary: Glossary) -> None:
        from tifa.glossary.match import EnglishMatcher

        self.matcher = EnglishMatcher(glossary)
        self.forms: dict[str, str] = {}
        for term in glossary.active():
            for form in term.zh:
                self.forms.setdefault(form, term.id)

    def keys(self, zh: list[str], en: list[str]) -> tuple[list[Counter[str]], list[Counter[str]]]:
        """Number and term keys per sentence."""
        zh_keys, en_keys = super().keys(zh, en)
        if self.forms and zh:
            found = pl.Series(zh, dtype=pl.String).str.extract_many(
                list(self.forms), overlapping=False
            )
            for keys, forms in zip(zh_keys, found.to_list(), strict=True):
                for form in forms or ():
                    keys["t:" + self.forms[form]] += 1
        if en:
            # The matcher reads doc, seg, tgt and start: one segment per sentence.
            segments = pl.DataFrame(
                {"doc": [0] * len(en), "seg": range(len(en)), "tgt": en, "start": [0] * len(en)},
                schema={"doc": pl.UInt32, "seg": pl.UInt32, "tgt": pl.String, "start": pl.Int64},
            )
            hits = self.matcher.match(segments)
            for seg, term_id in hits.select("seg", "term_id").iter_rows():
                en_keys[seg]["t:" + term_id] += 1
        return zh_keys, en_keys
