"""E803 mixed-ordinal-style."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.numbers import ORDINALS
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output

# The term numbers of Party and state bodies run past ten ("the 20th CPC Central
# Committee", "the 14th National People's Congress"); smaller ordinals are spelt out by
# house style ("the third plenary session") and are left alone.
_SPELT = {word: value for word, value in ORDINALS.items() if value >= 10}
_ALTERNATIVES = "|".join(sorted(_SPELT, key=lambda w: (-len(w), w)))
# A spelt-out ordinal in lower case before a capitalised name: "the eighteenth CPC Central
# Committee". A capitalised one belongs to a title in Title Case ("the Fourth Session of the
# Sixteenth Municipal People's Congress") and keeps its style.
_WORDED = regex.compile(rf"(?<![\p{{L}}-])({_ALTERNATIVES})(?=[ \u00a0]+\p{{Lu}})")
_NUMERAL = r"\b(1\d|20)(?:st|nd|rd|th)[ \u00a0]+\p{Lu}"


@rule("E803", "mixed-ordinal-style", Severity.WARNING, Fix.UNSAFE)
def mixed_ordinal_style(ctx: Context) -> pl.DataFrame:
    """A body's term number spelt out where the same article writes it in figures.

    ## What it does
    Finds an ordinal from tenth to twentieth written in lower-case words before a
    capitalised name ("the eighteenth CPC Central Committee") in a document that writes the
    same number in figures before a name elsewhere ("the 18th CPC Central Committee"), and
    suggests the figures. Ordinals below ten ("the third plenary session"), capitalised
    ordinals in a title in Title Case ("the Sixteenth Municipal People's Congress") and
    documents that never use the figures are left alone.

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
    # Columnar: the numbers each document writes in figures before a name, and the rows
    # holding a spelt-out one; only those rows are read in Python.
    figures = (
        segments.select("doc", n=pl.col("tgt").str.extract_all(_NUMERAL))
        .explode("n")
        .drop_nulls()
        .select("doc", value=pl.col("n").str.extract(r"^(\d+)").cast(pl.Int64))
        .unique()
    )
    if figures.is_empty():
        return output(rows)
    written: dict[int, set[int]] = {}
    for doc, value in figures.iter_rows():
        written.setdefault(doc, set()).add(value)
    candidates = segments.filter(
        pl.col("doc").is_in(list(written)) & pl.col("tgt").str.contains(rf"\b(?:{_ALTERNATIVES})\b")
    ).select("doc", "start", "tgt")
    for doc, base, text in candidates.iter_rows():
        for m in _WORDED.finditer(text):
            value = _SPELT[m.group(1)]
            if value not in written[doc]:
                continue
            figure = f"{value}th"  # tenth to twentieth all end in "th"
            message = f"“{m.group(1)}” spelt out, but this article writes “{figure}” elsewhere"
            add_row(rows, doc, base + m.start(), base + m.end(), message, figure)
    return output(rows)
