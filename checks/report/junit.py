"""JUnit XML: one test case per file, failing when the file has a finding at or above
`--fail-on` — so a CI dashboard shows which articles pass, as the exit code judges them.

Findings below the threshold are listed in the case's `system-out` (they inform, they do not
fail). Cases sit in one test suite named `tifa`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import polars as pl

from tifa.checks.controls import visible
from tifa.checks.report import ReportMeta

RANK = {"info": 1, "warning": 2, "error": 3, "never": 4}


def _line(path: str, row: dict[str, object]) -> str:
    text = f"{path}:{row['line']}:{row['col']}: {row['code']} [{row['severity']}] {row['message']}"
    if row["suggestion"] is not None:
        text += f" (suggestion: {row['suggestion']!r})"
    # XML 1.0 cannot hold most control characters at all: they are shown escaped.
    return visible(text)


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """The JUnit XML report text."""
    threshold = RANK[meta.fail_on]
    root = ET.Element("testsuites", name="tifa")
    suite = ET.SubElement(root, "testsuite", name="tifa")
    ET.SubElement(
        ET.SubElement(suite, "properties"), "property", name="signature", value=meta.signature
    )
    by_path = {path: group for (path,), group in findings.group_by("path", maintain_order=True)}
    failures = 0
    for doc in meta.corpus.docs:
        group = by_path.get(doc.name)
        rows = list(group.iter_rows(named=True)) if group is not None else []
        failing = [r for r in rows if RANK[r["severity"]] >= threshold]
        case = ET.SubElement(suite, "testcase", classname="tifa", name=visible(doc.name))
        if failing:
            failures += 1
            worst = max(failing, key=lambda r: RANK[r["severity"]])["severity"]
            failure = ET.SubElement(
                case,
                "failure",
                message=f"{len(failing)} finding(s) at or above {meta.fail_on}",
                type=worst,
            )
            failure.text = "\n".join(_line(doc.name, r) for r in failing)
        others = [r for r in rows if RANK[r["severity"]] < threshold]
        if others:
            ET.SubElement(case, "system-out").text = "\n".join(_line(doc.name, r) for r in others)
    for element in (root, suite):
        element.set("tests", str(len(meta.corpus.docs)))
        element.set("failures", str(failures))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
