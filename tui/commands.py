"""Command palette provider: every action of the screen in view, searchable by name.

Each action appears once, under a name that says what it does (the footer's one-word labels
are terse), with its key as the help line; never a binding id or an action name.
"""

from __future__ import annotations

from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tifa.tui.bindings import all_bindings

SCREEN_OF = {"review": "ReviewScreen", "findings": "ReviewScreen", "glossary": "GlossaryScreen"}
# Names for the palette where the footer's label is too short to search for or to read alone.
NAMES = {
    "app.help": "Help: every key",
    "app.glossary": "Glossary: browse and edit entries",
    "app.quit": "Quit (decisions are saved)",
    "review.next": "Next finding",
    "review.previous": "Previous finding",
    "review.next_document": "Next file",
    "review.details": "Details: the finding alone, whole paragraph",
    "review.accept": "Fix: accept the suggestion",
    "review.edit": "Edit the flagged text",
    "review.dismiss": "Dismiss as a false alarm",
    "review.add_to_glossary": "Add to the glossary",
    "review.undo": "Undo the last decision",
    "review.rerun": "Re-run the checks",
    "review.filter": "Filter the findings",
    "review.sort": "Sort: position, code, severity, status",
    "review.back": "Back to the list",
    "glossary.close": "Back to the review",
    "glossary.search": "Search the glossary",
    "glossary.add": "Add a glossary entry",
    "glossary.edit": "Edit the glossary entry",
}
ACTION_NAMES = {  # bindings without an id
    "page_down": "Page down",
    "page_up": "Page up",
    "first": "First finding",
    "last": "Last finding",
}


def palette_name(binding: Binding) -> str:
    """What the palette calls a binding's action."""
    return (
        NAMES.get(binding.id or "")
        or ACTION_NAMES.get(binding.action)
        or (binding.description or binding.action.replace("_", " ").capitalize())
    )


class TifaCommands(Provider):
    """Actions of tifa review, as in the footer and the help screen."""

    def _commands(self) -> list[tuple[str, str, str, str]]:
        screen = self.screen
        name = type(screen).__name__
        out = []
        seen: set[str] = set()
        for where, binding in all_bindings():
            if where != "everywhere" and SCREEN_OF.get(where) != name:
                continue
            title = palette_name(binding)
            if title in seen:
                continue
            seen.add(title)
            target = (
                "app" if where == "everywhere" else "findings" if where == "findings" else "screen"
            )
            out.append((title, binding.action, target, self._keys(binding)))
        return out

    def _keys(self, binding: Binding) -> str:
        keys = self.app._keymap.get(binding.id or "", binding.key) if binding.id else binding.key
        shown = [
            self.app.get_key_display(Binding(k.strip(), binding.action)) for k in keys.split(",")
        ]
        return "key: " + ", ".join(shown)

    async def _run(self, action: str, target: str) -> None:
        screen = self.screen
        if target == "app":
            await self.app.run_action(action)
        elif target == "findings":
            await screen.query_one("#findings").run_action(action)
        else:
            await screen.run_action(action)

    async def discover(self) -> Hits:
        for title, action, target, keys in self._commands():
            yield DiscoveryHit(title, partial(self._run, action, target), help=keys)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, target, keys in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(title), partial(self._run, action, target), help=keys
                )
