"""JUnit XML: one test suite per file, one failing test case per finding, one passing case for
a clean file — so CI dashboards show which articles pass."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import polars as pl

from tifa.checks.report import ReportMeta


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """The JUnit XML report text."""
    root = ET.Element("testsuites", name="tifa", tests="0", failures="0")
    ET.SubElement(
        ET.SubElement(root, "properties"), "property", name="signature", value=meta.signature
    )
    total = failures = 0
    by_path = {path: group for (path,), group in findings.group_by("path", maintain_order=True)}
    for doc in meta.corpus.docs:
        group = by_path.get(doc.name)
        suite = ET.SubElement(root, "testsuite", name=doc.name)
        rows = list(group.iter_rows(named=True)) if group is not None else []
        if not rows:
            ET.SubElement(suite, "testcase", classname=doc.name, name="tifa")
        for row in rows:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=doc.name,
                name=f"{row['code']} {row['name']} {row['line']}:{row['col']}",
            )
            failure = ET.SubElement(
                case, "failure", message=row["message"], type=f"{row['code']} {row['severity']}"
            )
            detail = f"{doc.name}:{row['line']}:{row['col']}: {row['span']!r}"
            if row["suggestion"] is not None:
                detail += f"\nsuggestion: {row['suggestion']!r}"
            failure.text = detail
        suite.set("tests", str(max(1, len(rows))))
        suite.set("failures", str(len(rows)))
        total += max(1, len(rows))
        failures += len(rows)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
