"""Which segments are running prose: their paragraph ends like a sentence.

Headings, document titles, captions and bylines do not end in a full stop; they follow
their own capitalisation (Title Case, or sentence case), so the capitalisation rules (N204,
T108) read prose only.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import filter_distinct
from tifa.glossary.normalize import SMALL_WORDS

_SENTENCE_END = r"[.!?。”\"]\s*$"
# A paragraph of running text whose end is cut short (a page excerpt, a paste that lost its
# last words): long, with a full sentence inside it, a stop after a word and a capital after
# it. A heading, a caption or a byline is short or holds no sentence break.
_RUNNING_LENGTH = 200
SENTENCE_INSIDE = r"[\p{Ll}\d)][.!?][”\"’]?[ \u00a0]+[“\"]?\p{Lu}\p{Ll}"
# A copyright imprint ("Copyright © Foreign Affairs Office of … All rights reserved.") ends
# with a stop but is a label, not prose: names in it go without their articles.
_IMPRINT = r"^\s*(?:(?i:copyright)\b|©|\((?i:c)\)\s)"


def prose_segments(ctx: Context) -> pl.DataFrame:
    """``doc, seg, seg_start`` of the segments in paragraphs that end like a sentence; made
    once per run and shared by the rules that read it."""

    def make() -> pl.DataFrame:
        ends = pl.col("text").str.contains(_SENTENCE_END)
        prose = filter_distinct(ctx.corpus.paragraphs, "text", ends).select("doc", "para")
        return ctx.segments.join(prose, on=["doc", "para"], how="semi").select(
            "doc", "seg", seg_start="start"
        )

    return ctx.shared("prose_segments", make)


class SegmentStarts:
    """Whether a segment, named by ``(doc, start)``, is in a table of segments (``doc,
    seg_start``: `prose_segments`, `headline_segments`), the table made and read into a set
    on the first question only. A rule asks about the few segments its matches are in, and
    most runs ask nothing: the set has a member per unit of a translation memory (100,000 on
    the PO bench file, about 0.04 s of CPU to make, each time a rule made it)."""

    def __init__(self, make: Callable[[], pl.DataFrame]) -> None:
        self._make = make
        self._starts: set[tuple[int, int]] | None = None

    def __contains__(self, key: object) -> bool:
        if self._starts is None:
            self._starts = set(self._make().select("doc", "seg_start").iter_rows())
        return key in self._starts


def prose_text(ctx: Context) -> pl.DataFrame:
    """The segments of prose paragraphs (see `prose_segments`), with all their columns.

    One table per run, shared by the rules that read prose: their prefilters then find its
    distinct texts once (tifa.checks.distinct keeps them by the table's identity), where a
    table joined by each rule was read again by each."""
    return ctx.shared(
        "prose_text",
        lambda: ctx.segments.join(
            prose_segments(ctx).select("doc", "seg"), on=["doc", "seg"], how="semi"
        ),
    )


def running_segments(ctx: Context) -> pl.DataFrame:
    """``doc, seg, seg_start`` of the segments of running text: the prose paragraphs (see
    `prose_segments`) and the long paragraphs of several sentences whose end was cut short,
    which hold running text as much as a paragraph that ends with its stop. For the grammar
    rules; the capitalisation rules keep to `prose_segments`."""

    def make() -> pl.DataFrame:
        text = pl.col("text")
        ends = (
            text.str.contains(_SENTENCE_END)
            | ((text.str.len_chars() >= _RUNNING_LENGTH) & text.str.contains(SENTENCE_INSIDE))
        ) & ~text.str.contains(_IMPRINT)
        prose = filter_distinct(ctx.corpus.paragraphs, "text", ends).select("doc", "para")
        return ctx.segments.join(prose, on=["doc", "para"], how="semi").select(
            "doc", "seg", seg_start="start"
        )

    return ctx.shared("running_segments", make)


# A headline proper: a paragraph of one short line that opens with a capital or a figure and
# holds no sentence end, inside or at its close ("Small steps pave way for stability: NPC
# deputy"). A longer paragraph that lost its stop is a sentence cut short, not a headline.
_HEADLINE_WORDS = 16
# The page's date under its label may stand before the headline on its line ("date
# 2025-03-21 Xi urges …": R601 reports it as residue); the headline after it is one still.
_HEADLINE = r"^\s*(?:date \d{4}-\d{2}-\d{2} )?[\p{Lu}\d][^\n]*$"
_HEADLINE_END = r"[.!?;。][”\"’)]*\s*$"


def headline_segments(ctx: Context) -> pl.DataFrame:
    """``doc, seg, seg_start`` of the segments that are a headline proper: a paragraph alone
    on its line, of sixteen words or fewer, capitalised, with no sentence end in it.
    Headlinese drops articles ("Reform on agenda at NPC session"); the rules that report a
    missing article in an idiom leave these alone."""

    def make() -> pl.DataFrame:
        text = pl.col("text")
        heads = (
            text.str.contains(_HEADLINE)
            & (text.str.count_matches(r"\S+") <= _HEADLINE_WORDS)
            & ~text.str.contains(_HEADLINE_END)
            & ~text.str.contains(SENTENCE_INSIDE)
        )
        lines = filter_distinct(ctx.corpus.paragraphs, "text", heads).select("doc", "para")
        return ctx.segments.join(lines, on=["doc", "para"], how="semi").select(
            "doc", "seg", seg_start="start"
        )

    return ctx.shared("headline_segments", make)


_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")


_CLAUSE_MARK = regex.compile(r"[,;:.!?]")


def inside_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits inside a longer Title Case run, such as a document title
    quoted in running text: the nearest word before it and after it that is not a small word
    are both capitalised, and the one before does not begin the sentence."""
    before = [m for m in _WORD.finditer(text, 0, start) if m.group().lower() not in SMALL_WORDS]
    after = next(
        (m for m in _WORD.finditer(text, end) if m.group().lower() not in SMALL_WORDS), None
    )
    if not before or after is None:
        return False
    last = before[-1]
    if not (last.group()[:1].isupper() and after.group()[:1].isupper()):
        return False
    # A clause mark between ends the run: in "… in the Tianshan district, Xi said" the
    # capital after the comma starts another phrase, not the rest of a title.
    if _CLAUSE_MARK.search(text, last.end(), start) or _CLAUSE_MARK.search(
        text, end, after.start()
    ):
        return False
    lead = text[: last.start()].rstrip(" \u00a0“\"‘'(")
    return bool(lead) and lead[-1] not in ".!?:;"
