"""A photo caption left where its picture was: a short line alone in a wider gap.

A copied page loses its pictures but keeps their captions, and the picture leaves a gap: more
blank lines above the caption than the page sets between its paragraphs ("Zhu Hong with her
baby" under two or three empty lines, between two paragraphs of the story). A subheading of
the article stands in the page's usual gap, so only the wider gap gives a caption away, and
only between paragraphs of prose: the line above and the line below are sentences.

Where the copy kept the picture's file name instead ("visit2.jpg" alone on its line), the
caption is the one short sentence in the present tense right under it, prose below it.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.furniture import CAPTION_VERB
from tifa.checks.numbers import MONTH_NAME
from tifa.checks.page_tail import PROSE_WORDS, SENTENCE_END, nonblank_marked

# A caption is a line of two to twelve words with no punctuation closing a sentence or a
# clause, and no list number ("1.", "II.", "(3)") opening it.
_CAPTION_WORDS = (2, 12)
# A line no stop or clause mark closes (shared with tifa.checks.caption_lines).
OPEN_END = r"[^.!?。！？:：;；,，\"'”’)\]]\s*$"
_NUMBERED = r"^\s*(?:\(?\d{1,2}[.)、]|\(?[IVX]{1,4}[.)]|[•·▪■►-])"
# A line that is only a date or a span of dates ("Nov 3 - 6, 2019", "March 5-11"), as a
# fact box sets the "when" of a meeting between its paragraphs: a caption names what the
# picture shows, never a bare date.
_DATE_ONLY = (
    rf"^\s*(?:{MONTH_NAME}\.?\s*)?\d{{1,2}}"
    rf"(?:\s*[-–—~]\s*(?:{MONTH_NAME}\.?\s*)?\d{{1,2}})?(?:,?\s*\d{{4}})?\s*$"
)
# The gap a picture leaves: at least this many blank lines, and more than the page's usual gap.
_LEAST_GAP = 2


def picture_captions(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the short lines alone in a gap wider than the page's
    usual one between paragraphs, with a sentence above and below; not already reported."""
    stripped = pl.col("text").str.strip_chars()
    words = stripped.str.count_matches(r"\S+")
    filled = nonblank_marked(lines, residue, "known").with_columns(
        gap=(pl.col("line") - pl.col("line").shift(1) - 1).over("doc"),
        gap_after=(pl.col("line").shift(-1) - pl.col("line") - 1).over("doc"),
        prose=(words >= PROSE_WORDS) & stripped.str.contains(SENTENCE_END),
        short=words.is_between(*_CAPTION_WORDS)
        & stripped.str.contains(OPEN_END)
        & ~stripped.str.contains(_NUMBERED)
        & ~stripped.str.contains(_DATE_ONLY),
    )
    usual = filled.group_by("doc").agg(usual=pl.col("gap").drop_nulls().median())
    return (
        filled.join(usual, on="doc", how="inner")
        .with_columns(
            above=pl.col("prose").shift(1).over("doc").fill_null(False),
            below=pl.col("prose").shift(-1).over("doc").fill_null(False),
            next_text=pl.col("text").shift(-1).over("doc"),
        )
        .filter(
            ~pl.col("known")
            & pl.col("short")
            & (pl.col("gap") >= _LEAST_GAP)
            & (pl.col("gap") > pl.col("usual"))
            & (pl.col("gap_after") >= 1)
            & pl.col("above")
            & pl.col("below")
        )
        .sort("doc", "line")
        .filter(
            pl.struct("text", "next_text").map_elements(
                lambda row: not heads_its_lead(row["text"], row["next_text"]),
                return_dtype=pl.Boolean,
            )
        )
        .select("doc", "line", "text", "start")
    )


# A digest page sets several news items one after another, each under its own headline, and
# the item's lead restates its headline ("4th Session of the CPPCC Committee concludes" over
# "The 4th Session of the … Committee concluded …"): a caption names what the picture shows,
# and the story around it goes on to other words.
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "in",
        "on",
        "at",
        "for",
        "to",
        "with",
        "by",
        "from",
        "as",
        "its",
    ]
)
_STEM = 5  # "concludes" and "concluded" share their first five letters
_LEAST_SHARED = 0.75


def heads_its_lead(text: str, below: str) -> bool:
    """Whether three words or more of `text`, and three in four of them, open the first
    sentence of `below` (compared by their first letters)."""
    words = {w[:_STEM] for w in _WORD.findall(text.lower()) if w not in _SMALL}
    lead = regex.split(r"(?<=[.!?])\s", below.strip(), maxsplit=1)[0].lower()
    shared = words & {w[:_STEM] for w in _WORD.findall(lead)}
    return len(words) >= 3 and len(shared) >= _LEAST_SHARED * len(words)


# A picture's file name alone on its line ("visit2.jpg", "640.webp (3).png"): the picture the
# copy lost. The line under it, when it is one short sentence told in the present ("The
# delegation visits the port."), is the picture's caption; a story's lead under a picture is
# told in the past and runs longer.
_IMAGE_LINE = r"(?i)^\s*[\w-]{1,40}(?:\.(?:jpe?g|png|gif|webp|bmp))?(?:\s?\(\d{1,3}\))?\.(?:jpe?g|png|gif|webp|bmp)\s*$"
_UNDER_IMAGE_WORDS = (2, 20)
# One sentence, its verb a caption's in the present tense, closed by its stop.
_PRESENT_CAPTION = rf"^[^.!?]*\b(?:{CAPTION_VERB})\b[^.!?]*\.$"


def captions_under_images(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the one-sentence captions told in the present right under
    a picture's file name, with prose below them; not already reported."""
    stripped = pl.col("text").str.strip_chars()
    words = stripped.str.count_matches(r"\S+")
    filled = nonblank_marked(lines, residue, "known").with_columns(
        prose=(words >= PROSE_WORDS) & stripped.str.contains(SENTENCE_END),
        image=stripped.str.contains(_IMAGE_LINE),
        caption=words.is_between(*_UNDER_IMAGE_WORDS) & stripped.str.contains(_PRESENT_CAPTION),
    )
    return (
        filled.with_columns(
            under_image=pl.col("image").shift(1).over("doc").fill_null(False),
            below=pl.col("prose").shift(-1).over("doc").fill_null(False),
        )
        .filter(~pl.col("known") & pl.col("caption") & pl.col("under_image") & pl.col("below"))
        .sort("doc", "line")
        .select("doc", "line", "text", "start")
    )
