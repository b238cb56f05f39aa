"""P342 ampersand-in-prose."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A spaced "&" between two lower-case words of three letters or more: "construction &
# economic development". Names keep their ampersand and are capitalised ("Johnson &
# Johnson", "Culture & Tourism Bureau"); "R&D" and "M&A" have no spaces.
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])\p{Ll}{3,}(?P<amp>[ \u00a0]&[ \u00a0])(?=\p{Ll}{3,}(?![\p{L}\p{N}'’-]))"
)
_PREFILTER = r"\p{Ll}{3} & \p{Ll}{3}"
# A sentence: a line with a stop or of a sentence's length, not a menu or a tag list
# ("news & events | about us").
_SENTENCE = regex.compile(r"\p{Ll}[.!?](?:[ \u00a0\"”’)]|$)")
_SENTENCE_WORDS = 12


@rule("P342", "ampersand-in-prose", Severity.WARNING, Fix.UNSAFE)
def ampersand_in_prose(ctx: Context) -> pl.DataFrame:
    """An ampersand for "and" between two lower-case words of a sentence.

    ## What it does
    Finds a spaced "&" between two lower-case words in a line that has a full sentence or
    twelve words or more ("the construction & economic development of the zone"). Names that use the sign
    ("Johnson & Johnson", "Culture & Tourism Bureau"), "R&D", "M&A" and menu lines with no
    sentence ("news & events") are left alone.

    ## Why is this bad?
    News and government English spells out "and" in running text; "&" belongs to company
    names, headings and tables. In a sentence it reads as a note or a machine's shorthand.

    ## Example
    ```text
    The park focuses on equipment & materials for the new energy industry.
    ```

    ## Use instead
    ```text
    The park focuses on equipment and materials for the new energy industry.
    ```

    ## Fix safety
    Unsafe: "and" is suggested; where the words are a brand or a quoted name, the sign
    belongs to it.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if _SENTENCE.search(text) is None and len(text.split()) < _SENTENCE_WORDS:
            continue
        add_row(
            rows,
            doc,
            base + m.start("amp") + 1,
            base + m.end("amp") - 1,
            "“&” in running text: write “and”",
            "and",
        )
    return output(rows)
