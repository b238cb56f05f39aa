"""P354 country-after-place-without-comma."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# Countries a city page names after a place: China itself, its neighbours and the partner
# cities' countries. A compass word before "China" ("Northeast China", "South China") is a
# region, not a place with its level word, and never matches: a level word must come first.
_COUNTRY = (
    r"China|Japan|Germany|Mexico|South Korea|the Republic of Korea|Russia|France|Italy|Spain"
    r"|Brazil|Thailand|Vietnam|Viet Nam|Cambodia|Laos|Sri Lanka|India|Pakistan|Kazakhstan"
    r"|Mongolia|the United States|the United Kingdom|Britain|Australia|Canada|Egypt|Kenya"
    r"|South Africa|Nepal|Myanmar|Malaysia|Singapore|Indonesia|the Philippines|Poland"
    r"|Hungary|Serbia|Belarus|Turkey|Iran|Chile|Argentina|Peru|New Zealand|Finland|Sweden"
    r"|Norway|Denmark|the Netherlands|Belgium|Austria|Switzerland|Portugal|Greece"
)
# A place with its level word, then the country with no comma between: "Yunnan Province
# China", "Anuradhapura City Sri Lanka". A capital after the country goes on into a name
# ("Shenzhen City China Merchants …") and a possessive makes one phrase ("… City China's").
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:['’-]\p{L}+)?[ \u00a0]+"
    r"(?P<level>Province|City|Prefecture|province|city|prefecture)"
    rf"(?P<gap>[ \u00a0]+)(?P<country>{_COUNTRY})(?![\p{{L}}\p{{N}}'’-])"
    r"(?![ \u00a0]+\p{Lu})"
)
_PREFILTER = rf"(?i:province|city|prefecture) (?:{_COUNTRY})\b"


@rule("P354", "country-after-place-without-comma", Severity.WARNING, Fix.UNSAFE)
def country_after_place_without_comma(ctx: Context) -> pl.DataFrame:
    """A place with its level word and then its country, with no comma between them.

    ## What it does
    Finds a place named with its level word (Province, City, Prefecture) and then the
    country it is in with nothing between: "In the west of Yunnan Province China",
    "medical supplies for Anuradhapura City Sri Lanka". A region before "China" ("Northeast
    China", "South China") has no level word and is left alone, and so is a country that
    goes on into a name ("… City China Merchants Bank") or takes a possessive.

    ## Why is this bad?
    English sets the larger place off from the smaller with a comma ("Yunnan Province,
    China"); without it the two read as one name.

    ## Example
    ```text
    The delegation visited Kandy City Sri Lanka in May.
    ```

    ## Use instead
    ```text
    The delegation visited Kandy City, Sri Lanka, in May.
    ```

    ## Fix safety
    Unsafe: a comma is suggested after the level word; the comma that closes the aside
    after the country is for a person to add.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        start = base + m.start("level")
        level = m.group("level")
        add_row(
            rows,
            doc,
            start,
            base + m.end("country"),
            f"a comma between the place and its country: “{level}, {m.group('country')}”",
            f"{level}, {m.group('country')}",
        )
    return output(rows)
