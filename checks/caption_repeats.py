"""A photo gallery's captions copied twice: run together on one line, then one a line.

A news site's slide show comes through a copy as its captions run together ("Li Ming, mayor
of Weihai. Zhou Hua, head of the port. …") and then each caption again on its own line,
often under a list's bullet ("• Li Ming, mayor of Weihai"). A line that says again, word for
word, one sentence of an earlier line is such a caption; the earlier line is the gallery's
when two of its sentences come back so. An article does not repeat its own sentences one a
line. Where the lines that say them again have a paragraph of prose between them that says
none of them, they are the article's own paragraphs and the earlier line is the article's
opening run together (a page's summary field): that line is reported, not the paragraphs.
"""

from __future__ import annotations

import polars as pl
import regex

# A list's bullet or dash before the caption, and the caption's closing stop.
_BULLET = regex.compile(r"^[•·▪■►*-]\s*")
_SENTENCE_SPLIT = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})")
# A caption names someone or something: three words of letters or more ("Thank you." said
# twice is no caption, nor a date, "May 31, 2024", cut from a line "… 10 a.m. May 31, 2024").
_CAPTION_WORDS = 3
_WORD = regex.compile(r"\p{L}{2,}")
# How many of a line's sentences said again below make it the gallery's captions.
_GALLERY_REPEATS = 2


def _key(text: str) -> str:
    """A sentence as compared: its bullet, white space and closing stop left out."""
    return " ".join(_BULLET.sub("", text.strip()).rstrip(".!? ").split())


def _key_expr(text: pl.Expr) -> pl.Expr:
    """`_key` as a column expression."""
    return (
        text.str.strip_chars()
        .str.replace(r"^[•·▪■►*-]\s*", "")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars_end(".!? ")
    )


def _candidate_docs(page: pl.DataFrame) -> pl.DataFrame:
    """The documents where a line's key equals a sentence of a line of two sentences or
    more: only these can hold a caption said again. A hash join over the columns, so the
    sentence-by-sentence reading below runs on the few pages with a gallery, not on all."""
    keys = page.select("doc", _key_expr(pl.col("text")).alias("key"))
    parts = (
        page.select(
            "doc",
            pl.col("text")
            .str.strip_chars()
            .str.replace_all(r"([.!?])\s+(\p{Lu})", "$1\x00$2")
            .str.split("\x00")
            .alias("part"),
        )
        .filter(pl.col("part").list.len() >= 2)
        .explode("part")
        .select("doc", _key_expr(pl.col("part")).alias("key"))
    )
    return keys.join(parts, on=["doc", "key"], how="semi").select("doc").unique()


# A paragraph of prose: a gallery's captions said again stand one a line, one after the other;
# an article's paragraphs said again have the article's other paragraphs between them.
_PROSE_WORDS = 15


def _sentence_keys(text: str) -> set[str]:
    """The keys of a line's sentences."""
    return {_key(part) for part in _SENTENCE_SPLIT.split(text.strip())}


def _story(rows: list[tuple[int, int, str, int]], holder: int, again: list[int]) -> bool:
    """Whether a paragraph of prose that says none of the holder's sentences stands between
    the lines that say them again: they are the article's paragraphs, not a gallery's
    captions (whose run-together line a page may also repeat between them)."""
    if len(again) < 2:
        return False
    held = _sentence_keys(rows[holder][2])
    return any(
        len(_WORD.findall(rows[index][2])) >= _PROSE_WORDS
        and not _sentence_keys(rows[index][2]) & held
        for index in range(again[0] + 1, again[-1])
    )


def repeated_captions(lines: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start, reason) of the captions said again and of the lines holding
    the gallery's captions run together (two of their sentences said again below)."""
    found: list[tuple[int, int, str, int, str]] = []
    page = (
        lines.filter(pl.col("text").str.strip_chars() != "")
        .sort("doc", "line")
        .select("doc", "line", "text", "start")
    )
    page = page.join(_candidate_docs(page), on="doc", how="semi").sort("doc", "line")
    for (doc,), group in page.group_by("doc", maintain_order=True):
        # each sentence of a line of two sentences or more, and the line it stands in
        sentences: dict[str, int] = {}
        rows = list(group.iter_rows())
        said_again: dict[int, list[int]] = {}
        for index, (_doc, _line, text, _start) in enumerate(rows):
            key = _key(text)
            holder = sentences.get(key)
            if holder is not None and len(_WORD.findall(key)) >= _CAPTION_WORDS:
                said_again.setdefault(holder, []).append(index)
            parts = _SENTENCE_SPLIT.split(text.strip())
            if len(parts) >= 2:
                for part in parts:
                    sentences.setdefault(_key(part), index)
        for holder, again in said_again.items():
            if _story(rows, holder, again):
                # The article's opening run together on one line (a page's summary field),
                # its paragraphs said again below between paragraphs of prose: the copy on
                # one line is the residue, the paragraphs are the article's.
                _doc, line, text, start = rows[holder]
                found.append((doc, line, text, start, "the article's text run together"))
                continue
            for index in again:
                _doc, line, text, start = rows[index]
                found.append((doc, line, text, start, "a photo caption said again"))
            if len(again) >= _GALLERY_REPEATS:
                _doc, line, text, start = rows[holder]
                found.append((doc, line, text, start, "a photo gallery's captions run together"))
    schema = {"doc": pl.UInt32, "line": pl.UInt32, "text": pl.String, "start": pl.Int64,
              "reason": pl.String}  # fmt: skip
    return pl.DataFrame(found, schema=schema, orient="row").sort("doc", "line")
