"""U402 empty-target."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.sourced import pairs


@rule("U402", "empty-target", Severity.ERROR, Fix.NONE)
def empty_target(ctx: Context) -> pl.DataFrame:
    """A segment with Chinese source text and no English.

    ## What it does
    Finds segments whose source has text and whose English is empty or only white space.

    ## Why is this bad?
    A unit left empty in a translation memory or a CAT-tool export is untranslated text
    that will ship as a hole in the published article.

    ## Example
    ```text
    zh: 会议强调，要抓好安全生产。
    en:
    ```

    ## Use instead
    ```text
    en: The meeting stressed the need to ensure work safety.
    ```

    ## Fix safety
    No fix: the sentence must be translated.
    """
    rows = new_rows()
    if not ctx.bilingual:
        return output(rows)
    empty = pairs(ctx).filter(pl.col("tgt").str.strip_chars() == "")
    for doc, _seg, src, _tgt, start, end, _zh in empty.iter_rows():
        add_row(rows, doc, start, end, f"no English for “{_shorten(src)}”")
    return output(rows)


def _shorten(text: str, limit: int = 20) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit] + "…"
