"""P305 missing-space-after-punctuation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# A comma, semicolon, question or exclamation mark, colon or closing bracket or curly quote
# glued to a following letter; a full stop glued to a capitalised word.
_PATTERN = regex.compile(r"[,;!?:)\]”](?=\p{L})|\.(?=\p{Lu}\p{Ll}{2,})")
_URLISH = regex.compile(r"\S*(?:://|www\.|@)\S*|\S+\.(?:com|cn|org|net|gov)\S*")


@rule("P305", "missing-space-after-punctuation", Severity.WARNING, Fix.SAFE)
def missing_space_after_punctuation(ctx: Context) -> pl.DataFrame:
    """No space after a punctuation mark that ends a phrase.

    ## What it does
    Finds a comma, semicolon, colon, question or exclamation mark, closing bracket or closing
    curly quote directly followed by a letter, and a full stop directly followed by a
    capitalised word. Web addresses and e-mail addresses are left alone; so are initials and
    abbreviations such as "U.S." (the letter after the stop is not a capitalised word).

    ## Why is this bad?
    Two words run together read as a typo, and search and word counts see one word. It is
    typical where a byline or a Chinese parenthesis was pasted in front of the text.

    ## Example
    ```text
    News from our newspaper (Reporter Li Haiying)On May 26, Wang Xinwei
    ```

    ## Use instead
    ```text
    News from our newspaper (Reporter Li Haiying) On May 26, Wang Xinwei
    ```

    ## Fix safety
    Safe: a space is inserted after the mark.
    """
    rows = new_rows()
    prefilter = r"[,;!?:)\]”]\p{L}|\.\p{Lu}\p{Ll}"
    for doc, base, text, m in matches(ctx.segments, "tgt", prefilter, _PATTERN):
        if any(u.start() <= m.start() < u.end() for u in _URLISH.finditer(text)):
            continue
        mark = m.group()
        add_row(rows, doc, base + m.start(), base + m.end(), f"no space after '{mark}'", mark + " ")
    return output(rows)
