"""N210 name-in-capitals."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches
from tifa.glossary.names import split_syllables

# A word in capitals after a lower-case word, then a possessive or a lower-case word: it
# stands in a sentence ("It said XI's speech …"), not in a dateline ("XINING, June 8"), a
# headline in capitals or a byline that sets surnames in capitals ("Reporter XU Ke").
_PATTERN = regex.compile(
    r"(?<=\p{Ll}[,;]?[ \u00a0])(?P<name>\p{Lu}{2,})(?=['’]s\b|[ \u00a0]+\p{Ll})"
)
_PREFILTER = r"\p{Ll}[,;]?[ \u00a0]\p{Lu}{2,}(?:['’]s\b|[ \u00a0]+\p{Ll})"
# Roman numerals that are pinyin too ("XI", "XIV"): a numeral unless a possessive follows.
_ROMAN = regex.compile(r"[IVXLCDM]+")


@rule("N210", "name-in-capitals", Severity.WARNING, Fix.UNSAFE)
def name_in_capitals(ctx: Context) -> pl.DataFrame:
    """A pinyin name written in capitals in a sentence, where the document writes it normally.

    ## What it does
    Finds a word in capitals that is wholly pinyin ("XI", "WANG") inside a sentence — after
    a lower-case word and before a possessive or another lower-case word — in a document
    that also writes the same name with only its first letter capitalised ("Xi").
    Acronyms (no pinyin), datelines ("XINING, June 8"), headlines in capitals and bylines
    that set a surname in capitals before the given name ("Reporter XU Ke") are left
    alone, and so is a Roman numeral ("the XI Congress") unless a possessive follows.

    ## Why is this bad?
    Capitals inside a sentence read as shouting or as an acronym, and the same person
    written two ways in one text looks like two people, or like a slip.

    ## Example
    ```text
    Xi Jinping addressed the conference. The meeting said XI's speech set the tasks.
    ```

    ## Use instead
    ```text
    Xi Jinping addressed the conference. The meeting said Xi's speech set the tasks.
    ```

    ## Fix safety
    Unsafe: the document's own spelling is suggested; a house style may set surnames in
    capitals throughout.
    """
    rows = new_rows()
    found = list(matches(ctx.segments, "tgt", _PREFILTER, _PATTERN))
    if not found:
        return output(rows)
    names = sorted({m.group("name").capitalize() for _d, _b, _t, m in found})
    written = _written(ctx, names)
    for doc, base, text, m in found:
        name = m.group("name")
        titled = name.capitalize()
        if split_syllables(name.lower()) is None or titled not in written.get(doc, set()):
            continue
        if _ROMAN.fullmatch(name) and not text.startswith(("'s", "’s"), m.end()):
            continue
        message = f"“{name}” in capitals; the text writes “{titled}” elsewhere"
        add_row(rows, doc, base + m.start(), base + m.end(), message, titled)
    return output(rows)


def _written(ctx: Context, names: list[str]) -> dict[int, set[str]]:
    """Which of `names` (capitalised) each document writes as a word."""
    pattern = regex.compile(r"(?<!\p{L})(?:" + "|".join(map(regex.escape, names)) + r")(?!\p{L})")
    prefilter = r"\b(?:" + "|".join(map(regex.escape, names)) + r")\b"
    out: dict[int, set[str]] = {}
    for doc, _base, _text, m in matches(ctx.segments, "tgt", prefilter, pattern):
        out.setdefault(doc, set()).add(m.group())
    return out
