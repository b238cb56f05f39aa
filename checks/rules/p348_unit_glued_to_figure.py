"""P348 unit-glued-to-figure."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A figure (not part of a code or a longer token) glued to a unit symbol that reads as
# nothing else: kilometres and metres with their squares, kilograms, watts and volts with
# their prefixes, millimetres, centimetres, hectares. A lone "m" (metres or million) and
# "t" (tonnes or a suffix) are left alone, and so is a symbol with a hyphen after it, a
# compound modifier with its own conventions ("a 2km-long road").
_UNITS = r"km|kg|mm|cm|ha|kwh|kw|kv|kva|mw|gw|gwh|mwh|sq\.?[ \u00a0]?km|m2|m²|m³|m3|km2|km²|km³"
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}.,/#:-])(?P<figure>\d+(?:,\d{3})*(?:\.\d+)?)"
    rf"(?P<unit>(?i:{_UNITS}))(?![\p{{L}}\p{{N}}²³'’-])"
)
_PREFILTER = rf"\d(?i:{_UNITS})(?:[^\p{{L}}\p{{N}}²³'’-]|$)"


@rule("P348", "unit-glued-to-figure", Severity.WARNING, Fix.UNSAFE)
def unit_glued_to_figure(ctx: Context) -> pl.DataFrame:
    """A unit symbol glued to its figure ("210km", "11258km2", "500kV").

    ## What it does
    Finds a figure with a unit symbol written straight after it, with no space: kilometres,
    square kilometres and square metres ("km", "km2", "km²", "m2", "sq km"), kilograms,
    millimetres, centimetres, hectares, and kilowatts, megawatts, gigawatts and kilovolts
    with their hours. Left alone: a lone "m" or "t" (million or metres, tonnes or a
    suffix), a symbol inside a code or a longer token ("G210km", "5G"), and a symbol with a
    hyphen after it ("a 2km-long road"), a compound modifier.

    ## Why is this bad?
    The SI rules, and the house styles of Xinhua and China Daily, set a space between a
    number and its unit symbol ("210 km", "500 kV"). Glued on, the unit reads as part of the
    number, and "11258km2" is hard to read at all.

    ## Example
    ```text
    The new expressway runs 210km and the park covers 12km2 of wetland.
    ```

    ## Use instead
    ```text
    The new expressway runs 210 km and the park covers 12 km² of wetland.
    ```

    ## Fix safety
    Unsafe: the spaced form is suggested; a page may set its figures and units close up on
    purpose, in a table or a product's name.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        unit = m.group("unit")
        add_row(
            rows,
            doc,
            base + m.start("figure"),
            base + m.end("unit"),
            f"a space between the figure and its unit: “{m.group('figure')} {unit}”",
            f"{m.group('figure')} {unit}",
        )
    return output(rows)
