"""E843 article-before-initialism."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# Letters whose names open with a vowel sound: ef, aitch, el, em, en, ar, ess, ex, and the
# vowels a, e, i, o said as letters. "U" ("you") and every other letter open with a consonant.
_VOWEL_NAMED = "AEFHILMNORSX"
# An initialism: two to six capitals (an ampersand inside, "R&D", "M&A"), or capitals with
# stops ("U.S."). A plural or possessive "s" may follow; no other letter may.
_INITIALISM = r"(?:[A-Z](?:&?[A-Z]){1,5}|(?:[A-Z]\.){2,4})(?=s?(?![\p{L}\p{N}])|['’]s\b)"
# "a" or "an" as a word of its own, not a letter named in a list or a grade ("Grade A NPC"
# is not met; the guard is kept as E801 keeps it for lower-case words).
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’.\-(/&])(?<!(?i:type|grade|class|plan|item|section|part|vitamin"
    r"|letter|option|category|level|phase|group|point|line|block|zone|annex|appendix)[ \u00a0]+)"
    rf"(?P<article>[Aa]n?)[ \u00a0]+(?P<word>{_INITIALISM})"
)
_PREFILTER = r"\b[Aa]n? [A-Z](?:&?[A-Z]|\.[A-Z])"
# Acronyms said as words, whose first sound is that of their first letter's sound in the
# word, not its name: "a NATO summit", "a SIM card", "a STEM course". Three letters and
# fewer are read letter by letter but for these.
_SAID_AS_WORDS_TEXT = (
    "SIM LAN MAC RAM ROM SAR FAQ MOD HUD NAV SAT MERS SARS NATO NASA FIFA SALT START SWIFT "
    "STEM SOHO MICE NAND MEMS MIPS LOHAS NIMBY FOMO SEATO SASAC MOFCOM NAFTA NASDAQ LASIK "
    "SINOPEC MOOC MOOCS HUAWEI SEAL SAFE SPAC ONE ONCE"
)
_SAID_AS_WORDS = frozenset(_SAID_AS_WORDS_TEXT.split())
_VOWELS = "AEIOU"
# Roman numerals read as numbers: "a XII" is not met in prose, and a numeral is not an
# initialism.
_ROMAN = regex.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _said_as_word(word: str) -> bool:
    """Whether `word`, an acronym in capitals, is read as a word, not letter by letter: one
    of a few short ones, or four letters or more that open as a syllable does (a consonant
    and a vowel, "NATO", "SASAC"; "s", a consonant and a vowel, "STEM"), or one that opens
    with "U" (read "you" or "uh" as the word goes: "UNESCO", "UMNO") or with "EU" ("EURO")."""
    bare = word.rstrip("s").replace(".", "").replace("&", "")
    if bare in _SAID_AS_WORDS or word in _SAID_AS_WORDS or _ROMAN.fullmatch(bare):
        return True
    if "&" in word or "." in word:
        return False
    if len(bare) < 4:
        return False
    if bare.startswith(("U", "EU")):
        return True
    if bare[0] not in _VOWELS and bare[1] in _VOWELS:
        return True
    return bare[0] == "S" and bare[1] not in _VOWELS and bare[2] in _VOWELS


def _in_capitals(text: str, m: regex.Match[str]) -> bool:
    """Whether the match stands in a line of capitals ("A NEW ERA"), where "A" and the word
    after it are ordinary words, not an article and an initialism."""
    if m.group("article") != "A":
        return False
    after = text[m.end() : m.end() + 20].split()
    return not after or not any(ch.islower() for ch in after[0])


@rule("E843", "article-before-initialism", Severity.WARNING, Fix.UNSAFE)
def article_before_initialism(ctx: Context) -> pl.DataFrame:
    """“a” before an initialism read with a vowel sound, or “an” before one read with a consonant.

    ## What it does
    Finds “a” before an initialism whose first letter's name opens with a vowel sound —
    F, H, L, M, N, R, S, X and the vowels A, E, I, O said as letters (“a NPC deputy”, “a
    SOE”, “a FTZ”, “a R&D center”) — and “an” before one whose first letter's name opens
    with a consonant, B, C, D, G, J, K, P, Q, T, U, V, W, Y or Z (“an CPC delegation”,
    “an US company”, “an U.S. firm”). An initialism is read letter by letter, so the
    article follows the name of its first letter: “an NPC deputy”, “a CPC delegation”.
    Left alone: acronyms read as words (“a NATO summit”, “a SASAC official”, “a STEM
    course”, “a UNESCO site”: four letters or more opening as a syllable does, and a few
    short ones such as SIM, LAN and RAM), a letter naming a grade or an option (“Grade A”),
    Roman numerals, and lines in capitals (“A NEW ERA”).

    ## Why is this bad?
    The translator chose the article by the spelling (“N” is a consonant letter), while
    every reader says the letter's name (“en”): “a NPC deputy” reads as a slip.

    ## Example
    ```text
    He met a NPC deputy from Dalian and an CPC delegation.
    ```

    ## Use instead
    ```text
    He met an NPC deputy from Dalian and a CPC delegation.
    ```

    ## Fix safety
    Unsafe: an acronym the writer reads as a word may take the other article.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        word = m.group("word")
        article = m.group("article")
        first = word[0]
        if _said_as_word(word) or _in_capitals(text, m):
            continue
        wants_an = first in _VOWEL_NAMED
        if wants_an == (article.lower() == "an"):
            continue
        fixed = ("An" if article[0] == "A" else "an") if wants_an else article[0]
        message = (
            f"“{article} {word}”: “{word}” is read letter by letter, and “{first}” opens with a "
            f"{'vowel' if wants_an else 'consonant'} sound: “{fixed} {word}”"
        )
        add_row(rows, doc, base + m.start(), base + m.end(), message, f"{fixed} {word}")
    return output(rows)
