"""T107 unknown-formulation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks import quotes
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows
from tifa.checks.spans import overlapped
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
    # The phrases of each distinct paragraph text are found once (a translation memory
    # repeats its units), then every occurrence is asked at once whether a glossary
    # rendering or near miss covers it.
    phrases: dict[str, list[tuple[int, int, str]]] = {}
    found: list[tuple[int, int, int, str]] = []
    for doc, base, text in candidate_rows(ctx.corpus.paragraphs, "text", '["“”]'):
        in_text = phrases.get(text)
        if in_text is None:
            in_text = phrases[text] = _phrases(text)
        found.extend((doc, base + start, base + end, inner) for start, end, inner in in_text)
    spans = pl.concat(
        [
            t.select(pl.col(c).cast(pl.Int64) for c in ("doc", "start", "end"))
            for t in (ctx.hits, ctx.near)
        ]
    )
    covered = overlapped(spans, [(doc, start, end) for doc, start, end, _ in found])
    seen: set[tuple[int, str]] = set()
    for (doc, start, end, inner), known in zip(found, covered, strict=True):
        if known:
            continue
        key = (doc, normalize.key(inner))
        if key in seen:
            continue
        seen.add(key)
        add_row(rows, doc, start, end, f"quoted phrase “{inner}” is in no glossary entry")
    return output(rows)


def _phrases(text: str) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of each quoted phrase of `text` that may be a formulation:
    two to ten words, no sentence or reported speech, not in Title Case."""
    out = []
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
        out.append((pair.open, pair.close + 1, inner))
    return out
