"""T102 missing-term."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.sourced import loosely_rendered, rendering_spans, translated_pairs, whole
from tifa.glossary.match_zh import to_view

# Names are N202's: it knows the pinyin and reports the misspelling, not just the absence.
LEFT_TO_OTHER_RULES = ("person",)
# A body named only as part of a leader's title is carried by the title's English:
# 国务院总理李强 is "Premier Li Qiang", 外交部部长 "Foreign Minister".
TITLES_AFTER_BODY = (
    ("副总理", "Vice Premier"),
    ("总理", "Premier"),
    ("副部长", "Vice Minister"),
    ("部长", "Minister"),
)

# How many segments back a term the English already named may stand for a repeat of it.
SAID_BEFORE = 3


@rule("T102", "missing-term", Severity.WARNING, Fix.NONE)
def missing_term(ctx: Context) -> pl.DataFrame:
    """A glossary term in the Chinese source with no rendering of it in the English.

    ## What it does
    Only where the segment has a Chinese source: finds glossary terms in the source (on
    jieba word boundaries, traditional characters included) whose approved, allowed or
    pattern rendering is nowhere in the segment's English, not even reworded with all its
    content words ("revitalizing Northeast China" for "revitalization of Northeast China"),
    nor, for a body, shortened to its head ("the Political Bureau") or carried by a leader's
    title (国务院总理: "Premier"), nor repeated in the Chinese after the English named it
    in one of the three segments before (市政府…市政府强调: "It stressed"). A term rendered
    by an avoid-form is left to T101, and one rendered almost right to T103/T105, so one
    slip is reported once; person names are left to N202.

    ## Why is this bad?
    Either the term was paraphrased — and the house rendering lost — or the sentence lost
    it altogether. Both are what a reviser is paid to catch.

    ## Example
    ```text
    zh: 加快推进两先区建设。
    en: We will speed up the construction of the two leading zones.
    ```

    ## Use instead
    ```text
    en: We will speed up the construction of the two pre-zones.
    ```

    ## Fix safety
    No fix: where the rendering belongs in the sentence is for a person to decide.
    """
    rows = new_rows()
    if not ctx.bilingual or not ctx.zh_hits.height:
        return output(rows)
    kinds = dict(zip(ctx.terms["term_id"], ctx.terms["kind"], strict=True))
    source = ctx.zh_hits.select("doc", "seg", "term_id", "text", zh_end="end").unique(
        ["doc", "seg", "term_id"], keep="first", maintain_order=True
    )
    rendered = pl.concat(
        [
            ctx.hits.select("doc", "seg", "term_id"),
            ctx.near.select("doc", "seg", "term_id"),
        ]
    ).unique()
    missing = source.join(rendered, on=["doc", "seg", "term_id"], how="anti")
    # A term the Chinese repeats that the English named a sentence or two before and now
    # refers back to ("the press conferences", or no subject at all) is not lost: drop a
    # missing term rendered in one of the SAID_BEFORE segments before it.
    said = source.join(rendered, on=["doc", "seg", "term_id"], how="semi").select(
        "doc", "term_id", said_seg="seg"
    )
    # The segments each rendering covers, listed forward (linear in the renderings; a join
    # of every missing term with every rendering of it would grow with the square of a
    # translation memory that repeats a term in thousands of units).
    seg_type = missing.schema["seg"]
    covered = pl.concat(
        [
            said.select("doc", "term_id", seg=(pl.col("said_seg") + k).cast(seg_type))
            for k in range(1, SAID_BEFORE + 1)
        ]
    ).unique()
    missing = missing.join(covered, on=["doc", "seg", "term_id"], how="anti")
    spans = translated_pairs(ctx).select("doc", "seg", "src", "tgt", "start", "end")
    for doc, _seg, term_id, text, zh_end, src, tgt, start, _end in (
        missing.join(spans, on=["doc", "seg"]).sort("doc", "seg", "term_id").iter_rows()
    ):
        term = ctx.glossary.get(term_id)
        if term is None or kinds.get(term_id) in LEFT_TO_OTHER_RULES or not tgt.strip():
            continue
        # The hits table settles overlaps leftmost-longest, so "Municipal Party Committee"
        # (市委) is no hit of its own inside "Standing Committee of the Municipal Party
        # Committee" (市委常委会): look for the renderings themselves, loosely.
        if rendering_spans(term, tgt) or loosely_rendered(term, tgt):
            continue
        if term.kind == "body" and _in_title(to_view(src[zh_end : zh_end + 3]), tgt):
            continue
        add_row(
            rows,
            doc,
            *whole(tgt, start),
            f"the source has {text} ({term_id}) but the English has no “{term.en}”",
            None,
            term_id,
        )
    return output(rows)


def _in_title(after: str, tgt: str) -> bool:
    title = next((en for zh, en in TITLES_AFTER_BODY if after.startswith(zh)), None)
    return title is not None and regex.search(rf"\b{title}\b", tgt) is not None
