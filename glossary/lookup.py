"""Looking entries up across layers (`tifa glossary show`) and summing a glossary up (`stats`).

A layer is one glossary file: the bundled one, then the project's, then `--glossary` files.
A later layer overrides an earlier one entry by entry (an entry sharing a Chinese form), and
`status=deprecated` retires an entry; `show` reports every layer's entry for a term and which
one is in force.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

import polars as pl

from tifa.glossary import normalize
from tifa.glossary.load import default_glossary_path, display_name, load_glossary
from tifa.glossary.model import Glossary, Term


@dataclass(frozen=True)
class Hit:
    """One entry that matches a search, in one layer."""

    file: str
    line: int
    zh: str
    en: str
    allowed: list[str]
    avoid: list[str]
    kind: str
    status: str
    source: str
    note: str
    pinyin: str
    matched: str  # which field matched: zh, en, allowed, avoid or pinyin
    exact: bool
    in_force: bool  # the entry the checks use (not overridden by a later layer, not retired)
    overridden_by: str | None = field(default=None)  # file:line of the entry that wins


@cache
def pinyin_of(zh: str) -> str:
    """Toneless pinyin of a Chinese term, syllables joined by spaces (两先区 -> liang xian qu)."""
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(zh))


def _squash(text: str) -> str:
    return normalize.key(text).replace(" ", "").replace("-", "")


def _match(term: Term, query: str) -> tuple[str, bool] | None:
    """Which field of `term` matches `query`, and whether exactly; None if none does."""
    q = normalize.key(query)
    squashed = _squash(query)
    fields: list[tuple[str, Sequence[str]]] = [
        ("zh", term.zh),
        ("en", (term.en,)),
        ("allowed", term.allowed),
        ("avoid", term.avoid),
    ]
    partial: str | None = None
    for name, forms in fields:
        for form in forms:
            k = normalize.key(form)
            if k == q:
                return name, True
            if partial is None and q and q in k:
                partial = name
    for zh in term.zh:
        py = pinyin_of(zh)
        if _squash(py) == squashed:
            return "pinyin", True
        if partial is None and squashed and squashed in _squash(py):
            partial = "pinyin"
    return (partial, False) if partial else None


def layers(project: Sequence[str], use_default: bool) -> list[Glossary]:
    """Each glossary file loaded on its own, in layer order."""
    paths: list[str | Path] = [*([default_glossary_path()] if use_default else []), *project]
    return [load_glossary(p) for p in paths]


def layered_hits(query: str, project: Sequence[str], use_default: bool) -> list[Hit]:
    """Every entry in every layer that matches `query`: exact matches first, then by layer."""
    loaded = layers(project, use_default)
    winner: dict[str, Term] = {}  # zh form -> the entry that last claimed it
    for glossary in loaded:
        for t in glossary.terms:
            for zh in t.zh:
                winner[zh] = t
    hits: list[Hit] = []
    for glossary in loaded:
        for t in glossary.terms:
            found = _match(t, query)
            if not found:
                continue
            wins = winner.get(t.zh[0])
            overridden = wins is not None and (wins.origin, wins.line) != (t.origin, t.line)
            hits.append(
                Hit(
                    file=display_name(t.origin),
                    line=t.line,
                    zh="|".join(t.zh),
                    en=t.en,
                    allowed=list(t.allowed),
                    avoid=list(t.avoid),
                    kind=t.kind,
                    status=t.status,
                    source=t.source,
                    note=t.note,
                    pinyin=" | ".join(pinyin_of(z) for z in t.zh),
                    matched=found[0],
                    exact=found[1],
                    in_force=not overridden and t.status != "deprecated",
                    overridden_by=(
                        f"{display_name(wins.origin)}:{wins.line}" if overridden and wins else None
                    ),
                )
            )
    hits.sort(key=lambda h: not h.exact)  # stable: layer order kept within each group
    return hits


def render_hits(hits: Sequence[Hit], fmt: str) -> str:
    """The hits as text for people or JSON for scripts."""
    if fmt == "json":
        return json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2) + "\n"
    out = []
    for h in hits:
        if h.in_force:
            state = "in force"
        elif h.status == "deprecated" and not h.overridden_by:
            state = "retired (status=deprecated)"
        else:
            state = f"overridden by {h.overridden_by}"
        out.append(f"{h.file}:{h.line}: {h.zh} → {h.en}  [{h.kind}, {h.status}; {state}]")
        out.append(f"    pinyin:  {h.pinyin}")
        for label, values in (("allowed", h.allowed), ("avoid", h.avoid)):
            if values:
                out.append(f"    {label}: {' | '.join(values)}")
        for label, value in (("note", h.note), ("source", h.source)):
            if value:
                out.append(f"    {label}:  {value}" if label == "note" else f"    {label}: {value}")
        out.append(f"    matched {h.matched}{'' if h.exact else ' (partly)'}")
    return "\n".join(out) + ("\n" if out else "")


@dataclass(frozen=True)
class Stats:
    """What `tifa glossary stats` reports."""

    entries: int
    by_kind: dict[str, int]
    by_status: dict[str, int]
    unsourced: list[str]  # file:line of approved entries with no source
    shared_forms: list[str]  # one English form accepted by two entries
    nested_zh: list[str]  # a Chinese form inside another entry's (leftmost-longest decides)


def glossary_stats(glossary: Glossary) -> Stats:
    """Counts and overlaps of the glossary in force."""
    terms = glossary.terms
    accepted_by: dict[str, list[Term]] = defaultdict(list)
    for t in terms:
        if t.status == "deprecated":
            continue
        for form in dict.fromkeys(normalize.strict_key(f) for f in t.accepted):
            accepted_by[form].append(t)
    shared = [
        f"{owners[0].en!r}: "
        + ", ".join(f"{t.id} ({display_name(t.origin)}:{t.line})" for t in owners)
        for _, owners in sorted(accepted_by.items())
        if len(owners) > 1
    ]
    nested = _nested_zh(sorted({(z, t.id) for t in terms for z in t.zh}))
    return Stats(
        entries=len(terms),
        by_kind=dict(sorted(Counter(t.kind for t in terms).items())),
        by_status=dict(sorted(Counter(t.status for t in terms).items())),
        unsourced=[
            f"{display_name(t.origin)}:{t.line} {t.id}"
            for t in terms
            if t.status == "approved" and not t.source.strip()
        ],
        shared_forms=shared,
        nested_zh=nested,
    )


def _nested_zh(forms: list[tuple[str, str]]) -> list[str]:
    """Chinese forms found inside another entry's form: one Aho-Corasick pass (polars)."""
    if not forms:
        return []
    table = pl.DataFrame(forms, schema=["zh", "id"], orient="row")
    owner = dict(forms)
    found = table.with_columns(
        inner=pl.col("zh").str.extract_many(table["zh"].to_list(), overlapping=True)
    ).explode("inner")
    out = []
    for zh, term_id, inner in found.drop_nulls("inner").unique().sort("inner", "zh").iter_rows():
        if inner != zh and owner.get(inner) != term_id:
            out.append(f"{inner} ({owner.get(inner)}) inside {zh} ({term_id})")
    return out


def render_stats(stats: Stats, fmt: str) -> str:
    """The stats as text or JSON."""
    if fmt == "json":
        return json.dumps(asdict(stats), ensure_ascii=False, indent=2) + "\n"
    out = [f"entries: {stats.entries}"]
    out.append("by kind:   " + ", ".join(f"{k} {n}" for k, n in stats.by_kind.items()))
    out.append("by status: " + ", ".join(f"{k} {n}" for k, n in stats.by_status.items()))
    for title, items in (
        ("approved entries without a source", stats.unsourced),
        ("English forms accepted by two entries", stats.shared_forms),
        ("Chinese forms inside another entry's", stats.nested_zh),
    ):
        out.append(f"{title}: {len(items)}")
        out.extend(f"    {item}" for item in items)
    return "\n".join(out) + "\n"
