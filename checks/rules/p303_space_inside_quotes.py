"""P303 space-inside-quotes."""

from __future__ import annotations

import polars as pl

from tifa.checks import quotes
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows

_SPACES = " \t\u3000"


@rule("P303", "space-inside-quotes", Severity.WARNING, Fix.SAFE)
def space_inside_quotes(ctx: Context) -> pl.DataFrame:
    """White space just inside a quotation mark.

    ## What it does
    Finds spaces right after an opening quote or right before a closing quote.

    ## Why is this bad?
    A stray space detaches the mark from the words it quotes; line breaks can then strand the
    mark at the end or start of a line. It is a common trace of full-width Chinese quotes
    replaced by straight ones.

    ## Example
    ```text
    adhere to the concept of " grasping the project is seeking development"
    ```

    ## Use instead
    ```text
    adhere to the concept of "grasping the project is seeking development"
    ```

    ## Fix safety
    Safe where every quotation mark of the paragraph pairs up: only the white space is
    removed. Where a mark is left unpaired (P301), the side a mark belongs to is a guess and
    the fix is only a suggestion.
    """
    rows = new_rows()
    for doc, base, text in candidate_rows(
        ctx.corpus.paragraphs, "text", r'["“][ \t\u3000]|[ \t\u3000]["”]'
    ):
        found = quotes.scan(text)
        # Where a mark is unpaired the pairing is a guess: removing the space could glue a
        # closing quote to the next word, so the fix is only a suggestion.
        fix = Fix.UNSAFE if found.unpaired else None
        for pair in found.pairs:
            inner = text[pair.open + 1 : pair.close]
            if not inner.strip():
                continue
            # Spaces only: a line break inside a quotation is the paragraph's layout.
            lead = len(inner) - len(inner.lstrip(_SPACES))
            trail = len(inner) - len(inner.rstrip(_SPACES))
            if lead:
                s = base + pair.open + 1
                add_row(rows, doc, s, s + lead, "space after the opening quote", "", fix=fix)
            if trail:
                e = base + pair.close
                add_row(rows, doc, e - trail, e, "space before the closing quote", "", fix=fix)
    return output(rows)
