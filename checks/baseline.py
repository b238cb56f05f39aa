"""The baseline: findings accepted as they are (old debt, or dismissed as false alarms).

`tifa check --baseline FILE` hides findings whose fingerprint is in FILE; `--write-baseline
FILE` records every current finding; the review UI adds dismissals with a reason. The file is
JSON, sorted, one finding per line-ish, so that diffs in review stay readable:

    {"tifa_baseline": 1, "findings": [{"fingerprint": "…", "code": "T101", "path": "…",
      "span": "…", "reason": "…"}]}
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from tifa.corpus.write import write_bytes_atomic
from tifa.errors import InputError
from tifa.inputs import read_regular_file

FORMAT_VERSION = 1


@dataclass
class Baseline:
    """Accepted findings by fingerprint."""

    entries: dict[str, dict[str, str]] = field(default_factory=dict)

    def __contains__(self, fingerprint: str) -> bool:
        return fingerprint in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def filter(self, findings: pl.DataFrame) -> pl.DataFrame:
        """The findings not accepted by this baseline."""
        if not self.entries:
            return findings
        return findings.filter(~pl.col("fingerprint").is_in(list(self.entries)))

    def add(self, findings: pl.DataFrame, reason: str = "") -> None:
        """Accept these findings (with an optional reason, e.g. a dismissal's)."""
        for row in findings.select("fingerprint", "code", "path", "span").iter_rows(named=True):
            entry = {k: str(v) for k, v in row.items()}
            if reason:
                entry["reason"] = reason
            self.entries[row["fingerprint"]] = entry

    def remove(self, fingerprint: str) -> None:
        """Forget one accepted finding (undo of a dismissal)."""
        self.entries.pop(fingerprint, None)

    def dumps(self) -> str:
        """The file's text: stable order, one entry per line."""
        items = sorted(
            self.entries.values(),
            key=lambda e: (e.get("path", ""), e.get("code", ""), e["fingerprint"]),
        )
        body = ",\n".join("    " + json.dumps(e, ensure_ascii=False, sort_keys=True) for e in items)
        return (
            f'{{\n  "tifa_baseline": {FORMAT_VERSION},\n  "findings": [\n{body}\n  ]\n}}\n'
            if items
            else (f'{{\n  "tifa_baseline": {FORMAT_VERSION},\n  "findings": []\n}}\n')
        )


def load_baseline(path: str | Path, missing_ok: bool = False) -> Baseline:
    """Read a baseline file; InputError (with the line) if it is not one."""
    name = str(path)
    if not Path(path).exists() and not Path(path).is_symlink():
        if missing_ok:
            return Baseline()
        raise InputError(name, "baseline file not found (create it with --write-baseline)")
    try:
        text = read_regular_file(path).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(name, f"cannot read baseline: {error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(name, f"not valid JSON: {error.msg}", error.lineno) from None
    except RecursionError:
        raise InputError(name, "not a tifa baseline: JSON nested too deeply") from None
    if not isinstance(data, dict) or data.get("tifa_baseline") != FORMAT_VERSION:
        raise InputError(
            name, f'not a tifa baseline (expected "tifa_baseline": {FORMAT_VERSION})', 1
        )
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise InputError(name, '"findings" must be a list', 1)
    baseline = Baseline()
    for item in findings:
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise InputError(name, 'every baseline entry needs a "fingerprint" string')
        baseline.entries[item["fingerprint"]] = {str(k): str(v) for k, v in item.items()}
    return baseline


def save_baseline(path: str | Path, baseline: Baseline) -> None:
    """Write the baseline atomically."""
    write_bytes_atomic(Path(path), baseline.dumps().encode("utf-8"))
