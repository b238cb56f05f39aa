"""E808 number-written-literally."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.literal_numbers import (
    CHINESE_UNITS,
    english_amount,
    figure,
    stacked_amount,
)
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# A figure standing on its own: not part of a code, a version, a date or a longer number.
_FIGURE = r"(?<![\p{L}\p{N}.,/:_])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}])"
_PATTERN = regex.compile(
    rf"(?P<num>{_FIGURE}){_S}(?P<unit>(?i:hundred{_S}million|ten{_S}thousand))(?![\p{{L}}\p{{N}}-])"
    rf"|(?P<first>{_FIGURE}){_S}(?P<big>trillion|billion|million)"
    rf"{_S}(?P<second>\d{{1,3}}){_S}(?P<small>billion|million|thousand)(?![\p{{L}}\p{{N}}-])"
)
_PREFILTER = r"(?i)\d[ \u00a0]+(?:hundred[ \u00a0]+million|ten[ \u00a0]+thousand)|(?:llion)[ \u00a0]+\d{1,3}[ \u00a0]+(?:billion|million|thousand)"
# A figure after one of these ends a range ("5-6 hundred million", "5 to 6 hundred
# million"): the unit belongs to both ends, so no one value replaces the span.
_RANGE = regex.compile(r"(?:\d[ \u00a0]*[-–~]|\d[ \u00a0]+(?:to|or|and)[ \u00a0]+)$")


@rule("E808", "number-written-literally", Severity.WARNING, Fix.UNSAFE)
def number_written_literally(ctx: Context) -> pl.DataFrame:
    """A Chinese number unit rendered word for word after a figure.

    ## What it does
    Finds a figure followed by "hundred million" (亿: "122.17 hundred million cubic
    meters") or "ten thousand" (万: "3.5 ten thousand mu"), and one amount written in two
    units ("880 billion 300 million yuan", 8803亿 read aloud), and gives the value as
    English writes it, computed exactly: 12.217 billion, 35,000, 880.3 billion. A figure
    that ends a range ("5-6 hundred million") is flagged without a value. Numbers in words
    ("six hundred million") are English and left alone.

    ## Why is this bad?
    No English reader counts in hundreds of millions or tens of thousands: the figure has
    to be multiplied out before it means anything, and a reader who misreads the unit is
    off by a factor of a hundred.

    ## Example
    ```text
    The reservoirs hold 122.17 hundred million cubic meters of water.
    ```

    ## Use instead
    ```text
    The reservoirs hold 12.217 billion cubic meters of water.
    ```

    ## Fix safety
    Unsafe: the computed value is exact, but the sentence around it (a range, a figure in
    a table, "more than") may need rewording, so a person applies it.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        span = m.group()
        if m.group("num"):
            unit = regex.sub(r"\s+", " ", m.group("unit").lower())
            value = figure(m.group("num")) * CHINESE_UNITS[unit]
            in_range = _RANGE.search(text[max(0, m.start() - 16) : m.start()]) is not None
            amount = None if in_range else english_amount(value)
            message = f"“{span}” renders the Chinese unit word for word"
        else:
            amount = stacked_amount(
                figure(m.group("first")),
                m.group("big"),
                figure(m.group("second")),
                m.group("small"),
            )
            if amount is None:
                continue
            message = f"“{span}” writes one amount in two units"
        message += f": {amount}" if amount else ", at both ends of a range: state each in one unit"
        add_row(rows, doc, base + m.start(), base + m.end(), message, amount)
    return output(rows)
