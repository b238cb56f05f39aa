"""Other stories' headlines listed with the time each was posted.

A page's side bar or news ticker lists other stories, each headline on its line with the
day or the hour it was posted after it, the section's name sometimes glued between them
("Port handles record volumeBusiness May 6, 14:27"). An article's own lines end in a stop,
or are headings without a time; two lines in a row that each end in a date or a time and
read as headlines are such a list.
"""

from __future__ import annotations

import polars as pl

from tifa.checks.page_tail import SENTENCE_END, nonblank_marked
from tifa.checks.stamps import MONTH, TIME

# What ends each line: a day and perhaps its hour ("May 6, 14:27", "May 6, 2024",
# "2024-05-06 14:27") or an hour alone ("14:27").
_STAMP_END = (
    rf"(?i)(?:{MONTH}\s*\d{{1,2}}(?:,\s*\d{{4}})?(?:,?\s*{TIME})?|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}"
    rf"(?:\s+{TIME})?|{TIME})\s*$"
)
# A headline's words before the stamp: four or more, the first capitalised.
_HEADLINE = r"^\p{Lu}\S*(?:\s+\S+){3,}"
_RUN = 2


def stamped_headlines(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the lines in runs of two or more non-blank lines in a
    row, each a headline of four words or more ending in a date or a time, with no stop.
    `residue` holds the (doc, line) of the lines already reported (left out)."""
    stripped = pl.col("text").str.strip_chars()
    frame = nonblank_marked(lines, residue, "residue").with_columns(
        listed=stripped.str.contains(_STAMP_END)
        & stripped.str.contains(_HEADLINE)
        & ~stripped.str.contains(SENTENCE_END)
        # a schedule's field ("Opening ceremony: May 6, 9:30") is the article's
        & ~stripped.str.contains(r"[:：]\s")
    )
    # Number the runs of listed lines: a new run starts at each line whose listing differs
    # from the line before it.
    frame = frame.with_columns(
        run=(pl.col("listed") != pl.col("listed").shift(1).over("doc", order_by="line"))
        .fill_null(True)
        .cum_sum()
        .over("doc", order_by="line")
    )
    return (
        frame.filter(pl.col("listed"))
        .with_columns(size=pl.len().over("doc", "run"))
        .filter((pl.col("size") >= _RUN) & ~pl.col("residue"))
        .sort("doc", "line")
        .select("doc", "line", "text", "start")
    )
