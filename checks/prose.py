"""Which segments are running prose: their paragraph ends like a sentence.

Headings, document titles, captions and bylines do not end in a full stop; they follow
their own capitalisation (Title Case, or sentence case), so the capitalisation rules (N204,
T108) read prose only.
"""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context

_SENTENCE_END = r"[.!?。”\"]\s*$"


def prose_segments(ctx: Context) -> pl.DataFrame:
    """``doc, seg, seg_start`` of the segments in paragraphs that end like a sentence."""
    prose = ctx.corpus.paragraphs.filter(pl.col("text").str.contains(_SENTENCE_END)).select(
        "doc", "para"
    )
    return ctx.segments.join(prose, on=["doc", "para"], how="semi").select(
        "doc", "seg", seg_start="start"
    )
