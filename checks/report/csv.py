"""CSV report: one finding per row, for spreadsheets; the signature goes in a comment line."""

from __future__ import annotations

import polars as pl
from tifa.checks.report import ReportMeta
from tifa.checks.report.json import FIELDS


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """The CSV report text (header row, then findings)."""
    return findings.select(FIELDS).write_csv()
