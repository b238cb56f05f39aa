"""Text report for people: `path:line:col: CODE message`, the line with the span marked, the
suggestion; colour on a terminal, plain when piped."""

from __future__ import annotations

import io

import polars as pl
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from tifa.checks.report import ReportMeta, counts

CONTEXT = 60  # characters of the line shown either side of the span
STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _excerpt(line: str, col: int, length: int) -> tuple[str, int, int]:
    """The part of a (possibly very long) line around the span, and the span's place in it."""
    start = col - 1
    lo = max(0, start - CONTEXT)
    hi = min(len(line), start + length + CONTEXT)
    prefix = "…" if lo else ""
    suffix = "…" if hi < len(line) else ""
    return prefix + line[lo:hi] + suffix, len(prefix) + start - lo, min(length, hi - start)


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """The text report."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=meta.color,
        no_color=not meta.color,
        width=10_000,
        soft_wrap=True,
        highlight=False,
    )
    lines = meta.corpus.lines
    line_text: dict[tuple[int, int], str] = {}
    if findings.height:
        wanted = findings.select("doc", "line").unique()
        for doc, line, text in (
            lines.join(wanted, on=["doc", "line"], how="semi")
            .select("doc", "line", "text")
            .iter_rows()
        ):
            line_text[(doc, line)] = text
    # --statistics: the counts per rule instead of every finding.
    for row in () if meta.statistics else findings.iter_rows(named=True):
        head = Text()
        head.append(f"{row['path']}:{row['line']}:{row['col']}: ", style="bold")
        head.append(row["code"], style=STYLE[row["severity"]])
        head.append(f" {row['message']}")
        head.append(f" [{row['name']}]", style="dim")
        console.print(head)
        source = line_text.get((row["doc"], row["line"]), "")
        length = (
            len(row["span"]) if row["end_line"] == row["line"] else len(source) - row["col"] + 1
        )
        excerpt, at, width = _excerpt(source, row["col"], max(length, 1))
        excerpt = excerpt.replace("\t", " ")
        # Carets go under the span as a terminal draws it: a Chinese character is two cells wide.
        pad = cell_len(excerpt[:at])
        carets = max(cell_len(excerpt[at : at + width]), 1)
        console.print(Text("    " + excerpt))
        console.print(Text("    " + " " * pad + "^" * carets, style=STYLE[row["severity"]]))
        if row["suggestion"] is not None:
            shown = row["suggestion"] if row["suggestion"].strip() else repr(row["suggestion"])
            label = "fix" if row["fix"] == "safe" else "suggestion"
            console.print(Text(f"    {label}: ", style="green") + Text(shown))
    if meta.statistics and findings.height:
        table = Table(title=None, box=None, show_header=True, pad_edge=False)
        for column in ("count", "code", "name", "severity", "fix"):
            table.add_column(column, justify="right" if column == "count" else "left")
        stats = (
            findings.group_by("code", "name", "severity", "fix")
            .len()
            .sort(["len", "code"], descending=[True, False])
        )
        for code, name, severity, fix, n in stats.select(
            "code", "name", "severity", "fix", "len"
        ).iter_rows():
            table.add_row(str(n), code, name, severity, fix)
        console.print(table)
    if meta.quiet:
        return buffer.getvalue()
    c = counts(findings)
    files = findings["path"].n_unique() if findings.height else 0
    summary = (
        f"{findings.height} finding{'s' if findings.height != 1 else ''} "
        f"({c['error']} error, {c['warning']} warning, {c['info']} info) in {files} of {len(meta.corpus.docs)} files"
    )
    if meta.baselined:
        summary += f"; {meta.baselined} hidden by the baseline"
    if meta.fixed:
        summary += f"; {meta.fixed} fixed"
    console.print(Text(summary, style="bold"))
    console.print(Text(meta.signature, style="dim"))
    return buffer.getvalue()
