"""Photo captions a copy keeps as lines of their own, told apart from the story around them.

Two shapes R601's line patterns cannot see alone, because each needs its neighbours:

- a caption the story's next paragraph says again: an event's pages put a short line under
  each picture, then open the paragraph below with the same words ("Li Ming delivered a
  speech" over "Li Ming delivered a speech. He said …", or "Wang Fang made remarks" over
  "Wang Fang, head of the office, also made remarks …"). The line stands between paragraphs
  of prose, in the past tense; a page's headline stands at its head, and a digest's headlines
  restate their leads in the present ("… concludes" over "… concluded …"), so neither is one.
- a caption that says it is one ("Photo shows …", "The photo, taken on May 3, shows …") in a
  page that has prose of its own: on a page of pictures alone the captions are the article.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.page_tail import PROSE_WORDS, SENTENCE_END, nonblank_marked
from tifa.checks.picture_gap import OPEN_END

# A caption over its paragraph: three to twelve words, no stop or clause mark closing it.
_CAPTION_WORDS = (3, 12)
# Who the caption names (capitalised words, a title among them) and what they did, a verb in
# the past tense opening the rest: "Consul General Li Ming | delivered a welcome speech".
_SUBJECT_AND_DEED = regex.compile(
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,6})"
    r"\s(?P<did>(?:\p{Ll}+ed|made|gave|met|held|took|spoke|went|saw|led|sent|won|paid|shook|"
    r"signed|cut|laid|set|put|read|became|began|brought|bought|found|heard|left|told|wrote)"
    r"(?:\s[\p{L}\p{N}'’-]+){1,8})"
)
# The paragraph's first sentence: up to a stop that no title's abbreviation ("Mrs.") makes.
_FIRST_SENTENCE = regex.compile(r"^.*?(?:(?<!\b(?:Mr|Mrs|Ms|Dr|St|No))[.!?](?=\s|$)|$)")
# A caption that says so: "Photo shows …", "The photo, taken on May 3, shows …", "Aerial
# photo taken on … shows …": one photo, the day it was taken at most between it and "shows".
# A story's sentence speaks of photos in general ("Photos taken by drones show the port",
# "Photos more than a century old show …").
_PHOTO_SHOWS = (
    r"(?i)^\s*(?:an?\s+|the\s+|this\s+)?(?:(?:aerial|drone|file)\s+)*(?:photo|picture|image)"
    r"(?:,?\s+taken\s+(?:on|in)\s[^,.!?\n]{3,40},?)?\s+shows\s\S.{10,}$"
)


def _echoed(caption: str, below: str) -> bool:
    """Whether the first sentence of `below` opens with the people `caption` names and says
    again, word for word, what it says they did."""
    found = _SUBJECT_AND_DEED.fullmatch(caption.strip())
    if found is None:
        return False
    first = _FIRST_SENTENCE.match(below.strip())
    sentence = first.group() if first else ""
    return sentence.startswith(found.group("who")) and found.group("did") in sentence


def echoed_captions(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the short lines in the past tense, below prose and over
    the paragraph that says them again, that no pass has reported yet."""
    stripped = pl.col("text").str.strip_chars()
    words = stripped.str.count_matches(r"\S+")
    filled = nonblank_marked(lines, residue, "known").with_columns(
        prose=(words >= PROSE_WORDS) & stripped.str.contains(SENTENCE_END),
        short=words.is_between(*_CAPTION_WORDS) & stripped.str.contains(OPEN_END),
    )
    candidates = (
        filled.with_columns(
            # prose somewhere above: the line is inside the story, not at the page's head
            above=pl.col("prose").shift(1).fill_null(False).cum_max().over("doc"),
            below=pl.col("prose").shift(-1).over("doc").fill_null(False),
            next_text=pl.col("text").shift(-1).over("doc"),
        )
        .filter(~pl.col("known") & pl.col("short") & pl.col("above") & pl.col("below"))
        .sort("doc", "line")
    )
    keep = [
        _echoed(text, below) for text, below in candidates.select("text", "next_text").iter_rows()
    ]
    return candidates.filter(pl.Series(keep, dtype=pl.Boolean)).select(
        "doc", "line", "text", "start"
    )


def photo_lines(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the lines that call themselves a photo's caption ("Photo
    shows …") on pages with a paragraph of prose besides; not already reported."""
    stripped = pl.col("text").str.strip_chars()
    words = stripped.str.count_matches(r"\S+")
    filled = nonblank_marked(lines, residue, "known").with_columns(
        caption=stripped.str.contains(_PHOTO_SHOWS),
        prose=(words >= PROSE_WORDS) & stripped.str.contains(SENTENCE_END),
    )
    story = (
        filled.filter(pl.col("prose") & ~pl.col("caption") & ~pl.col("known"))
        .select("doc")
        .unique()
    )
    return (
        filled.join(story, on="doc", how="semi")
        .filter(pl.col("caption") & ~pl.col("known"))
        .sort("doc", "line")
        .select("doc", "line", "text", "start")
    )
