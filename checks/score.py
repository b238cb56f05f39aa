"""Translation scores: BLEU, chrF, chrF++ and TER from sacrebleu, plus glossary term accuracy.

The sacrebleu metrics are computed from pooled statistics, per document and over all of
them, each with its signature, exactly as `sacrebleu REF -i HYP` computes them.

Term accuracy follows the WMT 2021 terminology task: of the glossary terms found in the
Chinese source (every occurrence counts), the share whose approved or allowed rendering —
or pattern — appears in the hypothesis, each span of the hypothesis used for one source
occurrence only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import polars as pl

from tifa.checks.sourced import rendering_spans
from tifa.glossary.match_zh import ChineseMatcher, views


@dataclass
class Metric:
    """One sacrebleu score with what produced it."""

    name: str
    score: float
    signature: str


@dataclass
class Scores:
    """The scores of one document, or of all of them pooled."""

    name: str
    segments: int
    metrics: list[Metric]
    terms_found: int | None = None  # None without a source
    terms_total: int | None = None

    @property
    def term_accuracy(self) -> float | None:
        """Share of source terms rendered, in percent (None without a source or terms)."""
        if not self.terms_total or self.terms_found is None:
            return None
        return 100.0 * self.terms_found / self.terms_total

    def as_dict(self) -> dict[str, Any]:
        """The JSON form."""
        out: dict[str, Any] = {"name": self.name, "segments": self.segments}
        for m in self.metrics:
            out[m.name] = m.score
        if self.terms_total is not None:
            out["term_accuracy"] = self.term_accuracy
            out["terms_found"] = self.terms_found
            out["terms_total"] = self.terms_total
        return out


@dataclass
class Document:
    """Aligned lines of one document: hypothesis, reference and, optionally, source."""

    name: str
    hyp: list[str]
    ref: list[str]
    src: list[str] | None = None


def _metrics() -> list[Any]:
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    return [BLEU(), CHRF(), CHRF(word_order=2), TER()]


def sacrebleu_scores(hyp: Sequence[str], ref: Sequence[str]) -> list[Metric]:
    """BLEU, chrF, chrF++ and TER of `hyp` against `ref`, with signatures."""
    out = []
    for metric in _metrics():
        result = metric.corpus_score(list(hyp), [list(ref)])
        out.append(Metric(result.name, float(result.score), str(metric.get_signature())))
    return out


def term_counts(matcher: ChineseMatcher, src: Sequence[str], hyp: Sequence[str]) -> tuple[int, int]:
    """(rendered, total) source term occurrences over aligned source and hypothesis lines."""
    segments = pl.DataFrame(
        {"doc": [0] * len(src), "seg": list(range(len(src))), "src": list(src)},
        schema={"doc": pl.UInt32, "seg": pl.UInt32, "src": pl.String},
    )
    hits = matcher.match(*views(segments)).sort("seg", "start")
    found = total = 0
    used: dict[int, list[tuple[int, int]]] = {}
    for seg, term_id in hits.select("seg", "term_id").iter_rows():
        term = matcher.glossary.get(term_id)
        if term is None:
            continue
        total += 1
        taken = used.setdefault(seg, [])
        for span in rendering_spans(term, hyp[seg]):
            if not any(span[0] < b and a < span[1] for a, b in taken):
                taken.append(span)
                found += 1
                break
    return found, total


def score_documents(docs: Sequence[Document], matcher: ChineseMatcher | None) -> list[Scores]:
    """Scores per document, then pooled over all documents (last, named `all`)."""
    out = []
    pooled_found = pooled_total = 0
    for doc in docs:
        scores = Scores(doc.name, len(doc.hyp), sacrebleu_scores(doc.hyp, doc.ref))
        if matcher is not None and doc.src is not None:
            scores.terms_found, scores.terms_total = term_counts(matcher, doc.src, doc.hyp)
            pooled_found += scores.terms_found
            pooled_total += scores.terms_total
        out.append(scores)
    hyp = [line for d in docs for line in d.hyp]
    ref = [line for d in docs for line in d.ref]
    overall = Scores("all", len(hyp), sacrebleu_scores(hyp, ref))
    if matcher is not None:
        overall.terms_found, overall.terms_total = pooled_found, pooled_total
    out.append(overall)
    return out
