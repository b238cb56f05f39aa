"""A rule may report single findings below its declared severity (never above it).

P308 is the one that does: trailing white space in a translation unit travels with the
segment (a warning), in an article no reader sees it (information only).
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import check_texts, run_cli

from tifa.checks.registry import all_rules

ARTICLE = "The municipal government held an executive meeting. \nIt reviewed the annual plan.\n"
PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "市政府召开常务会议。"
msgstr "The municipal government held an executive meeting. "
"""


def _p308(report: str) -> list[tuple[str, str]]:
    findings = json.loads(report)["findings"]
    return [(f["code"], f["severity"]) for f in findings if f["code"] == "P308"]


def test_trailing_space_in_an_article_is_information(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run_cli(["check", str(path), "-f", "json"])
    assert _p308(result.out) == [("P308", "info")]
    assert result.code == 0  # information never fails a build


def test_trailing_space_in_a_po_unit_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "units.po"
    path.write_text(PO, encoding="utf-8")
    result = run_cli(["check", str(path), "-f", "json"])
    assert _p308(result.out) == [("P308", "warning")]


def test_the_declared_severity_is_an_upper_bound() -> None:
    declared = {r.code: r.severity for r in all_rules()}
    assert declared["P308"].value == "warning"
    found = check_texts(["A line with a space after it. \nAnd one without."], ["P308"])
    assert found["severity"].to_list() == ["info"]
    assert found["span"].to_list() == [" "]
