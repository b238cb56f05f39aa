"""Applying fixes: replace spans with suggestions, never two overlapping edits in one pass."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import polars as pl

from tifa.corpus import Corpus
from tifa.corpus.document import Document
from tifa.corpus.edit import Edit, apply_edits, edited_document, file_text_after, plan_edits, wrote
from tifa.corpus.read import build_corpus
from tifa.corpus.write import already_changed, check_writable, encode_text, write_bytes_atomic
from tifa.errors import InputError

READONLY_HINT = " (pass --fix-readonly to rewrite read-only files)"

__all__ = ["Edit", "apply_edits", "fix_corpus", "plan_edits", "safe_edits"]


def safe_edits(findings: pl.DataFrame) -> dict[int, list[Edit]]:
    """The edits `--fix` may make: safe fixes with a suggestion, grouped by document."""
    fixable = findings.filter((pl.col("fix") == "safe") & pl.col("suggestion").is_not_null())
    edits: dict[int, list[Edit]] = {}
    for doc, start, end, suggestion in fixable.select(
        "doc", "start", "end", "suggestion"
    ).iter_rows():
        edits.setdefault(doc, []).append(Edit(start, end, suggestion))
    return edits


def fix_corpus(
    corpus: Corpus,
    findings: pl.DataFrame,
    changed: list[str] | None = None,
    allow_readonly: bool = False,
    refused: Callable[[InputError], None] | None = None,
) -> int:
    """Write the safe fixes to the documents' files; the number of fixes applied.

    Every write is checked before the first is made (the file's decoding gives back its exact
    bytes, `Encoding.require_exact`; the new text fits the file's encoding; the file may be
    written; it has not changed on disk), so a run that cannot finish changes nothing. Should
    a write still fail, the InputError names the files already changed; the names written are
    appended to `changed` (kept across passes by the caller). A fix that cannot be placed
    exactly in a bilingual file is left out and passed to `refused`.
    """
    changed = [] if changed is None else changed
    planned: list[tuple[Document, str, bytes, int]] = []
    for doc, edits in safe_edits(findings).items():
        document = corpus.docs[doc]
        if document.path is None:
            continue
        new_text, applied, errors = file_text_after(document, edits)
        for error in errors:
            if refused:
                refused(error)
        if applied and new_text != document.file_text:
            document.encoding.require_exact(document.name)
            data = encode_text(document.path, new_text, document.encoding)
            check_writable(document.path, allow_readonly, READONLY_HINT)
            planned.append((document, new_text, data, applied))
    total = 0
    for document, new_text, data, applied in planned:
        assert document.path is not None
        try:
            write_bytes_atomic(document.path, data, document.digest, allow_readonly, READONLY_HINT)
        except InputError as error:
            raise already_changed(error, changed) from None
        wrote(document, new_text, Document.digest_of(data))
        changed.append(str(document.path))
        total += applied
    return total


@dataclass(frozen=True)
class AppliedFix:
    """A fix made in memory: where (in the text before its pass), what, and by which rule."""

    doc: int
    line: int
    col: int
    code: str
    old: str
    new: str


def planned_fixes(findings: pl.DataFrame) -> list[tuple[Edit, AppliedFix]]:
    """The safe fixes one pass applies (see plan_edits), each with where it is and its rule,
    in document order. `old` is left empty: the caller knows the text."""
    fixable = findings.filter((pl.col("fix") == "safe") & pl.col("suggestion").is_not_null())
    by_doc: dict[int, list[tuple[Edit, AppliedFix]]] = {}
    for doc, start, end, new, line, col, code in fixable.select(
        "doc", "start", "end", "suggestion", "line", "col", "code"
    ).iter_rows():
        by_doc.setdefault(doc, []).append(
            (Edit(start, end, new), AppliedFix(doc, line, col, code, "", new))
        )
    out: list[tuple[Edit, AppliedFix]] = []
    for doc in sorted(by_doc):
        info = {id(edit): fixed for edit, fixed in by_doc[doc]}
        out.extend((edit, info[id(edit)]) for edit in plan_edits([e for e, _ in by_doc[doc]]))
    return out


def fix_in_memory(
    corpus: Corpus,
    findings: pl.DataFrame,
    check: Callable[[Corpus], pl.DataFrame],
    passes: int = 10,
) -> tuple[Corpus, pl.DataFrame, list[AppliedFix]]:
    """Apply safe fixes pass after pass without writing anything (for `--diff` and `--fix` on
    standard input): the fixed corpus, its findings, and every fix applied, in order."""
    applied: list[AppliedFix] = []
    for _ in range(passes):
        planned = planned_fixes(findings)
        docs = list(corpus.docs)
        changed = False
        for doc in sorted({fixed.doc for _, fixed in planned}):
            edits = [(edit, fixed) for edit, fixed in planned if fixed.doc == doc]
            text = docs[doc].text
            new_text, _ = apply_edits(text, [edit for edit, _ in edits])
            if new_text == text:
                continue
            changed = True
            applied.extend(replace(f, old=text[e.start : e.end]) for e, f in edits)
            docs[doc] = edited_document(docs[doc], [edit for edit, _ in edits])
        if not changed:
            break
        corpus = build_corpus(docs)
        findings = check(corpus)
    return corpus, findings, applied
