"""Test helpers: run the real CLI in-process, and check small texts through the library API."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl
from click.testing import CliRunner

from tifa.checks.context import Context, Matchers
from tifa.checks.engine import run_rules
from tifa.checks.registry import select_rules
from tifa.cli import main
from tifa.corpus.document import Document
from tifa.corpus.encoding import Encoding
from tifa.corpus.read import build_corpus, samples_dir
from tifa.glossary import Glossary, load_glossaries, load_glossary

SAMPLES = samples_dir()


@dataclass
class Result:
    """What a CLI run printed and returned."""

    code: int
    out: str
    err: str


def run_cli(args: Sequence[str], stdin: bytes | None = None) -> Result:
    """Run `tifa ARGS` in-process through the real entry point (exit codes and error lines)."""
    runner = CliRunner()
    with runner.isolation(input=stdin) as (out, err, _):
        try:
            main(list(args))
            code = 0
        except SystemExit as done:
            code = int(done.code or 0)
        return Result(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))


def document(text: str, name: str = "t.txt", fmt: str = "text") -> Document:
    """An in-memory document, as if read from a UTF-8 file."""
    return Document(name=name, path=None, text=text, encoding=Encoding("utf-8"), digest="", fmt=fmt)


def check_texts(
    texts: Sequence[str],
    codes: Sequence[str] = (),
    glossary: Glossary | None = None,
    fmt: str = "text",
) -> pl.DataFrame:
    """Findings for in-memory documents, through the same engine the CLI uses."""
    corpus = build_corpus([document(t, f"doc{i}.txt", fmt) for i, t in enumerate(texts)])
    if glossary is not None:
        return run_rules(Context(corpus, glossary), select_rules(list(codes)))
    g, matchers = bundled()
    return run_rules(Context(corpus, g, matchers), select_rules(list(codes)))


@cache
def bundled() -> tuple[Glossary, Matchers]:
    """The bundled glossary and its compiled matchers, made once per test process: as the
    review UI reuses them across runs (tifa.checks.context.Matchers), and thousands of small
    checks would otherwise spend most of their time loading and compiling the same glossary."""
    g = load_glossaries([])
    return g, Matchers(g)


def spans(findings: pl.DataFrame, code: str | None = None) -> list[str]:
    """The flagged texts, optionally of one rule."""
    if code:
        findings = findings.filter(pl.col("code") == code)
    return findings["span"].to_list()


def assert_flags(code: str, text: str, span: str | None, *, strip: bool = False) -> None:
    """Rule `code` on `text` flags `span` (`None`: flags nothing); `strip` compares the flagged
    texts without their surrounding white space."""
    found = spans(check_texts([text], [code]), code)
    if strip:
        found = [s.strip() for s in found]
    if span is None:
        assert found == [], f"{code} cried wolf: {found}"
    else:
        assert span in found, f"{code} missed {span!r}: {found}"


def glossary_from(tmp_path: Path, csv_text: str) -> Glossary:
    """Load a glossary written to a temporary CSV (no bundled entries)."""
    path = tmp_path / "g.csv"
    path.write_text(csv_text, encoding="utf-8")
    return load_glossary(path)


def sample_findings_total() -> int:
    """How many findings `tifa check --samples` reports (all severities): what the review UI
    lists on the bundled samples. Read from the CLI's JSON report, so UI tests follow the
    rules and the glossary rather than pinning a number."""
    import json

    result = run_cli(["check", "--samples", "--format", "json", "--fail-on", "never"])
    return int(json.loads(result.out)["summary"]["total"])


def forget_cached_tables() -> None:
    """Drop what this process holds of tifa's cached tables (tifa.caches), so that the next
    run reads, or builds and writes, the cache folder the environment names then."""
    from tifa.checks import misspelling
    from tifa.checks.rules import n203_misspelt_name
    from tifa.glossary import frequency

    frequency._table.cache_clear()
    frequency.zipf.cache_clear()
    n203_misspelt_name._slip_sources.cache_clear()
    n203_misspelt_name._province_slip.cache_clear()
    misspelling._everyday.cache_clear()
    misspelling._pair_dropped_index.cache_clear()
    misspelling.correction.cache_clear()
