"""T106 unsourced-term."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.sourced import mentions_term, source_views

# Only formulations are checked: a slogan or a document title is not written without its
# Chinese, while titles, bodies, places and common words ("the city", "Dalian", "mayor") are
# often supplied by the translator from context.
CHECKED_KINDS = ("slogan", "document")


@rule("T106", "unsourced-term", Severity.WARNING, Fix.NONE)
def unsourced_term(ctx: Context) -> pl.DataFrame:
    """A glossary formulation in the English whose Chinese is not in the source.

    ## What it does
    Only where the segment has a Chinese source, and only for glossary entries of kind
    slogan or document: finds a rendering in the English (approved, allowed or pattern)
    whose Chinese is nowhere in the source. The test is loose on purpose — the Chinese
    counts as present when its characters occur in order close together (高质量地发展 holds
    高质量发展) — so that only a clear absence is reported. Titles, bodies, places and other
    entries are not checked: translators rightly supply "Dalian" for 我市 or "the mayor".

    ## Why is this bad?
    A formulation with no source is a sign of a misaligned pair, of text carried over from
    another sentence, or of a term that replaced what the source actually says.

    ## Example
    ```text
    zh: 推动经济社会发展。
    en: Promote high-quality development of the economy and society.
    ```

    ## Use instead
    ```text
    en: Promote economic and social development.
    ```

    ## Fix safety
    No fix: only a person can tell which side is wrong.
    """
    rows = new_rows()
    if not ctx.bilingual or not ctx.hits.height:
        return output(rows)
    checked = ctx.terms.filter(pl.col("kind").is_in(CHECKED_KINDS))["term_id"]
    found = ctx.hits.filter(
        (pl.col("form") != "avoid") & pl.col("term_id").is_in(checked.implode())
    ).sort("doc", "start")
    located = found.select("doc", "term_id", "text", "start", "end", zh=source_views(ctx, found))
    # Each distinct term and source is asked about once (a translation memory repeats both:
    # 40,246 hits of the PO bench file, 3,630 pairs), the answers joined back to the rows in
    # their order; only the rows to report are walked.
    asked = located.select("term_id", "zh").unique(maintain_order=True)
    answers = asked.with_columns(
        _said=pl.Series(
            [mentions_term(ctx, zh, term_id) for term_id, zh in asked.iter_rows()],
            dtype=pl.Boolean,
        )
    )
    unsourced = located.join(
        answers, on=["term_id", "zh"], how="left", nulls_equal=True, maintain_order="left"
    ).filter(~pl.col("_said"))
    for doc, term_id, text, start, end, _zh, _said in unsourced.iter_rows():
        add_row(
            rows,
            doc,
            start,
            end,
            f"“{text}” renders {term_id}, which is not in the source",
            None,
            term_id,
        )
    return output(rows)
