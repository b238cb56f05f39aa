"""R602 garbled-encoding."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# Punctuation as it looks after a wrong decoding: GBK read as Latin-1 (the sites' old
# pages) and UTF-8 read as Windows-1252. Each sequence stands for exactly one mark.
REPAIRS = {
    "¡¯": "’", "¡®": "‘", "¡°": "“", "¡±": "”", "¨C": "–", "¡ª": "—", "¡¢": "、",
    "â€™": "’", "â€˜": "‘", "â€œ": "“", "â€\x9d": "”", "â€“": "–", "â€”": "—", "â€¦": "…",
}  # fmt: skip
_PATTERN = regex.compile("|".join(regex.escape(k) for k in sorted(REPAIRS, key=len, reverse=True)))


@rule("R602", "garbled-encoding", Severity.ERROR, Fix.SAFE)
def garbled_encoding(ctx: Context) -> pl.DataFrame:
    """Punctuation garbled by a wrong character encoding.

    ## What it does
    Finds the character sequences a quotation mark, apostrophe or dash turns into when
    Chinese-encoded (GBK) text is read as Latin-1 ("Wang Yi¡¯ou", "¡°three zones¡±", "¨C")
    or UTF-8 text as Windows-1252 ("Dalianâ€™s").

    ## Why is this bad?
    The garbled marks are published as they are; readers see noise where a name or a quoted
    formulation should be, and search for the name fails.

    ## Example
    ```text
    the ¡°two pre-zones¡± of Dalian¡¯s economy
    ```

    ## Use instead
    ```text
    the “two pre-zones” of Dalian’s economy
    ```

    ## Fix safety
    Safe: each sequence is replaced by the one mark it encodes; these sequences do not occur
    in English text otherwise.
    """
    rows = new_rows()
    for doc, base, _text, m in matches(ctx.segments, "tgt", "¡|¨C|â€", _PATTERN):
        repaired = REPAIRS[m.group()]
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"“{m.group()}” is a garbled “{repaired}” (wrong character encoding)",
            repaired,
        )
    return output(rows)
