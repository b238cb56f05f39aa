"""Place names ending in a level word ("Longkou City", "Paizhen Town") that one document
writes two ways: with the level word capitalised and, elsewhere, in lower case.

The document is the authority, as for body names (see `body_case`): a page that writes
"Longkou City" has made the level word part of the name, so "Longkou city" further on is the
same name written another way. Official English writes both styles ("Yan'an city" in
Xinhua, "Yan'an City" on city sites); only a page that mixes them is read, and only where
the capital form is at least as common on the page as the lower-case one: a page that
mostly writes "Chenzhou city" has chosen lower case, and its odd capital is left alone.
A place the page names only in lower case ("Chaanpu town") is read against its other
places: where the page capitalises the same level word after another place ("Yiwangxi
Town") and capitalises level words at least as often as not, all places together, the
lower-case one is the odd one out.

Left alone: a lower-case level word that goes on into a compound ("Mito city council",
"Longkou city's"), where lower case reads as a description of the city's body rather than
the place's name; text inside a Title Case run or a heading (prose only), where a capital
says nothing of the page's style either ("Baotou City" in a headline over "Baotou city" in
the text is one lower-case page); text a glossary rendering covers. District names are
`body_case`'s. A province is read like a city, but its capitals in quotation marks are not
counted: Xinhua and China Daily write "Hebei province" in their own words beside "Hebei
Province" in a quoted name or slogan, and that page has chosen lower case.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import polars as pl
import regex

from tifa.checks.body_case import MiscasedBody
from tifa.checks.context import Context
from tifa.checks.distinct import filter_distinct
from tifa.checks.prose import inside_title, prose_segments
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import split_syllables
from tifa.glossary.normalize import SMALL_WORDS

_LEVELS = ("city", "county", "town", "township", "village", "province")
_PREFILTER = r"\p{Lu}\p{Ll}+[ \u00a0]+(?i:city|county|town|township|village|province)\b"
_NAME = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<place>\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?)[ \u00a0]+"
    r"(?P<level>(?i:" + "|".join(_LEVELS) + r"))(?![\p{L}\p{N}'’-])"
)
# What may follow a lower-case level word that ends the place's name: punctuation, the end
# of the text, or a small word, a verb or a modal that starts the rest of the sentence ("in
# Longkou city, the deputies", "Paizhen town and", "Longkou city has", "Hunan province
# shall"). A noun goes on into a compound ("Mito city council") and is left alone.
_ENDS_NAME = frozenset(
    SMALL_WORDS
    | {"is", "was", "are", "were", "has", "have", "had", "will", "which", "where"}
    # a modal or "also" starts the predicate as surely ("Hunan province shall …")
    | {"would", "shall", "should", "can", "could", "must", "may", "also"}
)
_NEXT_WORD = regex.compile(r"[ \u00a0]+(?P<word>\p{L}+)")


def _place_like(word: str) -> bool:
    """A capitalised place name: in the gazetteer or a word in pinyin (Longkou, Paizhen)."""
    bare = word.replace("’", "'")
    return is_place(bare) or split_syllables(bare.replace("'", "")) is not None


def _ends_name(text: str, end: int) -> bool:
    """Whether the name ends at `end`: punctuation or a small word follows, not a noun."""
    nxt = _NEXT_WORD.match(text, end)
    return nxt is None or nxt.group("word").lower() in _ENDS_NAME


def miscased_place_words(ctx: Context) -> list[MiscasedBody]:
    """Lower-case level words after a place the same document writes with a capital one,
    in prose; in document order. Only rows with a name and a level word are read
    (a columnar filter)."""
    rows = filter_distinct(ctx.segments, "tgt", pl.col("tgt").str.contains(_PREFILTER)).select(
        "doc", "seg", "tgt", "start"
    )
    if not rows.height:
        return []
    # Whether each row is prose, by a join rather than a set of every prose segment.
    rows = rows.join(
        prose_segments(ctx).select("doc", "seg", _prose=pl.lit(True)),
        on=["doc", "seg"],
        how="left",
        maintain_order="left",
    )
    counts: dict[int, Counter[tuple[str, str, bool]]] = defaultdict(Counter)
    # The first capitalised name of each level in each document's prose ("Yiwangxi Town"):
    # the page's own style for a place it names only in lower case.
    styled: dict[int, dict[str, str]] = defaultdict(dict)
    small: list[tuple[int, int, regex.Match[str]]] = []
    # Each distinct text's names are found once (a translation memory repeats its units).
    names: dict[str, list[regex.Match[str]]] = {}
    for doc, _seg, tgt, base, row_prose in rows.sort("doc", "seg").iter_rows():
        found = names.get(tgt)
        if found is None:
            found = names[tgt] = list(_NAME.finditer(tgt))
        for m in found:
            level = m.group("level")
            if level.isupper() or not _place_like(m.group("place")):
                continue
            capital = level[:1].isupper()
            in_prose = bool(row_prose) and not inside_title(tgt, m.start(), m.end())
            if capital and not in_prose:
                continue  # a headline capitalises every word: no sign of the page's style
            if capital and level.lower() == "province" and _quoted(tgt, m.start()):
                continue  # a quoted name or slogan keeps its own capitals
            counts[doc][(m.group("place"), level.lower(), capital)] += 1
            if capital:
                styled[doc].setdefault(level.lower(), m.group())
            if capital or not _ends_name(tgt, m.end()):
                continue  # a compound is counted for the page's style but not flagged
            if in_prose:
                small.append((doc, base, m))
    if not small:
        return []
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
    hits = ctx.hits.filter(pl.col("doc").is_in(sorted({doc for doc, _, _ in small})))
    for doc, start, end in hits.select("doc", "start", "end").iter_rows():
        covered[doc].append((start, end))
    out = []
    for doc, base, m in small:
        place, level = m.group("place"), m.group("level")
        capitals = counts[doc][(place, level.lower(), True)]
        lowers = counts[doc][(place, level.lower(), False)]
        model = f"{place} {level[:1].upper()}{level[1:]}"
        other = ""
        if capitals == 0:
            # Named only in lower case: the page's style is read from its other places.
            other = styled[doc].get(level.lower(), "")
            if not other or not _capitals_prevail(counts[doc]):
                continue
        elif capitals < lowers:
            continue  # the page writes the level word in lower case by choice
        start, end = base + m.start(), base + m.end()
        if any(s < end and start < e for s, e in covered[doc]):
            continue  # a glossary rendering: the glossary rules read it
        after = base + m.end("place")
        out.append(MiscasedBody(doc, start, end, m.group(), model, model, after, other))
    return out


def _quoted(text: str, pos: int) -> bool:
    """Whether `pos` stands inside quotation marks: more opening than closing curly marks
    before it, or an odd number of straight ones (an apostrophe is no quotation mark)."""
    before = text[:pos]
    curly = sum(before.count(q) for q in "“") - sum(before.count(q) for q in "”")
    return curly > 0 or before.count('"') % 2 == 1


def _capitals_prevail(counts: Counter[tuple[str, str, bool]]) -> bool:
    """Whether a document capitalises level words after its places (in prose) more often
    as it writes them in lower case, every level and place together: a page that writes
    "Taoyuan County" and "Yiwangxi Town" has made capitals its style, and its "Chaanpu town"
    is the odd one; a page that mostly writes "Sishui county" has chosen lower case."""
    capitals = sum(n for (_, _, capital), n in counts.items() if capital)
    return capitals >= sum(counts.values()) - capitals
