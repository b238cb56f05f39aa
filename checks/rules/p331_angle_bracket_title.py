"""P331 angle-bracket-title."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A capitalised run of at least two words between "<" and ">", with nothing an HTML tag or
# an address has inside ("=", "/", "@", quotes): a title that kept the place of 《》.
_TITLE = r"\p{Lu}[^<>=/@\"\n]*? [^<>=/@\"\n]*?[\p{L}\p{N})]"
_PATTERN = regex.compile(rf"(?<![\p{{L}}\p{{N}}])<(?P<title>{_TITLE})>(?![\p{{L}}\p{{N}}])")
_PREFILTER = r"<\p{Lu}[^<>=/@\"\n]* [^<>=/@\"\n]*>"


@rule("P331", "angle-bracket-title", Severity.WARNING, Fix.UNSAFE)
def angle_bracket_title(ctx: Context) -> pl.DataFrame:
    """A document title between "<" and ">", where the Chinese had 《》.

    ## What it does
    Finds a capitalised title of two or more words set between the less-than and
    greater-than signs ("<Regulations on Optimizing the Business Environment>"), the way
    some translators carry over the Chinese title marks 《》. HTML tags, e-mail addresses and
    links (with "=", "/", "@" or quotes inside) are not matched; the full-width 〈〉 are
    P306's.

    ## Why is this bad?
    English has no title marks: "<" and ">" read as mathematical signs or as a broken
    web tag, and some publishing systems drop the whole title as an unknown tag.

    ## Example
    ```text
    The city issued <The Three-Year Action Plan for Port Upgrading>.
    ```

    ## Use instead
    ```text
    The city issued the Three-Year Action Plan for Port Upgrading.
    ```

    ## Fix safety
    Unsafe: quotation marks are suggested; italics or the bare title with "the" may be
    the house style.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            "“<” and “>” standing in for the Chinese title marks 《》",
            f"“{m.group('title')}”",
        )
    return output(rows)
