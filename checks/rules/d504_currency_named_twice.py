"""D504 currency-named-twice."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A currency before the amount (a sign, "US$", or a code) and a currency word after it and
# its scale: "RMB 402 billion yuan", "US$ 5 million dollars", "$3,051.66 yuan". A currency
# word that goes on into a compound ("yuan-denominated") qualifies the next noun.
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<before>(?:US|HK|NT|A|C|S)?[$¥€£]|(?-i:RMB|Rmb|CNY|USD|EUR|HKD|GBP|JPY))"
    r"[ \u00a0]?\d[\d,]*(?:\.\d+)?(?:[ \u00a0]+(?:hundred|thousand|million|billion|trillion)s?)?"
    r"[ \u00a0]+(?P<after>yuan|renminbi|(?:US[ \u00a0]+)?dollars?|euros?|pounds?(?:[ \u00a0]+sterling)?|"
    r"(?-i:RMB|CNY|USD|EUR|HKD|GBP|JPY))(?![\p{L}\p{N}-])"
    # Both after the amount: "10 billion yuan RMB", "5 million RMB yuan".
    r"|(?<![\p{L}\p{N}.,])\d[\d,]*(?:\.\d+)?(?:[ \u00a0]+(?:hundred|thousand|million|billion|trillion)s?)?"
    r"[ \u00a0]+(?P<first>yuan|(?-i:RMB))[ \u00a0]+(?P<second>(?-i:RMB)|yuan|renminbi)"
    r"(?![\p{L}\p{N}-])",
    regex.IGNORECASE,
)
_PREFILTER = (
    r"(?i)(?:[$¥€£]|RMB|CNY|USD|EUR|HKD|GBP|JPY)[ \u00a0]?\d[\d,.]*(?:[ \u00a0]+\p{L}+)?[ \u00a0]+"
    r"(?:yuan|renminbi|us|dollar|euro|pound|RMB|CNY|USD|EUR|HKD|GBP|JPY)"
    r"|(?i)\d(?:[ \u00a0]+\p{L}+)?[ \u00a0]+(?:yuan[ \u00a0]+(?:RMB|renminbi)|RMB[ \u00a0]+yuan)"
)


@rule("D504", "currency-named-twice", Severity.WARNING, Fix.NONE)
def currency_named_twice(ctx: Context) -> pl.DataFrame:
    """An amount with its currency both before and after it ("RMB 402 billion yuan").

    ## What it does
    Finds an amount that a currency sign or code opens ("$", "US$", "¥", "RMB", "USD") and
    a currency word or code closes ("yuan", "dollars", "euros", "RMB"), with its scale
    between them ("million", "billion"): "RMB 402 billion yuan", "US$ 5 million dollars",
    and a dollar sign on a sum in yuan ("$3,051.66 yuan"); and the yuan named twice after
    the amount ("10 billion yuan RMB", "5 million RMB yuan"). A currency word that goes on
    into a compound ("RMB 5 billion yuan-denominated bonds") is left alone.

    ## Why is this bad?
    Chinese writes 人民币4020亿元 with the currency twice over; English names it once. Said
    twice it reads as a slip, and a dollar sign on an amount in yuan leaves the reader
    unsure which currency the figure is in, a difference of seven times.

    ## Example
    ```text
    The companies signed contracts worth RMB 402 billion yuan and US$ 5 million dollars.
    ```

    ## Use instead
    ```text
    The companies signed contracts worth 402 billion yuan and 5 million US dollars.
    ```

    ## Fix safety
    No fix: which of the two the writer meant, and which to keep, is for a person to say.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("first") is not None:
            first, second = m.group("first"), m.group("second")
            if first.lower() == second.lower():
                continue
            message = f"the currency is named twice after the amount, “{first} {second}”"
        else:
            before, after = m.group("before"), m.group("after")
            message = (
                f"the currency is named twice, “{before}” before the amount and “{after}” after it"
            )
        add_row(rows, doc, base + m.start(), base + m.end(), message)
    return output(rows)
