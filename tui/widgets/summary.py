"""The header line: counts of findings per status and per code in the current view."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tifa.tui.widgets.findings_list import STATUS_STYLE


class Summary(Static):
    """Counts, filter and sort in force."""

    def show(
        self,
        by_code: dict[str, int],
        by_status: dict[str, int],
        shown: int,
        total: int,
        sort: str,
        query: str,
    ) -> None:
        """Update the counts."""
        text = Text()
        text.append(f"{shown}", style="bold")
        text.append(f" of {total} findings  ")
        for status, n in by_status.items():
            text.append(f"{status} {n}  ", style=STATUS_STYLE.get(status) or "bold")
        text.append(f"│ sort: {sort} ", style="dim")
        if query:
            text.append(f"│ filter: {query} ", style="dim")
        text.append("│ ", style="dim")
        for code, n in by_code.items():
            text.append(f"{code}×{n} ")
        self.update(text)
