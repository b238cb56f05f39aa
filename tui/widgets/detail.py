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
from tifa.checks.session import Decision, ReviewSession
from tifa.corpus.segment import sentences
from tifa.glossary.match_zh import to_view
from tifa.glossary.zh_text import zh_view

CONTEXT = 400  # characters of a long paragraph shown around the finding


def describe(
    session: ReviewSession,
    row: dict[str, Any] | None,
    full: bool = False,
    just_settled: Decision | None = None,
) -> RenderableType:
    """What the pane shows for one finding row of the view (None: nothing selected).

    `full` (the details-only view) shows the whole paragraph, however long; `just_settled`
    is a decision made a moment ago, whose corrected sentence is shown first.
    """
    if row is None:
        return Text("No finding selected.", style="dim")
    parts: list[RenderableType] = []
    if just_settled is not None:
        sentence = corrected_sentence(session, just_settled)
        if sentence is not None:
            parts.append(Text.assemble((f"✓ {just_settled.status}: ", "bold green"), sentence))
            parts.append(Text(""))
    head = Text()
    head.append(f"{row['code']} {row['name']}", style="bold")
    head.append(f"  {row['severity']} · {row['status']} · fix: {row['fix']}", style="dim")
    parts.append(head)
    parts.append(Text(visible(row["message"])))
    parts.append(Text(f"{visible(row['path'])}:{row['line']}:{row['col']}", style="dim"))
    # The suggestion before the paragraph: a long paragraph in the full view must not push
    # it out of sight.
    if row["suggestion"] is not None:
        shown = (
            row["suggestion"]
            if row["suggestion"].strip()
            else "one space"
            if row["suggestion"] == " "
            else "(delete the marked text)"
        )
        parts.append(Text.assemble(("Suggestion: ", "bold green"), visible(shown)))
    parts.append(Text(""))
    parts.append(_paragraph(session, row, full))
    parts.append(Text(""))
    parts.append(_source(session, row))
    entry = _entry(session, row.get("term_id"))
    if entry is not None:
        parts.append(Text(""))
        parts.append(entry)
    return Group(*parts)


def _paragraph(session: ReviewSession, row: dict[str, Any], full: bool = False) -> Text:
    corpus = session.corpus
    if corpus is None or row["doc"] >= len(corpus.docs):
        return Text(visible(row["span"]))
    text = corpus.docs[row["doc"]].text
    start, end = row["start"], row["end"]
    if row["status"] in ("fixed", "edited") or text[start:end] != row["span"]:
        decision = _decision_on(session, row["fingerprint"])
        sentence = corrected_sentence(session, decision) if decision else None
        if sentence is not None:
            return Text.assemble(("Now: ", "dim"), sentence)
        return Text.assemble(("(settled) ", "dim"), (visible(row["span"]), "strike"))
    paragraphs = corpus.paragraphs.filter(
        (pl.col("doc") == row["doc"]) & (pl.col("start") <= start) & (pl.col("end") >= end)
    )
    if paragraphs.height:
        p_start, p_end = paragraphs["start"][0], paragraphs["end"][0]
    else:  # trailing white space, or text between paragraphs
        p_start, p_end = max(0, start - 80), min(len(text), end + 80)
    context = len(text) if full else CONTEXT
    lo, hi = max(p_start, start - context), min(p_end, end + context)
    shown = Text()
    if lo > p_start:
        shown.append("…")
    shown.append(visible(text[lo:start]))
    shown.append(visible(text[start:end]) or "‸", style="bold reverse red")
    shown.append(visible(text[end:hi]))
    if hi < p_end:
        shown.append("…")
    return shown


def _decision_on(session: ReviewSession, fingerprint: str) -> Decision | None:
    for decision in reversed(session.history):
        if decision.fingerprint == fingerprint:
            return decision
    return None


def corrected_sentence(session: ReviewSession, decision: Decision) -> Text | None:
    """The sentence a fix or edit changed, as it reads now, the new text marked; None if it
    cannot be found (another decision, or a change on disk, moved it)."""
    corpus = session.corpus
    if corpus is None or decision.action not in ("fix", "edit"):
        return None
    index = next((i for i, d in enumerate(corpus.docs) if d.name == decision.path), None)
    if index is None:
        return None
    text = corpus.docs[index].text
    start, end = decision.start, decision.start + len(decision.replacement)
    if text[start:end] != decision.replacement:
        return None
    paragraphs = corpus.paragraphs.filter(
        (pl.col("doc") == index) & (pl.col("start") <= start) & (pl.col("end") >= end)
    )
    if paragraphs.height:
        spans = sentences(text, paragraphs["start"][0], paragraphs["end"][0])
        around = [(a, b) for a, b in spans if a <= end and b >= start] or [(start, end)]
        lo, hi = around[0][0], around[-1][1]
    else:  # white space at a line's end, outside every paragraph
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end) if "\n" in text[end:] else len(text)
    shown = Text(visible(text[lo:start]))
    shown.append(visible(decision.replacement) or "‸", style="bold green")
    shown.append(visible(text[end:hi]))
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
