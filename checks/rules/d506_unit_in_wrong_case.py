"""D506 unit-in-wrong-case."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# The SI symbols with a lower-case prefix (k for kilo) that Chinese pages write in capitals,
# each wrong spelling with its symbol. "kW·h" and "kVA" follow the same prefix.
_SYMBOLS = {
    "kv": "kV",
    "kw": "kW",
    "kwh": "kWh",
    "kva": "kVA",
    "km": "km",
    "kg": "kg",
}
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*(?:[ \u00a0]?[-–][ \u00a0]?\d+(?:[.,]\d+)*)?"
    r"[ \u00a0]?(?P<unit>(?i:kwh|kva|kv|kw|km|kg))(?P<power>[²³23])?(?![\p{L}\p{N}])"
)
_PREFILTER = r"\d[ \u00a0]?(?i:kwh|kva|kv|kw|km|kg)(?:[²³23])?(?:[^\p{L}\p{N}]|$)"


@rule("D506", "unit-in-wrong-case", Severity.WARNING, Fix.SAFE)
def unit_in_wrong_case(ctx: Context) -> pl.DataFrame:
    """A unit symbol after a figure written in the wrong case ("500 KV", "20 KM", "3 Kw").

    ## What it does
    Finds the symbols kV, kW, kWh, kVA, km and kg after a figure (or a range of figures)
    in any other case: "500 KV", "35 Kv", "3,000 KW", "1.2 KWH", "20 KM", "5 KG", "60 Km²".
    The symbols in their own case, and the same letters anywhere but after a figure
    ("KM Group"), are left alone.

    ## Why is this bad?
    The case of a unit symbol is part of it: k is kilo, K is kelvin, M is mega, m is milli.
    "500 KV" reads wrong to an engineer and "KG" looks like a typing slip; official and
    technical English writes "500 kV", "20 km", "5 kg".

    ## Example
    ```text
    A 500 KV line runs 86 KM from the new 1,200 KW plant.
    ```

    ## Use instead
    ```text
    A 500 kV line runs 86 km from the new 1,200 kW plant.
    ```

    ## Fix safety
    Safe: only the letters of the symbol change case; the figure and the spacing stay.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        unit = m.group("unit")
        right = _SYMBOLS[unit.lower()]
        if unit == right:
            continue
        add_row(
            rows,
            doc,
            base + m.start("unit"),
            base + m.end("unit"),
            f"the unit symbol is “{right}”, not “{unit}”",
            right,
        )
    return output(rows)
