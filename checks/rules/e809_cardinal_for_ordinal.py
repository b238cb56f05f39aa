"""E809 cardinal-for-ordinal."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.rules.t112_misspelt_ordinal import ordinal_suffix
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Words that make the figure after them a determiner's: "the 100", "its 70", "China's 70".
_DETERMINER = r"(?:\b(?i:the|its|their|our|his|her|this|that)|\p{L}['’]s)"
# Nouns an ordinal counts in this register; singular, so "the 2 sessions" is left alone.
_COUNTED = rf"(?i:anniversary|birthday|plenary{_S}session|plenary|session|congress)"
# A figure of one to three digits (a four-digit one is a year: "the 2019 session").
_PATTERN = regex.compile(
    rf"(?<={_DETERMINER}{_S})(?P<digits>\d{{1,3}})(?={_S}{_COUNTED}(?![\p{{L}}\p{{N}}-]))"
)
_PREFILTER = r"(?i)\d[ \u00a0]+(?:anniversary|birthday|plenary|session|congress)"


@rule("E809", "cardinal-for-ordinal", Severity.WARNING, Fix.SAFE)
def cardinal_for_ordinal(ctx: Context) -> pl.DataFrame:
    """A cardinal figure where the ordinal is meant: "the 100 anniversary".

    ## What it does
    Finds a figure of one to three digits after "the", "its", "their", "our", "his",
    "her", "this", "that" or a possessive ("China's"), before a singular anniversary,
    birthday, session, plenary (session) or congress ("the 70 anniversary", "its 3
    plenary session"), and suggests the ordinal in figures: 70th, 3rd. Plurals ("the 2
    sessions") and years ("the 2019 session") are left alone.

    ## Why is this bad?
    第一百周年 counts: it is the hundredth anniversary, not a hundred of them. The bare
    figure reads as a misprint on the very occasions a page celebrates.

    ## Example
    ```text
    The city marked the 70 anniversary of the founding of the People's Republic.
    ```

    ## Use instead
    ```text
    The city marked the 70th anniversary of the founding of the People's Republic.
    ```

    ## Fix safety
    Safe: the ordinal suffix that follows from the figure's last two digits is inserted
    after it; nothing else changes.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        digits = m.group("digits")
        ordinal = digits + ordinal_suffix(int(digits))
        message = f"“{digits}” counts the occasion: the ordinal “{ordinal}”"
        add_row(rows, doc, base + m.start(), base + m.end(), message, ordinal)
    return output(rows)
