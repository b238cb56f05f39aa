"""What `tifa check` prints besides the report: the unified diff of `--diff` and the list of
fixes of `--show-fixes`."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from tifa.checks.fix import AppliedFix
from tifa.corpus import Corpus


def unified_diff(before: Sequence[str], after: Corpus) -> str:
    """A unified diff per changed file (`before`: each document's `file_text`), `a/NAME` to
    `b/NAME`, as `git apply` reads it."""
    out: list[str] = []
    for old, doc in zip(before, after.docs, strict=True):
        if old == doc.file_text:
            continue
        out.extend(
            difflib.unified_diff(
                old.splitlines(keepends=True),
                doc.file_text.splitlines(keepends=True),
                fromfile=f"a/{doc.name}",
                tofile=f"b/{doc.name}",
            )
        )
        if out and not out[-1].endswith("\n"):
            out[-1] += "\n\\ No newline at end of file\n"
    return "".join(out)


def fix_list(applied: Sequence[AppliedFix], names: Sequence[str]) -> str:
    """One line per fix: `path:line:col: CODE 'old' → 'new'`, then a count per rule."""
    lines = [f"{names[f.doc]}:{f.line}:{f.col}: {f.code} {f.old!r} → {f.new!r}" for f in applied]
    counts: dict[str, int] = {}
    for f in applied:
        counts[f.code] = counts.get(f.code, 0) + 1
    total = f"{len(applied)} fix{'es' if len(applied) != 1 else ''}"
    if counts:
        total += " (" + ", ".join(f"{code} {n}" for code, n in sorted(counts.items())) + ")"
    return "\n".join([*lines, total]) + "\n"
