"""T129 garbled-zone-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# 经济技术开发区 with 技术 dropped, "and" left joining nothing: "Economic and Development
# Zone". Capitalised, as a name: "economic and development zones" in lower case may be a list
# ("economic and development zones' policies" is rare, but not a name).
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<name>Economic{_S}and{_S}Development)"
    rf"(?={_S}(?:Zones?|Areas?|ZONES?|AREAS?)(?![\p{{L}}\p{{N}}'’-]))"
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<caps>ECONOMIC{_S}AND{_S}DEVELOPMENT)"
    rf"(?={_S}(?:ZONES?|AREAS?)(?![\p{{L}}\p{{N}}'’-]))"
)
_PREFILTER = r"(?i)economic[ \u00a0]+and[ \u00a0]+development[ \u00a0]+(?:zone|area)"
_FULL = "Economic and Technological Development"


@rule("T129", "garbled-zone-name", Severity.WARNING, Fix.UNSAFE)
def garbled_zone_name(ctx: Context) -> pl.DataFrame:
    """A development zone's name with a word of it dropped: "Economic and Development Zone".

    ## What it does
    Finds “Economic and Development Zone” (or Area) in a name: “Economic and
    Technological Development Zone” (经济技术开发区) with “Technological” dropped, or an
    “Economic Development Zone” (经济开发区) with a stray “and”. Both real names are left
    alone, and so is “economic and development” in lower case.

    ## Why is this bad?
    “and” joins “Economic” to nothing: the name is neither the state-level zone's nor the
    provincial one's, and a reader cannot tell which of the two the zone is.

    ## Example
    ```text
    The plant opened in the Yingkou Economic and Development Zone last year.
    ```

    ## Use instead
    ```text
    The plant opened in the Yingkou Economic and Technological Development Zone last year.
    ```

    ## Fix safety
    Unsafe: “Economic and Technological Development” is suggested, but a provincial zone is
    an “Economic Development Zone”; the writer checks which.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        suggestion = _FULL.upper() if m.group("caps") else _FULL
        message = (
            f"“{m.group()}” drops a word: the zone is an “{_FULL} Zone” (经济技术开发区) or an "
            "“Economic Development Zone” (经济开发区)"
        )
        add_row(rows, doc, base + m.start(), base + m.end(), message, suggestion)
    return output(rows)
