"""P318 glued-words."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks import wordsplit
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MAGNITUDES = "million|billion|trillion|thousand|hundred|percent|yuan"
_SHORT = "by|in|of|to|at|on|from|over|about|than|nearly|around"
# Words glued to numbers are known words: the space goes at the digit boundary, safely.
_NUMBER = (
    rf"(?:{_MONTHS})(?=\d)|\d(?=(?:{_MAGNITUDES})(?![\p{{L}}]))|(?:million|billion|trillion)(?=\p{{Lu}})"
    rf"|(?<![\p{{L}}])(?:{_SHORT})(?=\d)"
)
# Words glued to words: a lower-case word run into a capitalised one ("theStanding"), or three
# capitalised words run together ("ProvincialPeoplesCongress"). Brand names are written
# this way too ("openEuler"), so these are only suggestions.
_WORDS = r"(?<![\p{L}\p{N}])\p{Ll}{2,}(?=\p{Lu}\p{Ll}{2,})|(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?=(?:\p{Lu}\p{Ll}{2,}){2,}(?![\p{L}]))"
_PATTERN = regex.compile(rf"(?P<number>{_NUMBER})|(?P<words>{_WORDS})")
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_TOKEN = regex.compile(r"[\p{L}\p{N}]+")


@rule("P318", "glued-words", Severity.WARNING, Fix.SAFE)
def glued_words(ctx: Context) -> pl.DataFrame:
    """Two words, or a word and a number, run together with no space.

    ## What it does
    Finds a month or a known word glued to a number ("September21", "50million", "by16.9%",
    "billionCNY"), a lower-case word run into a capitalised one ("theStanding",
    "includingIntel"), and three or more capitalised words run together
    ("PoliticalConsultativeConference"), and a word English has never seen that splits
    into two common ones ("theestablishment", "officiallyput", "completedthe"; see
    tifa.checks.wordsplit). Web and e-mail addresses are left alone.

    ## Why is this bad?
    Readers stumble, search and term checks miss the words, and word counts drop; it is
    what a page's layout leaves when line breaks are removed.

    ## Example
    ```text
    the project opened on September21 with 50million yuan from theStanding Committee
    ```

    ## Use instead
    ```text
    the project opened on September 21 with 50 million yuan from the Standing Committee
    ```

    ## Fix safety
    Safe between a number and a month, an amount word or a short preposition: a space goes
    at the digit boundary and both sides are words anyway. Only a suggestion between
    letters: brand names ("openEuler") are written that way on purpose.
    """
    rows = new_rows()
    prefilter = r"\p{Ll}\p{Lu}\p{Ll}|\p{L}\d|\d\p{L}|(?:million|billion|trillion)\p{Lu}"
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", prefilter, _PATTERN):
        token = _TOKEN.match(text, m.start())
        assert token is not None  # the pattern starts on a letter or digit
        start, end = m.start(), token.end()
        if m.group("number"):
            add_row(
                rows,
                doc,
                base + start,
                base + m.end() + 1,
                "a number and a word run together",
                text[start : m.end()] + " " + text[m.end()],
            )
        else:
            spaced = _CAMEL.sub(" ", text[start:end])
            add_row(
                rows,
                doc,
                base + start,
                base + end,
                f"words run together; perhaps “{spaced}”",
                spaced,
                fix=Fix.UNSAFE,
            )
    _split_words(ctx, rows)
    return output(rows)


def _split_words(ctx: Context, rows: dict[str, list[object]]) -> None:
    """Lower-case words run together, found by word frequency (see tifa.checks.wordsplit).

    polars lists the distinct words of the run; only those are looked up, and only the rows
    holding a word that splits are searched again for its places.
    """
    words = (
        ctx.segments.select(
            pl.col("tgt").str.extract_all(r"\b\p{L}\p{Ll}{4,}\b").explode().drop_nulls().unique()
        )
        .to_series()
        .sort()
        .to_list()
    )
    glued = {w: parts for w in words if (parts := wordsplit.split(w.lower()))}
    if not glued:
        return
    alternatives = "|".join(regex.escape(w) for w in sorted(glued, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])")
    prefilter = rf"\b(?:{alternatives})\b"
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", prefilter, pattern):
        left, right = glued[m.group()]
        spaced = m.group()[: len(left)] + " " + m.group()[len(left) :]
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"“{left}” and “{right}” run together; perhaps “{spaced}”",
            spaced,
            fix=Fix.UNSAFE,
        )
