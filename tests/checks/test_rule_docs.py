"""Rule metadata: stable code shapes, kebab-case names, docs under the fixed headings."""

from __future__ import annotations

import re

import pytest

from tifa.checks.registry import all_rules, select_rules
from tifa.checks.rule import DOC_HEADINGS
from tifa.errors import InputError


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_metadata_and_docs(rule) -> None:  # type: ignore[no-untyped-def]
    assert re.fullmatch(r"[A-Z]\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
    assert rule.summary.endswith(".")
    for heading in DOC_HEADINGS:
        assert f"## {heading}\n" in rule.doc + "\n", f"{rule.code} lacks '## {heading}'"


def test_selection_by_prefix_and_name() -> None:
    codes = [r.code for r in select_rules(["P30", "name-variant"], ["P309"])]
    assert codes == ["N201", "P301", "P302", "P303", "P304", "P305", "P306", "P307", "P308"]


def test_unknown_selection_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no rule matches 'Z999'"):
        select_rules(["Z999"])
