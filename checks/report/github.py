"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request."""

from __future__ import annotations

import polars as pl

from tifa.checks.controls import visible
from tifa.checks.report import ReportMeta, counts

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    # Line breaks are the command's own escapes; other control characters would reach the
    # Actions log raw (and its viewer reads ANSI sequences), so they are shown escaped.
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(escaped)


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` lines."""
    lines = []
    for row in findings.iter_rows(named=True):
        props = ",".join(
            f"{k}={_escape_property(str(v))}"
            for k, v in (
                ("file", row["path"]),
                ("line", row["line"]),
                ("col", row["col"]),
                ("endLine", row["end_line"]),
                ("endColumn", row["end_col"]),
                ("title", f"{row['code']} {row['name']}"),
            )
        )
        message = row["message"]
        if row["suggestion"] is not None:
            message += f"\nsuggestion: {row['suggestion']!r}"
        lines.append(f"::{_COMMAND[row['severity']]} {props}::{_escape_data(message)}")
    c = counts(findings)
    summary = f"{c['error']} errors, {c['warning']} warnings, {c['info']} info — {meta.signature}"
    lines.append(f"::notice title=tifa::{_escape_data(summary)}")
    return "\n".join(lines) + "\n"
