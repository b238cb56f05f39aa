"""Reporters: the findings table rendered for people (text) and for machines (json, sarif,
github, junit, csv). Every report carries the run's signature."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import polars as pl

from tifa.checks.rule import Rule
from tifa.corpus import Corpus


@dataclass
class ReportMeta:
    """What produced a report: printed with it so that results can be reproduced."""

    version: str
    glossary_digest: str
    glossary_entries: int
    rules: list[Rule]
    fail_on: str
    corpus: Corpus
    all_rules: int = 0
    baselined: int = 0
    fixed: int = 0
    statistics: bool = False
    color: bool = False
    quiet: bool = False  # the findings and nothing else (text format)
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def signature(self) -> str:
        """`tifa:0.1.0|glossary:1a2b3c4d5e6f(122)|rules:all(19)|fail-on:error`."""
        codes = [r.code for r in self.rules]
        selected = (
            f"all({len(codes)})" if len(codes) == self.all_rules else ",".join(codes) or "none"
        )
        return (
            f"tifa:{self.version}|glossary:{self.glossary_digest}({self.glossary_entries})"
            f"|rules:{selected}|fail-on:{self.fail_on}"
        )


Renderer = Callable[[pl.DataFrame, ReportMeta], str]
FORMATS = ("text", "json", "sarif", "github", "junit", "csv", "html")


def renderer(fmt: str) -> Renderer:
    """The render function for a format name (imported lazily: only one is needed per run)."""
    if fmt == "text":
        from tifa.checks.report.text import render
    elif fmt == "json":
        from tifa.checks.report.json import render
    elif fmt == "sarif":
        from tifa.checks.report.sarif import render
    elif fmt == "github":
        from tifa.checks.report.github import render
    elif fmt == "junit":
        from tifa.checks.report.junit import render
    elif fmt == "csv":
        from tifa.checks.report.csv import render
    elif fmt == "html":
        from tifa.checks.report.html import render
    else:
        raise ValueError(fmt)
    return render


def counts(findings: pl.DataFrame) -> dict[str, int]:
    """Number of findings per severity, all three keys present."""
    found = dict(findings.group_by("severity").len().iter_rows()) if findings.height else {}
    return {s: int(found.get(s, 0)) for s in ("error", "warning", "info")}
