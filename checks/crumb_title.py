"""The section's name a page sets over its breadcrumb: the trail's last crumb said again.

A section's page prints the section's name as a title, then the breadcrumb that ends with
it ("New Initiatives" over "Home >> New Initiatives"), and only then the article's own
headline. The name alone reads like a short headline; the breadcrumb just under it, which
says it again word for word, gives it away. Where no headline of its own follows the
breadcrumb (prose comes at once), the line over it may be the article's headline that the
trail repeats, and it is left.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl
import regex

from tifa.checks.page_tail import LONG_WORDS, PROSE_WORDS, SENTENCE_END

# The separators of a trail whose last crumb is compared: arrows, as R601's breadcrumb
# patterns know them ("Home >> News", "Home> News", "Home » News").
_CRUMB_SEP = regex.compile(r"\s*(?:>>?|»|›)\s*")
# A section's name is short: a line of more words over the trail is the article's.
_TITLE_WORDS = 8
_SENTENCE_END = regex.compile(SENTENCE_END)


def crumb_titles(lines: pl.DataFrame, crumbs: Sequence[tuple[int, int]]) -> pl.DataFrame:
    """(doc, line, text, start) of the lines just over a breadcrumb that say its last crumb
    again.

    `crumbs` holds the (doc, line) of the breadcrumb lines R601 found. The line counts when
    it is the trail's previous non-blank line, of `_TITLE_WORDS` words or fewer, equal to
    the last crumb but for case and spaces, and the line after the trail is a headline of
    its own (no sentence of prose, and not the same words).
    """
    found: list[tuple[int, int, str, int]] = []
    docs = sorted({doc for doc, _ in crumbs})
    if not docs:
        return _frame(found)
    nonblank = (
        lines.filter(pl.col("doc").is_in(docs) & (pl.col("text").str.strip_chars() != ""))
        .sort("doc", "line")
        .select("doc", "line", "text", "start")
    )
    by_doc: dict[int, list[tuple[int, str, int]]] = {}
    for doc, line, text, start in nonblank.iter_rows():
        by_doc.setdefault(doc, []).append((line, text, start))
    for doc, line in crumbs:
        rows = by_doc.get(doc, [])
        at = next((i for i, row in enumerate(rows) if row[0] == line), None)
        if at is None or at == 0 or at + 1 >= len(rows):
            continue
        parts = _CRUMB_SEP.split(rows[at][1].strip())
        last = _norm(parts[-1]) if len(parts) >= 2 else ""
        above_line, above, above_start = rows[at - 1]
        if not last or _norm(above) != last or len(above.split()) > _TITLE_WORDS:
            continue
        after = rows[at + 1][1].strip()
        words = len(after.split())
        prose = (words >= PROSE_WORDS and _SENTENCE_END.search(after)) or words >= LONG_WORDS
        if prose or _norm(after) == last:
            continue  # no headline of its own under the trail: the line over it may be it
        found.append((doc, above_line, above, above_start))
    return _frame(found)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _frame(rows: list[tuple[int, int, str, int]]) -> pl.DataFrame:
    return pl.DataFrame(
        rows,
        schema={"doc": pl.UInt32, "line": pl.UInt32, "text": pl.String, "start": pl.Int64},
        orient="row",
    )
