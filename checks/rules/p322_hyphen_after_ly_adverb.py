"""P322 hyphen-after-ly-adverb."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# Words ending in -ly that are adverbs: those with an adverb-making ending after a stem of
# three letters or more ("economically", "actively", "previously"), and everyday adverbs too
# short or plain to tell by their ending. Adjectives and nouns ending in -ly ("family-run",
# "early-stage", "elderly-friendly", "daily-use") have none of these endings.
_ADVERB_ENDINGS = (
    "ally",
    "ively",
    "ously",
    "fully",
    "lessly",
    "ably",
    "ibly",
    "edly",
    "ingly",
    "ently",
    "antly",
)
_ADVERBS = frozenset(
    [
        "newly",
        "fully",
        "highly",
        "widely",
        "closely",
        "densely",
        "freshly",
        "poorly",
        "badly",
        "heavily",
        "rapidly",
        "quickly",
        "strictly",
        "jointly",
        "wholly",
        "partly",
        "deeply",
        "strongly",
        "easily",
        "richly",
        "finely",
        "tightly",
        "openly",
        "directly",
        "purely",
        "solely",
        "mostly",
        "largely",
        "publicly",
        "privately",
        "locally",
        "globally",
        "nationally",
        "recently",
        "completely",
        "entirely",
        "firmly",
        "steadily",
        "sharply",
        "broadly",
        "precisely",
        "commonly",
        "clearly",
        "remotely",
        "properly",
        "nearly",
        "sparsely",
    ]
)
# Compounds the dictionaries write with the hyphen.
_LEXICALISED = frozenset({"newly-wed", "newly-weds", "fully-fledged"})
_PATTERN = regex.compile(r"(?<![\p{L}\p{N}-])(\p{Lu}?\p{Ll}+ly)-(\p{Ll}+)\b(?!-)")


def is_ly_adverb(word: str) -> bool:
    """Whether a word ending in -ly is an adverb (by its ending or a list), not an
    adjective or noun such as "family", "early" or "elderly"."""
    lower = word.lower()
    if lower in _ADVERBS:
        return True
    return any(lower.endswith(e) and len(lower) - len(e) >= 3 for e in _ADVERB_ENDINGS)


@rule("P322", "hyphen-after-ly-adverb", Severity.WARNING, Fix.UNSAFE)
def hyphen_after_ly_adverb(ctx: Context) -> pl.DataFrame:
    """A hyphen between an adverb ending in -ly and the word it qualifies.

    ## What it does
    Finds a hyphen after an adverb in -ly: "newly-built", "highly-skilled",
    "internationally-recognised". Adjectives and nouns ending in -ly ("family-run",
    "early-stage", "elderly-friendly", "daily-use") are left alone: a word counts only by an
    adverb's ending (-ally, -ively, -ously, -fully, -edly, -ingly …) after a stem of three
    letters or more, or from a short list of everyday adverbs ("newly", "highly", "widely").

    ## Why is this bad?
    An -ly adverb already says it qualifies the next word; style guides (Chicago, AP, the
    EU's English Style Guide) write "newly built roads" without the hyphen.

    ## Example
    ```text
    the newly-built container terminal
    ```

    ## Use instead
    ```text
    the newly built container terminal
    ```

    ## Fix safety
    Unsafe: a space is suggested for the hyphen; a hyphenated form can be part of a name or
    a quotation, so a person checks it.
    """
    rows = new_rows()
    for doc, base, _text, m in matches(ctx.segments, "tgt", r"\p{Ll}ly-\p{Ll}", _PATTERN):
        adverb = m.group(1)
        if not is_ly_adverb(adverb) or m.group().lower() in _LEXICALISED:
            continue
        hyphen = base + m.end(1)
        add_row(
            rows,
            doc,
            hyphen,
            hyphen + 1,
            f"no hyphen after the adverb “{adverb}”: “{adverb} {m.group(2)}”",
            " ",
        )
    return output(rows)
