"""N201 name-variant."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.glossary.names import pinyin_surnames, split_syllables

# Runs of capitalised words; names are found as adjacent pairs inside them, so "President Xi
# Jinping" still yields "Xi Jinping".
_RUN = r"\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)+"
RARITY = 3  # the common spelling must be this many times more frequent


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def _one_syllable_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) != len(b):
        return False
    diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diffs) == 1 and _edit_distance(*diffs[0]) <= 2


def person_names(ctx: Context) -> Counter[str]:
    """How often each pinyin personal name (Surname Givenname) occurs in the run."""
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
            if surname in surnames and split_syllables(given):
                counts[f"{surname} {given}"] += n
    return counts


@rule("N201", "name-variant", Severity.ERROR, Fix.UNSAFE)
def name_variant(ctx: Context) -> pl.DataFrame:
    """A person's name spelt two ways in a run, the rarer spelling likely a slip.

    ## What it does
    Finds personal names in pinyin (a common surname, then a given name made of pinyin
    syllables) and compares the names with the same surname: two names whose given names have
    the same number of syllables and differ in one syllable by a letter or two are one person
    spelt two ways when one spelling is at least three times as frequent, or is the glossary's
    spelling and the other is not. The rarer spelling is flagged at each occurrence.

    ## Why is this bad?
    Misspelling an official's name is the error readers notice first. Different people with
    similar names (Tang Jun and Zhang Jun; Tan Chengxu and Tan Zuojun) are not flagged: their
    surnames differ, or their given names differ in more than one syllable.

    ## Example
    ```text
    on September 6th, Tan Zuoyu, member of the Standing Committee ... (Tan Zuojun 12× elsewhere)
    ```

    ## Use instead
    ```text
    on September 6th, Tan Zuojun, member of the Standing Committee ...
    ```

    ## Fix safety
    Unsafe: two people can have names this close; a person confirms.
    """
    rows = new_rows()
    counts = person_names(ctx)
    official = {t.en for t in ctx.glossary.active() if t.kind == "person"}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_surname[name.split()[0]].append(name)
    variants: dict[str, str] = {}
    for names in by_surname.values():
        for rare in names:
            if rare in official:
                continue
            syllables = split_syllables(rare.split()[1]) or ()
            best: str | None = None
            for common in names:
                if common == rare or not _one_syllable_apart(
                    syllables, split_syllables(common.split()[1]) or ()
                ):
                    continue
                # A one-syllable given name one letter off is as likely another person (Wang
                # Xin, Wang Lin): only the glossary's spelling can vouch for a slip there.
                frequent = counts[common] >= RARITY * counts[rare] and len(syllables) > 1
                rank = (common in official, counts[common])
                if (frequent or common in official) and (
                    best is None or rank > (best in official, counts[best])
                ):
                    best = common
            if best:
                variants[rare] = best
    if not variants:
        return output(rows)
    pattern = regex.compile(
        r"(?<![\p{L}])("
        + "|".join(regex.escape(v) for v in sorted(variants, key=len, reverse=True))
        + r")(?![\p{L}])"
    )
    candidates = ctx.segments.filter(pl.col("tgt").str.contains_any(list(variants)))
    for doc, base, text in candidates.select("doc", "start", "tgt").iter_rows():
        for m in pattern.finditer(text):
            rare = m.group(1)
            common = variants[rare]
            where = (
                "the glossary spelling" if common in official else f"{counts[common]}× in this run"
            )
            add_row(
                rows,
                doc,
                base + m.start(1),
                base + m.end(1),
                f"“{rare}” ({counts[rare]}×) looks like a misspelling of “{common}” ({where})",
                common,
            )
    return output(rows)
