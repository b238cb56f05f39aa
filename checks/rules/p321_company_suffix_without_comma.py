"""P321 company-suffix-without-comma."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# "Co." and "Ltd." with the comma between them dropped, spaced or run together. "Co Ltd"
# without stops is a consistent style of its own and is left alone.
_PATTERN = regex.compile(r"(?<![\p{L}.])Co\.[ \t]?Ltd\b")


@rule("P321", "company-suffix-without-comma", Severity.WARNING, Fix.UNSAFE)
def company_suffix_without_comma(ctx: Context) -> pl.DataFrame:
    """A company name ending in "Co. Ltd." without the comma.

    ## What it does
    Finds "Co. Ltd" and "Co.Ltd" closing a company name, where Chinese companies register
    their English names as "Co., Ltd.". "Co., Ltd." and "Co Ltd" (no stops at all) are left
    alone.

    ## Why is this bad?
    The name does not match the company's registered English name, and the same company is
    then written two ways in one text, which search and term checks count as two.

    ## Example
    ```text
    Dalian Port Machinery Co. Ltd. signed the agreement.
    ```

    ## Use instead
    ```text
    Dalian Port Machinery Co., Ltd. signed the agreement.
    ```

    ## Fix safety
    Unsafe: "Co., Ltd" is suggested; a company registered abroad may write its name
    otherwise, so a person checks it.
    """
    rows = new_rows()
    for doc, base, _text, m in matches(ctx.segments, "tgt", r"Co\.[ \t]?Ltd", _PATTERN):
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"“{m.group()}”: a company name is written “Co., Ltd”",
            "Co., Ltd",
        )
    return output(rows)
