"""Every binding of the review UI in one list: for the help screen and the command palette."""

from __future__ import annotations

from textual.binding import Binding


def all_bindings() -> list[tuple[str, Binding]]:
    """(where, binding) for the app, the review screen, the findings list and the glossary."""
    from tifa.tui.app import TifaApp
    from tifa.tui.screens.glossary import GlossaryScreen
    from tifa.tui.screens.review import ReviewScreen
    from tifa.tui.widgets.findings_list import FindingsList

    out: list[tuple[str, Binding]] = []
    seen: set[str] = set()
    for where, owner in (
        ("everywhere", TifaApp),
        ("findings", FindingsList),
        ("review", ReviewScreen),
        ("glossary", GlossaryScreen),
    ):
        for binding in owner.BINDINGS:
            if not isinstance(binding, Binding) or (binding.priority and not binding.show):
                continue  # Enter in a text field (tifa.tui.typing): a key of the field's own
            if not (binding.id and binding.id in seen):
                out.append((where, binding))
                if binding.id:
                    seen.add(binding.id)
    return out
