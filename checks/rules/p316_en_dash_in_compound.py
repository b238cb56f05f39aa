"""P316 en-dash-in-compound."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# An en dash closed up between a lower-case word or a number and a lower-case word.
# Ranges (2020–2021) and links between names (Shenyang–Dalian) are what en dashes are for.
_PATTERN = regex.compile(r"(?<=[\p{Ll}\p{N}])–(?=\p{Ll})")


@rule("P316", "en-dash-in-compound", Severity.WARNING, Fix.SAFE)
def en_dash_in_compound(ctx: Context) -> pl.DataFrame:
    """An en dash joining the words of a compound.

    ## What it does
    Finds an en dash with no space around it between a lower-case word or a number and a
    lower-case word: "industrial–park", "300–million-yuan". Number ranges ("2020–2021")
    and links between names ("Shenyang–Dalian") are left alone.

    ## Why is this bad?
    A compound is joined with a hyphen; an en dash there is the trace of a converter or an
    input method, looks wrong in print, and breaks search for the compound.

    ## Example
    ```text
    a 300–million-yuan industrial–park project
    ```

    ## Use instead
    ```text
    a 300-million-yuan industrial-park project
    ```

    ## Fix safety
    Safe: the one mark becomes a hyphen; the words on both sides are not touched.
    """
    rows = new_rows()
    for doc, base, _text, m in matches(ctx.segments, "tgt", r"[\p{Ll}\p{N}]–\p{Ll}", _PATTERN):
        pos = base + m.start()
        add_row(rows, doc, pos, pos + 1, "en dash inside a compound; use a hyphen", "-")
    return output(rows)
