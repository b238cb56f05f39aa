"""The help screen: every key binding, with its id for remapping in configuration."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from tifa.tui.bindings import all_bindings


class HelpScreen(ModalScreen[None]):
    """Keys of the review UI; remap any of them in [tool.tifa.keys] by id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(
                'Keys — remap in [tool.tifa.keys]: "binding id" = "key"', classes="dialog-title"
            )
            yield DataTable(id="help-table", cursor_type="row", zebra_stripes=True)
            yield Label(
                "Ctrl+P opens the command palette with every action · Escape closes",
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("key", "action", "binding id", "where")
        for where, binding in all_bindings():
            keys = (
                self.app._keymap.get(binding.id or "", binding.key) if binding.id else binding.key
            )
            shown = ", ".join(
                self.app.get_key_display(Binding(k.strip(), binding.action))
                for k in keys.split(",")
            )
            table.add_row(shown, binding.description or binding.action, binding.id or "", where)
        table.focus()

    def action_close(self) -> None:
        self.dismiss(None)
