"""P307 double-space."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows, matches

_PATTERN = regex.compile(r"(?<=\S) {2,}(?=\S)")
# Between two sentences, which the segmenter splits apart: "… last year.  Recently …".
_BETWEEN = regex.compile(r"(?<=[.!?][\"”’)]?) {2,}(?=[\"“‘(]?\p{Lu})")
_BETWEEN_PREFILTER = r"[.!?][\"”’)]? {2,}[\"“‘(]?\p{Lu}"


@rule("P307", "double-space", Severity.WARNING, Fix.SAFE)
def double_space(ctx: Context) -> pl.DataFrame:
    """Two or more spaces between words.

    ## What it does
    Finds runs of two or more spaces inside a sentence, and between two sentences (the
    typewriter's two spaces after a full stop: "… last year.  Recently …"). Indentation and
    trailing white space are other rules' business.

    ## Why is this bad?
    Extra spaces show as gaps in justified text and break phrase search; they are usually
    left where a word was deleted.

    ## Example
    ```text
    the  Municipal Party Committee
    ```

    ## Use instead
    ```text
    the Municipal Party Committee
    ```

    ## Fix safety
    Safe: the run becomes one space.
    """
    rows = new_rows()
    found: set[tuple[int, int]] = set()
    for doc, base, _text, m in matches(ctx.segments, "tgt", r"\S {2,}\S", _PATTERN):
        found.add((doc, base + m.start()))
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"{len(m.group())} spaces between words",
            " ",
        )
    # The gap between two sentences belongs to neither segment: it is read from the lines.
    for doc, base, text in candidate_rows(ctx.corpus.lines, "text", _BETWEEN_PREFILTER):
        for m in _BETWEEN.finditer(text):
            if (doc, base + m.start()) in found:
                continue
            found.add((doc, base + m.start()))
            add_row(
                rows,
                doc,
                base + m.start(),
                base + m.end(),
                f"{len(m.group())} spaces between sentences",
                " ",
            )
    return output(rows)
