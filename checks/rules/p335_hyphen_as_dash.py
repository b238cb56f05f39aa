"""P335 hyphen-as-dash."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# Words that never end a hyphenated compound: a hyphen before one of them, then a space,
# stands where a dash (or a comma) belongs ("the west-and the east", "the City-a hub").
# "-in", "-on", "-to", "-up" end real compounds ("built-in", "add-on", "lead-up") and are
# not listed. The word after the space must not itself be hyphenated: "short-and long-term"
# is a suspended hyphen with its space missing, another slip.
_FUNCTION = r"and|the|a|an|which|who|whose|but"
# Words that open an aside or a list: no compound ends in one, and a closing quote may stand
# before the hyphen ("the \"twin towns\"-namely the old town and the port").
_ASIDE = r"namely|including|especially|particularly"
_SINGLE = (
    rf"(?<=\p{{L}}{{2}})-(?:{_FUNCTION}|{_ASIDE}) (?=[\p{{L}}\p{{N}}]+(?![\p{{L}}\p{{N}}]*-))"
    rf"|(?<=\p{{L}}[\"”’])-(?:{_ASIDE}) (?=[\p{{L}}\p{{N}}])"
)
# Three hyphens between two words: a typewriter's em dash ("Yandi---one of them").
_TRIPLE = r"(?<=\p{L})-{3}(?=\p{L})"
_PATTERN = regex.compile(rf"{_SINGLE}|{_TRIPLE}")
_PREFILTER = rf"\p{{L}}-(?:{_FUNCTION}|{_ASIDE}) |\p{{L}}[\"”’]-(?:{_ASIDE}) |\p{{L}}---\p{{L}}"


@rule("P335", "hyphen-as-dash", Severity.WARNING, Fix.UNSAFE)
def hyphen_as_dash(ctx: Context) -> pl.DataFrame:
    """A hyphen, or three, standing for a dash between two words.

    ## What it does
    Finds a hyphen that joins a word to a following "and", "the", "a", "an", "which", "who",
    "whose" or "but" and its space ("the west-and the east"): no compound ends in one of
    these words; likewise a hyphen before a word opening an aside or a list ("namely",
    "including", "especially", "particularly"), after a word or its closing quote
    ("\"twin towns\"-namely the old town and the port"). Also finds three hyphens between two words ("Yandi---one of them"). Real
    compounds ("city-level", "west-east", "built-in", "rock-and-roll") and a suspended
    hyphen ("short- and long-term") are left alone.

    ## Why is this bad?
    A hyphen binds two words into one; between a word and the next phrase it reads as a
    compound that does not exist, and the pause or aside the writer meant is lost. Three
    hyphens are a typewriter's dash that typeset text does not use.

    ## Example
    ```text
    The county lies in the west-and borders two provinces.
    ```

    ## Use instead
    ```text
    The county lies in the west and borders two provinces.
    ```

    ## Fix safety
    Unsafe: an em dash is suggested for the hyphens; a comma, a colon or a space may be what
    the sentence needs.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        # The finding covers the hyphens alone: they are what is replaced.
        count = m.group().count("-")
        start = base + m.start()
        message = "three hyphens for a dash" if count == 3 else "a hyphen used as a dash"
        add_row(rows, doc, start, start + count, message, "—")
    return output(rows)
