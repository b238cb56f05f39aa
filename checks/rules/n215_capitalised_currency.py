"""N215 capitalised-currency."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.prose import SegmentStarts, prose_segments
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
_MONTH = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# An amount: a figure, then a multiplier in lower case ("1.77 trillion", "8 million",
# "24,366"), then "Yuan". Not a date's day ("on March 6 Yuan said"), not a year ("in 2019
# Yuan Jiajun"), and not the dynasty or a person ("Yuan Dynasty", "Yuan Longping"): the
# word after "Yuan" must not be capitalised or "dynasty".
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,])(?<!(?:{_MONTH}){_S})"
    rf"(?P<figure>\d[\d,]*(?:\.\d+)?)"
    rf"(?:{_S}(?:hundred|thousand|million|billion|trillion))?"
    rf"{_S}(?P<word>Yuan)(?![\p{{L}}\p{{N}}'’-])"
    rf"(?!{_S}(?:\p{{Lu}}|(?i:dynasty|period|era|times|family|clan)\b))"
)
_PREFILTER = r"\d(?:[ \u00a0]+(?:hundred|thousand|million|billion|trillion))?[ \u00a0]+Yuan\b"


# Words in a segment no heading reaches: prose even where its paragraph lost its stop.
_LONG = 25


def _year(figure: str) -> bool:
    """A bare four-digit figure from 1000 to 2099 reads as a year ("in 2019 Yuan ...")."""
    return len(figure) == 4 and figure.isdigit() and 1000 <= int(figure) <= 2099


@rule("N215", "capitalised-currency", Severity.WARNING, Fix.UNSAFE)
def capitalised_currency(ctx: Context) -> pl.DataFrame:
    """The currency "yuan" capitalised after an amount in running text ("8 million Yuan").

    ## What it does
    Finds "Yuan" with a capital right after a figure, with or without "million",
    "billion" or "trillion" in lower case: "1.77 trillion Yuan", "24,366 Yuan", "RMB 402
    billion Yuan". Headings and titles (paragraphs that do not end like a sentence,
    unless longer than any heading) are left alone, as are a year or a date's day before
    a surname ("in 2019 Yuan Jiajun", "on March 6 Yuan said") and the dynasty ("the
    13th-century Yuan Dynasty"): "Yuan" followed by a capitalised word, "dynasty",
    "period", "era", "times", "family" or "clan" is not the currency.

    ## Why is this bad?
    A currency is a common noun: official English writes "yuan" in lower case, like
    "dollars" and "euros" ("1.77 trillion yuan", Xinhua, China Daily, the National Bureau
    of Statistics). A capital makes it look like the surname Yuan or the dynasty, and a
    page that writes "yuan" a line later looks careless.

    ## Example
    ```text
    The county's GDP grew by 6.5 percent to 21.3 billion Yuan.
    ```

    ## Use instead
    ```text
    The county's GDP grew by 6.5 percent to 21.3 billion yuan.
    ```

    ## Fix safety
    Unsafe: "yuan" is suggested; in a rare sentence the capital may begin a name after a
    figure, so a person applies it.
    """
    rows = new_rows()
    sentences = SegmentStarts(lambda: prose_segments(ctx))
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        # A page cut short loses a paragraph's full stop; a headline is never this long.
        prose = (doc, base) in sentences or len(text.split()) >= _LONG
        if not prose or _year(m.group("figure")):
            continue
        add_row(
            rows,
            doc,
            base + m.start("word"),
            base + m.end("word"),
            "the currency is a common noun: “yuan” in lower case after an amount",
            "yuan",
        )
    return output(rows)
