"""What the review UI shows of a Chinese source: the term highlighted, the `src:` filter,
and pair files whose columns have their own names (`tifa review --src-col/--tgt-col`).

The detail pane's renderable and the list's filter are driven directly over a bilingual
corpus built through the library API; a TSV file is opened in the app with Pilot.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from bilingual_helpers import bilingual_corpus, check_pairs, default_matchers
from helpers import run_cli
from rich.console import Group
from rich.text import Text
from textual.widgets import Static
from tui_helpers import loaded, select, shown_text

from tifa.checks.session import ReviewSession, RunSpec
from tifa.corpus.pairs import Columns
from tifa.errors import InputError
from tifa.tui import query
from tifa.tui.app import TifaApp
from tifa.tui.widgets.detail import DetailPane, describe, term_spans

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


# A pair file whose columns are not called zh and en, as CAT tools and spreadsheets export.
CUSTOM_COLUMNS = (
    "id\t中文\tEnglish\n"
    "1\t全市地区生产总值达到1.16万亿元。\tThe city's GDP reached 1.16 billion yuan.\n"
    "2\t加快推进两先区建设。\tWe will speed up building the two pre-zones.\n"
)


def custom_session(tmp_path: Path, columns: Columns) -> ReviewSession:
    path = tmp_path / "units.tsv"
    path.write_text(CUSTOM_COLUMNS, encoding="utf-8")
    spec = RunSpec([str(path)], columns=columns)
    return ReviewSession(spec, tmp_path / "b.json", tmp_path / "g.csv", tmp_path / "s.json")


async def test_review_opens_a_tsv_with_its_own_column_names(tmp_path: Path) -> None:
    app = TifaApp(custom_session(tmp_path, Columns("中文", "English")))
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        row = await select(pilot, screen, "D501", "1.16 billion")
        assert row["line"] == 2
        body = shown_text(screen.query_one(DetailPane).query_one("#detail-body", Static))
        assert "Chinese source: 全市地区生产总值达到1.16万亿元。" in body
        # The English column is what is checked: the other columns are not read as text.
        assert set(screen.view["line"].to_list()) <= {2, 3}


async def test_review_with_the_default_columns_names_the_missing_one(tmp_path: Path) -> None:
    # Without --src-col/--tgt-col the file has no zh column: one clear line, not a traceback.
    session = custom_session(tmp_path, Columns())
    with pytest.raises(InputError, match=r"units\.tsv:1: .*zh"):
        session.load()


def test_review_command_passes_the_columns_to_the_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "units.tsv").write_text(CUSTOM_COLUMNS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    opened: list[ReviewSession] = []
    monkeypatch.setattr(TifaApp, "run", lambda app: opened.append(app.session))
    result = run_cli(["review", "units.tsv", "--src-col", "中文", "--tgt-col", "English"])
    assert result.code == 0, result.err
    (session,) = opened
    session.load()
    assert set(session.findings["code"]) >= {"D501"}
    assert session.findings.filter(pl.col("code") == "D501")["span"].to_list() == ["1.16 billion"]
