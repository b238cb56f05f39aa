"""JSON report, schema version 1 (findings.schema.json beside this file describes it)."""

from __future__ import annotations

import json
from json.encoder import encode_basestring

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
    return {**_head(findings, meta), "findings": findings.select(FIELDS).to_dicts()}


def _head(findings: pl.DataFrame, meta: ReportMeta) -> dict[str, object]:
    """Everything in the report but the findings themselves."""
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
    }


# One finding as json.dumps(indent=2) writes it inside the report's findings list.
_FINDING = "    {\n" + ",\n".join(f"      {json.dumps(f)}: %s" for f in FIELDS) + "\n    }"


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """The JSON report text: what json.dumps(document(...), indent=2) writes, the findings
    encoded a column at a time (the indenting encoder is pure Python, and a translation
    memory can have tens of thousands of findings)."""
    text = json.dumps({**_head(findings, meta), "findings": []}, ensure_ascii=False, indent=2)
    if findings.height:
        columns = [_encoded(findings.get_column(f)) for f in FIELDS]
        listed = ",\n".join(_FINDING % row for row in zip(*columns, strict=True))
        tail = '"findings": []\n}'
        assert text.endswith(tail)
        text = text[: -len(tail)] + '"findings": [\n' + listed + "\n  ]\n}"
    return json_safe(text) + "\n"


def _encoded(column: pl.Series) -> list[str]:
    """Each value as json.dumps writes it; a text or integer column without a test per value."""
    values = column.to_list()
    if column.dtype == pl.String:
        return [_NULL if v is None else encode_basestring(v) for v in values]
    if column.dtype.is_integer():
        return [_NULL if v is None else str(v) for v in values]
    return [_value(v) for v in values]


_NULL = json.dumps(None)


def _value(v: object) -> str:
    if isinstance(v, str):
        return encode_basestring(v)
    if type(v) is int:
        return str(v)
    return json.dumps(v)
