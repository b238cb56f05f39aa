"""The engine: run the selected rules over a corpus and return one findings table.

Findings table (one row per finding), documented here because reporters, the baseline and the
review UI all read it:

=============  ================================================================
path           the document as the user named it (or ``<stdin>``)
doc            index of the document in the run
line, col      1-based start; columns count Unicode code points
end_line,      1-based end; ``end_col`` is the column just after the span
end_col
start, end     character offsets in the document text (for a bilingual file, the view
               of its English; line and column are always the file's own)
code, name     the rule (``T101``, ``forbidden-variant``)
severity       error, warning or info (entries with status=proposed give info)
message        what is wrong, in one sentence
span           the flagged text
suggestion     replacement for ``span``, or null
fix            safe, unsafe or none: whether ``--fix`` may apply ``suggestion``
               (never safe for an entry with status=proposed)
term_id        the glossary entry involved (its first Chinese form), or null
fingerprint    stable id: survives edits outside the finding's sentence (baseline key)
=============  ================================================================
"""

from __future__ import annotations

import bisect
import hashlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from tifa.checks.context import Context
from tifa.checks.finding_segments import segments_of
from tifa.checks.literals import LITERALS
from tifa.checks.merge import merge_same_span
from tifa.checks.paths import path_key, project_root
from tifa.checks.pattern_cache import PATTERNS
from tifa.checks.rule import FIX_COLUMN, RULE_OUTPUT, SEVERITY_COLUMN, Fix, Rule, Severity
from tifa.checks.suppress import UNUSED_SUPPRESSION, apply_suppressions
from tifa.checks.timeline import mark
from tifa.corpus import Document

if TYPE_CHECKING:
    from tifa.checks.workers import Helpers
from tifa.corpus.locate import to_file
from tifa.glossary import normalize

FINDING_SCHEMA = {
    "path": pl.String,
    "doc": pl.UInt32,
    "line": pl.UInt32,
    "col": pl.UInt32,
    "end_line": pl.UInt32,
    "end_col": pl.UInt32,
    "start": pl.Int64,
    "end": pl.Int64,
    "code": pl.String,
    "name": pl.String,
    "severity": pl.String,
    "message": pl.String,
    "span": pl.String,
    "suggestion": pl.String,
    "fix": pl.String,
    "term_id": pl.String,
    "fingerprint": pl.String,
}

# Every column a finding can differ in: two findings of one rule on one span (two reasons,
# two suggestions) come out in the same order on every run, whatever order rules made them.
_ORDER = ("doc", "start", "end", "code", "message", "suggestion", "term_id", "fix")


def empty_findings() -> pl.DataFrame:
    """A findings table with no rows."""
    return pl.DataFrame(schema=FINDING_SCHEMA)


def run_rules(ctx: Context, rules: Sequence[Rule], helpers: Helpers | None = None) -> pl.DataFrame:
    """Run `rules` over the context's corpus; the findings table, sorted by file and position.

    `helpers` (tifa.checks.workers) run some of the rules in other processes meanwhile; their
    findings take their rule's place, so the table is the same as without them. Once its own
    rules are done, this process claims the workers' rules that none has started, cheapest
    first, and runs them too.
    """
    elsewhere = helpers.codes if helpers is not None else frozenset()
    found: dict[str, pl.DataFrame | None] = {}
    for r in rules:
        if r.code not in elsewhere:
            out = r.func(ctx)
            found[r.code] = labelled(out, r) if out.height else None
            mark(r.code)
    if helpers is not None:
        chosen = {r.code: r for r in rules}
        for code in helpers.claimable():
            if not helpers.claim(code):
                break  # a worker has it, and every costlier one
            out = chosen[code].func(ctx)
            found[code] = labelled(out, chosen[code]) if out.height else None
            mark(code)
        mark("own rules done")
        for code, frame in helpers.frames(ctx.corpus).items():
            found.setdefault(code, frame)
        mark("joined")
    frames = []
    for r in rules:
        if r.code not in found:  # a worker failed: its rules run here
            out = r.func(ctx)
            found[r.code] = labelled(out, r) if out.height else None
        frame = found[r.code]
        if frame is not None:
            frames.append(frame)
    PATTERNS.save()  # the patterns the rules compiled, for the next run
    LITERALS.save()  # and the literals they require
    df = _unmasked(merge_same_span(pl.concat(frames)), ctx.corpus.masks) if frames else None
    df, unused = apply_suppressions(df, ctx.corpus.suppressions, [r.code for r in rules])
    reporter = next((r for r in rules if r.code == UNUSED_SUPPRESSION), None)
    if reporter is not None and unused.height:
        df = pl.concat([f for f in (df, labelled(unused, reporter)) if f is not None])
    if df is None or not df.height:
        return empty_findings()
    # An entry still under review (status=proposed) may inform but never fail a build, and
    # its suggestions are never applied unattended.
    proposed = pl.col("term_id").is_in(
        ctx.terms.filter(pl.col("status") == "proposed")["term_id"].to_list()
    )
    df = df.with_columns(
        severity=pl.when(proposed).then(pl.lit(Severity.INFO.value)).otherwise(pl.col("severity")),
        fix=pl.when(proposed & (pl.col("fix") == Fix.SAFE.value))
        .then(pl.lit(Fix.UNSAFE.value))
        .otherwise(pl.col("fix")),
    )
    df = _positions(to_file(df, ctx.corpus.origins, "start", "end"), ctx.corpus.position_lines)
    docs = ctx.corpus.docs
    spans = [docs[d].text[s:e] for d, s, e in df.select("doc", "start", "end").iter_rows()]
    df = df.with_columns(
        span=pl.Series(spans, dtype=pl.String),
        path=pl.Series([docs[d].name for d in df["doc"]], dtype=pl.String),
    ).sort(*_ORDER, nulls_last=True, maintain_order=True)
    df = df.with_columns(
        fingerprint=pl.Series(
            _fingerprints(df, ctx.segments, docs, ctx.root or project_root()), dtype=pl.String
        )
    )
    return df.select(list(FINDING_SCHEMA))


def labelled(out: pl.DataFrame, r: Rule) -> pl.DataFrame:
    """A rule's output with the rule's code, name, severity and fix safety."""
    return out.with_columns(fix=_fix_column(out, r.fix)).select(
        *RULE_OUTPUT,
        code=pl.lit(r.code),
        name=pl.lit(r.name),
        severity=_severity_column(out, r.severity),
        fix=pl.col(FIX_COLUMN),
    )


def _severity_column(out: pl.DataFrame, declared: Severity) -> pl.Expr:
    """Each finding's severity: the rule's, or lower where the rule says so for that row."""
    if SEVERITY_COLUMN not in out.columns:
        return pl.lit(declared.value)
    rank = pl.col(SEVERITY_COLUMN).replace_strict(
        {s.value: s.rank for s in Severity}, default=None, return_dtype=pl.Int8
    )
    return (
        pl.when(rank.is_null() | (rank > declared.rank))
        .then(pl.lit(declared.value))
        .otherwise(pl.col(SEVERITY_COLUMN))
    )


def _fix_column(out: pl.DataFrame, declared: Fix) -> pl.Expr:
    """Each finding's fix safety: the rule's, or lower where the rule says so for that row.

    A row can never be safer than its rule declares, so `tifa rules` stays an upper bound.
    """
    if FIX_COLUMN not in out.columns:
        return pl.lit(declared.value)
    rank = pl.col(FIX_COLUMN).replace_strict(
        {f.value: f.rank for f in Fix}, default=None, return_dtype=pl.Int8
    )
    return (
        pl.when(rank.is_null() | (rank > declared.rank))
        .then(pl.lit(declared.value))
        .otherwise(pl.col(FIX_COLUMN))
    )


def _unmasked(df: pl.DataFrame, masks: pl.DataFrame) -> pl.DataFrame:
    """Findings that do not touch markup or code (Markdown inline code, link targets, URLs)."""
    if not masks.height:
        return df
    # Overlapping masks merged into disjoint sorted runs, so each finding is one binary
    # search (comparing every finding with every mask was quadratic on hostile Markdown).
    merged: dict[int, tuple[list[int], list[int]]] = {}
    for doc, start, end in masks.sort("doc", "start").iter_rows():
        starts, ends = merged.setdefault(doc, ([], []))
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    keep = []
    for d, s, e in df.select("doc", "start", "end").iter_rows():
        starts, ends = merged.get(d, ([], []))
        i = bisect.bisect_left(starts, max(e, s + 1)) - 1  # last run starting before the end
        keep.append(i < 0 or ends[i] <= s)
    return df.filter(pl.Series(keep, dtype=pl.Boolean))


def _positions(df: pl.DataFrame, lines: pl.DataFrame) -> pl.DataFrame:
    """Add line/col and end_line/end_col of `file_start`/`file_end` (offsets in the file) by an
    as-of join on the line-start table."""
    starts = lines.select("doc", "line", line_start="start").sort("doc", "line_start")

    def locate(column: str, prefix: str) -> pl.DataFrame:
        # The end offset is exclusive: locate the last character, then step one column right.
        # An empty span (an empty segment) ends where it starts.
        step = (pl.col("end") > pl.col("start")).cast(pl.Int64) if prefix else pl.lit(0)
        probe = df.with_row_index("_row").select(
            "_row",
            "doc",
            pos=pl.col(column) - step,
            step=step,
        )
        probe = probe.with_columns(pl.col("pos").clip(lower_bound=0)).sort("doc", "pos")
        # Both sides are sorted by (doc, offset) just above; polars cannot verify that per group.
        joined = probe.join_asof(
            starts,
            left_on="pos",
            right_on="line_start",
            by="doc",
            strategy="backward",
            check_sortedness=False,
        )
        return joined.select(
            "_row",
            pl.col("line").alias(f"{prefix}line"),
            (pl.col("pos") - pl.col("line_start") + 1 + pl.col("step"))
            .cast(pl.UInt32)
            .alias(f"{prefix}col"),
        )

    indexed = df.with_row_index("_row")
    out = indexed.join(locate("file_start", ""), on="_row")
    out = out.join(locate("file_end", "end_"), on="_row")
    return out.drop("_row", "file_start", "file_end")


def _fingerprints(
    df: pl.DataFrame, segments: pl.DataFrame, docs: Sequence[Document], root: Path
) -> list[str]:
    """Stable ids from the rule, the file, the flagged text (normalised), the term, the sentence
    it sits in (normalised) and which occurrence in that sentence it is. The file is named
    relative to the project root (see tifa.checks.paths), however the user typed its path.

    Edits elsewhere in the file — even fixing the same error in another sentence — leave a
    finding's fingerprint unchanged; rewording its own sentence changes it.
    """
    starts = segments.select("doc", seg_start="start").sort("doc", "seg_start")
    context = segments_of(df, starts).select("doc", "seg_start")
    # One digest per sentence, not per finding: a long sentence with many findings would
    # otherwise be normalised and hashed again for each of them.
    wanted = context.unique().drop_nulls()
    texts = segments.join(wanted.rename({"seg_start": "start"}), on=["doc", "start"], how="semi")
    # And one per distinct sentence text: a translation memory repeats its units.
    digests: dict[str, str] = {}
    sentence_digest = {}
    for doc, start, tgt in texts.select("doc", "start", "tgt").iter_rows():
        digest = digests.get(tgt)
        if digest is None:
            raw_key = normalize.key(tgt).encode("utf-8", "surrogateescape")
            digest = digests[tgt] = hashlib.sha256(raw_key).hexdigest()
        sentence_digest[(doc, start)] = digest
    keys = {d: path_key(doc, root) for d, doc in enumerate(docs)}
    seen: Counter[tuple[str, ...]] = Counter()
    out = []
    rows = df.select("doc", "code", "span", "term_id").iter_rows()
    span_keys: dict[str, str] = {}
    for (doc, code, span, term), where in zip(rows, context.iter_rows(), strict=True):
        path = keys[doc]
        span_key = span_keys.get(span)
        if span_key is None:
            span_key = span_keys[span] = normalize.key(span)
        key = (path, code, span_key, term or "", sentence_digest.get(where, ""))
        occurrence = seen[key]
        seen[key] += 1
        raw = "\0".join((*key, str(occurrence))).encode("utf-8", "surrogateescape")
        out.append(hashlib.sha256(raw).hexdigest()[:16])
    return out
