"""The tifa review app: small on purpose; screens, widgets and dialogs do the work."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from tifa.checks.session import ReviewSession
from tifa.errors import InputError
from tifa.tui.commands import TifaCommands
from tifa.tui.dialogs.confirm import Confirm
from tifa.tui.screens.glossary import GlossaryScreen
from tifa.tui.screens.help import HelpScreen
from tifa.tui.screens.review import ReviewScreen


class TifaApp(App[None]):
    """Review findings: fix, edit, dismiss or teach the glossary, one key per decision."""

    CSS_PATH = "styles/app.tcss"
    TITLE = "tifa review"
    COMMANDS = App.COMMANDS | {TifaCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("t", "glossary", "Glossary", id="app.glossary"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, session: ReviewSession, keys: dict[str, str] | None = None) -> None:
        super().__init__()
        self.session = session
        self.keys = keys or {}

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own palette commands, less Quit: tifa's own Quit (which saves the
        session first) is in the palette already, and one name should mean one action."""
        for command in super().get_system_commands(screen):
            if command.title != "Quit":
                yield command

    def on_mount(self) -> None:
        if self.keys:
            self.set_keymap(self.keys)
        self.push_screen(ReviewScreen(self.session))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_glossary(self) -> None:
        if self.session.glossary is None:
            self.notify("Still loading…", severity="warning")
        elif not isinstance(self.screen, GlossaryScreen):
            self.push_screen(GlossaryScreen(self.session))

    async def action_quit(self) -> None:
        if isinstance(self.screen, Confirm):
            return  # already asking
        try:
            self.session.save_state()  # so the next session resumes here
        except InputError as error:
            where = self.session.state_path

            def answer(quit_anyway: bool | None) -> None:
                if quit_anyway:
                    self.exit()

            self.push_screen(
                Confirm(
                    "Quit without saving the review state?",
                    f"Could not save to {where}:\n{error.message}\n\n"
                    "Your fixes, dismissals and glossary changes are already saved; only the "
                    "undo history and the cursor position would be lost.",
                ),
                answer,
            )
            return
        self.exit()
