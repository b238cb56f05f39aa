"""What only shows on a terminal: the progress bar on stderr and colour in the text report."""

from __future__ import annotations

import io
import sys

import pytest
from helpers import document

from tifa import __version__
from tifa.checks.context import Context
from tifa.checks.engine import run_rules
from tifa.checks.registry import all_rules, select_rules
from tifa.checks.report import ReportMeta
from tifa.checks.report.text import render
from tifa.corpus.read import build_corpus
from tifa.glossary import Glossary
from tifa.progress import ReadingProgress, progress_bar


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_for_long_runs_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert progress_bar(100) is None  # piped: no bar
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert progress_bar(5) is None  # short run: no bar
    bar = progress_bar(100)
    assert isinstance(bar, ReadingProgress)
    bar.advance("a.txt")
    bar.close()


def test_text_report_is_coloured_only_when_asked(default_glossary: Glossary) -> None:
    corpus = build_corpus([document("We build the two first districts.")])
    findings = run_rules(Context(corpus, default_glossary), select_rules(["T101"]))

    def report(color: bool) -> str:
        meta = ReportMeta(
            __version__,
            default_glossary.digest,
            len(default_glossary),
            all_rules(),
            "error",
            corpus,
            color=color,
        )
        return render(findings, meta)

    assert "\x1b[" in report(True)
    plain = report(False)
    assert "\x1b[" not in plain and "t.txt:1:14: T101" in plain
