"""The detail pane: the finding in its paragraph, the Chinese source, the glossary entry."""

from __future__ import annotations

from typing import Any

import polars as pl
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from tifa.checks.controls import has_controls, visible
from tifa.checks.session import ReviewSession
from tifa.glossary.match_zh import to_view
from tifa.glossary.zh_text import zh_view

CONTEXT = 400  # characters of a long paragraph shown around the finding


def describe(session: ReviewSession, row: dict[str, Any] | None) -> RenderableType:
    """What the pane shows for one finding row of the view (None: nothing selected)."""
    if row is None:
        return Text("No finding selected.", style="dim")
    parts: list[RenderableType] = []
    head = Text()
    head.append(f"{row['code']} {row['name']}", style="bold")
    head.append(f"  {row['severity']} · {row['status']} · fix: {row['fix']}", style="dim")
    parts.append(head)
    parts.append(Text(visible(row["message"])))
    parts.append(Text(f"{visible(row['path'])}:{row['line']}:{row['col']}", style="dim"))
    parts.append(Text(""))
    parts.append(_paragraph(session, row))
    if row["suggestion"] is not None:
        shown = row["suggestion"] if row["suggestion"].strip() else "(delete the marked text)"
        parts.append(Text.assemble(("Suggestion: ", "bold green"), visible(shown)))
    parts.append(Text(""))
    parts.append(_source(session, row))
    entry = _entry(session, row.get("term_id"))
    if entry is not None:
        parts.append(Text(""))
        parts.append(entry)
    return Group(*parts)


def _paragraph(session: ReviewSession, row: dict[str, Any]) -> Text:
    corpus = session.corpus
    if corpus is None or row["doc"] >= len(corpus.docs):
        return Text(visible(row["span"]))
    text = corpus.docs[row["doc"]].text
    start, end = row["start"], row["end"]
    if row["status"] in ("fixed", "edited") or text[start:end] != row["span"]:
        return Text.assemble(("(settled) ", "dim"), (visible(row["span"]), "strike"))
    paragraphs = corpus.paragraphs.filter(
        (pl.col("doc") == row["doc"]) & (pl.col("start") <= start) & (pl.col("end") >= end)
    )
    if paragraphs.height:
        p_start, p_end = paragraphs["start"][0], paragraphs["end"][0]
    else:  # trailing white space, or text between paragraphs
        p_start, p_end = max(0, start - 80), min(len(text), end + 80)
    lo, hi = max(p_start, start - CONTEXT), min(p_end, end + CONTEXT)
    shown = Text()
    if lo > p_start:
        shown.append("…")
    shown.append(visible(text[lo:start]))
    shown.append(visible(text[start:end]) or "‸", style="bold reverse red")
    shown.append(visible(text[end:hi]))
    if hi < p_end:
        shown.append("…")
    return shown


def _source(session: ReviewSession, row: dict[str, Any]) -> Text:
    corpus = session.corpus
    if corpus is None:
        return Text("")
    segs = corpus.segments.filter(
        (pl.col("doc") == row["doc"])
        & (pl.col("start") <= row["start"])
        & (pl.col("end") >= row["end"])
    )
    source = segs["src"][0] if segs.height else None
    if source:
        shown = Text.assemble(("Chinese source: ", "bold"))
        if has_controls(source):  # escapes would shift the highlights: shown unmarked
            shown.append(visible(source))
            return shown
        shown.append(source)
        offset = len(shown) - len(source)
        glossary = session.glossary
        term = glossary.get(row["term_id"]) if glossary and row.get("term_id") else None
        if term is not None:
            for start, end in term_spans(source, term.zh):
                shown.stylize("bold reverse yellow", offset + start, offset + end)
        return shown
    return Text("No Chinese source in this file (plain-text article).", style="dim")


def term_spans(source: str, forms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the Chinese `forms` of a term stand in `source`, in its own characters
    (traditional sources included)."""
    view = zh_view(source)
    spans = []
    for form in forms:
        key = to_view(form)
        at = view.text.find(key) if key else -1
        while at >= 0:
            spans.append(view.span(at, at + len(key)))
            at = view.text.find(key, at + 1)
    return sorted(spans)


def _entry(session: ReviewSession, term_id: str | None) -> Table | None:
    if not term_id or session.glossary is None:
        return None
    term = session.glossary.get(term_id)
    if term is None:
        return None
    table = Table(
        title="Glossary entry", title_justify="left", show_header=False, box=None, pad_edge=False
    )
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for label, value in (
        ("zh", " | ".join(term.zh)),
        ("en", term.en),
        ("allowed", " | ".join(term.allowed)),
        ("avoid", " | ".join(term.avoid)),
        ("kind", term.kind),
        ("status", term.status),
        ("note", term.note),
        ("source", term.source),
    ):
        if value:
            table.add_row(label, visible(value))
    return table


class DetailPane(VerticalScroll):
    """Scrollable pane holding the description of the selected finding."""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(id="detail-body")

    def show(self, renderable: RenderableType) -> None:
        """Replace what the pane shows."""
        self.query_one("#detail-body", Static).update(renderable)
        self.scroll_home(animate=False)
