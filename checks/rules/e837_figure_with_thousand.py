"""E837 figure-with-thousand."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A figure with "thousand" or "hundred" written out after it: "120 thousand", "3 hundred",
# or hyphened to it as if a compound ("10-thousand visitors").
# "million", "billion" and "trillion" after a figure are the house style ("1.2 million"); a
# word count ("two thousand") and "thousands of" are words, not figures.
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}.,\-–/])(?P<figure>[1-9]\d{0,2}(?:\.\d{1,2})?)(?:[ \u00a0]+|-)"
    r"(?P<word>thousand|hundred)(?![\p{L}\p{N}-])(?![ \u00a0]+(?:million|billion|thousand)\b)",
    regex.IGNORECASE,
)
_PREFILTER = r"(?i)\d(?:[ \u00a0]+|-)(?:thousand|hundred)\b"
_TIMES = {"thousand": 1000, "hundred": 100}


@rule("E837", "figure-with-thousand", Severity.WARNING, Fix.UNSAFE)
def figure_with_thousand(ctx: Context) -> pl.DataFrame:
    """A figure with "thousand" or "hundred" written after it ("120 thousand").

    ## What it does
    Finds a figure of one to three digits followed by the word "thousand" or "hundred"
    ("120 thousand visitors", "3 hundred mu"), or hyphened to it ("10-thousand"), and suggests the whole figure ("120,000"). A
    figure before "million", "billion" or "trillion" is the usual style and is left alone,
    and so are "thousands of" and numbers written out in words ("two thousand").

    ## Why is this bad?
    The Chinese 万 and 千 are often carried over as "thousand" after a figure; English news
    writes a figure under a million in full with its separators ("120,000"), keeping words
    for "million" and above. The mixed form reads as a translation slip.

    ## Example
    ```text
    The festival drew 120 thousand visitors to the old town.
    ```

    ## Use instead
    ```text
    The festival drew 120,000 visitors to the old town.
    ```

    ## Fix safety
    Unsafe: the whole figure is suggested; a person checks the amount.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        value = round(float(m.group("figure")) * _TIMES[m.group("word").lower()])
        mended = f"{value:,}"
        message = f"“{m.group()}”: write the figure in full, “{mended}”"
        add_row(rows, doc, base + m.start(), base + m.end(), message, mended)
    return output(rows)
