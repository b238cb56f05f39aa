"""Command palette provider: every action of the screen in view, searchable by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tifa.tui.bindings import all_bindings

SCREEN_OF = {"review": "ReviewScreen", "findings": "ReviewScreen", "glossary": "GlossaryScreen"}


class TifaCommands(Provider):
    """Actions of tifa review, as in the footer and the help screen."""

    def _commands(self) -> list[tuple[str, str, str]]:
        screen = self.screen
        name = type(screen).__name__
        out = []
        for where, binding in all_bindings():
            if where != "everywhere" and SCREEN_OF.get(where) != name:
                continue
            target = (
                "app" if where == "everywhere" else "findings" if where == "findings" else "screen"
            )
            out.append((binding.description or binding.action, binding.action, target))
        return out

    async def _run(self, action: str, target: str) -> None:
        screen = self.screen
        if target == "app":
            await self.app.run_action(action)
        elif target == "findings":
            await screen.query_one("#findings").run_action(action)
        else:
            await screen.run_action(action)

    async def discover(self) -> Hits:
        for description, action, target in self._commands():
            yield DiscoveryHit(description, partial(self._run, action, target), help=action)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for description, action, target in self._commands():
            score = matcher.match(description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(description),
                    partial(self._run, action, target),
                    help=action,
                )
