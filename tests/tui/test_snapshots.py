"""Snapshots of the review, detail, glossary and help screens at a fixed terminal size.

Update after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`
and look at the SVGs in __snapshots__ before committing them.
"""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from tui_helpers import MEETING, loaded, select

SIZE = (120, 36)


class TestReview:
    def test_review_screen(self, snap_compare, make_app) -> None:  # type: ignore[no-untyped-def]
        async def run_before(pilot: Pilot[Any]) -> None:
            screen = await loaded(pilot)
            await select(pilot, screen, "T101", "two first districts")

        assert snap_compare(make_app(MEETING), terminal_size=SIZE, run_before=run_before)

    def test_detail_view(self, snap_compare, make_app) -> None:  # type: ignore[no-untyped-def]
        async def run_before(pilot: Pilot[Any]) -> None:
            screen = await loaded(pilot)
            await select(pilot, screen, "T105", "secretary of the Municipal Party")
            await pilot.press("enter")
            await pilot.pause()

        assert snap_compare(make_app(MEETING), terminal_size=SIZE, run_before=run_before)


class TestGlossary:
    def test_glossary_screen(self, snap_compare, make_app) -> None:  # type: ignore[no-untyped-def]
        async def run_before(pilot: Pilot[Any]) -> None:
            await loaded(pilot)
            await pilot.press("t")
            await pilot.pause()
            await pilot.press("slash", *"pre-zones", "enter")
            await pilot.pause()

        assert snap_compare(make_app(MEETING), terminal_size=SIZE, run_before=run_before)


class TestHelp:
    def test_help_screen(self, snap_compare, make_app) -> None:  # type: ignore[no-untyped-def]
        async def run_before(pilot: Pilot[Any]) -> None:
            await loaded(pilot)
            await pilot.press("question_mark")
            await pilot.pause()

        assert snap_compare(make_app(MEETING), terminal_size=SIZE, run_before=run_before)
