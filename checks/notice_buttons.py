"""The buttons under a site's cookie notice.

A cookie notice ends in its buttons, each alone on a line: "I agree", "Accept", "Got it".
Alone, such a line could be a speaker's reply in a transcript; within three lines of the
notice it is the notice's.
"""

from __future__ import annotations

import polars as pl

from tifa.checks.page_tail import nonblank_marked

_BUTTON = (
    r"(?i)^(?:i\s+)?(?:agree|accept|got\s+it|ok(?:ay)?|allow|reject|decline|continue)"
    r"(?:\s+(?:all|cookies|and\s+(?:continue|close)))*\s*[.!]?$"
)
_REACH = 3


def notice_buttons(lines: pl.DataFrame, notices: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the button lines within three non-blank lines of a
    cookie notice's line; `notices` holds the (doc, line) of those lines."""
    frame = nonblank_marked(lines, notices, "notice").with_columns(
        rank=pl.int_range(pl.len()).over("doc")
    )
    near = (
        frame.filter(pl.col("notice"))
        .select("doc", notice_rank=pl.col("rank"))
        .join(frame, on="doc", how="inner")
        .filter((pl.col("rank") - pl.col("notice_rank")).abs() <= _REACH)
    )
    return (
        near.filter(~pl.col("notice") & pl.col("text").str.strip_chars().str.contains(_BUTTON))
        .unique(["doc", "line"])
        .sort("doc", "line")
        .select("doc", "line", "text", "start")
    )
