"""E819 sentence-opens-with-figure."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.numbers import TENS, WORDS
from tifa.checks.prose import inside_title, prose_text
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Abbreviations whose full stop ends no sentence: "No. 1 central document", "Art. 3 says"
# (and "NO. 1 meeting room", as some pages write it).
_ABBREVIATION = (
    r"(?:No|Nos|NO|NOS|Art|Arts|Fig|Figs|Vol|Vols|Ch|Sec|Para|pp|p|approx|St|Mr|Mrs|Ms|Dr|Prof"
    r"|Gen|Co|Ltd|Inc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|\p{Lu})"
)
# Where a sentence begins: the start of the segment, or after a full stop, a question or an
# exclamation mark (and a closing quote) and a space, unless the stop ends an abbreviation
# or an initial.
_START = (
    rf"(?:^|(?<=[.!?][”’\"']?{_S})(?<!(?<![\p{{L}}\p{{N}}]){_ABBREVIATION}\.{_S})"
    rf"(?<!\d\.{_S}))"
    r"[“\"‘']?"
)
# A figure (grouped or with decimals), a scale word if any, then a lower-case word: "14
# representatives", "280 million yuan", "3.5 percent". Not a figure glued to letters ("5G
# networks"), a time ("9:30 am") or a list number ("1. Build roads").
_PATTERN = regex.compile(
    rf"{_START}(?P<figure>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?P<scale>{_S}(?:million|billion|trillion|thousand|hundred))?"
    rf"(?={_S}(?:%|percent|per{_S}cent|\p{{Ll}}))"
)
_PREFILTER = r"(?:^|[.!?][”’\"']?[ \u00a0]+)[“\"‘']?\d"
# A year opening a sentence is accepted by news style ("2018 was a good year").
_YEAR = regex.compile(r"1\d{3}|20\d{2}")
# The number words D501 reads, in order: "zero" … "nineteen", then "twenty" … "ninety".
_ONES = tuple(w for w, v in sorted(WORDS.items(), key=lambda kv: kv[1]) if v < 20)
_TENS = tuple(
    w
    for w, v in sorted({**WORDS, **TENS}.items(), key=lambda kv: kv[1])
    if v >= 20 and v % 10 == 0 and v < 100
)


def spelt_out(figure: str) -> str | None:
    """The words for a whole number below a hundred ("14" → "Fourteen"), capitalised to
    open a sentence; None for anything else, which a person recasts."""
    if not figure.isdigit() or len(figure) > 2:
        return None
    number = int(figure)
    if number < 20:
        words = _ONES[number]
    else:
        tens, ones = divmod(number, 10)
        words = _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")
    return words[:1].upper() + words[1:]


@rule("E819", "sentence-opens-with-figure", Severity.WARNING, Fix.UNSAFE)
def sentence_opens_with_figure(ctx: Context) -> pl.DataFrame:
    """A sentence of running text that opens with a figure ("14 representatives attended").

    ## What it does
    Finds a sentence in running text (prose: its paragraph ends like a sentence) whose
    first word is a figure, with or without a scale word, before a lower-case word or a
    percentage ("14 representatives attended", "280 million yuan was invested", "35
    percent of the land"). For a whole number below a hundred it suggests the words
    ("Fourteen"); larger figures want the sentence recast ("A total of 280 million
    yuan…"). Left alone: a year ("2018 was a busy year"), headings and titles (headline
    style opens with figures), a figure after an abbreviation's full stop ("No. 1 central
    document"), a figure glued to letters ("5G networks"), a time and a list number.

    ## Why is this bad?
    News style (AP, Chicago, Xinhua's own English) never opens a sentence with a figure:
    the reader meets a number before knowing what it counts, and after a full stop a
    figure can be taken for the end of the sentence before. Chinese puts the figure first
    (14名代表), so a word-for-word rendering does too.

    ## Example
    ```text
    The fair closed on Sunday. 14 projects were signed, and 280 million yuan was invested.
    ```

    ## Use instead
    ```text
    The fair closed on Sunday. Fourteen projects were signed, and 280 million yuan was invested.
    ```

    ## Fix safety
    Unsafe: the spelt-out number is suggested; a large figure needs the sentence recast.
    """
    rows = new_rows()
    segments = prose_text(ctx)
    for doc, base, text, m in prose_matches(segments, "tgt", _PREFILTER, _PATTERN):
        figure = m.group("figure")
        if m.group("scale") is None and _YEAR.fullmatch(figure):
            continue
        if inside_title(text, m.start("figure"), m.end()):
            continue
        span_end = m.end("scale") if m.group("scale") else m.end("figure")
        words = None if m.group("scale") else spelt_out(figure)
        advice = f"spell it out: “{words}”" if words else "recast it (“A total of …”)"
        add_row(
            rows,
            doc,
            base + m.start("figure"),
            base + span_end,
            f"a sentence opens with the figure “{text[m.start('figure') : span_end]}”: {advice}",
            words,
        )
    return output(rows)
