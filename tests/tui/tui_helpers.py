"""Helpers for driving the review UI in tests."""

from __future__ import annotations

import asyncio
import io
import random
import time
from collections.abc import Callable
from typing import Any

import polars as pl
from rich.console import Console
from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from tifa.tui.screens.review import ReviewScreen
from tifa.tui.widgets.findings_list import FindingsList

MEETING = "002_b08fc19e9d24d018.txt"


async def loaded(pilot: Pilot[Any], seconds: float = 30) -> ReviewScreen:
    """Wait until the review screen has loaded and checked the articles.

    Polls: right after start-up the loading worker may not even exist yet, so waiting for
    workers alone can return too early.
    """
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, ReviewScreen) and screen.loaded:
            return screen
        await pilot.pause(0.05)
    raise AssertionError("the review screen never finished loading")


def current(screen: ReviewScreen) -> dict[str, Any] | None:
    """The finding under the cursor."""
    return screen.current()


async def select(pilot: Pilot[Any], screen: ReviewScreen, code: str, span: str) -> dict[str, Any]:
    """Move the cursor to the finding with this code and flagged text."""
    rows = screen.view.with_row_index("_i").filter(
        (pl.col("code") == code) & (pl.col("span") == span)
    )
    assert rows.height, f"no {code} {span!r} in view"
    screen.query_one(FindingsList).select_row(int(rows["_i"][0]))
    await pilot.pause()
    row = screen.current()
    assert row is not None and row["span"] == span
    return row


async def settle(pilot: Pilot[Any]) -> None:
    """Wait for the decision or check the last key started, and the screen it leaves."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def shown_text(widget: Static, width: int = 200) -> str:
    """What a Static widget holds, as plain text (wide enough not to wrap)."""
    console = Console(width=width, file=io.StringIO(), record=True, color_system=None)
    console.print(widget.content)
    return console.export_text()


async def until(pilot: Pilot[Any], done: Callable[[], bool], seconds: float = 10) -> None:
    """Let the app run until `done()` holds (a screen pushed, a layout settled): on a busy
    machine one pause is not always enough."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError("the app never got there")
        await pilot.pause(0.05)


async def trickle(app: App[Any], keys: str, seed: int, chance: float = 0.5) -> None:
    """Hand `keys` to the app as a terminal's input thread does under load: each key queued
    at once, but the event loop now and then (`chance`) gets a turn between two of them (a
    `seed` draws the same turns every run; chance 0 is one read of the whole burst). Widgets
    then handle some keys before the app has taken the next: a key bound on the screen is
    still bubbling up when the keys behind it are handed out. Pilot's press settles after
    every key and never shows this."""
    names = {"/": "slash", " ": "space", ":": "colon", "\n": "enter"}
    turns = random.Random(seed)
    for ch in keys:
        app.post_message(events.Key(names.get(ch, ch), "\r" if ch == "\n" else ch))
        if turns.random() < chance:
            await asyncio.sleep(0)
