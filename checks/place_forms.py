"""A Chinese place's name in a form other than its standard English one, for N203.

Three forms, each measured against a short table or the gazetteer, never guessed:

- a two-word name written as one ("Hongkong", "HongKong"): English writes "Hong Kong";
- another language's or the pinyin form of a place beside its standard English form in the
  same text ("Macau" beside "Macao", "Neimenggu" beside "Inner Mongolia"): both are seen in
  print, so the text itself must show which one it uses;
- a name whose standard spelling carries an apostrophe (the gazetteer's "Xi'an", "Lu'an",
  "Tai'an") written without it beside the spelling with it ("Xian" once, "Xi'an" twice).

A form inside a longer proper name is left alone: the HSBC's "Hongkong and Shanghai Banking
Corporation", "Hongkong Land", "University of Macau", "Macau Daily Times", and a surname or
a given name beside another capitalised word ("Li Jian", "Luan Xiaohong").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.glossary.gazetteer import levels

# Two-word names written as one: wrong in running text whatever else the text writes.
FUSED = {"Hongkong": "Hong Kong", "HongKong": "Hong Kong"}
# A place's other form, a slip only beside the standard one: Chinese official English writes
# "Macao" (the SAR's own Basic Law and gov.mo), Portuguese and much of the world's press
# "Macau"; "Neimenggu" is the pinyin of 内蒙古, which English calls Inner Mongolia.
BESIDE = {"Macau": "Macao", "Neimenggu": "Inner Mongolia"}
# Words after a fused form that leave it a place: "Hongkong SAR", "Hongkong, Macao".
_PLACE_WORDS = frozenset({"SAR", "Special", "Macao", "Macau", "Taiwan", "China"})
# A level word after an apostrophe-less form keeps it a place ("Xian City").
_LEVEL_WORDS = frozenset({"City", "County", "District", "Province", "Prefecture", "Municipality"})

_NEXT_WORD = regex.compile(r"[ \u00a0]+(\p{Lu}\p{L}*)")
_AFTER_NAME = regex.compile(r"[ \u00a0]+and[ \u00a0]+Shanghai\b")
# A capitalised word before the form makes it part of a name ("University of Macau"), unless
# it is a function word opening a sentence or a headline ("The Macau guests").
_BEFORE_NAME = regex.compile(
    r"(?<![\p{L}])(?!(?:The|A|An|In|On|At|From|To|For|With|By|And|Both|Its|This|That)[ \u00a0])"
    r"\p{Lu}\p{Ll}*[ \u00a0]+(?:of[ \u00a0]+)?$"
)
_BEFORE_WORD = regex.compile(r"\p{Lu}\p{L}*[ \u00a0]+$")


@dataclass(frozen=True)
class PlaceForm:
    """One place written in a non-standard form: where, the form and the standard one."""

    doc: int
    start: int
    end: int
    form: str
    standard: str
    message: str


@cache
def apostrophe_names() -> dict[str, str]:
    """The gazetteer's names with an apostrophe, keyed by the name without it:
    "Xian" -> "Xi'an"."""
    return {
        name.replace("'", ""): name
        for name in sorted(levels())
        if "'" in name and name.replace("'", "").isalpha()
    }


@cache
def _pattern() -> regex.Pattern[str]:
    forms = sorted({*FUSED, *BESIDE, *apostrophe_names()}, key=lambda w: (-len(w), w))
    words = "|".join(regex.escape(w) for w in forms)
    # A possessive's "’s" may follow; a hyphen may join the place to another
    # ("Guangdong-Hongkong-Macao").
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’])(?:{words})(?![\p{{L}}\p{{N}}])(?!['’]\p{{L}}{{2}})"
    )


def _written(text: str, name: str) -> str | None:
    """`name` as `text` writes it (a straight or a curly apostrophe alike), or None."""
    spelling = regex.escape(name).replace("'", "['’]")
    m = regex.search(rf"(?<![\p{{L}}]){spelling}(?![\p{{L}}])", text)
    return m.group() if m else None


def _next_word(text: str, end: int) -> str | None:
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m else None


def _in_name(text: str, start: int, end: int, *, level_ok: bool) -> bool:
    """Whether the form at text[start:end] is part of a longer proper name."""
    following = _next_word(text, end)
    level = level_ok and following in _LEVEL_WORDS
    if following is not None and following not in _PLACE_WORDS and not level:
        return True
    return _BEFORE_NAME.search(text, 0, start) is not None


def _judge(form: str, text: str, doc_text: str, start: int, end: int) -> tuple[str, str] | None:
    """(standard form, message) when the form at text[start:end] is a slip, else None."""
    if form in FUSED:
        standard = FUSED[form]
        if _AFTER_NAME.match(text, end) or _in_name(text, start, end, level_ok=False):
            return None
        return standard, f"“{form}” is written as two words in English: “{standard}”"
    if form in BESIDE:
        standard = BESIDE[form]
        if _written(doc_text, standard) is None or _in_name(text, start, end, level_ok=False):
            return None
        return standard, (
            f"“{form}” beside “{standard}” in the same text: one place spelt two ways "
            f"(Chinese official English writes “{standard}”)"
        )
    written = _written(doc_text, apostrophe_names()[form])
    if written is None or _BEFORE_WORD.search(text, 0, start):
        return None
    standard = written
    if _in_name(text, start, end, level_ok=True):
        return None
    return standard, (
        f"“{form}” beside “{standard}” in the same text: the place's name keeps its "
        f"apostrophe (“{standard}”)"
    )


def place_forms(ctx: Context) -> Iterator[PlaceForm]:
    """Places written in a non-standard form, in document order."""
    forms = sorted({*FUSED, *BESIDE, *apostrophe_names()})
    segments = ctx.segments.sort("doc", "seg")
    candidates = segments.filter(pl.col("tgt").str.contains_any(forms))
    if candidates.is_empty():
        return
    docs = candidates["doc"].unique().implode()
    doc_texts = {
        doc: "\n".join(texts)
        for doc, texts in segments.filter(pl.col("doc").is_in(docs))
        .group_by("doc", maintain_order=True)
        .agg("tgt")
        .iter_rows()
    }
    pattern = _pattern()
    for doc, base, text in candidates.select("doc", "start", "tgt").iter_rows():
        for m in pattern.finditer(text):
            judged = _judge(m.group(), text, doc_texts[doc], m.start(), m.end())
            if judged is not None:
                standard, message = judged
                yield PlaceForm(doc, base + m.start(), base + m.end(), m.group(), standard, message)
