"""What a rule is: a function from the run's tables to finding rows, plus its metadata.

A rule function takes the Context and returns a DataFrame with the RULE_OUTPUT columns:
``doc, start, end`` (offsets in the document text), ``message``, ``suggestion`` (the text to
put in place of ``text[start:end]``, or null) and ``term_id`` (or null). The engine adds
everything else: code, name, severity, line and column, the span text, the fingerprint.

A rule may add a ``fix`` column (FIX_COLUMN) to make single findings less safe than the rule
declares: a quote fix is safe where the paragraph's quotes all pair up, and only a suggestion
where they do not. A finding can never be made safer than its rule (the engine caps it).
Likewise an optional ``severity`` column (SEVERITY_COLUMN) lowers single findings' severity;
a finding can never be made more severe than its rule.

Docstrings follow fixed headings, like ruff's: What it does / Why is this bad? / Example /
Use instead / Fix safety. `tifa rules` prints them and a test fails when a heading is missing.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

import polars as pl

if TYPE_CHECKING:
    from tifa.checks.context import Context

RULE_OUTPUT = {
    "doc": pl.UInt32,
    "start": pl.Int64,
    "end": pl.Int64,
    "message": pl.String,
    "suggestion": pl.String,
    "term_id": pl.String,
}
FIX_COLUMN = "fix"
# Optional: a rule may add this column to report single findings at a lower severity than it
# declares (trailing white space is a warning in a translation unit, where it changes the
# segment, but only information in an article, where no reader sees it).
SEVERITY_COLUMN = "severity"
DOC_HEADINGS = ("What it does", "Why is this bad?", "Example", "Use instead", "Fix safety")


class Severity(StrEnum):
    """How bad a finding is; `--fail-on` compares against these."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """error 3, warning 2, info 1: higher is worse."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Fix(StrEnum):
    """Whether a rule's suggestion may be applied unattended (`tifa check --fix`)."""

    SAFE = "safe"  # applied by --fix
    UNSAFE = "unsafe"  # shown, applied only by a person (the review UI)
    NONE = "none"  # no replacement text

    @property
    def rank(self) -> int:
        """safe 2, unsafe 1, none 0: higher may be applied with less care."""
        return {"safe": 2, "unsafe": 1, "none": 0}[self.value]


RuleFunction = Callable[["Context"], pl.DataFrame]


@dataclass(frozen=True)
class Rule:
    """A registered rule."""

    code: str
    name: str
    severity: Severity
    fix: Fix
    func: RuleFunction

    @property
    def doc(self) -> str:
        """The rule's documentation, from its function's docstring."""
        return inspect.cleandoc(self.func.__doc__ or "")

    @property
    def summary(self) -> str:
        """The first line of the docs."""
        return self.doc.splitlines()[0] if self.doc else ""


def output(rows: dict[str, list[object]]) -> pl.DataFrame:
    """Build a rule's result from column lists (keys of RULE_OUTPUT, and FIX_COLUMN)."""
    return pl.DataFrame(rows, schema={**RULE_OUTPUT, FIX_COLUMN: pl.String})


def new_rows() -> dict[str, list[object]]:
    """Empty column lists to append a rule's findings to."""
    return {k: [] for k in (*RULE_OUTPUT, FIX_COLUMN)}


def add_row(
    rows: dict[str, list[object]],
    doc: int,
    start: int,
    end: int,
    message: str,
    suggestion: str | None = None,
    term_id: str | None = None,
    fix: Fix | None = None,
) -> None:
    """Append one finding to `rows`; `fix` lowers this finding's fix safety below the rule's."""
    values = (doc, start, end, message, suggestion, term_id, fix.value if fix else None)
    for key, value in zip((*RULE_OUTPUT, FIX_COLUMN), values, strict=True):
        rows[key].append(value)
