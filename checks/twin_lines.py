"""A line set twice in a row: both copies are the page's, not the article's.

A page prints some things twice where a copy keeps both: a byline in its box and again
under the photo ("Li Ming", "Li Ming"), a section's tab and its heading ("Department
Profile", "Department Profile"), an image's label and its alt text, a credit over and under
a picture. An article never says the same paragraph twice with nothing between: a
translator writes a heading once and its text after it. So a line whose next non-blank line
is the same words is a copy of the page's furniture, and both copies go.

The paragraph repeated from anywhere earlier (R601's own test) needs three words; this one
needs the two copies side by side, and a line as short as furniture (a word or two): of a
longer line said twice, a headline under the page's title tag or a paragraph pasted twice,
one copy is the article's, and only the repeat test's second copy is reported. When the two copies open the page, the
second is its title under the tab that repeats it, and only the first goes. It leaves alone
what a page repeats on purpose: a schedule's short "label: value" fields, a speech's
address said again ("Ladies and Gentlemen,"), a short utterance two speakers may each make
("Thank you."), and a line without a letter (a rule of dashes, a counter).
"""

from __future__ import annotations

import polars as pl

# A short field line ("Time: October 1-7") and an address ("Ladies and Gentlemen,"): a page
# may set them one under the other on purpose, as R601's repeat test allows for.
_FIELD = r"^\p{L}[\p{L} ]{0,19}: "
_FIELD_WORDS = 8
_ADDRESS = r"[,:]$"
_ADDRESS_WORDS = 5
# Furniture said twice is a word or two: a label, a byline, a credit, a tab. A longer line
# said twice may be a headline under the page's title tag or a paragraph pasted twice: one
# copy is the article's, and R601's repeat test (three words or more) reports the second.
_FURNITURE_WORDS = 2
# A short utterance in a transcript ("Thank you.", "Yes."): two speakers may each say it.
_UTTERANCE = r"[.!?。！？]$"
_UTTERANCE_WORDS = 4


def twin_lines(lines: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the non-blank lines whose neighbouring non-blank line in
    the same document, above or below, says the same (case and spacing aside)."""
    norm = pl.col("text").str.strip_chars().str.to_lowercase().str.replace_all(r"\s+", " ")
    words = pl.col("norm").str.count_matches(r"\S+")
    frame = (
        lines.filter(pl.col("text").str.strip_chars() != "")
        .sort("doc", "line")
        .with_columns(norm=norm)
        .with_columns(
            twin=(pl.col("norm") == pl.col("norm").shift(1).over("doc"))
            | (pl.col("norm") == pl.col("norm").shift(-1).over("doc")),
            # the page's second line under a first that says the same: its tab over it,
            # and the copy below is the page's only title
            title=(pl.int_range(pl.len()).over("doc") == 1)
            & (pl.col("norm") == pl.col("norm").shift(1).over("doc")),
        )
        .filter(~pl.col("title"))
        .filter(pl.col("twin").fill_null(False) & pl.col("norm").str.contains(r"\p{L}"))
        .filter(words <= _FURNITURE_WORDS)
        .filter(~(pl.col("norm").str.contains(_FIELD) & (words <= _FIELD_WORDS)))
        .filter(~(pl.col("norm").str.contains(_ADDRESS) & (words <= _ADDRESS_WORDS)))
        .filter(~(pl.col("norm").str.contains(_UTTERANCE) & (words <= _UTTERANCE_WORDS)))
    )
    return frame.select("doc", "line", "text", "start")
