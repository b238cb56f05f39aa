"""A yes/no question (quit without saving?): y says yes; n, Enter or Escape say no."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label


class Confirm(ModalScreen[bool]):
    """Ask before doing something that cannot be undone; returns the answer."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter says no: a habitual Enter must not throw away what could not be saved.
        Binding("y", "answer(True)", "Yes", id="dialog.yes"),
        Binding("n,escape,enter", "answer(False)", "No", id="dialog.no"),
    ]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.title_text = title
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Label(self.message, id="confirm-message")
            yield Label("y: yes · n, Enter or Escape: no", classes="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
