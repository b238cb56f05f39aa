"""R606 escaped-quote."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

_QUOTES = "'\"’‘“”"
# Backslashes a CMS or a JSON export wrote before a quote or apostrophe: "Vanuatu\'s",
# "\"two pre-zones\"", "China\\’s".
_PATTERN = regex.compile(rf"\\+(?=[{_QUOTES}])")
# A backslash elsewhere in the same word means a path or code ("C:\data\'s"), not an escape
# left in prose: there the fix is only a suggestion. Words are looked at this far either side.
_WORD_LIMIT = 200


@rule("R606", "escaped-quote", Severity.WARNING, Fix.SAFE)
def escaped_quote(ctx: Context) -> pl.DataFrame:
    """A quotation mark or apostrophe with a backslash before it.

    ## What it does
    Finds one or more backslashes directly before an apostrophe or a quotation mark, straight
    or curly: "Vanuatu\\'s", "\\"green channel\\"", "China\\\\’s". Markdown files are left
    alone, where a backslash before a quote is the format's own escape.

    ## Why is this bad?
    The backslash is an escape from a database or a web page's script, printed as if it were
    text. Readers see it, and the quotation and apostrophe checks misread the mark after it.

    ## Example
    ```text
    Vanuatu\\'s delegation visited the Dalian Free Trade Zone.
    ```

    ## Use instead
    ```text
    Vanuatu's delegation visited the Dalian Free Trade Zone.
    ```

    ## Fix safety
    Safe: the backslashes are deleted and the mark after them stays as it is, so no word is
    split or joined. Where the word holds another backslash (a file path or code), deleting
    is only suggested.
    """
    rows = new_rows()
    markdown = {i for i, d in enumerate(ctx.corpus.docs) if d.fmt == "markdown"}
    prefilter = rf"\\[{_QUOTES}]"
    for doc, base, text, m in matches(ctx.segments, "tgt", prefilter, _PATTERN):
        if doc in markdown:
            continue
        word = _word_around(text, m.start())
        fix = Fix.UNSAFE if word is None or "\\" in _PATTERN.sub("", word) else None
        mark = text[m.end()]
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"backslash left before {mark}: delete it",
            "",
            fix=fix,
        )
    return output(rows)


def _word_around(text: str, at: int) -> str | None:
    """The white-space-delimited word holding `text[at]`, or None when it is longer than
    any word of prose (bounded, so a text without spaces stays linear)."""
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
        if at - start > _WORD_LIMIT:
            return None
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
        if end - at > _WORD_LIMIT:
            return None
    return text[start:end]
