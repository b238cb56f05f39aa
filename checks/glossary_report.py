"""Glossary lint problems as a findings table, so that every reporter of `tifa check` (text,
json, sarif, github, junit, csv) can render them unchanged.

The linted CSV files play the part of the articles: each problem points at its row, and the
text report shows that row with the problem underlined.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import polars as pl
import regex

from tifa.checks.engine import FINDING_SCHEMA, empty_findings
from tifa.checks.rule import Fix, Rule, Severity
from tifa.corpus import Corpus, Document
from tifa.corpus.encoding import Encoding
from tifa.corpus.read import build_corpus
from tifa.errors import InputError
from tifa.glossary.lint import BY_CODE, CHECKS, LintCheck
from tifa.glossary.load import display_name
from tifa.glossary.validate import GlossaryProblem
from tifa.inputs import read_regular_file


def lint_rules(checks: Sequence[LintCheck] = CHECKS) -> list[Rule]:
    """The lint checks as Rule records (code, name, severity, docs) for the reporters."""
    return [_as_rule(c) for c in checks]


def _as_rule(check: LintCheck) -> Rule:
    def documented(_ctx: object) -> pl.DataFrame:
        return empty_findings()

    documented.__doc__ = check.doc
    return Rule(check.code, check.name, Severity(check.severity), Fix.NONE, documented)


def lint_corpus(paths: Sequence[str]) -> Corpus:
    """The linted files as documents (undecodable bytes shown as U+FFFD: only for display)."""
    docs = []
    for name in paths:
        try:
            data = read_regular_file(name)
        except InputError:
            data = b""  # reported by the lint itself
        text = data.decode("utf-8-sig", errors="replace")
        docs.append(
            Document(
                name=display_name(name),
                path=Path(name),
                text=text,
                encoding=Encoding("utf-8"),
                digest=Document.digest_of(data),
                fmt="text",
            )
        )
    return build_corpus(docs)


def lint_findings(problems: Sequence[GlossaryProblem], corpus: Corpus) -> pl.DataFrame:
    """One finding per problem, spanning the row it is on (the whole file when it has no line)."""
    index = {d.name: i for i, d in enumerate(corpus.docs)}
    rows: dict[str, list[object]] = {k: [] for k in FINDING_SCHEMA}
    for p in problems:
        doc = index[display_name(p.path)]
        starts = corpus.docs[doc].line_starts
        text = corpus.docs[doc].text
        line = min(max(p.line or 1, 1), max(len(starts), 1))
        line_start = starts[line - 1] if starts else 0
        end = starts[line] if line < len(starts) else len(text)
        row = text[line_start:end].rstrip("\r\n")
        start, span = _narrow(row, line_start, p.message)
        col = start - line_start + 1
        check = BY_CODE[p.code]
        digest = hashlib.sha256(
            "\0".join((p.path, p.code, p.message, row)).encode("utf-8", "surrogateescape")
        ).hexdigest()[:16]
        values = {
            "path": display_name(p.path),
            "doc": doc,
            "line": line,
            "col": col,
            "end_line": line,
            "end_col": col + len(span),
            "start": start,
            "end": start + len(span),
            "code": p.code,
            "name": check.name,
            "severity": p.severity,
            "message": p.message,
            "span": span,
            "suggestion": None,
            "fix": Fix.NONE.value,
            "term_id": None,
            "fingerprint": digest,
        }
        for key, value in values.items():
            rows[key].append(value)
    if not rows["path"]:
        return empty_findings()
    return pl.DataFrame(rows, schema=FINDING_SCHEMA).sort("doc", "line", "col", "code")


_QUOTED = regex.compile(r"'([^']+)'|\"([^\"]+)\"")


def _narrow(row: str, start: int, message: str) -> tuple[int, str]:
    """The part of the row the message is about (the first form it quotes that the row holds),
    else the whole row."""
    for m in _QUOTED.finditer(message):
        form = m.group(1) or m.group(2)
        at = row.find(form)
        if at >= 0:
            return start + at, form
    return start, row
