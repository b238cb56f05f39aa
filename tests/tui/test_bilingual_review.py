"""What the review UI shows of a Chinese source: the term highlighted, the `src:` filter.

Pair files cannot be opened in the UI until the pair readers exist, so the pieces are driven
directly: the detail pane's renderable and the list's filter, over a bilingual corpus built
through the library API.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
from bilingual_helpers import bilingual_corpus, check_pairs, default_matchers
from rich.console import Group
from rich.text import Text

from tifa.checks.session import ReviewSession, RunSpec
from tifa.tui import query
from tifa.tui.widgets.detail import describe, term_spans

PAIRS = [
    ("加快推進兩先區建設。", "We will speed up building the two leading zones."),
    ("9月6日，谭作钧主持会议。", "On September 9, Tan Zuojun presided over the meeting."),
]


def test_term_spans_are_in_the_sources_own_characters() -> None:
    source = PAIRS[0][0]
    assert [source[a:b] for a, b in term_spans(source, ("两先区", "两个先行区"))] == ["兩先區"]


def test_detail_pane_highlights_the_terms_chinese(tmp_path: Path) -> None:
    session = ReviewSession(
        RunSpec([]), tmp_path / "b.json", tmp_path / "g.csv", tmp_path / "s.json"
    )
    session.corpus = bilingual_corpus([PAIRS])
    session.glossary = default_matchers().glossary
    table = query.with_sources(
        check_pairs([PAIRS]).with_columns(status=pl.lit("open")), session.corpus
    )
    row = table.filter(pl.col("code") == "T102").row(0, named=True)
    shown = describe(session, row)
    assert isinstance(shown, Group)
    source = next(
        t for t in shown.renderables if isinstance(t, Text) and "Chinese source" in t.plain
    )
    assert source.plain == "Chinese source: 加快推進兩先區建設。"
    marked = [source.plain[s.start : s.end] for s in source.spans if "reverse" in str(s.style)]
    assert marked == ["兩先區"]


def test_src_filter_selects_findings_by_their_source() -> None:
    table = query.with_sources(
        check_pairs([PAIRS]).with_columns(status=pl.lit("open")), bilingual_corpus([PAIRS])
    )
    assert set(query.apply(table, "src:两先区")["code"]) == {"T102"}
    assert set(query.apply(table, "src:谭作钧")["code"]) == {"D502"}
    assert query.apply(table, "src:沈阳").height == 0
    assert query.apply(table, "").height == table.height
