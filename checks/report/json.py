"""JSON report, schema version 1 (findings.schema.json beside this file describes it)."""

from __future__ import annotations

import json

import polars as pl

from tifa.checks.controls import json_safe
from tifa.checks.report import ReportMeta, counts

SCHEMA_VERSION = 1
FIELDS = (
    "path", "line", "col", "end_line", "end_col", "start", "end", "code", "name", "severity",
    "message", "span", "suggestion", "fix", "term_id", "fingerprint",
)  # fmt: skip


def document(findings: pl.DataFrame, meta: ReportMeta) -> dict[str, object]:
    """The report as a JSON-ready dict."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "tifa", "version": meta.version},
        "signature": meta.signature,
        "glossary": {"digest": meta.glossary_digest, "entries": meta.glossary_entries},
        "rules": [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.severity.value,
                "fix": r.fix.value,
                "summary": r.summary,
            }
            for r in meta.rules
        ],
        "files": [d.name for d in meta.corpus.docs],
        "summary": {
            **counts(findings),
            "total": findings.height,
            "baselined": meta.baselined,
            "fixed": meta.fixed,
        },
        "findings": findings.select(FIELDS).to_dicts(),
    }


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """The JSON report text."""
    return json_safe(json.dumps(document(findings, meta), ensure_ascii=False, indent=2)) + "\n"
