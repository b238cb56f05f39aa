"""T118 great-for-greater."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_place

_S = r"[ \u00a0]+"
# "Great" before a capitalised word: the word is then looked up as a city or province. "Bay
# Area" is the one region named so (粤港澳大湾区, the Greater Bay Area), "area" in lower case
# too ("the Great Bay area of Guangdong, Hong Kong and Macao").
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<word>Great){_S}"
    rf"(?P<place>Bay{_S}(?i:area)|\p{{Lu}}\p{{Ll}}+(?:['’]\p{{Ll}}+)?)(?![\p{{L}}\p{{N}}'’-])"
)
_PREFILTER = r"Great[ \u00a0]+\p{Lu}"
_BAY_AREA = regex.compile(rf"Bay{_S}(?i:area)")


@rule("T118", "great-for-greater", Severity.WARNING, Fix.UNSAFE)
def great_for_greater(ctx: Context) -> pl.DataFrame:
    """Great before a city's name for the wider city ("Great Xi'an", "Great Bay Area").

    ## What it does
    Finds "Great" before the name of a Chinese city or province in the gazetteer ("Great
    Nanchang", "Great Xi'an", "Great Wuhan") and in "Great Bay Area" (or "Great Bay area").
    "Great" before anything else is left alone ("the Great Hall of the People", "the Great
    Wall", "Great Britain").

    ## Why is this bad?
    大西安, 大南昌 name a city with its metropolitan area. English names that "Greater
    Xi'an", as it says "Greater London"; "Great Xi'an" reads as praise, and the region of
    Guangdong, Hong Kong and Macao is officially the Greater Bay Area.

    ## Example
    ```text
    The new line will link the districts of Great Nanchang by 2027.
    ```

    ## Use instead
    ```text
    The new line will link the districts of Greater Nanchang by 2027.
    ```

    ## Fix safety
    Unsafe: "Greater" is suggested; a slogan may mean the adjective, and the writer decides.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        place = m.group("place")
        if not (_BAY_AREA.fullmatch(place) or is_place(place)):
            continue
        add_row(
            rows,
            doc,
            base + m.start("word"),
            base + m.end("word"),
            f"“Great {place}” names the wider area: write “Greater {place}”",
            "Greater",
        )
    return output(rows)
