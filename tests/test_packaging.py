"""Packaging and architecture: the wings install under `tifa`, and imports point one way."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WINGS = {
    "tifa": "tifa",
    "tifa.glossary": "glossary",
    "tifa.corpus": "corpus",
    "tifa.checks": "checks",
    "tifa.tui": "tui",
}


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_package_list_matches_the_folders() -> None:
    setuptools = _pyproject()["tool"]["setuptools"]  # type: ignore[index]
    declared = set(setuptools["packages"])
    on_disk = set()
    for package, folder in WINGS.items():
        base = ROOT / folder
        if not base.is_dir():
            continue
        for init in base.rglob("__init__.py"):
            rel = init.parent.relative_to(base)
            on_disk.add(".".join([package, *rel.parts]) if rel.parts else package)
    assert declared == on_disk
    for package in declared:
        assert (ROOT / setuptools["package-dir"][package] / "__init__.py").is_file(), package


def _modules(wing: str) -> list[str]:
    base = ROOT / WINGS[wing]
    return sorted(
        ".".join([wing, *p.relative_to(base).with_suffix("").parts]).removesuffix(".__init__")
        for p in base.rglob("*.py")
    )


@pytest.mark.parametrize("wing", ["tifa.glossary", "tifa.corpus", "tifa.checks"])
def test_core_wings_never_import_textual_or_upstream(wing: str) -> None:
    forbidden = {
        "tifa.glossary": ("tifa.checks", "tifa.tui"),
        "tifa.corpus": ("tifa.checks", "tifa.tui", "tifa.glossary"),
        "tifa.checks": ("tifa.tui",),
    }[wing]
    code = (
        "import importlib, sys\n"
        f"for m in {_modules(wing)!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.') or m.startswith("
        f"{forbidden!r})]\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-P", "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
