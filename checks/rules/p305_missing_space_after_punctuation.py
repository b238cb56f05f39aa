"""P305 missing-space-after-punctuation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.quotes import CLOSING, is_apostrophe
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A comma, semicolon, question or exclamation mark, colon or closing bracket or curly quote
# glued to a following letter; a full stop glued to a capitalised word.
_PATTERN = regex.compile(r"[,;!?:)\]”](?=\p{L})|\.(?=\p{Lu}\p{Ll}{2,})")


@rule("P305", "missing-space-after-punctuation", Severity.WARNING, Fix.SAFE)
def missing_space_after_punctuation(ctx: Context) -> pl.DataFrame:
    """No space after a punctuation mark that ends a phrase.

    ## What it does
    Finds a comma, semicolon, colon, question or exclamation mark, closing bracket or closing
    curly quote directly followed by a letter, and a full stop directly followed by a
    capitalised word. Web addresses and e-mail addresses are left alone; so are initials and
    abbreviations such as "U.S." (the letter after the stop is not a capitalised word), a
    closing quote used as an apostrophe ("Shenyang”s", P310's business) and a closing quote
    that stands before a word after a space (an opening quote typed the wrong way round).

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
    Safe: a space is inserted after the mark. The marks it could be wrong about (apostrophes,
    quotes turned the wrong way, addresses) are not reported at all.
    """
    rows = new_rows()
    prefilter = r"[,;!?:)\]”]\p{L}|\.\p{Lu}\p{Ll}"
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", prefilter, _PATTERN):
        if m.group() == CLOSING and (is_apostrophe(text, m.start()) or _after_space(text, m)):
            # "Shenyang”s" is a wrong apostrophe (P310); " ”word" is a mark turned the wrong
            # way round. A space after either would split or misplace a word.
            continue
        mark = m.group()
        add_row(rows, doc, base + m.start(), base + m.end(), f"no space after '{mark}'", mark + " ")
    return output(rows)


def _after_space(text: str, m: regex.Match[str]) -> bool:
    return m.start() == 0 or text[m.start() - 1].isspace()
