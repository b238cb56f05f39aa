"""E804 article-before-plural."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.agreement import QUANTITY_WORDS, also_a_verb, closes_phrase, singular_of
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows

# A lower-case "a" or "an" (a capital "A" is as often a letter: "A shares", "Grade A"), not
# glued to a letter, digit, mark or bracket ("a.m.", "(a)", "type-a"), then at most one
# modifier and a lower-case word ending in "s" that ends the phrase's words.
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’.\-(/])(an?)[ \u00a0]+(?:(\p{Ll}+)[ \u00a0]+)?(\p{Ll}{2,}s)"
    r"(?![\p{L}\p{N}'’\-])"
)
_PREFILTER = r"\ban? (?:\p{Ll}+ )?\p{Ll}{2,}s\b"
# Words after which "a" is a letter: "type a", "plan a", "vitamin a", "the a".
_LETTER_AFTER = regex.compile(
    r"(?i)(?:\b(?:type|grade|class|plan|item|section|part|category|level|zone|block|building"
    r"|hall|exit|gate|terminal|line|area|phase|group|round|vitamin|option|point|register"
    r"|letter|the|an?)|\p{N})"
    r"[ \u00a0]*$"
)
# Modifiers that make "a time cities are ..." an adverbial phrase with its own noun, not a
# noun phrase: "at a time", "for a while", "as a result", "in a word".
_ADVERBIAL = frozenset(
    {"time", "while", "result", "moment", "rule", "word", "whole", "sense", "way", "change"}
)

# "three and a half hours", "two and a quarter years": the article goes with the fraction
# of a mixed number, and the noun is plural by the whole number.
_FRACTIONS = frozenset({"half", "quarter", "third"})
_AND_BEFORE = regex.compile(r"\band[ \u00a0]+$")


@rule("E804", "article-before-plural", Severity.WARNING, Fix.UNSAFE)
def article_before_plural(ctx: Context) -> pl.DataFrame:
    """The article "a" or "an" before a plural noun.

    ## What it does
    Finds "a" or "an" before a regular plural of an everyday noun that ends the noun phrase
    ("make an excuses", "an achievements of", "created a tourism revenues of"), with at most
    one word between them, and suggests the phrase without the article. Left alone: nouns
    that end in "s" but are singular ("a news conference", "a series of", "a means to",
    "a business", "a status", "an analysis", "a headquarters"), a plural that modifies the
    noun after it ("a goods train", "a sports event", "a farmers' market", "a goods and
    services tax"), quantities ("a few days", "a dozen cities"), a capital "A" (a letter, as
    in "A shares", "Grade A"), "a" after "type", "plan" or a figure, and, with a word
    between, a word that may be a verb's "-s" form ("a spokesman says that") or a phrase
    such as "at a time cities are", and the fraction of a mixed number ("three and a half
    hours").

    ## Why is this bad?
    The article and the noun disagree in number, a slip a reader sees at once and an editor
    always mends; it often marks a phrase translated word by word (一个 + a plural).

    ## Example
    ```text
    The scenic area created a tourism revenues of 3 billion yuan last year.
    ```

    ## Use instead
    ```text
    The scenic area created tourism revenues of 3 billion yuan last year.
    ```

    ## Fix safety
    Unsafe: dropping the article is suggested, but the singular noun ("a tourism revenue")
    may be what was meant; only a person can tell.
    """
    rows = new_rows()
    for doc, base, text in candidate_rows(ctx.segments, "tgt", _PREFILTER):
        for m in _PATTERN.finditer(text):
            if _disagrees(text, m):
                message = f"“{m.group(1)}” before the plural “{m.group(3)}”"
                suggestion = text[m.end(1) : m.end()].lstrip(" \u00a0")
                add_row(rows, doc, base + m.start(), base + m.end(), message, suggestion)
    return output(rows)


def _disagrees(text: str, m: regex.Match[str]) -> bool:
    modifier, plural = m.group(2), m.group(3)
    singular = singular_of(plural)
    if singular is None or not closes_phrase(text, m.end()):
        return False
    if _LETTER_AFTER.search(text, max(0, m.start() - 20), m.start()):
        return False
    if modifier in _FRACTIONS and _AND_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False  # "three and a half hours": the article counts the fraction
    if modifier is None:
        return True
    if modifier == "series":
        return False  # "a series activities" lacks its "of" (E801), not the article's fault
    return not (
        modifier in QUANTITY_WORDS
        or modifier in _ADVERBIAL
        or singular_of(modifier) is not None  # two plurals: "a sales figures"
        or also_a_verb(singular)
    )
