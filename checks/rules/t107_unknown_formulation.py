"""T107 unknown-formulation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks import quotes
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows
from tifa.checks.spans import SpanIndex, indexes
from tifa.glossary import normalize
from tifa.glossary.normalize import SMALL_WORDS

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")
MIN_WORDS, MAX_WORDS = 2, 10


def _title_case(words: list[str]) -> bool:
    significant = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(significant) and all(w[0].isupper() or w[0].isdigit() for w in significant)


@rule("T107", "unknown-formulation", Severity.INFO, Fix.NONE)
def unknown_formulation(ctx: Context) -> pl.DataFrame:
    """A quoted phrase that looks like a formulation and is in no glossary entry.

    ## What it does
    Lists quoted phrases of two to ten words that are not a sentence or reported speech (a
    capital first letter, or punctuation inside the closing quote), not a Title Case name or
    document title, and not covered by any glossary rendering or near miss. Each phrase is
    listed once per document.

    ## Why is this bad?
    It is not an error: Chinese political writing quotes its slogans, so a quoted phrase the
    glossary does not know is a candidate for glossary editors, whose renderings should then be
    kept consistent like the rest.

    ## Example
    ```text
    guide all parties to radiate the spirit of “fighting for reality”
    ```

    ## Use instead
    ```text
    Add 实干 (or whatever the source says) to the glossary with its approved rendering.
    ```

    ## Fix safety
    No fix: the finding asks for a glossary entry, not a change to the text.
    """
    rows = new_rows()
    index = indexes(
        [
            row
            for table in (ctx.hits, ctx.near)
            for row in table.select("doc", "start", "end").iter_rows()
        ]
    )
    nothing = SpanIndex([])
    seen: set[tuple[int, str]] = set()
    for doc, base, text in candidate_rows(ctx.corpus.paragraphs, "text", '["“”]'):
        for pair in quotes.scan(text).pairs:
            inner_start, inner_end = pair.open + 1, pair.close
            raw = text[inner_start:inner_end].strip()
            inner = raw.strip(",;:")
            words = _WORD.findall(inner)
            if not MIN_WORDS <= len(words) <= MAX_WORDS or _SENTENCE_END.search(inner):
                continue
            if raw[-1:] in ",.!?" or inner[:1].isupper():
                continue  # reported speech ("We must act," he said), not a formulation
            if _title_case(words):
                continue
            start, end = base + pair.open, base + pair.close + 1
            if index.get(doc, nothing).overlaps(start, end):
                continue
            key = (doc, normalize.key(inner))
            if key in seen:
                continue
            seen.add(key)
            add_row(rows, doc, start, end, f"quoted phrase “{inner}” is in no glossary entry")
    return output(rows)
