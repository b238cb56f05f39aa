"""P313 leading-whitespace."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output


@rule("P313", "leading-whitespace", Severity.WARNING, Fix.SAFE)
def leading_whitespace(ctx: Context) -> pl.DataFrame:
    """White space at the start of a line of text.

    ## What it does
    Finds spaces, tabs, no-break and ideographic spaces before the first character of a line
    in a plain-text article. Markdown is left alone: there indentation is syntax (lists,
    code blocks). So is a list's nesting: a line whose text opens with a bullet (•, ◦, ▪,
    ●, ■, ►, or "-" or "*" and a space) or an item's number ("1. "), indented under the item
    above it as a site's menu sets its sub-items or a live page its numbered posts. So is a
    page's own layout: an article that indents its paragraphs of twenty words or more (two
    at least; three in four of them where there are four or more, as a page may leave one
    pasted paragraph flush; a line that opens in lower case goes on with the paragraph above
    it and is not counted) with the same few spaces or tabs (one space more or less), its
    other indented lines alike; or the page's last part so set under its own heading, two
    paragraphs at least with no flush paragraph among them and no indented line above (a
    second article pasted under the first). That indent is how the page was
    set, not a slip in one paragraph; ideographic spaces are flagged all the same.

    ## Why is this bad?
    Chinese pages indent each paragraph with two ideographic spaces; pasted into an English
    article the indentation shows as a ragged gap, and publishing systems keep it as text.

    ## Example
    ```text
    ␠␠The city held a working meeting on investment.
    ```

    ## Use instead
    ```text
    The city held a working meeting on investment.
    ```

    ## Fix safety
    Safe: only the white space before the first character is removed; in plain text it
    carries no meaning, and paragraphs are told apart by blank lines and line breaks.
    """
    rows = new_rows()
    text_docs = [i for i, d in enumerate(ctx.corpus.docs) if d.fmt == "text"]
    lines = ctx.corpus.lines.filter(
        pl.col("doc").is_in(text_docs)
        & pl.col("text").str.contains(r"^\s+\S")
        & ~pl.col("text").str.contains(_BULLETED)
    ).with_columns(
        lead=pl.col("text").str.len_chars() - pl.col("text").str.strip_chars_start().str.len_chars()
    )
    if lines.height:
        lines = lines.filter(~pl.col("doc").is_in(_layout_indented(ctx, lines).implode()))
    for doc, start, lead in lines.select("doc", "start", "lead").iter_rows():
        add_row(
            rows, doc, start, start + lead, f"{lead} white-space character(s) before the text", ""
        )
    return output(rows)


# A list item under a bullet or a number: its indent is the list's nesting (a menu's sub-items
# copied with the page, "  • Officials", "    • Municipal Government"; a live page's numbered
# posts, "  1. Goodbye", with their paragraphs set deeper), which removing it would flatten.
# Only ASCII spaces and tabs: ideographic spaces are a Chinese page's paragraph indent.
_BULLETED = r"^[ \t]+(?:[•◦▪▫●○■□►▶‣⁃·]|[-*][ \t]|\d{1,2}\.[ \t])"

# A paragraph long enough to say the page indents its paragraphs: headings, datelines and
# credits are short and pages set them flush.
_PARAGRAPH_WORDS = 20
# A paragraph has a sentence stop; a long line without one is a heading (a local
# government's headline naming a whole event, "Investment Promotion Conference and Project
# Cooperation Agreement Signing Ceremony of … 2021 Held"), which pages set flush over
# indented paragraphs: it says nothing of how the page sets its paragraphs.
_SENTENCE_STOP = r"[.!?][\"”’)]?(?:\s|$)"
# Past this length a line without a stop is a paragraph all the same (a list of guests'
# names and titles run on with commas), not a heading.
_HEADING_WORDS = 40
# A heading over a second article on the page: a short line.
_HEADING_LINE_WORDS = 15


def _layout_indented(ctx: Context, indented: pl.DataFrame) -> pl.Series:
    """The documents whose indented lines are the page's layout: three in four paragraphs
    (lines of twenty words or more, but a flush line of forty or fewer with no sentence
    stop is a heading) are indented (two at least, all of them when there are fewer than
    four), every indented line with spaces or tabs only, and the indented paragraphs one
    space more or less than each other."""
    words = pl.col("text").str.count_matches(r"\S+")
    # Only a flush line can be a heading: an indented one opens a paragraph (its first line
    # on a page taken with its line breaks may hold no stop).
    paragraph = (words >= _PARAGRAPH_WORDS) & (
        pl.col("text").str.contains(_SENTENCE_STOP)
        | (words > _HEADING_WORDS)
        | pl.col("text").str.contains(r"^\s")
    )
    # The spread is taken over the paragraphs: the short lines of the page's head and its
    # furniture ("      Comments() Print Mail") are scraped with indents of their own, and
    # on a page whose paragraphs share one indent theirs is the same layout, not a slip.
    lead = pl.col("lead").filter(pl.col("paragraph"))
    plain = (
        indented.with_columns(
            ascii=pl.col("text").str.contains(r"^[ \t]+\S"),
            paragraph=paragraph,
        )
        .group_by("doc")
        .agg(
            all_ascii=pl.col("ascii").all(),
            spread=lead.max() - lead.min(),
            first_indent=pl.col("start").min(),
        )
    )
    long_lines = (
        ctx.corpus.lines.filter(pl.col("doc").is_in(plain["doc"].implode()))
        .filter(paragraph)
        # A line that opens in lower case goes on with the paragraph above it (a page taken
        # with its line breaks): set flush under the paragraph's indented first line, it is
        # no paragraph left unindented.
        .filter(~pl.col("text").str.contains(r"^\s*\p{Ll}"))
        .with_columns(is_indented=pl.col("text").str.contains(r"^\s"))
        .group_by("doc")
        .agg(
            long=pl.len(),
            long_indented=pl.col("is_indented").sum(),
            first_indented=pl.col("start").filter(pl.col("is_indented")).min(),
            # paragraphs set flush after the first indented one: none where a second
            # article, pasted under the first, sets its own paragraphs indented
            flush_after=(
                ~pl.col("is_indented")
                & (pl.col("start") > pl.col("start").filter(pl.col("is_indented")).min())
            ).sum(),
        )
    )
    # The line just above the first indented paragraph, blank lines aside: a heading (a
    # flush line of a few words with no closing stop) opens a second article there.
    under_heading = (
        ctx.corpus.lines.filter(
            pl.col("doc").is_in(plain["doc"].implode()) & pl.col("text").str.contains(r"\S")
        )
        .sort("doc", "start")
        .with_columns(above=pl.col("text").shift(1).over("doc"))
        .join(long_lines.select("doc", "first_indented"), on="doc")
        .filter(pl.col("start") == pl.col("first_indented"))
        .filter(
            pl.col("above").str.contains(r"^\S")
            & (pl.col("above").str.count_matches(r"\S+") <= _HEADING_LINE_WORDS)
            & ~pl.col("above").str.contains(r"[.!?:;,][\"”’)]?\s*$")
        )
        .select("doc", heading=pl.lit(True))
    )
    return (
        plain.join(long_lines, on="doc")
        .join(under_heading, on="doc", how="left")
        .filter(
            pl.col("all_ascii")
            & (pl.col("spread") <= 1)
            & (
                (pl.col("long_indented") >= 2)
                # Three in four at least: a page that indents its paragraphs may leave one
                # flush (a paragraph pasted in), which does not make the others' indent a slip.
                & (pl.col("long_indented") * 4 >= pl.col("long") * 3)
                # Or the page's last part, under its own heading, two paragraphs at least,
                # each indented, and no indented line above them: a second article pasted
                # under the first keeps its own layout, as a whole page would.
                | (
                    (pl.col("long_indented") >= 2)
                    & (pl.col("flush_after") == 0)
                    & (pl.col("first_indent") >= pl.col("first_indented"))
                    & pl.col("heading").fill_null(False)
                )
            )
        )
        .get_column("doc")
    )
