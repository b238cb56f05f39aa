"""A site's menu copied with the article: a block of short item lines at the page's edge.

A magazine's or a portal's menu comes through a copy as one item a line ("Current Issue",
"· Previous Issues", "Photo Gallery", "Subscribe Now >>"): each a word or four, capitalised,
without a sentence's punctuation or a figure. No word list knows every site's sections, but
the shape does: several such lines in a row, all before the article's first paragraph of
prose or all after its last. An article's own sub-heading stands alone between paragraphs;
a list of the officials present has their names in pinyin; a table has figures. None of
those is a block of items at the edge of the page.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.page_tail import LONG_WORDS, PROSE_WORDS, SENTENCE_END
from tifa.glossary.names import pinyin_surnames, split_syllables

# An item: an optional bullet or dash, one to five words, an optional arrow after them
# ("Subscribe Now >>"); an advertiser's link may be in lower case ("cheap flights"), so the
# capitals are counted over the block (`_is_menu`). Apostrophes and hyphens belong to words;
# no figure, no stop, comma, colon or bracket of a sentence.
_MARK = r"(?:[-–•·▪■►*>]\s*)?['‘\"“]?"
_WORD = r"[\p{L}][\p{L}'’&-]*"
_ITEM = rf"^\s*{_MARK}\p{{L}}[\p{{L}}'’&-]*(?:\s+(?:{_WORD}|&)){{0,4}}['’\"”]?\s*(?:>>?|»|›)?\s*$"
# A headline in title case: four words or more with a small word in lower case inside
# ("Introduction to Our Cover", an entry of a magazine's contents page). At a run's end it
# is the page's own (`_edge_titles`); a menu's items are mostly a word or three. An article
# in lower case inside counts too ("Relocating Into a Better Life"): a menu names its
# sections, not one thing among others.
_TITLE = r"\S\s+(?:to|of|for|and|in|on|the|with|at|from|by|a|an)\s+\S"
_TITLE_WORDS = 4
# How many items in a row make a menu: a headline and a dateline make two, a title block
# three ("Report on …", "Li Ming", "Mayor of Dalian" is caught by the name test below).
BLOCK_LINES = 4
# Most of an item's words are capitalised: "Subscribe to Mag" is an item, "Premier urges
# reform" a headline in sentence case.
_CAPITAL_SHARE = 0.5
# A menu's items set in from the page's edge, where the article's paragraphs are not: a
# line with white space before it, no sentence's end and a few words ("  About Dalian",
# "  2022 Winter Olympics & Paralympics"); among item lines it is one more, and three such
# lines alone in a row make a menu (the indent sets them apart from a title block).
_INDENTED = r"^[ \t\u3000]+\S"
_INDENTED_WORDS = 16
_INDENTED_BLOCK = 3
# A notice is signed under its last paragraph with the body that issues it ("Dalian
# Municipal People's Government", then the date): the page's own words, however short.
_ISSUER = (
    r"\b(?:Government|Committee|Congress|Commission|Bureau|Office|Department|Administration"
    r"|Council|Federation|Association|Conference)\s*$"
)


def menu_blocks(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the lines in blocks of `BLOCK_LINES` menu items or more,
    each block wholly before its document's first line of prose or after its last.

    Lines already in `residue` (doc, line) count as items (a menu's "E-mail us" link is
    reported for its own words) but are not returned again. A document with no prose is a
    list, not a page: it is left alone.
    """
    words = pl.col("text").str.count_matches(r"\S+")
    known = residue.select("doc", "line").unique().with_columns(known=pl.lit(True))
    frame = (
        lines.filter(pl.col("text").str.strip_chars() != "")
        .join(known, on=["doc", "line"], how="left")
        .sort("doc", "line")
        .with_columns(known=pl.col("known").fill_null(False), words=words)
        .with_columns(
            prose=(
                ((pl.col("words") >= PROSE_WORDS) & pl.col("text").str.contains(SENTENCE_END))
                | (pl.col("words") >= LONG_WORDS)
            )
            & ~pl.col("known"),
            indented=pl.col("text").str.contains(_INDENTED)
            & ~pl.col("text").str.contains(SENTENCE_END)
            & (pl.col("words") <= _INDENTED_WORDS),
        )
        .with_columns(
            # a page whose paragraphs are indented too sets nothing apart by it
            indented=pl.col("indented")
            & ~(pl.col("prose") & pl.col("text").str.contains(_INDENTED)).any().over("doc")
        )
        .with_columns(
            item=pl.col("text").str.contains(_ITEM) | pl.col("known") | pl.col("indented")
        )
    )
    edges = (
        frame.filter(pl.col("prose"))
        .group_by("doc")
        .agg(first=pl.col("line").min(), last=pl.col("line").max())
    )
    frame = (
        frame.join(edges, on="doc", how="inner")
        .with_columns(
            run=(pl.col("item") != pl.col("item").shift(1).fill_null(False)).cum_sum().over("doc"),
            # the line just over the first paragraph is the headline, however short
            headline=(pl.col("line").shift(-1) == pl.col("first")).fill_null(False).over("doc")
            | _set_apart_headline(),
            # the line just under the last paragraph may be its signature
            issuer=(
                (pl.col("line").shift(1) == pl.col("last")).fill_null(False).over("doc")
                & pl.col("text").str.contains(_ISSUER)
            ),
        )
        .filter(
            pl.col("item")
            & ~pl.col("headline")
            & ~pl.col("issuer")
            & ((pl.col("line") < pl.col("first")) | (pl.col("line") > pl.col("last")))
        )
        .with_columns(
            size=pl.len().over("doc", "run"),
            all_indented=pl.col("indented").all().over("doc", "run"),
        )
        .filter(
            (pl.col("size") >= BLOCK_LINES)
            | ((pl.col("size") >= _INDENTED_BLOCK) & pl.col("all_indented"))
        )
    )
    if frame.is_empty():
        return lines.head(0).select("doc", "line", "text", "start")
    keep: list[bool] = []
    for _doc, _run, texts, known, indented in (
        frame.group_by("doc", "run", maintain_order=True)
        .agg("text", "known", "indented")
        .iter_rows()
    ):
        titles = _edge_titles(texts)
        items = [t for t, k, h in zip(texts, known, titles, strict=True) if not (k or h)]
        least = _INDENTED_BLOCK if all(indented) else BLOCK_LINES
        # One line of its own among lines reported already is no menu: it is the page's
        # headline over its stamp and print button ("Vice mayor visits Wuxi", then
        # "chinadaily.com.cn | Updated: ...", "Print Print").
        menu = len(texts) - sum(titles) >= least and len(items) >= 2 and _is_menu(items, len(texts))
        keep.extend([menu and not (k or h) for k, h in zip(known, titles, strict=True)])
    return frame.filter(pl.Series(keep, dtype=pl.Boolean)).select("doc", "line", "text", "start")


def _set_apart_headline() -> pl.Expr:
    """The last item line over the first paragraph that is no residue, when a blank line
    sets it apart from a menu laid out one item a line: the headline, with only residue (a
    date stamp, a picture's file name) and a caption between it and the lead ("Regions",
    "Laixi", "Jimo", blank, "Party congress opens", blank, "(chinadaily.com.cn) | 2022-04-08").
    A menu whose items all stand apart gives no such line."""
    gap = (pl.col("line") - pl.col("line").shift(1)).over("doc").fill_null(2) > 1
    last_item = (
        pl.when(pl.col("item") & ~pl.col("known") & (pl.col("line") < pl.col("first")))
        .then(pl.col("line"))
        .max()
        .over("doc")
    )
    return (pl.col("line") == last_item) & gap & ~gap.shift(1).over("doc").fill_null(True)


def _edge_titles(texts: list[str]) -> list[bool]:
    """Which lines of a run are headlines in title case at either end of it: a magazine's
    contents entry beside its menu ("Introduction to Our Cover") is the page's own. One
    between two items is a section's name in the menu ("Policy Making in Depth")."""
    title = [len(t.split()) >= _TITLE_WORDS and regex.search(_TITLE, t) is not None for t in texts]
    edge = [False] * len(texts)
    for order in (range(len(texts)), range(len(texts) - 1, -1, -1)):
        for i in order:
            if not title[i]:
                break
            edge[i] = True
    return edge


def _is_menu(items: list[str], size: int) -> bool:
    """Whether a run of `size` item lines, `items` those not already reported, reads as a
    menu: most items capitalised word by word, and few of them a person's name."""
    if not items:
        return False
    names = sum(_person(item) for item in items)
    if names * 4 > size:
        return False  # a list of the officials present, a photo story's credits
    capitalised = sum(_capital_share(item) >= _CAPITAL_SHARE for item in items)
    return capitalised * 4 >= len(items) * 3


def _capital_share(item: str) -> float:
    found = regex.findall(r"\p{L}[\p{L}'’&-]*", item)
    return sum(w[0].isupper() for w in found) / len(found) if found else 0.0


def _person(item: str) -> bool:
    """Whether `item` is a name in pinyin: a common surname, then a given name of one or two
    syllables ("Li Mingyu", "Wang Fang"), perhaps a post after it."""
    found = regex.findall(r"\p{L}+", item)
    if len(found) < 2:
        return False
    surname, given = found[0], found[1]
    if surname.upper() == surname and len(surname) > 1:
        surname = surname.capitalize()
    syllables = split_syllables(given.lower() if given.isupper() else given)
    return surname in pinyin_surnames() and syllables is not None and len(syllables) <= 2


def mastheads(lines: pl.DataFrame, outlet: str) -> pl.DataFrame:
    """(doc, line, text, start) of each page's first non-blank line when it is an outlet's
    name alone (`outlet`, a pattern): the masthead over the copy ("China Daily"). Lower
    down, the name alone is the agency's credit and is left to the photo-credit rules."""
    first = (
        lines.filter(pl.col("text").str.strip_chars() != "")
        .sort("doc", "line")
        .group_by("doc", maintain_order=True)
        .first()
    )
    return first.filter(
        pl.col("text").str.strip_chars().str.contains(f"(?i)^(?:{outlet})$")
    ).select("doc", "line", "text", "start")
