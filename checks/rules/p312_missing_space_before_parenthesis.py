"""P312 missing-space-before-parenthesis."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.checks.sourced import mostly_chinese

# A word of two letters or more glued to "(" that opens a word, a number or a quotation.
# "(s)" and "(es)" after a noun are optional plurals; web and e-mail addresses are code.
# The space that belongs before the parenthesis typed after it instead: "Records( also
# called …)" — one space, then a word.
# A Han character before the parenthesis is Chinese text's, which sets no space there
# ("雙語(双语)" in a scraped language switch); U401 reports the characters.
_PATTERN = regex.compile(
    r"(?<=\p{L}[\p{L}\p{N}]|\p{N}{2})(?<!\p{Han})(?:\((?=[\p{L}\p{N}“\"])(?!(?:e?s|ies)\))|\( (?=\p{L}))"
)


@rule("P312", "missing-space-before-parenthesis", Severity.WARNING, Fix.SAFE)
def missing_space_before_parenthesis(ctx: Context) -> pl.DataFrame:
    """An opening parenthesis glued to the word before it.

    ## What it does
    Finds "(" directly after a word or number, as in "Committee(CPC)", and the same with
    the space typed after the parenthesis instead ("Records( also called …)"). An optional plural
    ("member(s)") and parentheses inside web addresses are left alone, and so is a sentence
    mostly in Chinese (a Chinese version scraped beside the English), which takes no space.

    ## Why is this bad?
    English sets a space before a parenthesis; without it the abbreviation reads as part of
    the word, and search and word counts see one token. It is the trace of Chinese
    full-width brackets, which carry their own spacing, converted to ASCII.

    ## Example
    ```text
    the Communist Party of China Central Committee(CPC) met
    ```

    ## Use instead
    ```text
    the Communist Party of China Central Committee (CPC) met
    ```

    ## Fix safety
    Safe: one space is inserted before the parenthesis (or moved there from after it); no
    letter is touched.
    """
    rows = new_rows()
    prefilter = r"[\p{L}\p{N}]\((?:[\p{L}\p{N}“\"]| \p{L})"
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", prefilter, _PATTERN):
        pos = base + m.start()
        if mostly_chinese(_text):
            continue  # a Chinese sentence on the page takes no space before its bracket
        if m.group() == "( ":
            message = "a space after '(' instead of before it"
            add_row(rows, doc, pos, pos + 2, message, " (")
        else:
            add_row(rows, doc, pos, pos + 1, "no space before '('", " (")
    return output(rows)
