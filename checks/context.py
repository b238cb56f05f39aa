"""What every rule sees: the corpus, the glossary, and the term hits computed once per run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import polars as pl

from tifa.checks.distinct import DistinctTexts
from tifa.checks.prefilter import matching_each
from tifa.corpus import Corpus
from tifa.glossary import Glossary
from tifa.glossary.fuzzy import NearMatcher
from tifa.glossary.match import EnglishMatcher
from tifa.glossary.match_zh import ChineseMatcher, views
from tifa.glossary.zh_text import ZhView


@dataclass
class Matchers:
    """Compiled matchers for one glossary; build once, reuse across runs (the review UI re-runs)."""

    glossary: Glossary
    english: EnglishMatcher = field(init=False)
    near: NearMatcher = field(init=False)
    chinese: ChineseMatcher = field(init=False)

    def __post_init__(self) -> None:
        self.english = EnglishMatcher(self.glossary)
        self.near = NearMatcher(self.glossary)
        self.chinese = ChineseMatcher(self.glossary)


@dataclass
class Context:
    """The run's shared tables. Hits are computed on first use, then shared by all rules."""

    corpus: Corpus
    glossary: Glossary
    matchers: Matchers | None = None
    # Where file names in fingerprints are relative to (see tifa.checks.paths); None: found
    # from the working directory.
    root: Path | None = None
    _shared: dict[str, pl.DataFrame] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.matchers is None or self.matchers.glossary is not self.glossary:
            self.matchers = Matchers(self.glossary)

    @property
    def segments(self) -> pl.DataFrame:
        """The segment table (see tifa.corpus)."""
        return self.corpus.segments

    @cached_property
    def _distinct(self) -> DistinctTexts:
        return DistinctTexts.of(self.segments)

    @cached_property
    def _distinct_hits(self) -> pl.DataFrame:
        assert self.matchers is not None
        return self.matchers.english.match(self._distinct.segments, matching_each)

    @cached_property
    def hits(self) -> pl.DataFrame:
        """Exact renderings found, overlaps settled leftmost-longest (see tifa.glossary.match);
        each distinct text is matched once (see tifa.checks.distinct)."""
        assert self.matchers is not None
        if not self._distinct.repeats:
            return self.matchers.english.match(self.segments, matching_each)
        return self._distinct.spread(self._distinct_hits)

    @cached_property
    def near(self) -> pl.DataFrame:
        """Near misses and truncations (see tifa.glossary.fuzzy), once per distinct text."""
        assert self.matchers is not None
        if not self._distinct.repeats:
            return self.matchers.near.match(self.segments, self.hits)
        found = self.matchers.near.match(self._distinct.segments, self._distinct_hits)
        return self._distinct.spread(found)

    @cached_property
    def zh_views(self) -> tuple[pl.DataFrame, dict[str, ZhView]]:
        """The normalised view of every source (see tifa.glossary.match_zh.views)."""
        return views(self.segments)

    @property
    def bilingual(self) -> bool:
        """Whether any segment of the run has a Chinese source."""
        return self.zh_views[0].height > 0

    @cached_property
    def zh_hits(self) -> pl.DataFrame:
        """Glossary terms found in the sources (see tifa.glossary.match_zh); offsets are in
        each segment's `src`."""
        assert self.matchers is not None
        return self.matchers.chinese.match(*self.zh_views)

    @cached_property
    def terms(self) -> pl.DataFrame:
        """Per-term facts rules join on: term_id, zh, en, kind, status."""
        rows = [(t.id, "、".join(t.zh), t.en, t.kind, t.status) for t in self.glossary.terms]
        return pl.DataFrame(
            rows, schema=["term_id", "zh", "en", "kind", "status"], orient="row"
        ).unique("term_id", keep="last")

    @cached_property
    def unit_docs(self) -> list[int]:
        """Documents that are bilingual files (PO, XLIFF, TMX, TSV...): each paragraph is a
        translation unit, and units repeat as a matter of course."""
        return [
            i
            for i, d in enumerate(self.corpus.docs)
            if d.layout is not None and d.layout.raw is not None
        ]

    def shared(self, name: str, make: Callable[[], pl.DataFrame]) -> pl.DataFrame:
        """The table `name`, made by `make` on first use in this run and then shared by the
        rules that read it (a table some rules derive from the ones above)."""
        if name not in self._shared:
            self._shared[name] = make()
        return self._shared[name]

    def text(self, doc: int) -> str:
        """The full text of document `doc`."""
        return self.corpus.docs[doc].text
