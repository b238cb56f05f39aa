"""P344 guillemet-quotes."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A quotation set in French guillemets, « … » or » … «, opening on a letter, a figure or a
# quote and closing within the line. A pager's or a breadcrumb's arrows are no quotation:
# "« Prev 1 2 Next »" holds a link word, "Home » News »" no opening mark.
_PATTERN = regex.compile(
    r"(?P<open>«)[ \u00a0]?(?=[\p{L}\p{N}“\"'‘])(?P<body>[^«»\n]{1,300}?)[ \u00a0]?(?P<close>»)"
    r"|(?P<open>»)[ \u00a0]?(?=[\p{L}\p{N}])(?P<body>[^«»\n]{1,300}?)[ \u00a0]?(?P<close>«)"
)
_PREFILTER = r"«[^»\n]{1,300}»|»[^«\n]{1,300}«"
_LINK_WORD = regex.compile(
    r"\b(?:prev(?:ious)?|next|first|last|home|more|back|top)\b|^[\d\s|·.…-]*$", regex.IGNORECASE
)


@rule("P344", "guillemet-quotes", Severity.WARNING, Fix.UNSAFE)
def guillemet_quotes(ctx: Context) -> pl.DataFrame:
    """A quotation set in French guillemets (« … ») in English text.

    ## What it does
    Finds a pair of guillemets around words on one line, « … » or » … « ("themed « Green
    Port, Open City »"), and suggests English double quotes. A pager's arrows ("« Prev 1 2
    Next »") and a breadcrumb's separators ("Home » News »") are left alone.

    ## Why is this bad?
    Guillemets are the quotation marks of French, Russian and other languages; English news
    writes “ ” (or straight quotes). They show that the text passed through another language
    or a foreign keyboard layout, and the spaces French sets inside them are wrong in English.

    ## Example
    ```text
    The fair, themed « Green Port, Open City », drew 300 exhibitors.
    ```

    ## Use instead
    ```text
    The fair, themed “Green Port, Open City”, drew 300 exhibitors.
    ```

    ## Fix safety
    Unsafe: curly quotes are suggested; the document's own quote style (curly or straight)
    decides which a person keeps.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        body = m.group("body")
        if _LINK_WORD.search(body):
            continue
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"“{m.group()}”: guillemets are not English quotation marks; write “{body.strip()}”",
            f"“{body.strip()}”",
        )
    return output(rows)
