"""Teach the glossary a flagged rendering: as avoid or allowed of its entry, or a new entry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from tifa.checks.controls import visible


@dataclass(frozen=True)
class GlossaryChoice:
    """What the translator chose: column avoid, allowed or new (with zh and en)."""

    column: str
    zh: str = ""
    en: str = ""


class GlossaryAdd(ModalScreen[GlossaryChoice | None]):
    """Choose how the flagged text enters the glossary."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("v", "choose('avoid')", "Avoid", id="glossary_add.avoid"),
        Binding("l", "choose('allowed')", "Allowed", id="glossary_add.allowed"),
    ]

    def __init__(self, form: str, term_id: str | None) -> None:
        super().__init__()
        self.form = form
        self.term_id = term_id

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(f"Add “{visible(self.form)}” to the glossary"), classes="dialog-title")
            if self.term_id:
                yield Label(f"As a rendering of {self.term_id}: v to avoid it, l to allow it")
                with Horizontal(classes="buttons"):
                    yield Button("Avoid (v)", id="avoid", variant="error")
                    yield Button("Allowed (l)", id="allowed", variant="success")
            yield Label("Or a new entry (status proposed):")
            yield Input(placeholder="Chinese (中文)", id="new-zh")
            yield Input(self.form, placeholder="approved English", id="new-en")
            yield Label(
                "Enter in these fields adds the new entry · Escape cancels", classes="dialog-hint"
            )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_choose(str(event.button.id))

    def on_input_submitted(self) -> None:
        zh = self.query_one("#new-zh", Input).value.strip()
        en = self.query_one("#new-en", Input).value.strip()
        if not zh:
            self.notify("Type the Chinese form of the new entry.", severity="warning")
            self.query_one("#new-zh", Input).focus()
            return
        self.dismiss(GlossaryChoice("new", zh, en or self.form))

    def action_choose(self, column: str) -> None:
        if isinstance(self.focused, Input):
            return  # letters typed into a field are text, not commands
        if not self.term_id:
            self.notify("This finding names no entry: add a new one.", severity="warning")
            return
        self.dismiss(GlossaryChoice(column))

    def action_cancel(self) -> None:
        self.dismiss(None)
