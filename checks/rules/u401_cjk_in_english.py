"""U401 cjk-in-english."""

from __future__ import annotations

import unicodedata

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# Han, kana, hangul and bopomofo; full-width letters and digits (Ａ１), which NFKC folds.
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}]+"
_FULLWIDTH = "[０-９Ａ-Ｚａ-ｚ]+"  # literal ranges: the same text works in polars and `regex`
_PATTERN = regex.compile(f"(?P<cjk>{_CJK})|(?P<wide>{_FULLWIDTH})")


@rule("U401", "cjk-in-english", Severity.ERROR, Fix.SAFE)
def cjk_in_english(ctx: Context) -> pl.DataFrame:
    """Chinese characters or full-width letters and digits left in the English.

    ## What it does
    Finds Han characters (and kana, hangul, bopomofo) and full-width Latin letters and digits
    in the English text. Full-width punctuation is P306's business.

    ## Why is this bad?
    Untranslated Chinese is the plainest sign of an unfinished translation; full-width
    letters and digits look almost right but break search, sorting and number checks.

    ## Example
    ```text
    the 14th Five-Year Plan (十四五) starts in ２０２１
    ```

    ## Use instead
    ```text
    the 14th Five-Year Plan starts in 2021
    ```

    ## Fix safety
    Safe for full-width letters and digits (folded to ASCII); no fix for Chinese characters,
    which need translating.
    """
    rows = new_rows()
    for doc, base, _text, m in matches(ctx.segments, "tgt", f"{_CJK}|{_FULLWIDTH}", _PATTERN):
        start, end = base + m.start(), base + m.end()
        if m.group("cjk"):
            add_row(rows, doc, start, end, f"Chinese text “{m.group()}” left in the English")
        else:
            folded = unicodedata.normalize("NFKC", m.group())
            add_row(rows, doc, start, end, f"full-width “{m.group()}”; use “{folded}”", folded)
    return output(rows)
