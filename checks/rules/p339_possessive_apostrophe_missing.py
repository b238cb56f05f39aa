"""P339 possessive-apostrophe-missing."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.names import syllables

# Three shapes of one slip, each with no plural reading:
# - "Chinas" or "Chinas’" before a word ("Chinas development"), not after a number or "both" ("the two
#   Chinas", a phrase of its own);
# - "Peoples" before the word of a body that is the people's ("Peoples Daily", "Peoples
#   Republic"): "peoples of all ethnic groups" is a plural and is not read;
# - a capitalised word not ending in s, an apostrophe and a space ("China’ Cuju"): the s
#   after the apostrophe was lost. Not where a quote opened before it in the sentence (a
#   closing single quote: "the ‘Belt and Road’ policy").
_BODIES = (
    r"Daily|Republic|Congress|Government|Liberation|Bank|Court|Procuratorate|Political|Police"
    r"|Armed|Insurance|Square|Hall|Park|Hospital|Broadcasting|Radio|Publishing|University"
)
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?:"
    r"(?P<china>Chinas['’]?)(?=[ \u00a0]\p{L})"
    rf"|(?P<peoples>Peoples)(?=[ \u00a0](?:{_BODIES})\b)"
    r"|(?P<word>\p{Lu}\p{Ll}*[^\P{Ll}s])(?P<mark>['’])(?=[ \u00a0](?P<next>\p{L}+))"
    r")"
)
_PREFILTER = rf"\bChinas['’]? \pL|\bPeoples (?:{_BODIES})\b|\p{{Lu}}\p{{Ll}}*[a-rt-z]['’] \pL"
# A number or "both" before "Chinas": the two Chinas of a policy debate are a plural.
_COUNTED = regex.compile(r"(?i:two|both|\d+)[ \u00a0]+$")
# An opening quote earlier in the sentence: the apostrophe may close it.
_OPENED = regex.compile(r"(?<![\p{L}\p{N}])[‘']\p{L}[^.!?]*$")
_VOWEL_START = regex.compile(r"[aeo]")


def _dropped_s(text: str, m: regex.Match[str]) -> bool:
    """Whether `word’ next` lost the s of a possessive (not a closing quote, not a pinyin
    apostrophe spaced off, as in "Xi’ an")."""
    if _OPENED.search(text, 0, m.start()):
        return False
    word, following = m.group("word"), m.group("next")
    return not (word.lower() in syllables() and _VOWEL_START.match(following))


@rule("P339", "possessive-apostrophe-missing", Severity.WARNING, Fix.UNSAFE)
def possessive_apostrophe_missing(ctx: Context) -> pl.DataFrame:
    """A possessive written without its apostrophe, or without its s ("Chinas", "China’ X").

    ## What it does
    Finds "Chinas" before a word ("Chinas economy"), "Peoples" before the name of a body
    that belongs to the people ("Peoples Daily", "Peoples Republic"), and a capitalised word
    not ending in s followed by an apostrophe and a space ("China’ Cuju"). "The two Chinas",
    "peoples of all ethnic groups" and a single quote closing a quotation ("the ‘Belt and
    Road’ policy") are left alone.

    ## Why is this bad?
    None of these has a plural reading: "Chinas development" can only mean China's, and
    "Peoples Daily" is the name of People's Daily. Readers see a typo in the name of the
    country or of a national body.

    ## Example
    ```text
    Chinas development benefits the world, Peoples Daily said.
    ```

    ## Use instead
    ```text
    China's development benefits the world, People's Daily said.
    ```

    ## Fix safety
    Unsafe: the possessive is suggested; the apostrophe style (' or ’) is the document's
    choice, and a stray quote may have been meant instead of the lost s.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("china"):
            if _COUNTED.search(text, 0, m.start()):
                continue
            start, end, suggestion = m.start(), m.end(), "China's"
        elif m.group("peoples"):
            start, end, suggestion = m.start(), m.end(), "People's"
        else:
            if not _dropped_s(text, m):
                continue
            start, end = m.start(), m.end()
            suggestion = f"{m.group('word')}{m.group('mark')}s"
        message = f"“{m.group()}” is a possessive: its apostrophe or its s is missing"
        add_row(rows, doc, base + start, base + end, message, suggestion)
    return output(rows)
