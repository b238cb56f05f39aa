"""P304 space-before-punctuation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# The apostrophe of a possessive or a contraction parted from its word ("Let 's", "the city
# 's", "do n't"), as a tokenizer leaves English text: the ending is one of English's clitics,
# and no word follows it, so an opening single quote ("the 'two sessions'") is not one.
_CLITIC = r"(?<=\w)[ \t]+(?=['’](?:s|re|ll|ve|d|m)(?!\w)|n['’]t(?!\w))"
_PATTERN = regex.compile(rf"(?<=\S)[ \t]+(?=[,;:!?]|\.(?![.\d]))|{_CLITIC}")


@rule("P304", "space-before-punctuation", Severity.WARNING, Fix.SAFE)
def space_before_punctuation(ctx: Context) -> pl.DataFrame:
    """White space before a comma, full stop, semicolon, colon, question or exclamation mark.

    ## What it does
    Finds spaces between a word and the punctuation mark that follows it, and between a word
    and the apostrophe of its possessive or contraction ("Let 's", "the city 's plan"). An
    ellipsis, a decimal point (".5") and an opening single quote ("the 'two sessions'") are
    left alone.

    ## Why is this bad?
    English sets these marks against the word before them; a space there is a trace of
    Chinese full-width punctuation or of editing, and lets the mark wrap onto a new line.

    ## Example
    ```text
    people's livelihood security, etc. , Packaging and planning
    ```

    ## Use instead
    ```text
    people's livelihood security, etc., Packaging and planning
    ```

    ## Fix safety
    Safe: only the white space is removed.
    """
    rows = new_rows()
    prefilter = r"\S[ \t]+[,;:!?.]|\w[ \t]+(?:['’](?:s|re|ll|ve|d|m)|n['’]t)\b"
    for doc, base, _text, m in matches(ctx.segments, "tgt", prefilter, _PATTERN):
        mark = m.string[m.end()]
        message = f"space before '{mark}'"
        if mark in "n'’":
            message = "space before the apostrophe of a possessive or contraction"
        add_row(rows, doc, base + m.start(), base + m.end(), message, "")
    return output(rows)
