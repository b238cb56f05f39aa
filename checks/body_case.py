"""Body names the glossary does not list, written in lower case where the document itself
capitalises them.

The document is the authority: a place name followed by capitalised words ending in a head
noun ("Shahekou District", "Shenyang Foreign Affairs Office") shows how the document writes
body names. The same words after a place in lower case ("Shahekou district", "Dalian foreign
affairs office") are then the same kind of name written another way. A gazetteer city or
province followed by a lower-case name that says what the body does and ends in a
government body's head noun ("Harbin foreign affairs office", "Harbin planning committee") is
flagged too, in a document that capitalises body names elsewhere, unless the words read as a
clause ("Harbin has set up a committee").

Left alone: generic mentions ("the districts of Dalian", no place right before), names
made only of level words and a head noun ("the Dalian municipal government", how official
English describes a body), headings and text inside Title Case runs (prose only), and text
a glossary rendering covers (the glossary rules read it).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from tifa.checks.context import Context
from tifa.checks.distinct import filter_distinct_by
from tifa.checks.prefilter import matching
from tifa.checks.prose import inside_title, prose_segments
from tifa.glossary.fuzzy import stem
from tifa.glossary.gazetteer import is_place
from tifa.glossary.institutions import AREA_SYNONYMS, HEAD_NOUNS, LEVEL_WORDS
from tifa.glossary.names import split_syllables
from tifa.glossary.normalize import SMALL_WORDS

_WORD = regex.compile(r"[\p{L}][\p{L}'’]*")
_PLACE = r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?"
_EDGE_L = r"(?<![\p{L}\p{N}'’-])"
_EDGE_R = r"(?![\p{L}\p{N}'’-])"
MAX_WORDS = 5  # words after the place, the head noun included
# Head nouns of government bodies a lower-case name may end in for the gazetteer test.
_GOVERNMENT_HEADS = ("office", "bureau", "commission", "committee", "department", "administration")
_GAZETTEER_NAME = regex.compile(
    rf"{_EDGE_L}(?P<place>{_PLACE})(?P<words>(?:[ \u00a0]+\p{{Ll}}+){{1,4}})[ \u00a0]+"
    rf"(?P<head>{'|'.join(_GOVERNMENT_HEADS)}){_EDGE_R}"
)
# Words that show the lower-case run after a place is a clause, not a name ("Harbin has set
# up a committee", "Harbin now has an office"), or a kind of committee other rules read or
# that prose names generically ("the Dalian organizing committee", "party", "standing").
_CLAUSE_WORDS = frozenset(
    [
        *(w for w in SMALL_WORDS if w != "and"),
        *[
            "has",
            "have",
            "had",
            "is",
            "are",
            "was",
            "were",
            "will",
            "would",
            "shall",
            "should",
            "can",
            "could",
            "may",
            "might",
            "must",
        ],
        *[
            "do",
            "does",
            "did",
            "also",
            "now",
            "then",
            "still",
            "just",
            "set",
            "up",
            "new",
            "its",
            "their",
            "his",
            "her",
            "this",
            "that",
        ],
        *[
            "these",
            "those",
            "our",
            "which",
            "who",
            "whose",
            "not",
            "no",
            "each",
            "every",
            "all",
            "both",
            "one",
            "two",
            "three",
        ],
        *["organizing", "organising", "preparatory", "standing", "party"],
    ]
)


def _clause(words: list[str]) -> bool:
    """Whether lower-case words after a place read as a clause or a generic committee, or
    describe the body with its level word, as Xinhua and China Daily write local bodies in
    lower case ("the Changsha municipal health commission")."""
    return any(w in _CLAUSE_WORDS or w in LEVEL_WORDS or w.endswith(("ed", "ly")) for w in words)


@dataclass(frozen=True)
class MiscasedBody:
    """One lower-case body name: its span in the document, the text and the suggestion."""

    doc: int
    start: int
    end: int
    text: str
    suggestion: str
    model: str  # the capitalised name it is compared with, or "" for the gazetteer test
    after_place: int  # where the words after the place begin: a glossary place is no clash
    # Another place's name whose capitals the page's style is read from ("Yiwangxi Town"
    # for "Chaanpu town"), or "" when the name itself is written so elsewhere.
    styled_after: str = ""


@lru_cache(maxsize=1 << 16)
def _place_like(word: str) -> bool:
    """A capitalised place name: in the gazetteer or a word in pinyin (Shahekou)."""
    bare = word.replace("’", "'")
    if not word[:1].isupper() or word.isupper() or stem(word) in HEAD_NOUNS | LEVEL_WORDS:
        return False
    return is_place(bare) or split_syllables(bare.replace("'", "")) is not None


def _names_a_body(tail: tuple[str, ...]) -> bool:
    """Whether words after a place make a proper name rather than a description: a word that
    is no level, head noun or small word ("Foreign Affairs Office"), or a single area noun
    ("District", "County", "Zone")."""
    if len(tail) == 1:
        return tail[0] in AREA_SYNONYMS or tail[0] == "county"
    return any(w not in LEVEL_WORDS and w not in HEAD_NOUNS and w not in SMALL_WORDS for w in tail)


def _models(texts: list[str]) -> dict[tuple[str, ...], str]:
    """The capitalised body names of a document: their words after the place (lower case)
    -> those words as the document writes them."""
    found: dict[tuple[str, ...], str] = {}
    # A text read again adds nothing (the first spelling of a name wins): a translation
    # memory repeats its units, so each distinct text is read once.
    for text in dict.fromkeys(texts):
        words = list(_WORD.finditer(text))
        for i, head in enumerate(words):
            word = head.group()
            if not word[:1].isupper() or stem(word) not in HEAD_NOUNS:
                continue
            # Walk back over capitalised words to the leftmost place name.
            first = i
            while first > 0 and i - first < MAX_WORDS:
                prev = words[first - 1].group()
                gap = text[words[first - 1].end() : words[first].start()]
                # "Urban and Rural Planning Committee": "and" between capitalised words
                # that are no places is inside the name.
                outside = gap.strip() or not prev[:1].isupper() or prev.lower() in SMALL_WORDS
                if outside and not _joins_name(words, first - 1, gap):
                    break
                first -= 1
            place = next((k for k in range(first, i) if _place_like(words[k].group())), None)
            if place is None:
                continue
            tail_words = words[place + 1 : i + 1]
            if any(w.group().isupper() for w in tail_words):
                continue  # an acronym: another kind of name
            tail = tuple(w.group().lower() for w in tail_words)
            if _names_a_body(tuple(stem(w) for w in tail)):
                found.setdefault(tail, " ".join(w.group() for w in tail_words))
    return found


def _joins_name(words: list[regex.Match[str]], k: int, gap: str) -> bool:
    """Whether words[k] is an "and" between two capitalised words of one name, neither a
    place ("Urban and Rural", not "Dalian and Shahekou")."""
    if gap.strip() or words[k].group() != "and" or k == 0 or k + 1 >= len(words):
        return False
    before, after = words[k - 1], words[k + 1]
    return (
        before.group()[:1].isupper()
        and not before.string[before.end() : words[k].start()].strip()
        and not _place_like(before.group())
        and not _place_like(after.group())
    )


def _head_filter(capitalised: bool) -> str:
    """A polars pattern for rows with a head noun, capitalised or in lower case."""
    nouns = sorted(n[:1].upper() + n[1:] if capitalised else n for n in HEAD_NOUNS)
    return rf"\b(?:{'|'.join(nouns)})s?\b"


def _doc_pattern(models: dict[tuple[str, ...], str]) -> regex.Pattern[str]:
    """A place followed by the words of any of the document's capitalised names, any case."""
    tails = sorted(models, key=lambda t: (-len(t), t))
    return regex.compile(
        rf"{_EDGE_L}(?P<place>{_PLACE})[ \u00a0]+(?P<tail>(?i:"
        + "|".join(r"[ \u00a0]+".join(regex.escape(w) for w in t) for t in tails)
        + rf")){_EDGE_R}"
    )


def miscased_bodies(ctx: Context) -> list[MiscasedBody]:
    """Body names written in lower case in prose, where the document or the gazetteer says
    they are names; in document order.

    Only rows with a capitalised head noun are read for the document's names, and only
    prose rows with a head noun in lower case for candidates (both columnar filters)."""
    texts: dict[int, list[str]] = defaultdict(list)
    # Each prefilter once per distinct text (tifa.checks.distinct, tifa.checks.prefilter).
    heads = _head_filter(True)
    sources = filter_distinct_by(ctx.segments, "tgt", lambda values: matching(values, heads))
    # Each document's distinct texts, in the order they first appear (all `_models` reads):
    # the PO bench file's 43,000 candidate rows hold 147 texts.
    for doc, tgt in sources.select("doc", "tgt").unique(maintain_order=True).iter_rows():
        texts[doc].append(tgt)
    lower = _head_filter(False)
    candidates = (
        filter_distinct_by(ctx.segments, "tgt", lambda values: matching(values, lower))
        .select("doc", "seg", "tgt", "start")
        .join(prose_segments(ctx).select("doc", "seg"), on=["doc", "seg"], how="semi")
        .sort("doc", "seg")
    )
    out: list[MiscasedBody] = []
    models: dict[tuple[str, ...], str] = {}
    pattern: regex.Pattern[str] | None = None
    current = -1
    # Each distinct text of a document is read once (a translation memory repeats its units).
    read: dict[str, list[MiscasedBody]] = {}
    for doc, _seg, tgt, base in candidates.iter_rows():
        if doc != current:
            current, models, read = doc, _models(texts.get(doc, [])), {}
            pattern = _doc_pattern(models) if models else None
        if pattern is None:
            continue  # the document capitalises no body name: nothing to compare with
        found = read.get(tgt)
        if found is None:
            found = read[tgt] = _in_text(tgt, models, pattern)
        out.extend(
            replace(
                b, doc=doc, start=b.start + base, end=b.end + base, after_place=b.after_place + base
            )
            for b in found
        )
    if not out:
        return []
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for doc, start, end in ctx.hits.select("doc", "start", "end").iter_rows():
        covered[doc].append((start, end))
    kept = []
    seen: set[tuple[int, int]] = set()
    for body in out:
        if (body.doc, body.start) in seen:
            continue
        if any(s < body.end and body.after_place < e for s, e in covered[body.doc]):
            continue  # a glossary rendering: the glossary rules read it
        seen.add((body.doc, body.start))
        kept.append(body)
    return sorted(kept, key=lambda b: (b.doc, b.start))


def _in_text(
    tgt: str, models: dict[tuple[str, ...], str], pattern: regex.Pattern[str]
) -> list[MiscasedBody]:
    """The lower-case body names of one text, offsets in the text (doc 0)."""
    out = []
    for m in pattern.finditer(tgt):
        if inside_title(tgt, m.start(), m.end()):
            continue
        tail = tuple(w.lower() for w in _WORD.findall(m.group("tail")))
        model = models.get(tail)
        if model is None or not _place_like(m.group("place")):
            continue
        if m.group("tail").split() == model.split():
            continue
        out.append(_found(m, f"{m.group('place')} {model}", model))
    for m in _GAZETTEER_NAME.finditer(tgt):
        if inside_title(tgt, m.start(), m.end()) or _clause(m.group("words").split()):
            continue
        words = tuple(stem(w) for w in m.group("words").split())
        if not is_place(m.group("place")) or not _names_a_body((*words, m.group("head"))):
            continue
        titled = " ".join(
            w if w in SMALL_WORDS else w[:1].upper() + w[1:]
            for w in m.group()[len(m.group("place")) :].split()
        )
        out.append(_found(m, f"{m.group('place')} {titled}", ""))
    return out


def _found(m: regex.Match[str], suggestion: str, model: str) -> MiscasedBody:
    """The finding for match `m` of a text, offsets in the text."""
    return MiscasedBody(0, m.start(), m.end(), m.group(), suggestion, model, m.end("place"))
