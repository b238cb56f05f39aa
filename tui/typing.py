"""Keys typed in a fast burst right after the key that opens a text field.

A terminal delivers a burst (`/party`) in one read. Textual hands every key of it to the widget
that had focus when it arrived (the list or table), which passes each up to the screen and
then to the app, where bindings run, each hop through a message queue. So the slash's binding
runs at the app only after the screen has already passed on the letters behind it: they reach
the app with the field focused but no widget to type them, and are lost, or worse run
single-letter commands (`a` accepts a fix). Screens with such a field therefore open it
themselves when the opening key passes through them, and type the keys that follow into it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events
from textual.screen import Screen
from textual.widgets import Input


def type_into(
    screen: Screen[Any],
    field: Input,
    opener: str,
    open_field: Callable[[], None],
    event: events.Key,
) -> None:
    """Handle a key passing through `screen`: if it is bound to action `opener`, open the
    field at once; if the field has focus but the key went elsewhere, type it there. Either
    way the event stops, so no binding runs."""
    if screen.focused is field:  # (has_focus waits for the Focus event; this does not)
        if event.is_printable and event.character:
            field.insert_text_at_cursor(event.character)
            event.stop()
            event.prevent_default()
        return
    active = screen.active_bindings.get(event.key)
    if active is not None and active.binding.action == opener:
        event.stop()
        event.prevent_default()
        open_field()
