"""The furniture at the foot of a copied web page, after the article's last paragraph.

A page's foot is a block of short lines: footer links ("About Us", "Opening Up"), the site's
sponsor and builder, its licence numbers, a hotline. R601 knows many such lines by their
words, but a footer always carries some it cannot know ("Zhongmao Hotel", "Info Special").
Once the article has ended (no paragraph of prose follows) and a line R601 knows as residue
has started the footer, every short line after it belongs to the footer too. A block of
contact lines ("Tel:", "Fax:", "Address:") starts a footer as well, with the lines of its
paragraph above it (the office's name and street); and a byline alone after the last
paragraph ("By Li Ming"), or the writer's name in pinyin alone as the page's last line
("Li Mingyu"), is the page's, not the article's; so are another story's headline and
its teaser as the page's last two lines under an article without sub-headings.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.furniture import CONTACT_LABEL, PHONE
from tifa.glossary.names import pinyin_surnames, split_syllables

# A line of prose: a sentence of eight words or more, or any line of twenty words or more.
# Footer lines are short and carry no full stop at their end.
SENTENCE_END = r"[.!?。！？][\"'”’)]?\s*$"
PROSE_WORDS, LONG_WORDS = 8, 20
# Longest footer line flagged on position alone (a sponsor's or builder's line is long).
FOOTER_WORDS = 12
# A contact line of a footer, and how many of them make a block: a notice ends with one or
# two ("Tel: …", "Address: …") for its applicants; an office's footer lists several.
_CONTACT = rf"(?i)^\s*(?:(?:{CONTACT_LABEL}).{{0,160}}|{PHONE})\s*$"
_CONTACT_BLOCK = 4
# A list of other stories' headlines, bulleted: three or more, none closed by a stop, after an
# article whose last sentence does not lead into a list (no colon). A headline may open with
# a figure ("- 3 dead after storm hits county").
_HEADLINE_ITEM = r"^\s*[-•·▪]\s+[\p{Lu}\d][^\n]{4,160}[^\s.;:,?!。]\s*$"
_HEADLINE_LIST = 3
_LEAD_IN = r":\s*$"
# A listing's entry in table cells, one cell its byline ("Essay | by Li Ming | Tea Towns"):
# a magazine's contents page goes on with its next entry, so the line starts no footer.
_ENTRY_CELLS = r"(?:^|\|)\s*[Bb]y\s+\p{Lu}[\p{L}'’-]*(?:,?\s+\p{Lu}[\p{L}'’-]*)*\s*\|"
# A footer's menu item: a word or three ("About Dalian", "Opening Up").
_MENU_WORDS = 3
# A byline alone on its line: "By Li Ming", "By LI MING". One at the top is a house style.
_BYLINE = r"^\s*(?:By|BY) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}\s*$"
# The writer's name without "By", alone as the page's last line ("Li Mingyu"): two words, the
# surname and the given name, checked as pinyin in Python.
# Or in brackets, as a photographer's or writer's credit under a picture story: "(Li Ming)".
BARE_NAME = r"^\s*\(?\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\)?\s*$"


def footer_lines(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """The lines of each document's footer block not already reported as residue.

    `lines` has doc, line, text and start; `residue` has the doc and line of each line
    already reported. A document's footer starts at its first residue line after its last
    line of prose, or at the first line of a block of contact lines there, taking in the
    lines of that line's paragraph above it (a document without prose has no footer); the
    short non-blank lines after that start are returned (doc, line, text, start), in order.
    """
    marked, last_prose = _after_prose(lines, residue)
    tail = marked.join(last_prose, on="doc", how="inner").filter(pl.col("line") > pl.col("last"))
    # A list the article leads into: its last sentence, or a line after it, ends with a colon.
    lead_in = pl.concat(
        [
            marked.join(last_prose, left_on=["doc", "line"], right_on=["doc", "last"]),
            tail.drop("last"),
        ],
        how="vertical_relaxed",
    ).filter(pl.col("text").str.contains(_LEAD_IN))["doc"]
    blocks = (
        pl.concat(
            [
                _first_of_block(tail, _CONTACT, _CONTACT_BLOCK),
                _first_of_block(
                    tail.filter(~pl.col("doc").is_in(lead_in.implode())),
                    _HEADLINE_ITEM,
                    _HEADLINE_LIST,
                ),
            ]
        )
        .group_by("doc")
        .agg(pl.col("block").min())
    )
    known = (
        tail.filter(pl.col("known").is_not_null() & ~pl.col("text").str.contains(_ENTRY_CELLS))
        .group_by("doc")
        .agg(pl.col("line").min().alias("first_known"))
    )
    start = (
        pl.concat(
            [known.rename({"first_known": "first"}), blocks.rename({"block": "first"})],
            how="vertical_relaxed",
        )
        .group_by("doc")
        .agg(pl.col("first").min())
    )
    line = pl.col("line")
    # The paragraph of a contact block's first line: its heading may be a long name
    # ("Embassy of the People's Republic of China in …"), footer whatever its length. Above
    # the first known footer line, only menu items of its paragraph ("About Dalian").
    block_head = line.is_between(pl.col("block_top") + 1, pl.col("block")).fill_null(False)
    menu_head = (
        line.is_between(pl.col("known_top") + 1, pl.col("first_known") - 1).fill_null(False)
        & (pl.col("words") <= _MENU_WORDS)
        & ~pl.col("text").str.contains(r"[\d.,;:!?]")
    )
    return (
        tail.join(start, on="doc", how="left")
        .join(blocks, on="doc", how="left")
        .join(_paragraph_top(blocks, "block", tail, "block_top"), on="doc", how="left")
        .join(known, on="doc", how="left")
        .join(_paragraph_top(known, "first_known", tail, "known_top"), on="doc", how="left")
        .filter(
            pl.col("known").is_null()
            & (pl.col("words") > 0)
            & ~pl.col("prose")
            & (
                ((line > pl.col("first")).fill_null(False) & (pl.col("words") <= FOOTER_WORDS))
                # a bulleted headline in the footer's list of other stories, however long
                | (
                    (line > pl.col("first")).fill_null(False)
                    & pl.col("text").str.contains(_HEADLINE_ITEM)
                )
                | block_head
                | menu_head
            )
        )
        .sort("doc", "line")
        .select("doc", "line", "text", "start")
    )


def _first_of_block(tail: pl.DataFrame, pattern: str, least: int) -> pl.DataFrame:
    """(doc, block): the first line of each document's tail matching `pattern`, where at
    least `least` lines of it do."""
    return (
        tail.filter(pl.col("text").str.contains(pattern))
        .group_by("doc")
        .agg(pl.col("line").min().alias("block"), pl.len().alias("n"))
        .filter(pl.col("n") >= least)
        .select("doc", "block")
    )


def _paragraph_top(
    starts: pl.DataFrame, column: str, tail: pl.DataFrame, name: str
) -> pl.DataFrame:
    """(doc, `name`): for each document's line in `starts`[`column`], the line above the top
    of its paragraph: the last blank line of the tail before it, else the last line of prose."""
    blank = tail.filter(pl.col("words") == 0).select("doc", pl.col("line").alias("blank"))
    bounds = tail.group_by("doc").agg(pl.col("last").first())
    return (
        starts.join(bounds, on="doc")
        .join(blank, on="doc", how="left")
        .with_columns(
            blank=pl.when(pl.col("blank") < pl.col(column)).then(pl.col("blank")).otherwise(None)
        )
        .group_by("doc")
        .agg(pl.max_horizontal(pl.col("blank").max(), pl.col("last").first()).alias(name))
    )


def foot_bylines(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """The byline lines ("By Li Ming") after each document's last line of prose, and a
    writer's name in pinyin alone as its last line ("Li Mingyu"): (doc, line, text,
    start), in order."""
    marked, last_prose = _after_prose(lines, residue)
    after = marked.join(last_prose, on="doc", how="inner").filter(pl.col("line") > pl.col("last"))
    last_line = (
        marked.filter(pl.col("words") > 0).group_by("doc").agg(pl.col("line").max().alias("end"))
    )
    named = after.join(last_line, on="doc").filter(
        (pl.col("line") == pl.col("end")) & pl.col("text").str.contains(BARE_NAME)
    )
    bare = [
        row
        for row in named.select("doc", "line", "text", "start").iter_rows()
        if pinyin_name(row[2])
    ]
    return (
        pl.concat(
            [
                after.filter(pl.col("text").str.contains(_BYLINE)).select(
                    "doc", "line", "text", "start"
                ),
                pl.DataFrame(
                    bare, schema=after.select("doc", "line", "text", "start").schema, orient="row"
                ),
            ]
        )
        .unique(["doc", "line"])
        .sort("doc", "line")
    )


def pinyin_name(text: str) -> bool:
    """Whether `text` is a person's name in pinyin: a common surname and a given name of
    one or two syllables ("Li Mingyu"); "Most Viewed" and "Zhengzhou Vision" are not."""
    bracketed = text.strip()
    if bracketed.startswith("(") != bracketed.endswith(")"):
        return False  # one bracket alone is no credit
    surname, given = bracketed.strip("()").split()
    syllables = split_syllables(given)
    return surname in pinyin_surnames() and syllables is not None and len(syllables) <= 2


def nonblank_marked(lines: pl.DataFrame, residue: pl.DataFrame, name: str) -> pl.DataFrame:
    """The non-blank `lines` in order, with a column `name`: whether `residue` (doc, line)
    holds the line."""
    known = residue.select("doc", "line").unique().with_columns(pl.lit(True).alias(name))
    return (
        lines.filter(pl.col("text").str.strip_chars() != "")
        .join(known, on=["doc", "line"], how="left")
        .sort("doc", "line")
        .with_columns(pl.col(name).fill_null(False))
    )


def _after_prose(lines: pl.DataFrame, residue: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """`lines` with words, known (reported) and prose columns, and each document's last
    line of prose (doc, last)."""
    words = pl.col("text").str.count_matches(r"\S+")
    known = residue.select("doc", "line").with_columns(known=pl.lit(True))
    # A residue line is no prose, however long ("Copyright © … All rights reserved.").
    marked = lines.join(known, on=["doc", "line"], how="left").with_columns(
        words=words,
        prose=(
            ((words >= PROSE_WORDS) & pl.col("text").str.contains(SENTENCE_END))
            | (words >= LONG_WORDS)
        )
        & pl.col("known").is_null(),
    )
    last_prose = (
        marked.filter(pl.col("prose")).group_by("doc").agg(pl.col("line").max().alias("last"))
    )
    return marked, last_prose


# A label that leads into other stories' headlines, alone at the end of its line or glued
# to a form field before it by the page's layout ("Name E-mailRelated News"): capitalised.
RELATED_LABEL = (
    r"^\s*(?:[^\n]*\p{Ll})?(?:Related|RELATED|Relevant|Recommended|More|MORE)\s+"
    r"(?:News|NEWS|Stories|STORIES|Articles|Reports|Reading|Links)\s*[:：]?\s*$"
)
# A headline of the list: a short line, capitalised, no stop at its end.
_HEADLINE = r"^\s*\p{Lu}[^\n]{3,160}[^\s.;:,?!。]\s*$"
_HEADLINE_WORDS = 15
# A teaser under its headline: a paragraph of a sentence or two.
_TEASER_WORDS = 60


def related_blocks(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """The related-links label and the lines of other stories listed after it to the end
    of the page: (doc, line, text, start), in order, those in `residue` left out.

    The block counts when, after the label, every line not already residue is a headline
    (short, capitalised, no final stop) or the teaser right under one, with two headlines
    or more: headlines alternating with their teasers. An article's own text under such a
    label has paragraphs that follow paragraphs, and leaves the block alone.
    """
    marked = nonblank_marked(lines, residue, "residue")
    labels = (
        marked.filter(pl.col("text").str.contains(RELATED_LABEL))
        .group_by("doc")
        .agg(pl.col("line").min().alias("label"))
    )
    after = (
        marked.join(labels, on="doc", how="inner")
        .filter(pl.col("line") >= pl.col("label"))
        .with_columns(
            words=pl.col("text").str.count_matches(r"\S+"),
            headline=pl.col("text").str.contains(_HEADLINE),
        )
        .with_columns(headline=pl.col("headline") & (pl.col("words") <= _HEADLINE_WORDS))
        .filter(~pl.col("residue") | (pl.col("line") == pl.col("label")))
        .sort("doc", "line")
    )
    found: list[tuple[int, int, str, int]] = []
    for (doc,), block in after.group_by(["doc"], maintain_order=True):
        label, *rows = block.select("line", "text", "start", "words", "headline", "residue").rows()
        headlines = sum(1 for row in rows if row[4])
        under_headline = all(
            row[4] or (i > 0 and rows[i - 1][4] and row[3] <= _TEASER_WORDS)
            for i, row in enumerate(rows)
        )
        if headlines >= 2 and under_headline:
            block_lines = rows if label[5] else [label, *rows]
            found.extend((doc, line, text, start) for line, text, start, *_ in block_lines)
    return pl.DataFrame(
        found,
        schema={"doc": pl.UInt32, "line": pl.UInt32, "text": pl.String, "start": pl.Int64},
        orient="row",
    )


# Another story's headline and its one-sentence teaser as the page's last two lines, after an
# article that has no sub-heading of its own: "Harbin opens a childcare centre" / "A new
# centre for … is to be finished by the end of the year." An article's last section has a
# heading among others, and its sentence leans on what came before ("He said …", "This …").
_TEASER_HEAD = regex.compile(r"\p{Lu}[^.!?:;。]{10,100}[^\s.!?:;,。]")
_TEASER_HEAD_WORDS = (4, 12)
_TEASER = regex.compile(
    r"(?!(?:He|She|It|They|This|These|Those|Also|Meanwhile|In addition|Besides|Then)\b)"
    r"\p{Lu}[^\n]*?[^.!?\n][.!?][\"'”’)]?"
)
_TEASER_LINE_WORDS = (8, 40)
# The next story's opening words, cut short by the page where its teaser stops: a
# capital, three to fifteen words and no stop, no colon opening a list, no pronoun or link
# word leaning on a paragraph before ("On Saturday, the United States launched a"). A
# paragraph of the article's own that the copy cut runs longer.
_CUT_OPENING = regex.compile(
    r"(?!(?:He|She|It|They|This|These|Those|Also|Meanwhile|In addition|Besides|Then)\b)"
    r"\p{Lu}[^\n]*[^\s.!?:;。\"'”’)]"
)
_CUT_WORDS = (3, 15)
_BODY_PARAGRAPHS = 3


def tail_teasers(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """Another story's headline and teaser closing a page: (doc, line, text, start).

    A document counts when its last two lines not yet reported are a headline (four to
    twelve words, capitalised, no stop) and one sentence under it (eight to forty words,
    not opening on a pronoun or a link word), after three paragraphs of prose or more and
    no headline-shaped line between its first paragraph and that headline; or when those
    two stand over a last line that is the next story's opening cut short (a capital, three
    to fifteen words, no stop), which goes with them.
    """
    marked = nonblank_marked(lines, residue, "residue").filter(~pl.col("residue"))
    last_three = marked.group_by("doc", maintain_order=True).tail(3)
    found: list[tuple[int, int, str, int]] = []
    for (doc,), rows in last_three.group_by(["doc"], maintain_order=True):
        tail = rows.select("line", "text", "start").rows()
        if len(tail) == 3 and _cut_opening(tail[2][1].strip()):
            # the next story's opening words under its teaser, cut short by the page
            (h_line, head, h_start), (t_line, teaser, t_start), cut = tail
        elif len(tail) >= 2:
            (h_line, head, h_start), (t_line, teaser, t_start), cut = *tail[-2:], None
        else:
            continue
        if not _teaser_pair(head.strip(), teaser.strip()):
            continue
        body = marked.filter((pl.col("doc") == doc) & (pl.col("line") < h_line))["text"]
        if _plain_body(body.str.strip_chars().to_list()):
            found.extend([(doc, h_line, head, h_start), (doc, t_line, teaser, t_start)])
            if cut is not None:
                found.append((doc, *cut))
    return pl.DataFrame(
        found,
        schema={"doc": pl.UInt32, "line": pl.UInt32, "text": pl.String, "start": pl.Int64},
        orient="row",
    )


def _cut_opening(text: str) -> bool:
    """Whether `text` reads as a story's first words cut short (`_CUT_OPENING`)."""
    low, high = _CUT_WORDS
    return bool(_CUT_OPENING.fullmatch(text)) and low <= len(text.split()) <= high


def _teaser_pair(head: str, teaser: str) -> bool:
    """Whether `head` reads as a headline and `teaser` as one sentence standing alone."""
    low, high = _TEASER_HEAD_WORDS
    if not (_TEASER_HEAD.fullmatch(head) and low <= len(head.split()) <= high):
        return False
    low, high = _TEASER_LINE_WORDS
    one_sentence = not regex.search(r"[.!?][\"'”’)]?\s+\p{Lu}", teaser)
    return bool(_TEASER.fullmatch(teaser)) and low <= len(teaser.split()) <= high and one_sentence


def _plain_body(body: list[str]) -> bool:
    """Whether the lines above hold three paragraphs of prose or more and, from the first
    of them on, no line shaped as a headline (the article has no sub-headings)."""
    prose = [i for i, text in enumerate(body) if _is_prose(text)]
    if len(prose) < _BODY_PARAGRAPHS:
        return False
    return not any(_TEASER_HEAD.fullmatch(text) for text in body[prose[0] :])


def _is_prose(text: str) -> bool:
    words = len(text.split())
    return (words >= PROSE_WORDS and regex.search(SENTENCE_END, text) is not None) or (
        words >= LONG_WORDS
    )
