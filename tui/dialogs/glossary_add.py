"""Teach the glossary a flagged rendering: as avoid or allowed of its entry, or a new entry.

A finding that names an entry (T101, T103, T104, a misspelt name N201) offers that entry's
two columns, for the flagged text or the translator's own wording of it; a form the entry
already has is shown as such, and choosing the other column moves it. A finding that names no
entry (an unknown formulation, T107) offers a new entry instead. White-space and punctuation
findings open no dialog at all (the review screen says why).
"""

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
from tifa.checks.session import form_role
from tifa.glossary.model import Term
from tifa.tui.typing import field_action, field_closer, field_opener, settled, typing_in

ROLE_NOTE = {
    "allowed": "is already an allowed form: v moves it to avoid",
    "avoid": "is already a form to avoid: l moves it to allowed",
    "approved": "is the approved rendering: change it in the glossary screen (t)",
}


CHOICE_HINT = "v flags the form from now on · l accepts it · f types another · Escape cancels"
EDIT_HINT = "Type the form, then Enter to choose avoid or allowed"


@dataclass(frozen=True)
class GlossaryChoice:
    """What the translator chose: column avoid, allowed or new (with zh and en), and the
    form (the flagged text, or the translator's wording)."""

    column: str
    zh: str = ""
    en: str = ""
    form: str = ""


class GlossaryAdd(ModalScreen[GlossaryChoice | None]):
    """Choose how the flagged text enters the glossary."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("v", "choose('avoid')", "Avoid", id="glossary_add.avoid"),
        Binding("l", "choose('allowed')", "Allowed", id="glossary_add.allowed"),
        field_opener("f", "edit_form", "Another form", "glossary_add.form"),
        field_closer("leave_form", "glossary_add.leave_form"),
    ]

    def __init__(self, form: str, term: Term | None, new_en: str = "") -> None:
        super().__init__()
        self.form = form
        self.term = term
        self.new_en = new_en or form

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            if self.term is not None:
                term = self.term
                yield Label(
                    Text(f"Add to the glossary entry {visible(term.id)}"), classes="dialog-title"
                )
                yield Label(Text(f"approved: {visible(term.en)}"))
                yield Label(Text(f"allowed:  {visible(' | '.join(term.allowed)) or '—'}"))
                yield Label(Text(f"avoid:    {visible(' | '.join(term.avoid)) or '—'}"))
                yield Input(
                    self.form,
                    placeholder="another form to add",
                    id="form",
                    compact=True,
                    select_on_focus=False,  # f empties it; see tifa.tui.typing
                )
                yield Label(Text(self._role_note(self.form)), id="form-role", classes="dialog-hint")
                with Horizontal(classes="buttons"):
                    yield Button("Avoid (v)", id="avoid", variant="error")
                    yield Button("Allowed (l)", id="allowed", variant="success")
                yield Label(CHOICE_HINT, id="choice-hint", classes="dialog-hint")
            else:
                yield Label(
                    Text(f"Add “{visible(self.form)}” to the glossary"), classes="dialog-title"
                )
                yield Label("No glossary entry names this: a new entry (status proposed):")
                yield Input(placeholder="Chinese (中文)", id="new-zh")
                yield Input(self.new_en, placeholder="approved English", id="new-en")
                yield Label(
                    "Enter in these fields adds the new entry · Escape cancels",
                    classes="dialog-hint",
                )

    def on_mount(self) -> None:
        # The keys work at once: v and l on the buttons, or the Chinese form typed straight in.
        first = "#avoid" if self.term is not None else "#new-zh"
        self.set_focus(self.query_one(first))

    def _role_note(self, form: str) -> str:
        role = form_role(self.term, form) if self.term is not None and form.strip() else None
        return f"“{visible(form.strip())}” {ROLE_NOTE[role]}" if role else ""

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "form":
            self.query_one("#form-role", Label).update(Text(self._role_note(event.value)))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self._choose(str(event.button.id))

    def on_input_submitted(self) -> None:  # in the new entry's fields
        zh = self.query_one("#new-zh", Input).value.strip()
        en = self.query_one("#new-en", Input).value.strip()
        if not zh:
            self.notify("Type the Chinese form of the new entry.", severity="warning")
            self.query_one("#new-zh", Input).focus()
            return
        self.dismiss(GlossaryChoice("new", zh, en or self.new_en, self.form))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # f opens the form field only from the choice; in a field it is a letter. A new
        # entry's dialog has no such field: f is typed, Enter submits.
        if self.term is None:
            return action not in ("edit_form", "leave_form")
        typing = typing_in(self, self.query_one("#form", Input))
        return field_action(action, "edit_form", "leave_form", typing)

    async def action_leave_form(self) -> None:
        await settled(self.query_one("#form", Input))  # v or l behind the Enter read it whole
        self.set_focus(self.query_one("#avoid"))  # back to the choice, at once
        self.query_one("#choice-hint", Label).update(CHOICE_HINT)

    def action_edit_form(self) -> None:
        if self.check_action("edit_form", ()):
            field = self.query_one("#form", Input)
            field.value = ""  # a form of the translator's own, typed afresh
            self.set_focus(field)
            self.query_one("#choice-hint", Label).update(EDIT_HINT)

    def action_choose(self, column: str) -> None:
        if isinstance(self.focused, Input):
            return  # letters typed into a field are text, not commands
        self._choose(column)

    def _choose(self, column: str) -> None:
        if self.term is None:
            self.notify("No entry names this finding: add a new one.", severity="warning")
            return
        form = self.query_one("#form", Input).value.strip()
        if not form:
            self.notify("Type the form to add.", severity="warning")
            return
        self.dismiss(GlossaryChoice(column, form=form))

    def action_cancel(self) -> None:
        self.dismiss(None)
