"""Near misses: text that is almost a glossary rendering, and renderings cut short.

A near miss differs from an approved or allowed rendering by one word (dropped, added or
changed; two words for renderings of eight words or more), by the number of a word, or by
punctuation ("one project one leader" for "one project, one leader"). A truncation is a
title or body whose last word or two are missing ("secretary of the Municipal Party presided
over").

Candidates are found columnar, like exact hits: the segment text reduced to words is searched
with Aho-Corasick for the word pairs of each rendering. Only candidate rows are aligned word
by word in Python. Text already covered by an exact hit of any term is never a near miss;
that keeps "Standing Committee of the Municipal Party Committee" from being a near miss of
"secretary of the Municipal Party Committee".

The result is the near table: ``doc, seg, term_id, form_text, text, start, end, kind, detail``
where ``kind`` is ``near`` or ``truncated``.
"""

from __future__ import annotations

import difflib
import itertools
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache

import polars as pl
import regex

from tifa.glossary import normalize
from tifa.glossary.institutions import (
    DETERMINERS,
    HEAD_NOUNS,
    LEVEL_WORDS,
    PARTY_NOUNS,
    PROVINCES,
    distinguishes,
)
from tifa.glossary.model import Glossary
from tifa.glossary.opaque import hidden, opaque_spans
from tifa.glossary.schema import DESIGNATION_KINDS

NEAR_SCHEMA = {
    "doc": pl.UInt32,
    "seg": pl.UInt32,
    "term_id": pl.String,
    "form_text": pl.String,
    "text": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
    "kind": pl.String,
    "detail": pl.String,
}
MIN_WORDS = 3
_ARTICLES = frozenset(["the", "a", "an"])
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")
# Word pairs made only of these say nothing about which rendering is meant.
_STOP = normalize.SMALL_WORDS | {"is", "its", "their", "this", "that", "be"}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Lower case without possessive or plural, for comparing words: Committees' -> committee."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("men"):
        return w[:-3] + "man"  # chairmen -> chairman
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _plural_of(key: str, surface: str) -> bool:
    """Whether `key` is `surface` with one or more of its words in the plural ("members of
    the Standing Committee of …", "vice chairmen of …"): the same title or body named for
    several holders, not a slip."""
    words, forms = key.split(), surface.split()
    if len(words) != len(forms) or words == forms:
        return False
    return all(
        w == f
        or w in (f + "s", f + "es")
        or (f.endswith("y") and w == f[:-1] + "ies")
        or (f.endswith("man") and w == f[:-3] + "men")
        for w, f in zip(words, forms, strict=True)
    )


@dataclass(frozen=True)
class _Form:
    term_id: str
    text: str
    words: tuple[str, ...]  # stems
    surface: str  # normalised key of the rendering, to tell real differences from none
    designation: bool

    @cached_property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """Consecutive word pairs, the anchors a candidate is aligned on (made once: every
        candidate row aligns on them)."""
        return tuple(itertools.pairwise(self.words))


def _distance(a: tuple[str, ...], b: tuple[str, ...], budget: int) -> int:
    """Word-level Levenshtein distance, computed in a band of width `budget` around the
    diagonal; anything over the budget comes back as budget + 1."""
    n, m = len(a), len(b)
    if abs(n - m) > budget:
        return budget + 1
    over = budget + 1
    prev = [j if j <= budget else over for j in range(m + 1)]
    for i in range(1, n + 1):
        cur = [over] * (m + 1)
        if i <= budget:
            cur[0] = i
        lo, hi = max(1, i - budget), min(m, i + budget)
        for j in range(lo, hi + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]), over)
        if min(cur) > budget:
            return over
        prev = cur
    return prev[m]


Op = tuple[str, int | None, int | None]  # (kind, index in text, index in rendering)


def _edit_ops(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[int, list[Op]]:
    """Word-level Levenshtein distance from `a` (text) to `b` (rendering) and the edits:
    ("changed", i, j), ("added", i, None) or ("missing", None, j), in text order."""
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    # Walk back once to name the edits (only used when the distance is small).
    i, j = n, m
    ops: list[Op] = []
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                ops.append(("changed", i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            ops.append(("added", i - 1, None))
            i -= 1
        else:
            ops.append(("missing", None, j - 1))
            j -= 1
    return d[n][m], list(reversed(ops))


def _describe(ops: list[Op], a: tuple[str, ...], b: tuple[str, ...]) -> str:
    parts = []
    for kind, i, j in ops:
        if kind == "changed" and i is not None and j is not None:
            parts.append(f"'{b[j]}' changed to '{a[i]}'")
        elif kind == "added" and i is not None:
            parts.append(f"'{a[i]}' added")
        elif j is not None:
            parts.append(f"'{b[j]}' missing")
    return "; ".join(parts)


class NearMatcher:
    """Finds near misses and truncations of the active terms' accepted renderings."""

    def __init__(self, glossary: Glossary) -> None:
        self.forms: list[_Form] = []
        self.by_pair: dict[str, list[int]] = defaultdict(list)
        # Every accepted rendering's words -> its entry: such words are never a near miss of
        # another entry. Place names' words mark an added place, not a changed word.
        self.accepted: dict[tuple[str, ...], str] = {}
        self.place_words = place_words(glossary)
        for term in glossary.active():
            for text in term.accepted:
                words = tuple(stem(w) for w in _WORD.findall(text))
                self.accepted.setdefault(words, term.id)
                if len(words) < MIN_WORDS:
                    continue
                index = len(self.forms)
                self.forms.append(
                    _Form(term.id, text, words, normalize.key(text), term.kind in DESIGNATION_KINDS)
                )
                for a, b in itertools.pairwise(words):
                    if a in _STOP and b in _STOP:
                        continue
                    pair = f"{a} {b}"
                    if index not in self.by_pair[pair]:
                        self.by_pair[pair].append(index)
        self.pairs = sorted(self.by_pair)

    def match(self, segments: pl.DataFrame, hits: pl.DataFrame) -> pl.DataFrame:
        """The near table for `segments`, leaving out text covered by `hits`."""
        out: dict[str, list[object]] = {k: [] for k in NEAR_SCHEMA}
        if not self.pairs or not segments.height:
            return pl.DataFrame(out, schema=NEAR_SCHEMA)
        # Reduce each segment to stems joined by single spaces, then look for word pairs.
        words_expr = (
            pl.col("tgt")
            .str.to_lowercase()
            .str.replace_all(r"['’]s\b", "")
            .str.replace_all(r"[^\p{L}\p{N}]+", " ")
        )
        candidates = (
            segments.select("doc", "seg", "tgt", "start", found=words_expr)
            .with_columns(pl.col("found").str.extract_many(self.pairs, overlapping=True))
            .filter(pl.col("found").list.len() > 0)
        )
        if not candidates.height:
            return pl.DataFrame(out, schema=NEAR_SCHEMA)
        covered = _covered(hits)
        found: list[tuple[int, int, int, int, int, str, str, int]] = []
        for doc, seg, tgt, base, pairs in candidates.iter_rows():
            opaque = opaque_spans(tgt)
            # Words of a web address or file name take part in no pair.
            tokens = [(m.start(), m.end(), stem(m.group())) for m in _WORD.finditer(tgt)]
            if opaque:
                tokens = [(s, e, "" if hidden_in((s, e), opaque) else w) for s, e, w in tokens]
            stems = tuple(t[2] for t in tokens)
            positions: dict[tuple[str, str], list[int]] = defaultdict(list)
            for i, pair in enumerate(itertools.pairwise(stems)):
                positions[pair].append(i)
            spans = covered.get((doc, seg), [])
            forms = sorted({i for p in pairs for i in self.by_pair.get(p, ())})
            # Where a candidate may begin, once per first word: renderings share them.
            begins: dict[str, frozenset[int]] = {}
            for index in forms:
                first = self.forms[index].words[0]
                starts = begins.get(first)
                if starts is None:
                    starts = begins[first] = _begin_positions(stems, first)
                if not starts:
                    continue  # no window of this row can be a candidate
                found.extend(
                    self._align(
                        doc, seg, base, tgt, tokens, stems, positions, index, spans, opaque, starts
                    )
                )
        # Overlapping candidates: keep the closest, then the longest.
        found.sort(key=lambda f: (f[0], f[1], f[7], f[2], -(f[3] - f[2]), f[4]))
        taken: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        for doc, seg, start, end, index, kind, detail, _dist in found:
            if any(start < e and s < end for s, e in taken[(doc, seg)]):
                continue
            taken[(doc, seg)].append((start, end))
            f = self.forms[index]
            row = (doc, seg, f.term_id, f.text, "", start, end, kind, detail)
            for k, v in zip(NEAR_SCHEMA, row, strict=True):
                out[k].append(v)
        table = pl.DataFrame(out, schema=NEAR_SCHEMA)
        texts = segments.select("doc", "seg", "tgt", seg_start="start")
        return (
            table.join(texts, on=["doc", "seg"], how="left")
            .with_columns(
                text=pl.col("tgt").str.slice(
                    pl.col("start") - pl.col("seg_start"), pl.col("end") - pl.col("start")
                )
            )
            .select(list(NEAR_SCHEMA))
            .sort("doc", "start")
        )

    def _align(
        self,
        doc: int,
        seg: int,
        base: int,
        tgt: str,
        tokens: list[tuple[int, int, str]],
        stems: tuple[str, ...],
        positions: dict[tuple[str, str], list[int]],
        index: int,
        covered: list[tuple[int, int, str]],
        opaque: list[tuple[int, int]],
        begins: frozenset[int],
    ) -> list[tuple[int, int, int, int, int, str, str, int]]:
        f = self.forms[index]
        n = len(f.words)
        budget = 2 if n >= 8 else 1
        anchors = sorted({i - j for j, pair in enumerate(f.pairs) for i in positions.get(pair, ())})
        results = []
        for anchor in anchors:
            # Most anchors have no start of a candidate within one word (see
            # `_begin_positions`) and are done without trying their nine windows.
            starts = [lo for lo in (anchor - 1, anchor, anchor + 1) if lo in begins]
            if not starts:
                continue
            core = (max(anchor, 0), min(anchor + n, len(stems)))
            core_span = (base + tokens[core[0]][0], base + tokens[core[1] - 1][1])
            if any(s <= core_span[0] and core_span[1] <= e for s, e, _t in covered):
                continue  # inside another term's exact rendering
            best: tuple[int, int, int, str, str] | None = None  # (dist, lo, hi, kind, detail)
            for lo in starts:
                for hi in (anchor + n - 1, anchor + n, anchor + n + 1):
                    if hi > len(stems) or hi - lo < MIN_WORDS - 1:
                        continue
                    window = stems[lo:hi]
                    if f.designation and n - 2 <= hi - lo < n and window == f.words[: hi - lo]:
                        # The rendering stops early and goes on with something else: cut short.
                        if hi < len(stems) and stems[hi] == f.words[hi - lo]:
                            continue
                        if self._name_goes_on(tgt, tokens, hi):
                            continue
                        if _plain_plural(f.text, hi - lo, tgt, tokens[hi - 1][1]):
                            continue
                        missing = " ".join(f"'{w}'" for w in f.words[hi - lo :])
                        cand = (
                            0,
                            lo,
                            hi,
                            "truncated",
                            f"ends after '{tokens[hi - 1][2]}'; missing {missing}",
                        )
                    elif (split := _split_word(window, f.words)) is not None:
                        cand = (1, lo, hi, "near", f"'{split}' written as two words")
                    else:
                        # Cheap tests first: most windows fail on their first or last word.
                        if not _plausible(window, f.words):
                            continue
                        dist = _distance(window, f.words, budget)
                        if dist > budget:
                            continue
                        cand = (dist, lo, hi, "near", "")
                    if best is None or (cand[0], abs(cand[2] - cand[1] - n)) < (
                        best[0],
                        abs(best[2] - best[1] - n),
                    ):
                        best = cand
            if best is None:
                continue
            dist, lo, hi, kind, detail = best
            if self.accepted.get(stems[lo:hi], f.term_id) != f.term_id:
                continue  # the words are another entry's own rendering
            if kind == "near" and not detail:
                dist, ops = _edit_ops(stems[lo:hi], f.words)
                if self._another_entity(tgt, base, tokens, lo, ops, f, covered):
                    continue
                if ops and all(
                    k == "added" and stems[lo + (i or 0)] in _ARTICLES for k, i, _j in ops
                ):
                    continue  # English grammar adds an article: "the China (Liaoning) …"
                if _inserted_participle(tgt, tokens, lo, hi, ops):
                    continue  # "deputies elected to the National People's Congress"
                if ops and all(
                    k == "changed"
                    and j is not None
                    and f.words[j] in _ARTICLES
                    and stems[lo + (i or 0)] in DETERMINERS
                    for k, i, j in ops
                ):
                    continue  # "secretary of its leading Party members' group": same title
                if (
                    len(ops) == 1
                    and ops[0][0] == "missing"
                    and ops[0][2] is not None
                    and f.words[ops[0][2]] == "and"
                    and "," in tgt[tokens[lo][0] : tokens[hi - 1][1]]
                ):
                    continue  # a list's comma in place of "and": "reform, opening up, and …"
                detail = _describe(ops, stems[lo:hi], f.words)
            start, end = tokens[lo][0], tokens[hi - 1][1]
            if any(_clashes(base + start, base + end, s, e) for s, e, _t in covered):
                continue
            if hidden(tgt, start, end, opaque):
                continue
            text = tgt[start:end]
            if dist == 0 and kind == "near":
                # Same words: a near miss only if punctuation or a word's number differs.
                if normalize.key(text).rstrip("s") == f.surface.rstrip("s"):
                    continue
                if f.designation and _plural_of(normalize.key(text), f.surface):
                    continue  # several holders or bodies: "members of the Standing Committee …"
                if normalize.key(_BOUNDARY_MARKS.sub("", text)) == f.surface:
                    continue  # a quotation or bracket ends inside: “two high-quality” development
                if _POSSESSIVE.search(text) and text == text.lower():
                    continue  # a description, not a title: "the provincial government's work report"
                if normalize.key(_POSSESSIVE_S.sub("", text)) == f.surface:
                    continue  # the owner in a possessive: "the CPC's Central Committee"
                detail = "punctuation or a word's number differs"
            results.append((doc, seg, base + start, base + end, index, kind, detail, dist))
        return results

    @staticmethod
    def _name_goes_on(tgt: str, tokens: list[tuple[int, int, str]], hi: int) -> bool:
        """Whether the word right after a cut-short rendering carries on a name: a capital
        ("Municipal Committee of the Communist Party of China"), a head noun ("Lushunkou
        District Party Committee" is a whole body, not a cut-short "district Party
        secretary") or a noun for the Party's members and units ("provincial Party
        organizations"). Punctuation in between ends the phrase."""
        if hi >= len(tokens):
            return False
        gap = tgt[tokens[hi - 1][1] : tokens[hi][0]]
        if gap.strip():
            return False
        word = tgt[tokens[hi][0] : tokens[hi][1]]
        if tokens[hi - 1][2] == "party" and _PARTY_AND_GOVERNMENT.match(tgt, tokens[hi][0]):
            return True  # 党政: "the Municipal Party and Government Delegation" goes on
        return word[:1].isupper() or tokens[hi][2] in HEAD_NOUNS | PARTY_NOUNS

    def _another_entity(
        self,
        tgt: str,
        base: int,
        tokens: list[tuple[int, int, str]],
        lo: int,
        ops: list[Op],
        f: _Form,
        covered: list[tuple[int, int, str]],
    ) -> bool:
        """Whether the words that differ name another entity rather than misspell this one.

        An ordinal, number or administrative level changed, added or dropped (the 19th
        Congress, the provincial committee); a capitalised word added or put in place of a
        small word (a place name: "secretary of Dalian Municipal Party Committee"), or in
        place of the rendering's own place name (another city's body); an adjective added
        right before the head noun (a narrower kind: "high-quality economic development");
        a changed word inside another entry's exact rendering (that entry, correctly written).
        """
        if _qualifier_before_head(tgt, tokens, lo, ops, f):
            return True
        if _modifier_noun_swapped(tgt, tokens, lo, ops, f):
            return True
        if self._adjective_of_last_word(tgt, tokens, lo, ops, f):
            return True
        for kind, i, j in ops:
            if j is not None and distinguishes(f.words[j]):
                return True
            if kind == "missing" and j is not None and f.words[j] in self.place_words:
                return True  # no place named: any province's body ("the CPC Provincial Committee")
            if i is None:
                continue
            t_start, t_end, t_stem = tokens[lo + i]
            if distinguishes(t_stem) or t_stem in self.place_words:
                return True
            capital = tgt[t_start:t_end][:1].isupper()
            if capital and (kind == "added" or (j is not None and f.words[j] in _STOP)):
                return True
            if capital and j is not None and f.words[j] in self.place_words:
                return True  # another place's body: "CPC Xi'an Municipal Committee"
            if any(
                s <= base + t_start and base + t_end <= e and tid != f.term_id
                for s, e, tid in covered
            ):
                return True
        return False

    def _adjective_of_last_word(
        self,
        tgt: str,
        tokens: list[tuple[int, int, str]],
        lo: int,
        ops: list[Op],
        f: _Form,
    ) -> bool:
        """Whether the one difference turns the rendering's last word into its adjective and
        a name goes on after it: "Guangxi Zhuang Autonomous Regional Committee" is the
        region's Party committee, not a misspelt "Guangxi Zhuang Autonomous Region"."""
        if len(ops) != 1:
            return False
        kind, i, j = ops[0]
        if kind != "changed" or i is None or j != len(f.words) - 1:
            return False
        word, expected = tokens[lo + i][2], f.words[j]
        if not (word.endswith("al") and word[:4] == expected[:4] and len(word) > len(expected)):
            return False
        return self._name_goes_on(tgt, tokens, lo + i + 1)


# Quotation marks and brackets that close or open a phrase of their own inside a rendering's
# words: the slogan “two high-quality” ends before "development", and "(CPC)" glosses the
# Party's name inside "Communist Party of China (CPC) Central Committee". Not a near miss.
# The single closing quote doubles as an apostrophe and is not among them.
# A possessive inside a phrase in lower case makes it a description of the thing, not a
# miswritten title ("Xi Jinping's Thought" in capitals stays a near miss).
_POSSESSIVE = regex.compile(r"\p{L}['’]s\b")
# A possessive on an abbreviation names the owner, the body itself: "the CPC's Central
# Committee" is the CPC Central Committee. A title's own word in the possessive ("the
# Government's Work Report") is still a slip of the title.
_POSSESSIVE_S = regex.compile(r"(?<=\b\p{Lu}{2,})['’]s\b")
_BOUNDARY_MARKS = regex.compile(r"[\"“”«»()\[\]（）《》]")


# "Party and government" (党政) names one pair of bodies: what follows it ("delegation",
# "leaders", "organs") is the head noun, so "Municipal Party" before it is not cut short.
_PARTY_AND_GOVERNMENT = regex.compile(r"(?i:and|&)[ \u00a0]+(?i:government)\b")


# Endings of English adjectives: a word with one of them, added right before a rendering's
# last word, qualifies the head noun ("high-quality integrated development") rather than
# garbling the term ("socialism ideology with Chinese characteristics" adds a noun).
_ADJECTIVE_END = ("ic", "al", "ed", "ive", "ous", "ent", "ant", "ful", "able", "ible", "ary")


def _qualifier_before_head(
    tgt: str, tokens: list[tuple[int, int, str]], lo: int, ops: list[Op], f: _Form
) -> bool:
    """Whether the one difference is a lower-case adjective added before the last word."""
    if len(ops) != 1 or len(f.words) < 2:
        return False
    kind, i, _j = ops[0]
    if kind != "added" or i is None or i != len(f.words) - 1:
        return False
    t_start, t_end, t_stem = tokens[lo + i]
    word = tgt[t_start:t_end]
    return word.islower() and t_stem not in _STOP and t_stem.endswith(_ADJECTIVE_END)


def _modifier_noun_swapped(
    tgt: str, tokens: list[tuple[int, int, str]], lo: int, ops: list[Op], f: _Form
) -> bool:
    """Whether the one difference puts another lower-case noun in place of the noun that
    modifies the rendering's head: "people-centered cooperation philosophy" is another
    formulation, not a garbled "people-centered development philosophy". A word that looks
    like the expected one misspelt, or an adjective in its place ("dual circulation economic
    pattern"), is still a near miss, as is a body or title: "municipal government's
    examination office" for the Supervision Office is that office garbled."""
    if f.designation or len(ops) != 1 or len(f.words) < 3:
        return False
    kind, i, j = ops[0]
    if kind != "changed" or i is None or j != len(f.words) - 2:
        return False
    t_start, t_end, t_stem = tokens[lo + i]
    word = tgt[t_start:t_end]
    expected = f.words[j]
    return (
        word.isalpha()
        and word.islower()
        and t_stem not in _STOP
        and expected not in _STOP
        and not similar(t_stem, expected)
        and not t_stem.endswith(_ADJECTIVE_END)
    )


# Prepositions a participle phrase leads into: "deputies (newly) elected to the NPC".
_PARTICIPLE_OBJECTS = frozenset(["to", "of", "in", "at", "from", "for", "by", "on", "with"])


def _inserted_participle(
    tgt: str, tokens: list[tuple[int, int, str]], lo: int, hi: int, ops: list[Op]
) -> bool:
    """Whether every difference is a word added inside the rendering that makes a participle
    phrase of it: a lower-case past participle ("elected", "chosen") right before one of the
    rendering's prepositions, perhaps after a lower-case adverb ("newly elected"). "Deputies
    elected to the National People's Congress" is "deputies to the NPC" in ordinary English;
    an added noun ("deputy congress to …") or a capital is still a near miss."""
    if not ops or any(k != "added" or i is None for k, i, _j in ops):
        return False
    added = sorted(lo + (i or 0) for _k, i, _j in ops)
    last = added[-1]
    if added[0] == lo or last + 1 >= hi or tokens[last + 1][2] not in _PARTICIPLE_OBJECTS:
        return False
    if added != list(range(added[0], last + 1)):
        return False  # the added words make one run
    words = [tgt[tokens[k][0] : tokens[k][1]] for k in added]
    if not all(w.isalpha() and w.islower() for w in words):
        return False
    return words[-1].endswith(("ed", "en")) and all(w.endswith("ly") for w in words[:-1])


def _plain_plural(form: str, kept: int, tgt: str, end: int) -> bool:
    """Whether a rendering cut short ends on a plural that modifies the full form's head,
    written as a plain plural: "Leading Party members of the advisory body met" are people,
    not a cut-short "leading Party members' group" (or "members group"), the body (党组).
    The possessive's apostrophe left in the text ("members' of") still reads as cut short."""
    words = form.split()
    last = words[kept - 1].rstrip("'’").lower()
    # a plural, not "Congress", "status" or "basis"
    if not 0 < kept < len(words) or not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return False
    return tgt[end : end + 1] not in ("'", "’")


def _split_word(window: tuple[str, ...], words: tuple[str, ...]) -> str | None:
    """The word of the rendering written as two in `window` ("Jin Pu New Area" for "Jinpu
    New Area"), all other words the same; else None."""
    if len(window) != len(words) + 1:
        return None
    for k, word in enumerate(words):
        if (
            window[:k] == words[:k]
            and window[k] + window[k + 1] == word
            and window[k + 2 :] == words[k + 1 :]
        ):
            return word
    return None


def place_words(glossary: Glossary) -> frozenset[str]:
    """The proper words that start the glossary's place names (Dalian, Jinpu, Yangtze) and
    the provinces, as stems: words that add a place to a rendering rather than change it."""
    words = {stem(p) for p in PROVINCES}
    for term in glossary.active():
        first = _WORD.findall(term.en)[:1] if term.kind == "place" else []
        if first and first[0][:1].isupper() and stem(first[0]) not in HEAD_NOUNS | LEVEL_WORDS:
            words.add(stem(first[0]))
    return frozenset(words)


def hidden_in(span: tuple[int, int], opaque: list[tuple[int, int]]) -> bool:
    """Whether `span` overlaps one of the `opaque` spans."""
    return any(s < span[1] and span[0] < e for s, e in opaque)


def _clashes(start: int, end: int, hit_start: int, hit_end: int) -> bool:
    """A near miss may contain a shorter exact hit ("municipal government's" inside "municipal
    government's examination office") but may not overlap one otherwise: text inside an exact
    rendering of another term is that term, not a near miss of this one."""
    if hit_end <= start or end <= hit_start:
        return False
    inside = start <= hit_start and hit_end <= end and (hit_end - hit_start) < (end - start)
    return not inside


@lru_cache(maxsize=65536)
def similar(a: str, b: str) -> bool:
    """Two words that look like one word misspelt or derived: bureaucracy / bureaucratism."""
    if a == b or (a[:5] == b[:5] and len(a) >= 5 and len(b) >= 5):
        return True  # the same first five letters
    # Upper bounds of the ratio, 2 * matched letters / total, from the shorter word's length
    # (SequenceMatcher.real_quick_ratio, computed the same way) and from the letters of `a`
    # found in `b` at all: most pairs fail on them without building a matcher.
    total = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / total < 0.75:
        return False
    if 2.0 * sum(c in b for c in a) / total < 0.75:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def _begin_positions(stems: tuple[str, ...], first: str) -> frozenset[int]:
    """Where in `stems` a candidate for a rendering beginning with the stem `first` may begin.

    Every kind begins like the rendering: a cut-short rendering and a word written as two
    with `first` itself (or, split, with its two halves), a near miss with a word similar to
    it (see `_plausible`). A window has at least two words, so the last word begins none.
    """
    return frozenset(
        p
        for p in range(len(stems) - 1)
        if similar(stems[p], first) or stems[p] + stems[p + 1] == first
    )


def _plausible(window: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether a window within the edit budget reads as this rendering at all.

    It must begin and end like the rendering (a changed first or last word makes "high-quality
    projects" out of "high-quality development"), unless the changed word is the expected one
    misspelt or derived. In three-word renderings a changed middle word must be similar too.
    """
    if not similar(window[0], words[0]) or not similar(window[-1], words[-1]):
        return False
    if len(words) == MIN_WORDS and len(window) == MIN_WORDS:
        return all(similar(a, b) for a, b in zip(window, words, strict=True))
    return True


def _covered(hits: pl.DataFrame) -> dict[tuple[int, int], list[tuple[int, int, str]]]:
    spans: dict[tuple[int, int], list[tuple[int, int, str]]] = defaultdict(list)
    for doc, seg, start, end, term_id in hits.select(
        "doc", "seg", "start", "end", "term_id"
    ).iter_rows():
        spans[(doc, seg)].append((start, end, term_id))
    return spans
