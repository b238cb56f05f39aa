"""CSV report: one finding per row, for spreadsheets. The run's signature is the last column
of every row: a comment line would break CSV readers, and a row must be traceable on its own."""

from __future__ import annotations

import polars as pl

from tifa.checks.report import ReportMeta
from tifa.checks.report.json import FIELDS


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """The CSV report text (header row, then findings)."""
    return findings.select(FIELDS).with_columns(signature=pl.lit(meta.signature)).write_csv()
