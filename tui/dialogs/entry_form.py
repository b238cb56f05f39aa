"""Add or edit a glossary entry in a form; the entry is validated before it is saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from tifa.errors import InputError, InputErrors
from tifa.glossary.schema import COLUMNS, KINDS, STATUSES

HINTS = {
    "zh": "Chinese term; | between synonyms",
    "en": "approved English rendering",
    "allowed": "other acceptable renderings, | between them",
    "avoid": "renderings to flag, | between them",
    "kind": " / ".join(KINDS),
    "pattern": "regex that also counts as approved",
    "note": "guidance for translators",
    "source": "where the approved form is attested",
    "status": " / ".join(STATUSES),
}

Save = Callable[[dict[str, str]], None]


class EntryForm(ModalScreen[dict[str, str] | None]):
    """Edit the cells of one entry. `save` writes it and raises InputError(s) if it is invalid;
    the form stays open showing every problem until it saves or is cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("ctrl+s", "save", "Save", id="entry_form.save", priority=True),
    ]

    def __init__(self, title: str, record: dict[str, str], save: Save) -> None:
        super().__init__()
        self.title_text = title
        self.record = record
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(self.title_text, classes="dialog-title")
            with VerticalScroll(), Grid(classes="form"):
                for column in COLUMNS:
                    yield Label(column)
                    yield Input(
                        self.record.get(column, ""),
                        placeholder=HINTS[column],
                        id=f"field-{column}",
                        compact=True,
                    )
            yield Static("", id="form-problems")
            yield Label("Ctrl+S or Enter saves · Escape cancels", classes="dialog-hint")

    def on_mount(self) -> None:
        # Typing starts at once: with nothing focused the first value was lost and every
        # later one landed a field too high.
        self.query_one(f"#field-{COLUMNS[0]}", Input).focus()

    def values(self) -> dict[str, str]:
        """The form's cells, stripped."""
        return {c: self.query_one(f"#field-{c}", Input).value.strip() for c in COLUMNS}

    def on_input_submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        record = self.values()
        try:
            self.save(record)
        except InputErrors as errors:
            self._show([p.message if p.line else p.render() for p in errors.problems])
            return
        except InputError as error:
            self._show([error.message])
            return
        self.dismiss(record)

    def _show(self, problems: list[str]) -> None:
        self.query_one("#form-problems", Static).update("\n".join(f"✗ {p}" for p in problems))

    def action_cancel(self) -> None:
        self.dismiss(None)
