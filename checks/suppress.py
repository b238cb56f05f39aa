"""Applying inline suppressions (see tifa.corpus.suppress) to the findings of a run.

A directive hides the findings that start inside the text it covers and whose code matches
one of its codes or prefixes (any code, when it names none). Directives that hide nothing, or
that are malformed, come back as rows for S701 — but only when every code they name belongs
to a rule that ran: `--select T1` must not call an `ignore P307` stale.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from tifa.checks.rule import add_row, new_rows, output

UNUSED_SUPPRESSION = "S701"


def apply_suppressions(
    findings: pl.DataFrame | None, directives: pl.DataFrame, ran: Sequence[str]
) -> tuple[pl.DataFrame | None, pl.DataFrame]:
    """The findings no directive hides, and S701 rows for directives that hid nothing."""
    rows = new_rows()
    if not directives.height:
        return findings, output(rows)
    by_doc: dict[int, list[tuple[int, int, int, tuple[str, ...]]]] = {}
    used: set[int] = set()
    for i, (doc, scope_start, scope_end, codes, problem) in enumerate(
        directives.select("doc", "scope_start", "scope_end", "codes", "problem").iter_rows()
    ):
        if not problem:
            prefixes = tuple(c for c in codes.split(",") if c)
            by_doc.setdefault(doc, []).append((i, scope_start, scope_end, prefixes))
    keep: list[bool] = []
    if findings is not None:
        for doc, start, code in findings.select("doc", "start", "code").iter_rows():
            hidden = False
            for i, lo, hi, prefixes in by_doc.get(doc, ()):
                if lo <= start < hi and (not prefixes or code.startswith(prefixes)):
                    used.add(i)
                    hidden = True
            keep.append(not hidden)
        findings = findings.filter(pl.Series(keep, dtype=pl.Boolean))
    for i, (doc, start, end, codes, problem) in enumerate(
        directives.select("doc", "start", "end", "codes", "problem").iter_rows()
    ):
        named_codes = [c for c in codes.split(",") if c]
        if problem:
            add_row(rows, doc, start, end, f"malformed tifa directive: {problem}")
        elif i not in used and all(any(r.startswith(p) for r in ran) for p in named_codes):
            named = ", ".join(named_codes) if named_codes else "any rule"
            add_row(rows, doc, start, end, f"this suppression hides nothing ({named}); remove it")
    return findings, output(rows)
