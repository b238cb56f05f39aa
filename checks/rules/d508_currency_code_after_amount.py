"""D508 currency-code-after-amount."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# An amount in figures, perhaps with its scale, then the code of the Chinese currency: "2.5
# billion RMB", "168 million RMB", "3,000 CNY". Not a code before the amount ("RMB 2.5
# billion", the style of the financial pages), not one named twice ("5 million RMB yuan":
# D504's), not a code that goes on into a compound ("RMB-denominated") or names a thing
# ("RMB bonds", "RMB deposits": the currency as a noun's modifier).
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}.,$¥€£])(?<!(?-i:RMB|CNY)[ \u00a0]?)(?P<amount>\d[\d,]*(?:\.\d+)?"
    r"(?:[ \u00a0]+(?:hundred|thousand|million|billion|trillion))?)[ \u00a0]+"
    r"(?P<code>(?-i:RMB|CNY|Rmb))(?![\p{L}\p{N}-])"
    r"(?![ \u00a0]+(?i:yuan|renminbi|bonds?|deposits?|loans?|assets?|accounts?|funds?"
    r"|clearing|settlement|exchange|rate|notes?|business|trade|internationali[sz]ation)\b)"
)
_PREFILTER = (
    r"\d(?:[ \u00a0]+(?:hundred|thousand|million|billion|trillion))?[ \u00a0]+(?:RMB|CNY|Rmb)\b"
)


@rule("D508", "currency-code-after-amount", Severity.WARNING, Fix.UNSAFE)
def currency_code_after_amount(ctx: Context) -> pl.DataFrame:
    """The code of the Chinese currency written after an amount ("3.6 billion RMB").

    ## What it does
    Finds an amount in figures, perhaps with its scale, followed by "RMB" or "CNY": "2.5
    billion RMB", "168 million RMB", "3,000 CNY". Left alone: the code before the amount
    ("RMB 3.6 billion"), the currency named twice ("5 million RMB yuan", D504's), and the
    code as the first word of a compound or a modifier ("RMB-denominated", "RMB bonds",
    "RMB deposits").

    ## Why is this bad?
    Xinhua, China Daily and the State Council write an amount in the Chinese currency as
    "3.6 billion yuan", or with the code before it, "RMB 3.6 billion", as a code is written
    before the figure ("USD 5 million"). The code after the figure is the Chinese order of
    25亿元人民币 kept word for word.

    ## Example
    ```text
    The county signed 12 projects worth 3.6 billion RMB.
    ```

    ## Use instead
    ```text
    The county signed 12 projects worth 3.6 billion yuan.
    ```

    ## Fix safety
    Unsafe: "yuan" is suggested; a page that writes "RMB 3.6 billion" elsewhere may prefer
    that order, and a person chooses.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        amount, code = m.group("amount"), m.group("code")
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"“{amount} {code}”: an amount in the Chinese currency is “{amount} yuan”, or"
            f" “{code} {amount}” with the code first",
            f"{amount} yuan",
        )
    return output(rows)
