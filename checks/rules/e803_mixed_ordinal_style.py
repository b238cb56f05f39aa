"""E803 mixed-ordinal-style."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import filter_distinct, with_distinct
from tifa.checks.numbers import ORDINALS
from tifa.checks.prose import prose_segments
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output

# The term numbers of Party and state bodies run past ten ("the 20th CPC Central
# Committee", "the 14th National People's Congress"), and so do the numbers of study sessions
# and anniversaries ("the 30th group study session"); smaller ordinals are spelt out by house
# style ("the third plenary session") and are left alone.
_TENS = {"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70}
_SPELT = {word: value for word, value in ORDINALS.items() if value >= 10} | _TENS
_ALTERNATIVES = "|".join(sorted(_SPELT, key=lambda w: (-len(w), w)))
# A spelt-out ordinal and the word after it: "the eighteenth CPC Central Committee", "the
# thirtieth group study session", "the Fifteenth National People's Congress".
_WORDED = regex.compile(rf"(?<![\p{{L}}-])(?i:({_ALTERNATIVES}))(?=[ \u00a0]+(\p{{L}}+))")
_NUMERAL = r"\b(?:1\d|20|[3-7]0)(?:st|nd|rd|th)[ \u00a0]+\p{L}+"


@rule("E803", "mixed-ordinal-style", Severity.WARNING, Fix.UNSAFE)
def mixed_ordinal_style(ctx: Context) -> pl.DataFrame:
    """A body's term number spelt out where the same article writes it in figures.

    ## What it does
    Finds an ordinal from tenth to twentieth (or thirtieth to seventieth) written in words
    where the same document writes that number in figures: in lower case before a
    capitalised name ("the eighteenth CPC Central Committee" against "the 18th CPC Central
    Committee" elsewhere), before the same word as the figures ("the thirtieth group study
    session" against "the 30th group study session"), or in Title Case inside a sentence
    ("The Fifth Session of the Fifteenth Municipal People's Congress opened …" against "the
    15th Municipal People's Congress"), and suggests the figures. Ordinals below ten ("the
    third plenary session"), a title block or headline in Title Case ("The Fourth Session of
    the Sixteenth Municipal People's Congress" alone on its line) and documents that never
    use the figures are left alone.

    ## Why is this bad?
    The term number tells one Central Committee or people's congress from the next. Written
    two ways in one article, it reads as two bodies to a skimming reader and to a search for
    "18th", and it marks the text as patched together from two sources.

    ## Example
    ```text
    The 18th CPC Central Committee met in Beijing. The plenum of the eighteenth CPC Central
    Committee closed on Thursday.
    ```

    ## Use instead
    ```text
    The 18th CPC Central Committee met in Beijing. The plenum of the 18th CPC Central
    Committee closed on Thursday.
    ```

    ## Fix safety
    Unsafe: the figures are suggested; whether the whole article should rather spell its
    ordinals out is the editor's choice.
    """
    rows = new_rows()
    segments = ctx.segments
    # Columnar: the numbers each document writes in figures with the word after them, and the
    # rows holding a spelt-out one; only those rows are read in Python.
    # (Each distinct text read once: a translation memory repeats its units.)
    figures = (
        with_distinct(segments, "tgt", n=pl.col("tgt").str.extract_all(_NUMERAL))
        .select("doc", "n")
        .explode("n")
        .drop_nulls()
        .select(
            "doc",
            value=pl.col("n").str.extract(r"^(\d+)").cast(pl.Int64),
            after=pl.col("n").str.extract(r"(\p{L}+)$"),
        )
        .unique()
    )
    if figures.is_empty():
        return output(rows)
    before_name: dict[int, set[int]] = {}
    before_word: dict[int, set[tuple[int, str]]] = {}
    for doc, value, after in figures.iter_rows():
        before_word.setdefault(doc, set()).add((value, after.lower()))
        if after[:1].isupper():
            before_name.setdefault(doc, set()).add(value)
    prose = prose_segments(ctx).select("doc", "seg")
    candidates = (
        filter_distinct(
            segments, "tgt", pl.col("tgt").str.contains(rf"(?i)\b(?:{_ALTERNATIVES})\b")
        )
        .filter(pl.col("doc").is_in(list(before_word)))
        .join(prose.with_columns(prose=pl.lit(True)), on=["doc", "seg"], how="left")
        .select("doc", "start", "tgt", "prose")
    )
    for doc, base, text, in_prose in candidates.iter_rows():
        for m in _WORDED.finditer(text):
            word, after = m.group(1), m.group(2)
            value = _SPELT[word.lower()]
            capital_after = after[:1].isupper()
            if (value, after.lower()) in before_word[doc] and not capital_after:
                pass  # "the thirtieth group study session" against "the 30th group …"
            elif not capital_after or value not in before_name.get(doc, set()):
                continue
            elif word[:1].isupper() and not in_prose:
                continue  # a title block or headline in Title Case keeps its style
            figure = f"{value}th"  # tenth to twentieth and the tens all end in "th"
            message = f"“{word}” spelt out, but this article writes “{figure}” elsewhere"
            add_row(rows, doc, base + m.start(), base + m.end(), message, figure)
    return output(rows)
