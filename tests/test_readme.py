"""The README documents every rule, and its quick start is what CI runs."""

from __future__ import annotations

from pathlib import Path

from tifa.checks.registry import all_rules

ROOT = Path(__file__).resolve().parents[1]


def test_readme_lists_every_rule_with_its_metadata() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for r in all_rules():
        row = f"| `{r.code}` | `{r.name}` | {r.severity.value} | {r.fix.value} |"
        assert row in readme, f"README rule table lacks or misstates {r.code}"


def test_ci_runs_the_readme_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert (
        "pip install -e '.[test]' --config-settings editable_mode=strict && .venv/bin/pytest"
        in readme
    )
    assert ".venv/bin/pip install --quiet -e '.[test]' --config-settings editable_mode=strict" in ci
    assert "\n.venv/bin/pytest\n" in ci
    assert "pip install . && .venv/bin/tifa review" in readme


def test_readme_lists_every_review_binding_id() -> None:
    from tifa.tui.bindings import all_bindings

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for where, binding in all_bindings():
        if binding.id and where in ("review", "everywhere") and binding.show:
            assert f"`{binding.id}`" in readme, binding.id


def test_readme_signature_examples_match_the_bundled_glossary(default_glossary) -> None:  # type: ignore[no-untyped-def]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"glossary:{default_glossary.digest}({len(default_glossary)})" in readme
