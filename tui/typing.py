"""Keys typed in a fast burst right after the key that opens a text field.

A terminal delivers a burst (`/two first zones`) in one read, and the app takes its keys one
at a time, handing each to the widget focused *at that moment*, through that widget's own
message queue. A key bound on the screen, though, runs only after it has gone down to the
focused widget (the list or table) and bubbled back up through the screen, each hop another
queue. So while the slash is on its way, the app hands out the letters behind it: the first
ones to the table (they follow the slash up), the later ones, once the field has focus,
straight to the field. Two paths, two queues, interleaved however the load falls: the field
received `two firstones z`.

The key that opens a field is therefore a priority binding: the app runs it as it takes the
key, before it takes the next one, so the field has focus for every key behind it, and each
reaches the field once, in order, through the field's own queue. While the field has focus
the binding stands aside (the screen's `check_action`), so the key is typed like any other.

Enter, which leaves the field, races the same way in reverse: the Input submits and the
screen moves the focus back to the list only after the app has handed the keys behind the
Enter to the field (`/code:T101⏎d` filtered on `code:T101d`, and the `d` meant for the list
was lost). So Enter in the field is a priority binding too, standing aside elsewhere. Being
run at the app, though, it runs ahead of the keys the field has not handled yet, and of the
Changed messages that bring the list up to date: `/jinpu⏎e` edited the first entry of the
whole glossary while the table went on to show the one entry found. So leaving the field
first waits until the field has handled every key queued before the Enter (`settled`; the
app takes no further key meanwhile), then brings the list up to date at once.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input


def field_opener(key: str, action: str, description: str, binding_id: str) -> Binding:
    """The binding of the key that opens a text field (see the module's docstring)."""
    return Binding(key, action, description, id=binding_id, priority=True)


def field_closer(action: str, binding_id: str) -> Binding:
    """The binding of Enter in a text field, back to the list (see the module's docstring)."""
    return Binding("enter", action, "Done", id=binding_id, priority=True, show=False)


def field_action(action: str, opener: str, closer: str, typing: bool) -> bool:
    """Whether `action` may run (a screen's check_action): the key that opens the field
    while it has no focus, Enter that leaves it while it has; any other action always."""
    if action == opener:
        return not typing
    return action != closer or typing


def typing_in(screen: Screen[Any], field: Input) -> bool:
    """Whether keys now go to `field`: set_focus has run (has_focus waits for the Focus
    event, which queues behind the keys of the burst)."""
    return screen.focused is field


async def settled(field: Input) -> None:
    """Wait until `field` has handled every message queued to it so far (a callback queued
    behind them runs), so its value holds every key typed before this moment."""
    done = asyncio.Event()
    field.call_later(done.set)
    with contextlib.suppress(TimeoutError):  # a field being removed handles nothing more
        await asyncio.wait_for(done.wait(), timeout=2)
