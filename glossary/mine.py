"""Mining new formulations: what a corpus uses that the glossary does not hold yet.

New slogans appear every month, and translators render each a different way before anyone
adds it to the glossary. Three sources of candidates, each counted and shown in context:

- English: quoted phrases of two to ten words (not reported speech) and capitalised names of
  two or more words ("Jinzhou Bay Science and Technology Park");
- Chinese: phrases in quotation marks (“” 「」 『』) that jieba keeps whole or nearly so, and
  numbered formulations (两先区, 四个自信, 六稳, 三农, 一个项目一名领导);
- aligned pairs: for each Chinese candidate, the English candidate most often facing it.

Candidates any glossary form already covers are left out. Ranking is by count, then by first
appearance, so the same corpus gives the same list on every run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

import regex

from tifa.glossary import normalize
from tifa.glossary.model import Glossary

_EN_QUOTE = regex.compile(r'“([^“”\n]{3,120})”|"([^"\n]{3,120})"')
_ZH_QUOTE = regex.compile(r"“([^“”\n]{2,20})”|「([^「」\n]{2,20})」|『([^『』\n]{2,20})』")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")
# Two or more capitalised words, joined by at most one small word between each pair.
# "and" is left out: it joins two names far more often than it stands inside one.
_NAME = regex.compile(
    r"(?<![\p{L}\p{N}_])(?:[A-Z][\p{L}-]+|[A-Z]{2,})"
    r"(?:\s+(?:(?:of|for|on|the|in)\s+){0,2}(?:[A-Z][\p{L}-]+|[A-Z]{2,})){1,7}"
    r"(?![\p{L}\p{N}_])"
)
_HAN = regex.compile(r"\p{Han}")
_ONLY_HAN = regex.compile(r"^\p{Han}+$")
_NUMERAL = "一二两三四五六七八九十百千"
# Numbered formulations: a numeral then a few characters (四个自信, 六稳, 三农), or 一X一Y.
_NUMBERED = regex.compile(
    rf"一(?:个|项|名|张|套)?\p{{Han}}{{1,3}}一(?:个|项|名|张|套)?\p{{Han}}{{1,3}}"
    rf"|[{_NUMERAL}](?:个|大|项|种|条|化|先)?\p{{Han}}{{1,4}}"
)
# After a numeral these make an amount, a date or a count, not a formulation.
_NOT_AFTER_NUMERAL = set(
    "年月日天号时分秒周岁元亿万千百次位名家人户台所批期届件座辆吨亩米里倍成点些"
)
# Sentence starters and glue that make a poor name on their own.
_NAME_STOP = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "For",
        "And",
        "But",
        "It",
        "He",
        "She",
        "We",
        "They",
        "A",
        "An",
    ]
)
MIN_WORDS, MAX_WORDS = 2, 10


@dataclass
class Candidate:
    """A proposed entry: the form, how often it was seen, and where."""

    side: str  # zh or en
    text: str
    kind: str
    count: int = 0
    first: tuple[int, int] = (0, 0)  # (document, line) of the first use, for a stable order
    contexts: list[str] = field(default_factory=list)  # `name:line: sentence`, the first few
    facing: dict[str, int] = field(default_factory=dict)  # zh candidates: English seen beside it

    @property
    def rendering(self) -> str:
        """The English most often facing a Chinese candidate (ties: the first seen)."""
        if not self.facing:
            return ""
        return max(self.facing.items(), key=lambda kv: kv[1])[0]


@dataclass(frozen=True)
class Unit:
    """One piece of text to mine: a segment, with its source when the input is bilingual."""

    doc: int
    name: str
    line: int
    tgt: str
    src: str | None = None


CONTEXTS = 3


class Miner:
    """Collects candidates unit by unit; `ranked()` gives them ordered by count."""

    def __init__(self, glossary: Glossary) -> None:
        self.known_en = {normalize.key(f) for t in glossary.terms for f in (*t.accepted, *t.avoid)}
        self.known_zh = [z for t in glossary.terms for z in t.zh]
        self.found: dict[tuple[str, str], Candidate] = {}

    def add(self, unit: Unit) -> None:
        """Mine one unit: its Chinese (source, or the text itself when it is Chinese) and its
        English, pairing the two when both are there."""
        chinese = unit.src if unit.src else (unit.tgt if _mostly_han(unit.tgt) else None)
        english = unit.tgt if not _mostly_han(unit.tgt) else None
        zh_found = self._zh(chinese, unit) if chinese else []
        en_found = self._en(english, unit) if english else []
        if unit.src:
            for zh in zh_found:
                for en in en_found:
                    zh.facing[en.text] = zh.facing.get(en.text, 0) + 1

    def _note(self, side: str, text: str, kind: str, unit: Unit, sentence: str) -> Candidate:
        key = (side, normalize.key(text) if side == "en" else text)
        c = self.found.get(key)
        if c is None:
            c = self.found[key] = Candidate(side, text, kind, first=(unit.doc, unit.line))
        c.count += 1
        if len(c.contexts) < CONTEXTS:
            c.contexts.append(f"{unit.name}:{unit.line}: {sentence.strip()}")
        return c

    def _en(self, text: str, unit: Unit) -> list[Candidate]:
        out = []
        for m in _EN_QUOTE.finditer(text):
            inner = (m.group(1) or m.group(2) or "").strip().strip(",;:")
            words = _WORD.findall(inner)
            if not MIN_WORDS <= len(words) <= MAX_WORDS or _SENTENCE_END.search(inner):
                continue
            if inner[:1].isupper() and not _title_like(words):
                continue  # reported speech, not a formulation
            if self._known_en(inner):
                continue
            out.append(self._note("en", inner, "slogan", unit, _window(text, m.start(), m.end())))
        if _title_like(_WORD.findall(text)):
            return out  # a headline in Title Case: every word is capitalised, names or not
        for m in _NAME.finditer(text):
            words = m.group(0).split()
            while words and words[0] in _NAME_STOP:
                words = words[1:]
            while words and words[-1].lower() in _STOPWORDS:
                words = words[:-1]
            if len(words) < 2 or self._known_en(" ".join(words)):
                continue
            kind = "person" if len(words) == 2 and _is_pinyin_name(words) else "body"
            out.append(
                self._note("en", " ".join(words), kind, unit, _window(text, m.start(), m.end()))
            )
        return out

    def _known_en(self, text: str) -> bool:
        k = normalize.key(text)
        return k in self.known_en or any(
            k in known for known in self.known_en if len(known) > len(k)
        )

    def _zh(self, text: str, unit: Unit) -> list[Candidate]:
        out: list[Candidate] = []
        seen: set[str] = set()
        for m in _ZH_QUOTE.finditer(text):
            inner = next(g for g in m.groups() if g)
            if inner in seen or not _ONLY_HAN.match(inner):
                continue
            if _whole_words(inner) and not self._known_zh(inner):
                seen.add(inner)
                out.append(
                    self._note("zh", inner, "slogan", unit, _window(text, m.start(), m.end()))
                )
        for m in _NUMBERED.finditer(text):
            form = _numbered(m.group(0), text, m.start())
            if form and form not in seen and not self._known_zh(form):
                seen.add(form)
                out.append(
                    self._note("zh", form, "slogan", unit, _window(text, m.start(), m.end()))
                )
        return out

    def _known_zh(self, text: str) -> bool:
        return any(text in z for z in self.known_zh)

    def ranked(self, minimum: int = 1) -> list[Candidate]:
        """Candidates seen at least `minimum` times, most frequent first."""
        chosen = [c for c in self.found.values() if c.count >= minimum]
        return sorted(chosen, key=lambda c: (-c.count, c.first, c.side, c.text))


_STOPWORDS = frozenset(("of", "for", "on", "the", "in"))
_PINYIN_GIVEN = regex.compile(r"^[A-Z][a-z]{1,6}(?:[a-z]{1,6})?$")
WINDOW = 60  # characters of context either side of a candidate


def _is_pinyin_name(words: Sequence[str]) -> bool:
    """Surname then given name in pinyin (Tan Zuojun): checked against pypinyin's syllables."""
    from pypinyin.contrib.tone_convert import to_normal  # noqa: F401  (pypinyin is a dependency)

    return all(_PINYIN_GIVEN.match(w) and _syllables(w.lower()) for w in words)


@cache
def _syllable_set() -> frozenset[str]:
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.contrib.tone_convert import to_normal

    out = set()
    for readings in PINYIN_DICT.values():
        for reading in readings.split(","):
            out.add(to_normal(reading))
    return frozenset(out)


def _syllables(word: str) -> bool:
    """Whether `word` splits into pinyin syllables (zuojun = zuo + jun)."""
    known = _syllable_set()
    ok = [True] + [False] * len(word)
    for i in range(len(word)):
        if ok[i]:
            for j in range(i + 1, min(len(word), i + 6) + 1):
                if word[i:j] in known:
                    ok[j] = True
    return ok[len(word)]


def _window(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    return ("…" if lo else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


def _mostly_han(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(1 for ch in letters if _HAN.match(ch)) * 2 > len(letters)


def _title_like(words: Sequence[str]) -> bool:
    significant = [w for w in words if w.lower() not in normalize.SMALL_WORDS]
    return bool(significant) and all(w[0].isupper() for w in significant)


@cache
def _tokenizer() -> object:
    from tifa.glossary.match_zh import jieba_module

    tokenizer = jieba_module().Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _cut(text: str) -> list[str]:
    return list(_tokenizer().cut(text, HMM=True))  # type: ignore[attr-defined]


def _whole_words(phrase: str) -> bool:
    """Whether jieba reads the quoted phrase as a phrase of its own (at most four words), not a
    fragment of a longer sentence: a formulation is short and self-contained."""
    return len(_cut(phrase)) <= 4


def _numbered(match: str, text: str, start: int) -> str | None:
    """The numbered formulation starting at `start`, cut where jieba ends the phrase; None when
    it is an amount, a date or a count (三年, 五个月, 十四届)."""
    if start > 0 and text[start - 1] in _NUMERAL + "第0123456789":
        return None  # inside a larger number or an ordinal
    if match.startswith("一") and match.count("一") >= 2:
        return match
    after = match[1:]
    while after and after[0] in "个大项种条化先":
        after = after[1:]
    if not after or after[0] in _NOT_AFTER_NUMERAL or after[0] in _NUMERAL:
        return None
    # Keep the words jieba joins to the numeral: 四个自信 stays whole, 三农工作 gives 三农.
    words = _cut(text[start : start + len(match) + 2])
    form = ""
    for word in words:
        if len(form) + len(word) > len(match):
            break
        form += word
        if len(form) >= 2 and form[-1] not in "个大项种条化":
            break
    return form if 2 <= len(form) <= 6 and not form.endswith(("的", "和", "是", "在")) else None


def mine(units: Iterable[Unit], glossary: Glossary, minimum: int = 1) -> list[Candidate]:
    """Candidates from `units` the glossary does not cover, most frequent first."""
    miner = Miner(glossary)
    for unit in units:
        miner.add(unit)
    return miner.ranked(minimum)
