"""P349 stop-before-attribution."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# Verbs of saying that follow a quotation in lower case: the sentence goes on after the
# quotation, so the quotation cannot have ended it. A capital after the mark ("… open." He
# said …) starts a new sentence and is left alone.
_ATTRIBUTION = (
    r"said|says|added|adds|noted|notes|stressed|stresses|explained|explains|remarked|continued"
    r"|emphasi[sz]ed|emphasi[sz]es|pointed out|points out|told|recalled|concluded"
    r"|(?:he|she|they|it|we) (?:said|says|added|noted|stressed|explained)"
)
# A full stop after a word, just inside the closing quotation mark, the attribution after
# it: "The city is open." said Li.
_PATTERN = regex.compile(
    rf"(?<=[\p{{L}}\d)])\.(?=[\"”’'][ \t\u00a0]*(?:{_ATTRIBUTION})(?![\p{{L}}-]))"
)
_PREFILTER = rf"\.[\"”’'][ \t\u00a0]*(?:{_ATTRIBUTION})\b"
# An abbreviation keeps its stop ("… Co. Ltd." said …): a short capitalised word or a
# letter before the stop.
_ABBREVIATION = regex.compile(r"(?:^|[\s(])(?:\p{Lu}[\p{L}]{0,3}|\p{L})$")


@rule("P349", "stop-before-attribution", Severity.WARNING, Fix.UNSAFE)
def stop_before_attribution(ctx: Context) -> pl.DataFrame:
    """A quotation closed with a full stop before the words that say who spoke.

    ## What it does
    Finds a full stop just inside a closing quotation mark followed by a verb of saying in
    lower case: “The city is open.” said Li, “… progress.” he added. The sentence runs on
    after the quotation, so the quotation ends with a comma. A question or exclamation mark
    is kept, and so is a capital after the mark (“… open.” He said later …), which starts a
    new sentence, and the stop of an abbreviation (“… Co. Ltd.” said …).

    ## Why is this bad?
    The full stop ends a sentence that has not ended: the reader meets “said Li” as a
    fragment. Chinese puts the attribution in a sentence of its own (“……。”李说); English
    news writes “The city is open,” said Li.

    ## Example
    ```text
    “The city welcomes investors from all over the world.” said Mayor Li Hua.
    ```

    ## Use instead
    ```text
    “The city welcomes investors from all over the world,” said Mayor Li Hua.
    ```

    ## Fix safety
    Unsafe: a comma is suggested; where the full stop belongs to an abbreviation the text
    needs a person.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if _ABBREVIATION.search(text, 0, m.start()):
            continue
        start = base + m.start()
        message = "a quotation before its attribution ends with a comma, not a full stop"
        add_row(rows, doc, start, start + 1, message, ",")
    return output(rows)
