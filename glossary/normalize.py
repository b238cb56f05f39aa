"""The normalised view of English used for matching, in Python and as polars expressions.

Both sides must agree exactly: the polars expression builds the searchable column, the
Python function builds the keys searched for in it.
"""

from __future__ import annotations

import polars as pl
import regex

APOSTROPHES = "’‘`´ʼ′"
DOUBLE_QUOTES = "“”„‟″«»"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212-"
DASH_CLASS = "[" + regex.escape(DASHES) + "]"
# Words that do not carry a phrase: left out when judging Title Case, capitalisation, or
# whether a word pair says anything about which rendering is meant.
SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
    ]
)

_APOS_RE = regex.compile("[" + regex.escape(APOSTROPHES) + "]")
_QUOTE_RE = regex.compile("[" + regex.escape(DOUBLE_QUOTES) + "]")
_DASH_RE = regex.compile(DASH_CLASS)
_SPACE_RE = regex.compile(r"\s+")
_SPACED_HYPHEN_RE = regex.compile(r"\s*-\s*")


# Controls that str.split() takes for white space and the `regex` module's \s does not.
_SPLIT_ONLY_SPACE = ("\x1c", "\x1d", "\x1e", "\x1f")


def key(text: str) -> str:
    """Case-, quote-, dash- and space-insensitive form: `Two Pre–Zones` -> `two pre zones`."""
    if text.isascii() and not any(map(text.__contains__, _SPLIT_ONLY_SPACE)):
        # The same in plain string operations, ten times faster: of the marks folded only
        # ` and - are ASCII, and on ASCII text str.split() splits where \s+ matches.
        return " ".join(text.lower().replace("`", "'").replace("-", " ").split())
    text = _APOS_RE.sub("'", text.lower())
    text = _QUOTE_RE.sub('"', text)
    text = _DASH_RE.sub(" ", text)
    return _SPACE_RE.sub(" ", text).strip()


def strict_key(text: str) -> str:
    """Like `key` but keeps hyphens apart from spaces: tells `high quality` from `high-quality`."""
    text = _APOS_RE.sub("'", text.lower())
    text = _QUOTE_RE.sub('"', text)
    text = _DASH_RE.sub("-", text)
    text = _SPACED_HYPHEN_RE.sub("-", text)
    return _SPACE_RE.sub(" ", text).strip()


def key_expr(column: str) -> pl.Expr:
    """The polars expression computing `key` over a column, vectorised."""
    return (
        pl.col(column)
        .str.to_lowercase()
        .str.replace_all("[" + regex.escape(APOSTROPHES) + "]", "'")
        .str.replace_all("[" + regex.escape(DOUBLE_QUOTES) + "]", '"')
        .str.replace_all(DASH_CLASS, " ")
        .str.replace_all(r"\s+", " ")
    )


def stem_key(text: str) -> str:
    """A key short enough to be a substring of every inflected form of the phrase.

    The matcher accepts plural and possessive of the last word; `city` becomes `cities`, so a
    final `y` is dropped from the search key.
    """
    k = key(text)
    return k[:-1] if len(k) > 3 and k.endswith("y") else k
