"""The glossary screen: browse and search entries; add and edit them through a validated form."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import polars as pl
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from tifa.checks.session import ReviewSession
from tifa.errors import InputError
from tifa.glossary import default_glossary_path
from tifa.glossary.schema import COLUMNS
from tifa.tui.dialogs.entry_form import EntryForm
from tifa.tui.typing import field_action, field_closer, field_opener, settled, typing_in
from tifa.tui.widgets.footer import FittingFooter

SHOWN = ("zh", "en", "allowed", "avoid", "kind", "status")
# Fixed widths: long slogans would otherwise push every other column off the screen; the
# form shows an entry whole.
WIDTHS = {"zh": 16, "en": 30, "allowed": 20, "avoid": 20, "kind": 8, "status": 9}


def shown_path(path: Path) -> str:
    """A path as short as it can be said: relative to the working folder, or to home."""
    resolved = path.resolve()
    for base, prefix in ((Path.cwd().resolve(), ""), (Path.home().resolve(), "~/")):
        if resolved.is_relative_to(base):
            return prefix + str(resolved.relative_to(base))
    return str(path)


class GlossaryScreen(Screen[None]):
    """Every entry of the glossaries in use; edits go to the house glossary."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="glossary.close"),
        field_opener("slash", "search", "Search", "glossary.search"),
        field_closer("leave_search", "glossary.leave_search"),
        Binding("a", "add", "Add entry", id="glossary.add"),
        Binding("e", "edit", "Edit entry", id="glossary.edit"),
    ]

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.rows: list[dict[str, str]] = []
        self.shown_search: str | None = None  # what the table holds the matches of

    def compose(self) -> ComposeResult:
        yield Static("", id="glossary-title")
        yield Input(
            placeholder="search zh, en, allowed, avoid…",
            id="glossary-search",
            select_on_focus=False,  # reopened, the field keeps its text and keys add to it
        )
        yield DataTable(id="glossary-table", cursor_type="row", zebra_stripes=True)
        yield FittingFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for column in SHOWN:
            table.add_column(column, key=column, width=WIDTHS[column])
        table.add_column("from", key="origin", width=8)
        self.fill("")
        table.focus()

    def entries(self) -> pl.DataFrame:
        """The entries in use, one row per term (a house entry replaces a bundled one)."""
        assert self.session.glossary is not None
        entries = self.session.glossary.entries
        for column in COLUMNS:
            if column not in entries.columns:
                entries = entries.with_columns(pl.lit("").alias(column))
        return entries

    def fill(self, search: str) -> None:
        """Show the entries matching `search` in zh, en, allowed or avoid."""
        entries = self.entries()
        if search:
            needle = search.lower()
            hay = pl.concat_str(
                [pl.col(c).fill_null("") for c in ("zh", "en", "allowed", "avoid")], separator="\n"
            )
            entries = entries.filter(hay.str.to_lowercase().str.contains(needle, literal=True))
        table = self.query_one(DataTable)
        table.clear()
        self.rows = []
        self.shown_search = search
        for record in entries.iter_rows(named=True):
            cells = {k: (record.get(k) or "") for k in COLUMNS}
            self.rows.append(cells)
            origin = (
                "house"
                if str(record.get("_origin")) == str(self.session.house_glossary)
                else "bundled"
                if "data" in str(record.get("_origin"))
                else str(record.get("_origin"))
            )
            table.add_row(*(cells[c] for c in SHOWN), origin)
        self.query_one("#glossary-title", Static).update(
            f"Glossary: {len(self.rows)} entries shown · edits go to {shown_path(self.session.house_glossary)}"
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        # The field's value now, not the event's: a Changed arriving late must not bring back
        # the matches of a few letters ago.
        search = event.input.value.strip()
        if search != self.shown_search:
            self.fill(search)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The slash opens the search, unless the search is open: then it is typed there.
        typing = typing_in(self, self.query_one("#glossary-search", Input))
        return field_action(action, "search", "leave_search", typing)

    async def action_leave_search(self) -> None:
        field = self.query_one("#glossary-search", Input)
        await settled(field)  # see tifa.tui.typing: the keys before the Enter, then the table
        self.set_focus(self.query_one(DataTable))
        if field.value.strip() != self.shown_search:
            self.fill(field.value.strip())

    def action_search(self) -> None:
        # Focus at once, not through focus()'s callback: the keys behind the slash must find
        # the field focused when the app hands them out (see tifa.tui.typing).
        self.set_focus(self.query_one("#glossary-search", Input))

    def action_close(self) -> None:
        self.app.pop_screen()

    def _selected(self) -> dict[str, str] | None:
        table = self.query_one(DataTable)
        if not self.rows or table.cursor_row is None or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def action_add(self) -> None:
        self.app.push_screen(
            EntryForm("New glossary entry", {"status": "proposed"}, self._saver(None)), self._saved
        )

    def action_edit(self) -> None:
        record = self._selected()
        if record is None:
            self.notify("No entry selected.", severity="warning")
            return
        zh = record["zh"].split("|")[0]
        self.app.push_screen(EntryForm(f"Edit {zh}", record, self._saver(zh)), self._saved)

    def on_data_table_row_selected(self) -> None:
        self.action_edit()

    def _saver(self, original: str | None):  # type: ignore[no-untyped-def]
        def save(record: dict[str, str]) -> None:
            self.session.save_entry(record, original)

        return save

    def _saved(self, record: dict[str, str] | None) -> None:
        if record is not None:
            self.notify(f"saved {record['zh']} to {shown_path(self.session.house_glossary)}")
            self.fill(self.query_one(Input).value.strip())
            self.recheck()

    @work(thread=True, exclusive=True, group="session")
    def recheck(self) -> None:
        """Re-run the checks with the edited glossary, off the UI thread."""
        try:
            self.session.check()
        except InputError as error:
            self.app.call_from_thread(self.notify, error.render(), severity="error")


def _origin(origin: str, house: Path) -> str:
    if origin == str(house):
        return "house"
    if Path(origin) == default_glossary_path():
        return "bundled"
    return shown_path(Path(origin))
