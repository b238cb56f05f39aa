"""P302 mixed-quote-style."""

from __future__ import annotations

from collections import Counter, defaultdict

import polars as pl

from tifa.checks import quotes
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows

_MARKS = {"curly": (quotes.OPENING, quotes.CLOSING), "straight": (quotes.STRAIGHT, quotes.STRAIGHT)}


@rule("P302", "mixed-quote-style", Severity.WARNING, Fix.SAFE)
def mixed_quote_style(ctx: Context) -> pl.DataFrame:
    """Straight and curly double quotes mixed in one document, or in one pair.

    ## What it does
    Reports a quotation opened in one style and closed in the other ("two pre-zones”), and,
    in a document that uses both styles, each quotation in the less common style. A
    quotation inside another one ("the construction of “the Belt and Road” with quality" or
    the reverse) is the inner level of nesting and is left alone.

    ## Why is this bad?
    Mixed marks are the trace of copy-paste between editors and machine translation; in print
    they look like errors, and a pair of mismatched marks often hides a dropped quote.

    ## Example
    ```text
    accelerating the construction of the "two pre-zones” and taking the lead
    ```

    ## Use instead
    ```text
    accelerating the construction of the "two pre-zones" and taking the lead
    ```

    ## Fix safety
    Safe where every quotation mark of the paragraph pairs up: both marks of the quotation
    are replaced by the document's main style and the words inside are not touched. Where a
    mark of the paragraph is left unpaired (P301), which marks belong together is a guess, so
    the fix is only a suggestion.
    """
    rows = new_rows()
    pairs_by_doc: dict[int, list[tuple[int, str, bool, quotes.QuotePair]]] = defaultdict(list)
    for doc, base, text in candidate_rows(ctx.corpus.paragraphs, "text", '["“”]'):
        found = quotes.scan(text)
        balanced = not found.unpaired
        for pair in found.pairs:
            # An inner quotation in the other style is how nesting is written, not a mix.
            if not pair.nested:
                pairs_by_doc[doc].append((base, text, balanced, pair))
    for doc, pairs in pairs_by_doc.items():
        styles = Counter(p.style for _, _, _, p in pairs if p.style != "mixed")
        main = max(("curly", "straight"), key=lambda s: (styles[s], s == "curly"))
        for base, text, balanced, pair in pairs:
            if pair.style == main:
                continue
            opening, closing = _MARKS[main]
            inner = text[pair.open + 1 : pair.close]
            start, end = base + pair.open, base + pair.close + 1
            if pair.style == "mixed":
                message = f"quotation opens with {pair.open_mark} and closes with {pair.close_mark}"
            else:
                message = f"{pair.style} quotes here; this document mostly uses {main} quotes ({styles[main]}×)"
            # Where a mark is unpaired the pairing is a guess: the fix is only a suggestion.
            fix = None if balanced else Fix.UNSAFE
            add_row(rows, doc, start, end, message, opening + inner + closing, fix=fix)
    return output(rows)
