"""R605 paragraph-split-mid-sentence."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output

# A paragraph that stops on a word a sentence cannot end on, before one starting in lower
# case: the page's layout broke a sentence in two.
_DANGLING = r"(?i)\b(?:at|of|the|and|to|in|for|with|by|a|an|on|from|as|or|than|that)$"
_CONTINUES = r"^[\p{Ll}\d]"


@rule("R605", "paragraph-split-mid-sentence", Severity.WARNING, Fix.UNSAFE)
def paragraph_split_mid_sentence(ctx: Context) -> pl.DataFrame:
    """A sentence broken into two paragraphs.

    ## What it does
    In plain-text articles, finds a paragraph that stops on a word no sentence ends on
    ("at", "of", "the", "and" …) and is followed by a paragraph that starts in lower case
    or with a number. Markdown is left alone (list items may look like this).

    ## Why is this bad?
    Readers see two fragments; translation memories, term checks and sentence counts treat
    them as two sentences. Copying text out of a web page's layout leaves such breaks.

    ## Example
    ```text
    Per capita disposable income in rural areas grew at

    about 7.8% last year.
    ```

    ## Use instead
    ```text
    Per capita disposable income in rural areas grew at about 7.8% last year.
    ```

    ## Fix safety
    Unsafe: joining the two paragraphs with a space is suggested; a person checks that the
    break is not deliberate.
    """
    rows = new_rows()
    text_docs = [i for i, d in enumerate(ctx.corpus.docs) if d.fmt == "text"]
    pairs = (
        ctx.corpus.paragraphs.filter(pl.col("doc").is_in(text_docs))
        .sort("doc", "para")
        .with_columns(
            next_text=pl.col("text").shift(-1).over("doc"),
            next_start=pl.col("start").shift(-1).over("doc"),
        )
        .filter(
            pl.col("text").str.contains(_DANGLING) & pl.col("next_text").str.contains(_CONTINUES)
        )
    )
    for doc, end, next_start, text in pairs.select("doc", "end", "next_start", "text").iter_rows():
        last = text.split()[-1]
        # The span runs from the dangling word to the next paragraph, so the suggestion
        # (the word and a space) joins the two.
        add_row(
            rows,
            doc,
            end - len(last),
            next_start,
            f"the paragraph stops on “{last}” and the next one continues the sentence",
            last + " ",
        )
    return output(rows)
