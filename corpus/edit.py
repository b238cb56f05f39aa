"""Edits by offsets in a document's text, and writing them to its file — one mechanism for
articles and bilingual files alike.

An article's text is its file, so an edit is applied as it is. A bilingual file's text is a
view of its units' English (`tifa.corpus.pairs`); each edit is moved to where that English is
stored and written in the file's notation (PO string escapes, XML entities, CSV quotes), so
everything else in the file stays byte for byte. An edit that cannot be placed exactly — across
two units, inside inline markup, or with text the field cannot hold — is refused, never
approximated.
"""

from __future__ import annotations

import contextlib
from bisect import bisect_right
from dataclasses import dataclass, replace

from tifa.corpus.document import Document
from tifa.corpus.pairs import pair_document
from tifa.corpus.pairs.base import Run, Unit
from tifa.corpus.write import write_text_atomic
from tifa.errors import InputError


@dataclass(frozen=True)
class Edit:
    """Replace `text[start:end]` with `replacement`."""

    start: int
    end: int
    replacement: str


def plan_edits(edits: list[Edit]) -> list[Edit]:
    """The edits one pass applies: earliest first; an edit overlapping an earlier one waits for
    the next pass."""
    chosen: list[Edit] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position:
            continue
        chosen.append(edit)
        position = edit.end
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, int]:
    """Apply non-overlapping edits (see plan_edits). Returns the new text and the number
    applied."""
    out: list[str] = []
    position = 0
    chosen = plan_edits(edits)
    for edit in chosen:
        out.append(text[position : edit.start])
        out.append(edit.replacement)
        position = edit.end
    out.append(text[position:])
    return "".join(out), len(chosen)


def file_start(runs: list[Run], position: int, fallback: int) -> int:
    """Where the character at `position` of a unit's English is stored in the file."""
    i = bisect_right([r[0] for r in runs], position) - 1
    if i < 0:
        return fallback
    t0, t1, f0, f1 = runs[i]
    if t1 - t0 != f1 - f0:  # an escape: never cut
        return f0
    return min(f0 + position - t0, f1)


def file_end(runs: list[Run], position: int, fallback: int) -> int:
    """Where the English up to (not including) `position` ends in the file."""
    if position <= 0:
        return file_start(runs, 0, fallback)
    i = bisect_right([r[0] for r in runs], position - 1) - 1
    if i < 0:
        return fallback
    t0, t1, f0, f1 = runs[i]
    if t1 - t0 != f1 - f0:
        return f1
    return min(f0 + position - t0, f1)


def _unit_at(document: Document, start: int) -> tuple[Unit, int]:
    layout = document.layout
    assert layout is not None
    i = bisect_right(layout.starts, start) - 1
    return layout.units[max(i, 0)], layout.starts[max(i, 0)]


def file_edit(document: Document, edit: Edit) -> Edit:
    """The edit of the document's file that makes `edit` to its view; InputError when it
    cannot be placed exactly."""
    unit, base = _unit_at(document, edit.start)
    if edit.end > base + len(unit.tgt):
        raise InputError(document.name, "fix not applied: it spans two units", unit.line)
    if not unit.placeable:
        raise InputError(
            document.name,
            "fix not applied: the English here is not stored as plain text "
            "(inline markup); edit it in a CAT tool",
            unit.line,
        )
    replacement = unit.escape(edit.replacement)
    if replacement is None:
        raise InputError(
            document.name,
            f"fix not applied: {edit.replacement!r} cannot be stored in this field",
            unit.line,
        )
    a, b = edit.start - base, edit.end - base
    fa = file_start(unit.runs, a, unit.file_start)
    fb = file_end(unit.runs, b, unit.file_start) if b > a else fa
    return Edit(fa, fb, replacement)


def file_text_after(document: Document, edits: list[Edit]) -> tuple[str, int, list[InputError]]:
    """The document's file text with `edits` (offsets in the document text) made, how many
    were made, and the edits refused (one InputError each, for the caller to report)."""
    layout = document.layout
    if layout is None or layout.raw is None:
        new_text, applied = apply_edits(document.text, edits)
        return new_text, applied, []
    placed, refused = [], []
    for edit in edits:
        try:
            placed.append(file_edit(document, edit))
        except InputError as error:
            refused.append(error)
    new_raw, applied = apply_edits(layout.raw, placed)
    return new_raw, applied, refused


def wrote(document: Document, file_text: str, digest: str) -> None:
    """Record that the document's file now holds `file_text` (digest `digest`)."""
    document.digest = digest
    if document.layout is not None and document.layout.raw is not None:
        document.layout.raw = file_text  # the view is stale until the file is read again
    else:
        document.text = file_text


def write_edits(document: Document, edits: list[Edit]) -> tuple[int, list[InputError]]:
    """Apply `edits` (offsets in the document text) to the document's file, atomically.

    Returns how many were applied and the edits refused (one InputError each, for the caller to
    report). A file changed on disk since it was read is not overwritten (InputError).
    """
    if document.path is None:
        raise InputError(document.name, "standard input cannot be written to")
    new_text, applied, refused = file_text_after(document, edits)
    if applied and new_text != document.file_text:
        digest = write_text_atomic(document.path, new_text, document.encoding, document.digest)
        wrote(document, new_text, digest)
    return applied, refused


def edited_document(document: Document, edits: list[Edit]) -> Document:
    """The document as it would be with `edits` made, in memory (nothing is written).

    A bilingual file's edits are made in its file text, which is then read again, so that the
    result is exactly what `write_edits` would leave on disk; edits that cannot be placed are
    left out, as they would be there.
    """
    layout = document.layout
    if layout is None or layout.raw is None or layout.reader is None:
        new_text, _ = apply_edits(document.text, edits)
        return replace(document, text=new_text, line_starts=[])
    placed = []
    for edit in edits:
        with contextlib.suppress(InputError):
            placed.append(file_edit(document, edit))
    new_raw, _ = apply_edits(layout.raw, placed)
    return pair_document(document.name, document.path, new_raw, document.encoding,
                         document.digest, layout.reader)  # fmt: skip
