"""Text report for people: `path:line:col: CODE message`, the line with the span marked, the
suggestion; colour on a terminal, plain when piped."""

from __future__ import annotations

import io

import polars as pl
from rich.cells import cell_len
from rich.color import ColorSystem
from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from tifa.checks.controls import visible
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


class _Painter:
    """ANSI colour around a piece of text, or nothing when the report is plain.

    Lines are built as strings: printing each through rich took ~0.3 ms a line, 190 s for a
    file of 200,000 straight quotes. Rich still draws the statistics table (one print)."""

    def __init__(self, color: bool) -> None:
        self.codes: dict[str, tuple[str, str]] = {}
        self.color = color

    def __call__(self, text: str, style: str) -> str:
        if not self.color or not text:
            return text
        if style not in self.codes:
            rendered = Style.parse(style).render("\0", color_system=ColorSystem.STANDARD)
            head, _, tail = rendered.partition("\0")
            self.codes[style] = (head, tail)
        head, tail = self.codes[style]
        return f"{head}{text}{tail}"


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """The text report. Article text, messages and file names are shown with control
    characters escaped (`visible`): an article must not drive the reader's terminal."""
    out: list[str] = []
    paint = _Painter(meta.color)
    line_text: dict[tuple[int, int], str] = {}
    if findings.height:
        line_text = meta.corpus.line_texts(findings.select("doc", "line").unique())
    # --statistics: the counts per rule instead of every finding.
    for row in () if meta.statistics else findings.iter_rows(named=True):
        style = STYLE[row["severity"]]
        out.append(
            paint(f"{visible(row['path'])}:{row['line']}:{row['col']}: ", "bold")
            + paint(row["code"], style)
            + f" {visible(row['message'])}"
            + paint(f" [{row['name']}]", "dim")
        )
        source = line_text.get((row["doc"], row["line"]), "")
        length = (
            len(row["span"]) if row["end_line"] == row["line"] else len(source) - row["col"] + 1
        )
        excerpt, at, width = _excerpt(source, row["col"], max(length, 1))
        excerpt = excerpt.replace("\t", " ")
        # Carets go under the span as a terminal draws it: a Chinese character is two cells
        # wide, and an escaped control character as wide as its escape.
        pad = cell_len(visible(excerpt[:at]))
        carets = max(cell_len(visible(excerpt[at : at + width])), 1)
        out.append("    " + visible(excerpt))
        out.append(paint("    " + " " * pad + "^" * carets, style))
        if row["suggestion"] is not None:
            shown = row["suggestion"] if row["suggestion"].strip() else repr(row["suggestion"])
            label = "fix" if row["fix"] == "safe" else "suggestion"
            out.append(paint(f"    {label}: {visible(shown)}", "green"))
    buffer = io.StringIO()
    buffer.write("".join(line + "\n" for line in out))
    console = Console(
        file=buffer,
        force_terminal=meta.color,
        no_color=not meta.color,
        width=10_000,
        soft_wrap=True,
        highlight=False,
    )
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
