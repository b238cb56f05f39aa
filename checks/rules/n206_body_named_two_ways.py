"""N206 body-named-two-ways."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import filter_distinct
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.glossary import normalize
from tifa.glossary.fuzzy import stem
from tifa.glossary.institutions import AREA_SYNONYMS, HEAD_NOUNS, LEVEL_WORDS
from tifa.glossary.names import split_syllables

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")
_HEADS = frozenset([*AREA_SYNONYMS, "committee"])
_HEAD_RE = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?:zone|area|district|committee)s?(?![\p{L}\p{N}'’-])",
    regex.IGNORECASE,
)
_REACH = 120  # characters read on each side of a head noun
_PREFILTER = r"(?i)\b(?:zone|area|district|committee)s?\b"
# Words that end a name phrase read backwards from its head noun.
_STOP = normalize.SMALL_WORDS | frozenset(
    ["this", "that", "these", "those", "its", "their", "our", "whole", "entire", "each", "every"]
)
MAX_MODIFIERS = 4


@dataclass(frozen=True)
class _Name:
    start: int  # offsets in the document
    end: int
    surface: str
    head: str  # the head noun's stem, synonyms not merged
    inverted: bool  # written "X of Y"
    order: tuple[str, ...]  # stems in order; level words and place names left out
    sequence: tuple[str, ...]  # stems in order, place names kept
    places: frozenset[str]  # place names in it (Dalian, Jinzhou)
    known: bool  # a glossary rendering takes in its head: a reference, never reported
    norm: str  # the surface normalised (normalize.key): names differing in case alone are one
    levels: frozenset[str]  # its administrative levels ("province", "city"), synonyms merged
    purpose: tuple[str, ...]  # stems of the first words of a "for …" after the head

    def moved(self, by: int) -> _Name:
        """The same name `by` characters further on (read in a unit, placed in the document)."""
        return _Name(
            self.start + by,
            self.end + by,
            self.surface,
            self.head,
            self.inverted,
            self.order,
            self.sequence,
            self.places,
            self.known,
            self.norm,
            self.levels,
            self.purpose,
        )


def _is_place(word: str) -> bool:
    """A capitalised pinyin word (Dalian, Jinzhou), not an acronym or an institution word."""
    if not word[:1].isupper() or word.isupper() or stem(word) in HEAD_NOUNS | LEVEL_WORDS:
        return False
    return split_syllables(word) is not None


def _names(text: str, base: int, covered: list[tuple[int, int]]) -> list[_Name]:
    """Institution names in one segment: up to four modifiers before a head noun (capitalised
    ones for committees), and an "of (the) Capitalised …" after it. Only the words around
    each head noun are read."""
    out = []
    for found in _HEAD_RE.finditer(text):
        lo_at, hi_at = max(0, found.start() - _REACH), min(len(text), found.end() + _REACH)
        tokens = list(_WORD.finditer(text, lo_at, hi_at))
        if lo_at and tokens and tokens[0].start() == lo_at and text[lo_at - 1].isalnum():
            tokens = tokens[1:]  # a word cut by the window's edge
        if tokens and tokens[-1].end() == hi_at and text[hi_at : hi_at + 1].isalnum():
            tokens = tokens[:-1]
        i = next((n for n, t in enumerate(tokens) if t.start() == found.start()), -1)
        if i < 0 or tokens[i].end() != found.end():
            continue
        name = _name_at(text, base, tokens, i, covered)
        if name is not None:
            out.append(name)
    return out


def _name_at(
    text: str, base: int, tokens: list[regex.Match[str]], i: int, covered: list[tuple[int, int]]
) -> _Name | None:
    """The name whose head noun is tokens[i], or None."""
    tok = tokens[i]
    head = stem(tok.group())
    bare = tok.group().lower().replace("’", "'").removesuffix("'s")
    if bare != head:
        return None  # a plural names several bodies ("the CPPCC committees"), never one
    committee = head == "committee"
    if i > 0 and head in AREA_SYNONYMS and stem(tokens[i - 1].group()) in AREA_SYNONYMS:
        # a second head noun right after a zone's ("the Binhai New Area District Party
        # Committee"): the level of the body named after it, not a second name of the zone
        return None
    lo = i
    while lo > 0 and i - lo < MAX_MODIFIERS:
        prev = tokens[lo - 1]
        word = prev.group()
        if text[prev.end() : tokens[lo].start()].strip() or word.lower() in _STOP:
            break
        if committee and not word[:1].isupper():
            break
        if word.replace("’", "'").endswith("'s"):
            break  # "X's Standing Committee" is "the Standing Committee of X": one way, not two
        lo -= 1
    hi, inverted = i + 1, False
    if hi + 1 < len(tokens) and tokens[hi].group() == "of":
        j = hi + 1
        if tokens[j].group() == "the" and j + 1 < len(tokens):
            j += 1
        k = j
        while k < len(tokens) and k - j < MAX_MODIFIERS and tokens[k].group()[:1].isupper():
            if text[tokens[k - 1].end() : tokens[k].start()].strip():
                break
            k += 1
        if k > j:
            hi, inverted = k, True
    if lo == i and not inverted:
        return None  # a bare "the area", "the committee"
    if (
        lo > 0
        and tokens[lo - 1].group().lower() in {"a", "an"}
        and not any(t.group()[:1].isupper() for t in tokens[lo:hi])
    ):
        # "is a high-tech area in Dalian": a phrase in lower case after "a" describes the
        # place as one of a kind; it names no body
        return None
    if committee and not any(t.group()[:1].isupper() for t in tokens[lo:hi]):
        return None
    words = [t.group() for t in tokens[lo:hi]]
    places = frozenset(w for w in words if _is_place(w))
    kept = [w for w in words if stem(w) not in LEVEL_WORDS | normalize.SMALL_WORDS]
    sequence = tuple(stem(w) for w in kept)
    order = tuple(stem(w) for w in kept if w not in places)
    start, end = base + tokens[lo].start(), base + tokens[hi - 1].end()
    # Known when a glossary rendering takes in the head noun, not just a word of the
    # name ("CPC", "Dalian").
    head_start, head_end = base + tok.start(), base + tok.end()
    known = any(s < head_end and head_start < e for s, e in covered)
    surface = text[start - base : end - base]
    norm = normalize.key(surface)
    levels = frozenset(_LEVEL.get(stem(w), stem(w)) for w in words if stem(w) in LEVEL_WORDS)
    purpose = () if inverted else _purpose(text, tokens, hi)
    return _Name(
        start, end, surface, head, inverted, order, sequence, places, known, norm, levels, purpose
    )


def _purpose(text: str, tokens: list[regex.Match[str]], hi: int) -> tuple[str, ...]:
    """What a zone or committee is for, when a "for" follows its head noun ("demonstration
    zone for common prosperity"): the stems of the first two words that are not small."""
    if hi + 1 >= len(tokens) or tokens[hi].group().lower() != "for":
        return ()
    if text[tokens[hi - 1].end() : tokens[hi].start()].strip():
        return ()  # punctuation between: the "for" is not the name's
    after = (t.group() for t in tokens[hi + 1 : hi + 6])
    return tuple(stem(w) for w in after if w.lower() not in normalize.SMALL_WORDS)[:2]


# Level words that name one level: a municipal committee is the city's committee.
_LEVEL = {
    "provincial": "province",
    "municipal": "city",
    "municipality": "city",
    "prefectural": "prefecture",
    "central": "national",
}


def _key(name: _Name) -> tuple[str, ...]:
    """The words of a name whatever their order, with zone, area and district as one."""
    return tuple(sorted(AREA_SYNONYMS.get(w, w) for w in name.order))


def _two_ways(a: _Name, b: _Name) -> bool:
    """Whether two names with one key are one body written two ways worth a warning: a
    different head among zone, area and district, or the words of a committee's name in
    another order ("CPC Committee of Dalian" / "CPC Dalian Municipal Committee")."""
    if a.norm == b.norm or a.sequence == b.sequence:
        return False  # the same words: case and hyphens are N204's, level words are allowed
    if not (a.places <= b.places or b.places <= a.places):
        return False  # two places, two bodies
    if a.levels and b.levels and a.levels != b.levels:
        return False  # two levels, two bodies: the provincial and the municipal committee
    if a.purpose and b.purpose and a.purpose != b.purpose:
        return False  # two purposes, two zones: "… area for green farming", "… zone for trade"
    if a.head != b.head:
        return True
    # Word order tells only when both name the same place ("CPC Committee of Dalian" / "CPC
    # Dalian Municipal Committee"): "the National Committee of the CPPCC" and "the CPPCC
    # National Committee" are the one body's two official forms, and "the Party committee of
    # Yulin City" is not the county's own "Party committee".
    return a.head == "committee" and a.inverted != b.inverted and a.places == b.places != set()


@rule("N206", "body-named-two-ways", Severity.WARNING, Fix.UNSAFE)
def body_named_two_ways(ctx: Context) -> pl.DataFrame:
    """One body or zone named two ways in a document, with or without a glossary entry.

    ## What it does
    Finds institution names in each document — modifiers before a head noun (committee,
    zone, area, district), and an "of …" after it — and compares them with level words
    (municipal, provincial …) left out and the words in any order. Two names with the same
    words are reported when they differ in the head (zone, area or district: "demonstration
    area" and "Demonstration Zone") or, for committees, in word order ("CPC Committee of
    Dalian" and "CPC Dalian Municipal Committee"). The name used more often (else first) is
    the reference; each occurrence of the other is reported. Two names followed by "for" and
    two different purposes are two bodies ("a demonstration zone for common prosperity",
    "a demonstration area for green farming"). A place name may be left out
    of one of them ("the demonstration area" after "the Jinzhou Demonstration Zone"), but
    two places are two bodies. A description in lower case after "a" or "an" ("Dalian
    High-Tech Zone … is a high-tech area in the city") names no body. A name a glossary
    rendering covers is the reference and is
    never reported itself, nor is a head noun right after a zone's ("New Area District
    Party Committee", the district level of a committee); a difference of case, hyphens or
    level word alone is not
    reported, nor a committee's word order unless both names give the same place (the CPPCC's
    "National Committee of the CPPCC" and "CPPCC National Committee" are both official).

    ## Why is this bad?
    A reader takes two names for two bodies. Official names are fixed; an article that
    alternates between two forms has at least one wrong.

    ## Example
    ```text
    The Jinzhou Demonstration Zone opened in May. Firms in the demonstration area grew.
    ```

    ## Use instead
    ```text
    The Jinzhou Demonstration Zone opened in May. Firms in the demonstration zone grew.
    ```

    ## Fix safety
    Unsafe: the more frequent name is suggested, which need not be the official one.
    """
    rows = new_rows()
    candidates = filter_distinct(ctx.segments, "tgt", pl.col("tgt").str.contains(_PREFILTER))
    # A translation memory repeats its units, and a segment's glossary hits depend on its
    # text alone (tifa.checks.distinct): each distinct text is read once, at its first
    # segment, with that segment's hits (offsets in the segment).
    firsts = candidates.select("doc", "seg", "start", "tgt").unique(
        subset="tgt", keep="first", maintain_order=True
    )
    hits = ctx.hits.join(firsts.select("doc", "seg", _base="start"), on=["doc", "seg"])
    covered: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for doc, seg, start, end in hits.select(
        "doc", "seg", pl.col("start") - pl.col("_base"), pl.col("end") - pl.col("_base")
    ).iter_rows():
        covered[(doc, seg)].append((start, end))
    read: dict[str, list[tuple[tuple[str, ...], _Name]]] = {}
    for doc, seg, _start, text in firsts.iter_rows():
        found = _names(text, 0, sorted(covered.get((doc, seg), ())))
        keyed = [(_key(n), n) for n in found if len(n.order) >= 2]
        if keyed:
            read[text] = keyed
    # Each document's names of two words or more, grouped by key in order of first
    # appearance, with where their segments start; only segments with such a name are read.
    by_doc: dict[int, dict[tuple[str, ...], list[tuple[_Name, int]]]] = defaultdict(dict)
    named = candidates.filter(pl.col("tgt").is_in(pl.Series(list(read), dtype=pl.String).implode()))
    for doc, base, text in named.select("doc", "start", "tgt").iter_rows():
        groups = by_doc[doc]
        for key, name in read[text]:
            groups.setdefault(key, []).append((name, base))
    for doc in sorted(by_doc):
        for placed in by_doc[doc].values():
            if len({name.norm for name, _ in placed}) >= 2:  # else _report finds nothing
                _report(rows, doc, placed)
    return output(rows)


def _report(rows: dict[str, list[object]], doc: int, placed: list[tuple[_Name, int]]) -> None:
    """Report each name written another way than a better-attested name of the group.

    A name's standing: a glossary rendering first, then how often it is written, then the
    uninverted form ("CPC Dalian Municipal Committee" before "CPC Committee of Dalian"),
    then one with capitals, then the earlier. Each name comes with the start of its segment
    and is placed in the document only where it is reported or stands first for its way of
    writing.
    """
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, _Name] = {}
    for name, base in placed:
        surface = name.norm
        counts[surface] += 1
        if surface not in first:
            first[surface] = name.moved(base)
    if len(counts) < 2:
        return

    def standing(surface: str) -> tuple[bool, int, bool, bool, int]:
        n = first[surface]
        return (n.known, counts[surface], not n.inverted, n.surface != surface, -n.start)

    # The reference depends on these fields of a name alone: a document repeats its names,
    # so each way of writing one is judged once.
    judged: dict[tuple[object, ...], _Name | None] = {}
    for name, base in placed:
        if name.known:
            continue
        how = (name.norm, name.sequence, name.places, name.head, name.inverted, name.purpose)
        if how in judged:
            reference = judged[how]
        else:
            own = name.norm
            rivals = [
                s for s in counts if _two_ways(name, first[s]) and standing(s) > standing(own)
            ]
            reference = judged[how] = first[max(rivals, key=standing)] if rivals else None
        if reference is None:
            continue
        add_row(
            rows,
            doc,
            name.start + base,
            name.end + base,
            f"“{name.surface}” and “{reference.surface}” name one body two ways in this document",
            reference.surface,
        )
