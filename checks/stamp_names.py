"""A writer's name alone on a line beside the page's time stamp: a news site's byline.

Some outlets set the writer's name alone ("Li Mingyu") over the line that stamps the
page's time ("21:05 UTC+8, 2023-04-11"), and a copy may bring the pair twice, the name
doubled by the layout. A name alone is the article's own in a list of the people present,
under a letter or over a speech; none of those sits against a page's time stamp. So a line
holding only a name in pinyin (a common surname, a given name of one or two syllables) is
residue when the nearest non-blank line above or below it is residue carrying a date or a
time, or is the same name already found so.

A line of a bare figure there is residue too: the page's counter of comments, shares or
pages ("1" over "2015-07-01 09:14Xinhua Editor: …"). An article's figure stands in a
sentence or a table, never alone against the page's stamp.
"""

from __future__ import annotations

import polars as pl

from tifa.checks.page_tail import BARE_NAME, nonblank_marked, pinyin_name

# A stamp's digits: a year or a clock's time ("2023-04-11", "21:05").
_DATED = r"\d{4}|\d:\d{2}"
# A counter: a figure of up to six digits alone on its line.
_COUNTER = r"^\s*\d{1,6}\s*$"


def stamp_names(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the pinyin names alone on a line next to a dated line of
    `residue` (doc, line), or next to such a name spelt alike, in order."""
    marked = nonblank_marked(lines, residue, "known").with_columns(
        stamp=pl.col("known") & pl.col("text").str.contains(_DATED),
        name=pl.col("text").str.strip_chars(),
    )
    candidates = marked.filter(
        ~pl.col("known")
        & pl.col("text").str.contains(BARE_NAME)
        & ~pl.col("name").str.contains(r"[()]")
    )
    names = {row[2] for row in candidates.iter_rows() if pinyin_name(row[2])}
    marked = marked.with_columns(candidate=~pl.col("known") & pl.col("name").is_in(list(names)))
    # A name counts from a stamp beside it, then from a copy of itself beside it that
    # counted: the doubled name over the stamp ("Li Ming", "Li Ming", "21:05 …").
    found = marked.with_columns(hit=pl.lit(False))
    for _ in range(2):
        beside = [
            pl.col("stamp").shift(step).over("doc").fill_null(False)
            | (
                pl.col("hit").shift(step).over("doc").fill_null(False)
                & (pl.col("name").shift(step).over("doc") == pl.col("name")).fill_null(False)
            )
            for step in (1, -1)
        ]
        found = found.with_columns(
            hit=pl.col("hit") | (pl.col("candidate") & (beside[0] | beside[1]))
        )
    return found.filter(pl.col("hit")).select("doc", "line", "text", "start")


def stamp_counters(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the bare figures alone on a line next to a dated line of
    `residue` (doc, line), in order."""
    marked = nonblank_marked(lines, residue, "known").with_columns(
        stamp=pl.col("known") & pl.col("text").str.contains(_DATED)
    )
    beside = [pl.col("stamp").shift(step).over("doc").fill_null(False) for step in (1, -1)]
    return marked.filter(
        ~pl.col("known") & pl.col("text").str.contains(_COUNTER) & (beside[0] | beside[1])
    ).select("doc", "line", "text", "start")
