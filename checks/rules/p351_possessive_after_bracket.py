"""P351 possessive-after-bracket."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A possessive hung on a closing bracket: "the Provincial Committee (JPPCC)'s members". The
# bracket ends an aside (most often a body's abbreviation), and an aside cannot own anything.
_PATTERN = regex.compile(r"(?<=[\p{L}\d])\)['’]s(?![\p{L}\d])")
_PREFILTER = r"\)['’]s(?:[^\p{L}\d]|$)"
_MESSAGE = "a possessive after a closing bracket: recast with “of” (“members of the … (ABC)”)"


@rule("P351", "possessive-after-bracket", Severity.WARNING, Fix.NONE)
def possessive_after_bracket(ctx: Context) -> pl.DataFrame:
    """A possessive "'s" glued to a closing bracket ("… Conference (JPPCC)'s members").

    ## What it does
    Finds "'s" or "’s" right after a closing bracket that ends a word or an abbreviation in
    brackets: "the Federation of Industry and Commerce (JFIC)'s leaders".

    ## Why is this bad?
    The bracket closes an aside, usually the abbreviation a body is known by; the possessive
    then belongs to the bracket, which English editors do not allow. The Chinese 的 after a
    name with its abbreviation is rendered with "of" instead.

    ## Example
    ```text
    The Municipal Federation of Trade Unions (MFTU)'s members visited the port.
    ```

    ## Use instead
    ```text
    Members of the Municipal Federation of Trade Unions (MFTU) visited the port.
    ```

    ## Fix safety
    None: the phrase has to be recast, which only a person can do.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        add_row(rows, doc, base + m.start(), base + m.end(), _MESSAGE)
    return output(rows)
