"""SARIF 2.1.0: the format code-scanning services (GitHub, GitLab, Azure) read."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from tifa.checks.controls import json_safe
from tifa.checks.report import ReportMeta
from tifa.checks.rule import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return Path(path).as_posix() if path != "<stdin>" else "stdin"


def _rule(r: Rule) -> dict[str, object]:
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.doc},
        "help": {"text": r.doc, "markdown": r.doc},
        "defaultConfiguration": {"level": LEVEL[r.severity.value]},
        "properties": {"fix": r.fix.value},
    }


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """The SARIF log text."""
    index = {r.code: i for i, r in enumerate(meta.rules)}
    results = []
    for row in findings.iter_rows(named=True):
        region = {
            "startLine": row["line"],
            "startColumn": row["col"],
            "endLine": row["end_line"],
            "endColumn": row["end_col"],
            "charOffset": row["start"],
            "charLength": row["end"] - row["start"],
            "snippet": {"text": row["span"]},
        }
        location = {
            "physicalLocation": {"artifactLocation": {"uri": _uri(row["path"])}, "region": region}
        }
        result: dict[str, object] = {
            "ruleId": row["code"],
            "level": LEVEL[row["severity"]],
            "message": {"text": row["message"]},
            "locations": [location],
            "partialFingerprints": {"tifa/v1": row["fingerprint"]},
        }
        if row["code"] in index:
            result["ruleIndex"] = index[row["code"]]
        if row["suggestion"] is not None:
            result["fixes"] = [
                {
                    "description": {
                        "text": f"Replace with {row['suggestion']!r} ({row['fix']} fix)"
                    },
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": _uri(row["path"])},
                            "replacements": [
                                {
                                    "deletedRegion": {
                                        k: region[k]
                                        for k in (
                                            "startLine",
                                            "startColumn",
                                            "endLine",
                                            "endColumn",
                                        )
                                    },
                                    "insertedContent": {"text": row["suggestion"]},
                                }
                            ],
                        }
                    ],
                }
            ]
        if row["term_id"] is not None:
            result["properties"] = {"term": row["term_id"]}
        results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "tifa",
                        "version": meta.version,
                        "informationUri": "https://pypi.org/project/tifa/",
                        "rules": [_rule(r) for r in meta.rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": [
                    {"location": {"uri": _uri(d.name)}, "encoding": d.encoding.codec}
                    for d in meta.corpus.docs
                ],
                "results": results,
                "properties": {"signature": meta.signature, "glossaryDigest": meta.glossary_digest},
            }
        ],
    }
    return json_safe(json.dumps(log, ensure_ascii=False, indent=2)) + "\n"
