"""The short names a document defines for itself, in quotes.

Government English names a body once in full and then defines the short form it will use:
"the Party and government delegation of Hubei Province ("Hubei Delegation" for short)",
"the Municipal People's Government (hereinafter referred to as "Municipal Government")". The
quoted form is the document's own label, a defined term used as a name from then on, like
"Party A" in a contract: neither the quoted definition nor a later use of the label is a
body named without its article. A definition that keeps the article inside its quotes
("hereinafter "the Delegation"") defines a label with its article, and a later bare use
still drops it.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context

_S = r"[ \u00a0]+"
# What introduces the quoted label before it ("hereinafter referred to as", "hereafter
# called", "abbreviated as") or says after it that it is one ("for short", "hereinafter").
_CUE_BEFORE = (
    rf"(?i:(?:here(?:in)?after(?:{_S}(?:referred{_S}to{_S}as|called|abbreviated{_S}as))?"
    rf"|referred{_S}to{_S}as|abbreviated{_S}(?:as|to)|short{_S}for)){_S}"
)
_CUE_AFTER = rf"{_S}(?i:for{_S}short|here(?:in)?after)(?![\p{{L}}])"
_LABEL = r"[^“”\"\n]{2,80}?"
_DEFINITION = regex.compile(
    rf"{_CUE_BEFORE}[“\"](?P<before>{_LABEL})[”\"]|[“\"](?P<after>{_LABEL})[”\"]{_CUE_AFTER}"
)
_PREFILTER = r"(?i)here(?:in)?after|referred[ \u00a0]+to[ \u00a0]+as|abbreviat|for[ \u00a0]+short"


def _key(name: str) -> str:
    """A label as compared: case, apostrophe style and runs of spaces aside."""
    return " ".join(name.replace("’", "'").casefold().split())


def label_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the quoted labels `text` defines (without their quotation marks)."""
    spans = []
    for m in _DEFINITION.finditer(text):
        group = "before" if m.group("before") is not None else "after"
        spans.append((m.start(group), m.end(group)))
    return spans


def defined_labels(ctx: Context) -> dict[int, frozenset[str]]:
    """For each document, the labels it defines in quotes anywhere in its text, compared by
    `is_defined`. Computed once per run and shared by the rules that ask."""
    table = ctx.shared(
        "defined_labels",
        lambda: ctx.segments.filter(pl.col("tgt").str.contains(_PREFILTER)).select("doc", "tgt"),
    )
    found: dict[int, set[str]] = {}
    for doc, text in table.iter_rows():
        for start, end in label_spans(text):
            found.setdefault(doc, set()).add(_key(text[start:end]))
    return {doc: frozenset(names) for doc, names in found.items()}


def is_defined(labels: dict[int, frozenset[str]], doc: int, phrase: str) -> bool:
    """Whether `phrase` is a label document `doc` defines for itself."""
    names = labels.get(doc)
    return names is not None and _key(phrase) in names


def inside_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a quoted label the text defines."""
    return any(s <= start and end <= e for s, e in label_spans(text))
