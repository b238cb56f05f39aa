"""Applying fixes: replace spans with suggestions, never two overlapping edits in one pass."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from tifa.corpus import Corpus
from tifa.corpus.write import write_text_atomic


@dataclass(frozen=True)
class Edit:
    """Replace `text[start:end]` with `replacement`."""

    start: int
    end: int
    replacement: str


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, int]:
    """Apply non-overlapping edits (earliest first; an edit overlapping an applied one waits for
    the next pass). Returns the new text and the number applied."""
    out: list[str] = []
    position = 0
    applied = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position:
            continue
        out.append(text[position : edit.start])
        out.append(edit.replacement)
        position = edit.end
        applied += 1
    out.append(text[position:])
    return "".join(out), applied


def safe_edits(findings: pl.DataFrame) -> dict[int, list[Edit]]:
    """The edits `--fix` may make: safe fixes with a suggestion, grouped by document."""
    fixable = findings.filter((pl.col("fix") == "safe") & pl.col("suggestion").is_not_null())
    edits: dict[int, list[Edit]] = {}
    for doc, start, end, suggestion in fixable.select(
        "doc", "start", "end", "suggestion"
    ).iter_rows():
        edits.setdefault(doc, []).append(Edit(start, end, suggestion))
    return edits


def fix_corpus(corpus: Corpus, findings: pl.DataFrame) -> int:
    """Write the safe fixes to the documents' files atomically; the number of fixes applied.

    A file changed on disk since it was read is not overwritten (InputError).
    """
    total = 0
    for doc, edits in safe_edits(findings).items():
        document = corpus.docs[doc]
        if document.path is None:
            continue
        new_text, applied = apply_edits(document.text, edits)
        if applied and new_text != document.text:
            document.digest = write_text_atomic(
                document.path, new_text, document.encoding, document.digest
            )
            document.text = new_text
            total += applied
    return total
