"""N201 name-variant."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.name_evidence import first_offsets, surnames_alone
from tifa.checks.place_variants import place_slips
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.glossary.names import edit_distance, pinyin_surnames, split_syllables

# Runs of capitalised words; names are found as adjacent pairs inside them, so "President Xi
# Jinping" still yields "Xi Jinping".
_RUN = r"\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)+"
RARITY = 2  # the common spelling must be this many times more frequent (and used twice)


def _one_syllable_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) != len(b):
        return False
    diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diffs) == 1 and edit_distance(*diffs[0]) <= 2


def is_pinyin_name(given: str) -> bool:
    """A given name made of pinyin syllables."""
    return split_syllables(given) is not None


def name_pairs(ctx: Context) -> Counter[str]:
    """How often each "Surname Word" pair occurs in the run: a common pinyin surname followed
    by a capitalised word. Pinyin given names make personal names; other words may be a
    given name misspelt ("Tan Zuojum")."""
    runs = (
        ctx.segments.select(run=pl.col("tgt").str.extract_all(_RUN))
        .explode("run")
        .drop_nulls()
        .group_by("run")
        .len()
    )
    surnames = pinyin_surnames()
    counts: Counter[str] = Counter()
    for run, n in runs.iter_rows():
        words = run.split()
        for surname, given in itertools.pairwise(words):
            if surname in surnames:
                counts[f"{surname} {given}"] += n
    return counts


def name_pairs_by_doc(ctx: Context) -> dict[int, Counter[str]]:
    """`name_pairs` counted in each document apart: a name in one file says nothing about
    the spelling of a name in another file of the same run."""
    runs = (
        ctx.segments.select("doc", run=pl.col("tgt").str.extract_all(_RUN))
        .explode("run")
        .drop_nulls()
        .group_by("doc", "run")
        .len()
        .sort("doc", "run")
    )
    surnames = pinyin_surnames()
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for doc, run, n in runs.iter_rows():
        for surname, given in itertools.pairwise(run.split()):
            if surname in surnames:
                counts[doc][f"{surname} {given}"] += n
    return counts


def person_names(ctx: Context) -> Counter[str]:
    """How often each pinyin personal name (Surname Givenname) occurs in the run."""
    return Counter({k: n for k, n in name_pairs(ctx).items() if is_pinyin_name(k.split()[1])})


def _variant_of(rare: str, common: str) -> bool:
    """Whether `rare` reads as `common` misspelt: a pinyin given name one syllable off, or a
    word that is no pinyin within one letter (two for given names of six letters or more)."""
    a, b = rare.split()[1], common.split()[1]
    if rare == common or not is_pinyin_name(b):
        return False
    if a == b + "s":
        return False  # "Xi Jinpings": a possessive without its apostrophe, not a misspelling
    if is_pinyin_name(a):
        return _one_syllable_apart(split_syllables(a) or (), split_syllables(b) or ())
    return edit_distance(a.lower(), b.lower()) <= (2 if len(b) >= 6 else 1)


@rule("N201", "name-variant", Severity.ERROR, Fix.UNSAFE)
def name_variant(ctx: Context) -> pl.DataFrame:
    """A person's or place's name spelt two ways in one text, the rarer spelling likely a slip.

    ## What it does
    Finds personal names in pinyin (a common surname, then a given name made of pinyin
    syllables) and compares the names with the same surname: two names whose given names have
    the same number of syllables and differ in one syllable by a letter or two, or a given
    name that is no pinyin at all one letter off a pinyin one ("Zuojum"), are one person spelt
    two ways when one spelling is used at least twice and twice as often, or is the
    glossary's spelling and the other is not, or is pinyin and used at least as often as
    the other, which is no pinyin (one "Tan Zuojum" beside one "Tan Zuojun"). The rarer spelling is flagged at each
    occurrence. Names are compared within one document only: a name in another file of the
    same run (another page, another person) is left alone.

    A page that calls someone by the surname alone ("Zhao said", "Gu's speech") speaks of one
    person of that surname: there, given names one letter apart are one person spelt two
    ways when one spelling is the more frequent ("Zhao Xing" once beside "Zhao Xin" twice,
    even with one-syllable given names, where it must be twice and twice as often), or, with
    given names of two syllables or more, as frequent and written first (the later is
    flagged). Surnames that are English words ("He said") are no such evidence.

    Places too: a pinyin word before a level word (district, county, town, street …) one
    letter off another before the same level word, written at least twice and twice as
    often, when the rarer word is no known place ("Tongzou district" beside "Tongzhou
    district" twice); two real places a letter apart (Jinzhou, Jingzhou) are left alone.

    ## Why is this bad?
    Misspelling an official's name is the error readers notice first. Different people with
    similar names (Tang Jun and Zhang Jun; Tan Chengxu and Tan Zuojun) are not flagged: their
    surnames differ, or their given names differ in more than one syllable. One-syllable
    given names one letter apart (Wang Xin, Wang Lin) are as likely two people: only the
    glossary vouches for a slip there.

    ## Example
    ```text
    on September 6th, Tan Zuoyu, member of the Standing Committee ... (Tan Zuojun 2× elsewhere)
    ```

    ## Use instead
    ```text
    on September 6th, Tan Zuojun, member of the Standing Committee ...
    ```

    ## Fix safety
    Unsafe: two people can have names this close; a person confirms.
    """
    rows = new_rows()
    # The glossary's person entries by spelling: a slip of one of them names its entry.
    entry_of = {t.en: t.id for t in ctx.glossary.active() if t.kind == "person"}
    official = set(entry_of)
    # Each document is compared with itself only: one file's findings never depend on what
    # else is checked in the same run.
    by_doc = name_pairs_by_doc(ctx)
    # Surnames a document uses alone, read only where two spellings are close enough to ask.
    close = [doc for doc, counts in by_doc.items() if _close_pairs(counts)]
    alone = surnames_alone(ctx, close) if close else {}
    variants = {
        doc: v
        for doc, counts in by_doc.items()
        if (v := _variants(counts, official, _Alone(ctx, doc, alone.get(doc, set()))))
    }
    for slip in place_slips(ctx):
        add_row(
            rows,
            slip.doc,
            slip.start,
            slip.end,
            f"“{slip.rare}” ({slip.rare_count}×) looks like a misspelling of the place "
            f"“{slip.common}” ({slip.common_count}× in this text)",
            slip.common,
        )
    if not variants:
        return output(rows)
    words = sorted({name for v in variants.values() for name in v})
    candidates = ctx.segments.filter(
        pl.col("doc").is_in(list(variants)) & pl.col("tgt").str.contains_any(words)
    )
    patterns = {doc: _pattern(v) for doc, v in variants.items()}
    for doc, base, text in candidates.select("doc", "start", "tgt").iter_rows():
        counts, found = by_doc[doc], variants[doc]
        for m in patterns[doc].finditer(text):
            rare = m.group(1)
            common = found[rare]
            where = (
                "the glossary spelling" if common in official else f"{counts[common]}× in this text"
            )
            add_row(
                rows,
                doc,
                base + m.start(1),
                base + m.end(1),
                f"“{rare}” ({counts[rare]}×) looks like a misspelling of “{common}” ({where})",
                common,
                entry_of.get(common),
            )
    return output(rows)


class _Alone:
    """A document's own evidence that a surname names one person: it is used alone."""

    def __init__(self, ctx: Context, doc: int, surnames: set[str]) -> None:
        self.ctx, self.doc, self.surnames = ctx, doc, surnames
        self._first: dict[str, int] | None = None

    def first(self, name: str, counts: Counter[str]) -> int:
        """Where `name` first occurs (read once per document, only when asked)."""
        if self._first is None:
            self._first = first_offsets(self.ctx, self.doc, set(counts))
        return self._first.get(name, 0)


def _close_pairs(counts: Counter[str]) -> bool:
    """Whether two names with one surname have given names one letter apart."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_surname[name.split()[0]].append(name.split()[1])
    return any(
        edit_distance(a, b) == 1
        for given in by_surname.values()
        for a, b in itertools.combinations(given, 2)
    )


def _one_person(rare: str, common: str, counts: Counter[str], alone: _Alone) -> bool:
    """Whether the document's own use makes `rare` a slip of `common`: the surname is used
    alone (one person of that name), the given names are one letter apart, and `common` is
    the more frequent, or as frequent and written first. A one-syllable given name (Zhao
    Xin, Zhao Xing) needs `common` twice and twice as often."""
    surname, a = rare.split()
    b = common.split()[1]
    if surname not in alone.surnames or edit_distance(a, b) != 1:
        return False
    if len(split_syllables(a) or ("", "")) < 2 or len(split_syllables(b) or ("", "")) < 2:
        return counts[common] >= max(2, RARITY * counts[rare])
    if counts[common] != counts[rare]:
        return counts[common] > counts[rare]
    return alone.first(common, counts) < alone.first(rare, counts)


def _variants(counts: Counter[str], official: set[str], alone: _Alone) -> dict[str, str]:
    """Each rarer spelling in `counts` mapped to the spelling it looks like a slip of."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in sorted(counts):
        by_surname[name.split()[0]].append(name)
    variants: dict[str, str] = {}
    for names in by_surname.values():
        for rare in names:
            if rare in official:
                continue
            one_syllable = len(split_syllables(rare.split()[1]) or ("", "")) < 2
            best: str | None = None
            for common in names:
                if not _variant_of(rare, common):
                    continue
                # A one-syllable given name one letter off is as likely another person (Wang
                # Xin, Wang Lin): only the glossary's spelling can vouch for a slip there.
                frequent = counts[common] >= max(2, RARITY * counts[rare]) and not one_syllable
                # A given name that is no pinyin at all beside a pinyin one a letter off
                # ("Tan Zuojum" once, "Tan Zuojun" once) can only be the slip.
                frequent = frequent or (
                    not is_pinyin_name(rare.split()[1])
                    and not one_syllable
                    and counts[common] >= counts[rare]
                )
                frequent = frequent or _one_person(rare, common, counts, alone)
                rank = (common in official, counts[common])
                if (frequent or common in official) and (
                    best is None or rank > (best in official, counts[best])
                ):
                    best = common
            if best:
                variants[rare] = best
    return variants


def _pattern(variants: dict[str, str]) -> regex.Pattern[str]:
    """The rarer spellings as whole words."""
    return regex.compile(
        r"(?<![\p{L}])("
        + "|".join(regex.escape(v) for v in sorted(variants, key=lambda v: (-len(v), v)))
        + r")(?![\p{L}])"
    )
