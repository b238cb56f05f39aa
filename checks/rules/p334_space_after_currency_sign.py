"""P334 space-after-currency-sign."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A currency sign, perhaps after a country prefix ("US$", "HK$"), then spaces, then the amount.
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<sign>(?:US|HK|NT|A|C|S)?[$¥€£₹])(?P<space>[ \u00a0]+)(?=\d)"
)
_PREFILTER = r"[$¥€£₹][ \u00a0]+\d"


@rule("P334", "space-after-currency-sign", Severity.WARNING, Fix.SAFE)
def space_after_currency_sign(ctx: Context) -> pl.DataFrame:
    """A space between a currency sign and the amount ("$ 54.9 billion", "¥ 20").

    ## What it does
    Finds white space between a currency sign ($, ¥, €, £, ₹, also "US$" and "HK$") and
    the number after it. Currency codes and words ("RMB 100", "100 yuan") are left alone:
    they take the space.

    ## Why is this bad?
    English writes a currency sign against the amount; a space there is the trace of
    Chinese typesetting or of a column copied from a table, and it can break the line
    between the sign and the number.

    ## Example
    ```text
    Trade reached $ 54.9 billion, and tickets cost ¥ 20.
    ```

    ## Use instead
    ```text
    Trade reached $54.9 billion, and tickets cost ¥20.
    ```

    ## Fix safety
    Safe: only the white space between the sign and the digits is removed.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        sign = m.group("sign")
        message = f"no space after the currency sign “{sign}”"
        add_row(rows, doc, base + m.start("space"), base + m.end("space"), message, "")
    return output(rows)
