"""Apostrophes: which mark a document uses for them, for P310 and P311.

An apostrophe is counted where it sits between two letters ("China’s", "Xi'an"): there a
single mark cannot be a quotation mark. A document's style is the mark it uses most; on a
tie, its double quotation marks decide (a page typeset with “ and ” writes ’, one with
straight " writes '), and where they do not, the mark it uses first sets the style for P310,
as the opening dash of a pair does; P311 then reports nothing, since neither mark is the odd one.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.distinct import with_distinct

CURLY = "’"
STRAIGHT = "'"


def document_styles(segments: pl.DataFrame, *, first_settles: bool = True) -> dict[int, str]:
    """For each document with an apostrophe between letters, the mark it uses most.

    With `first_settles` false, a tie the double quotation marks do not settle leaves the
    document without a style: nothing then says which of the two marks is the odd one."""
    # Each distinct text counted once (a translation memory repeats its units), then summed.
    counted = with_distinct(
        segments,
        "tgt",
        curly=pl.col("tgt").str.count_matches(r"\p{L}" + CURLY + r"\p{L}"),
        straight=pl.col("tgt").str.count_matches(r"\p{L}" + STRAIGHT + r"\p{L}"),
    )
    counts = (
        counted.group_by("doc")
        .agg(pl.col("curly").sum(), pl.col("straight").sum())
        .filter((pl.col("curly") + pl.col("straight")) > 0)
        .sort("doc")
    )
    styles = {
        doc: STRAIGHT if straight > curly else CURLY
        for doc, curly, straight in counts.select("doc", "curly", "straight").iter_rows()
    }
    tied = counts.filter(pl.col("curly") == pl.col("straight"))["doc"].to_list()
    # A tie is settled by the document's double quotation marks when they are all of one
    # kind: the typesetting that curled them curled the apostrophes too.
    quotes = (
        segments.filter(pl.col("doc").is_in(tied))
        .group_by("doc")
        .agg(
            curly=pl.col("tgt").str.count_matches("[“”]").sum(),
            straight=pl.col("tgt").str.count_matches('"').sum(),
        )
        .sort("doc")
    )
    settled: set[int] = set()
    for doc, curly, straight in quotes.select("doc", "curly", "straight").iter_rows():
        if (curly > 0) != (straight > 0):
            styles[doc] = CURLY if curly else STRAIGHT
            settled.add(doc)
    # Else only the first apostrophe of each tied document is read: polars finds the first
    # sentence that has one.
    unsettled = [doc for doc in tied if doc not in settled]
    if not first_settles:
        return {doc: style for doc, style in styles.items() if doc not in unsettled}
    firsts = (
        segments.filter(
            pl.col("doc").is_in(unsettled) & pl.col("tgt").str.contains(r"\p{L}['’]\p{L}")
        )
        .sort("doc", "start")
        .group_by("doc", maintain_order=True)
        .first()
    )
    for doc, text in firsts.select("doc", "tgt").iter_rows():
        m = _BETWEEN_LETTERS.search(text)
        if m:
            styles[doc] = m.group()
    return styles


_BETWEEN_LETTERS = regex.compile(r"(?<=\p{L})['’](?=\p{L})")
