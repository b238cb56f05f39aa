"""CSV report: one finding per row, for spreadsheets. The run's signature is the last column
of every row: a comment line would break CSV readers, and a row must be traceable on its own."""

from __future__ import annotations

import polars as pl

from tifa.checks.controls import visible
from tifa.checks.report import ReportMeta
from tifa.checks.report.json import FIELDS

# Text columns that can hold article text or a file name. CSV has no escape of its own, so
# control characters are written as escapes (`\x1b`): a spreadsheet or a terminal showing the
# file must not receive them raw. Offsets (start, end) still point at the exact text.
_TEXT = ("path", "message", "span", "suggestion")


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """The CSV report text (header row, then findings)."""
    shown = findings.select(FIELDS).with_columns(
        pl.col(c).map_elements(visible, return_dtype=pl.String) for c in _TEXT
    )
    return shown.with_columns(signature=pl.lit(meta.signature)).write_csv()
