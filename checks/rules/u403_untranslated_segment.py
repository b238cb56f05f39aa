"""U403 untranslated-segment."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.sourced import pairs, untranslated, whole


@rule("U403", "untranslated-segment", Severity.ERROR, Fix.NONE)
def untranslated_segment(ctx: Context) -> pl.DataFrame:
    """A segment whose English is a copy of the source, or mostly Chinese.

    ## What it does
    Only where the segment has a Chinese source: reports the English when it equals the
    source (white space aside), or when more than half of its letters are Chinese
    characters. Stray Chinese words inside English are U401's.

    ## Why is this bad?
    CAT tools copy the source into empty targets, and machine translation sometimes passes
    a sentence through unchanged: the unit looks done and is not.

    ## Example
    ```text
    zh: 全力推进项目建设。
    en: 全力推进项目建设。
    ```

    ## Use instead
    ```text
    en: Go all out to advance project construction.
    ```

    ## Fix safety
    No fix: the sentence must be translated.
    """
    rows = new_rows()
    if not ctx.bilingual:
        return output(rows)
    text = pl.col("tgt").str.strip_chars()
    table = pairs(ctx)
    # untranslated() reads the English alone: tested once per distinct English.
    mostly_chinese = table.select("tgt").unique().filter(untranslated())["tgt"]
    found = table.filter(
        (text != "")
        & (
            (text == pl.col("src").str.strip_chars())
            | pl.col("tgt").is_in(mostly_chinese.implode())
        )
    )
    for doc, _seg, src, tgt, start, _end, _zh in found.iter_rows():
        copied = tgt.strip() == src.strip()
        message = (
            "the English is a copy of the source" if copied else "the English is mostly Chinese"
        )
        add_row(rows, doc, *whole(tgt, start), message)
    return output(rows)
