"""The review screen: findings grouped by document, the selected one in detail beside them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import polars as pl
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, ProgressBar, Static

from tifa.checks.controls import visible
from tifa.checks.session import (
    NAME_CODES,
    Decision,
    FileChanged,
    ReviewSession,
    flagged_form,
    teaches_glossary,
)
from tifa.errors import InputError, InputErrors
from tifa.tui import query
from tifa.tui.dialogs.glossary_add import GlossaryAdd, GlossaryChoice
from tifa.tui.dialogs.prompt import Prompt
from tifa.tui.typing import field_action, field_closer, field_opener, settled, typing_in
from tifa.tui.widgets.detail import DetailPane, describe
from tifa.tui.widgets.findings_list import FindingsList
from tifa.tui.widgets.footer import FittingFooter
from tifa.tui.widgets.summary import Summary

DETAIL_DELAY = 0.06  # seconds the cursor rests before the detail pane follows
FILTER_DELAY = 0.15  # seconds typing rests before the filter runs


class SessionUpdated(Message):
    """A worker finished loading, checking or applying a decision."""

    def __init__(
        self, note: str = "", error: str = "", severity: str = "information", fatal: bool = False
    ) -> None:
        self.note = note
        self.error = error
        self.severity = severity
        self.fatal = fatal
        super().__init__()


class ReviewScreen(Screen[None]):
    """Work through the findings one key at a time."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Help and Quit are the app's, repeated here (same ids, so one keymap entry remaps
        # both) so that the footer shows them first, even in an 80-column terminal.
        Binding("question_mark", "app.help", "Help", id="app.help"),
        Binding("q", "app.quit", "Quit", id="app.quit"),
        Binding("enter", "details", "Details", id="review.details"),
        Binding("a", "accept", "Fix", id="review.accept"),
        Binding("e", "edit", "Edit", id="review.edit"),
        Binding("d", "dismiss_finding", "Dismiss", id="review.dismiss"),
        Binding("g", "add_to_glossary", "Add term", id="review.add_to_glossary"),
        Binding("u", "undo", "Undo", id="review.undo"),
        Binding("r", "rerun", "Re-run", id="review.rerun"),
        field_opener("slash", "filter", "Filter", "review.filter"),
        field_closer("leave_filter", "review.leave_filter"),
        Binding("s", "sort", "Sort", id="review.sort"),
        Binding("escape", "back", "Back", id="review.back", show=False),
    ]

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.filter_text = ""
        self.sort = "position"
        self.view = pl.DataFrame()
        self.loaded = False
        self.busy = False
        self._pending_detail = -1
        self.table: pl.DataFrame | None = None
        self._filter_timer: Timer | None = None
        self._detail_timer: Timer | None = None
        self._move_on: str | None = None  # fingerprint settled by the running decision
        # (finding the cursor moved on to, decision just made): shown above that finding
        self._just_settled: tuple[str, Decision | None] = ("", None)

    def compose(self) -> ComposeResult:
        yield Summary("Loading…", id="summary")
        yield Input(
            placeholder="filter: words, code:T1, sev:error, status:open, term:两先区, file:002",
            id="filter",
            select_on_focus=False,  # reopened, the field keeps its text and keys add to it
        )
        yield ProgressBar(id="progress", show_eta=False)
        with Horizontal(id="panes"):
            yield FindingsList(id="findings")
            yield DetailPane(id="detail")
        yield Static("", id="status-line")
        yield FittingFooter(compact=True)

    def on_mount(self) -> None:
        self._bar = self.query_one("#progress", ProgressBar)
        self.query_one("#filter", Input).display = False
        self.query_one(FindingsList).focus()
        self.load()

    # -- workers -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="session")
    def load(self) -> None:
        """Read and check the articles off the UI thread, with progress."""
        bar = self._bar
        total = len(self.session.spec.targets)
        self.app.call_from_thread(bar.update, total=total, progress=0)

        def step(_name: str) -> None:
            self.app.call_from_thread(bar.advance, 1)

        try:
            self.session.load(step)
        except InputErrors as errors:
            self.post_message(SessionUpdated(error=errors.render(), fatal=True))
            return
        except InputError as error:
            self.post_message(SessionUpdated(error=error.render(), fatal=True))
            return
        except Exception as error:  # a bug: one line and exit status, never a traceback screen
            self.post_message(
                SessionUpdated(error=f"tifa: internal error while loading: {error!r}", fatal=True)
            )
            return
        self.post_message(SessionUpdated(note="loaded"))

    def _decide(self, act: Callable[[], Any], done: str, move_on: str | None = None) -> None:
        """Run a decision off the UI thread; `move_on` is the fingerprint of a finding it
        settles: once done, the cursor goes to the next open finding."""
        if not self.loaded or self.busy:
            self.notify("Still working…", severity="warning")
            return
        self.busy = True
        self._move_on = move_on
        self.query_one("#status-line", Static).update("working… (writing, then re-checking)")
        self._run_decision(act, done)

    @work(thread=True, exclusive=True, group="session")
    def _run_decision(self, act: Callable[[], Any], done: str) -> None:
        try:
            act()
        except FileChanged as changed:
            try:
                self.session.check()
            except InputError as error:
                self.post_message(SessionUpdated(error=error.render()))
                return
            self.post_message(SessionUpdated(error=changed.render(), severity="warning"))
            return
        except InputErrors as errors:
            self.post_message(SessionUpdated(error=errors.render()))
            return
        except InputError as error:
            self.post_message(SessionUpdated(error=error.render()))
            return
        except Exception as error:  # a bug or an OS failure: say so, keep the session usable
            self.post_message(SessionUpdated(error=f"not done: {error!r}"))
            return
        self.post_message(SessionUpdated(note=done))

    def on_session_updated(self, message: SessionUpdated) -> None:
        self.busy = False
        self.query_one("#progress", ProgressBar).display = False
        if message.fatal:
            self.app.exit(return_code=2, message=message.error)
            return
        if message.error:
            self.notify(
                message.error,
                severity="error" if message.severity == "information" else "warning",
                timeout=8,
            )
            self.query_one("#status-line", Static).update(
                Text(visible(message.error.splitlines()[0]))
            )
        if not self.loaded:
            self.loaded = True
            self.refresh_view(keep=self.session.cursor)
        else:
            self.refresh_view()
            move_on, self._move_on = self._move_on, None
            if message.note and not message.error:
                self.query_one("#status-line", Static).update(Text(visible(message.note)))
                if move_on is not None:
                    self._next_open(move_on)
        self._show_notices()

    def _show_notices(self) -> None:
        """What the session has to tell besides errors: damaged state set aside, state unsaved,
        another review set aside or this one resumed."""
        while self.session.notices:
            notice = self.session.notices.pop(0)
            self.notify(notice, severity="warning", timeout=15)
            self.query_one("#status-line", Static).update(Text(visible(notice)))

    def _next_open(self, settled: str) -> None:
        """Put the cursor on the first open finding after `settled` (wrapping round), and
        show the sentence just corrected above it."""
        fingerprints = self.view["fingerprint"].to_list()
        statuses = self.view["status"].to_list()
        at = fingerprints.index(settled) if settled in fingerprints else -1
        order = [*range(at + 1, len(statuses)), *range(0, max(at, 0))]
        following = next((i for i in order if statuses[i] == "open"), None)
        history = self.session.history
        if following is None or not history or history[-1].fingerprint != settled:
            return
        self._just_settled = (fingerprints[following], history[-1])
        self.query_one(FindingsList).select_row(following)
        self._show_detail(following)

    # -- view ----------------------------------------------------------------------------

    def refresh_view(self, keep: str | None = None, reload: bool = True) -> None:
        """Rebuild the list, keeping the cursor on the same finding. `reload` re-reads the
        session's findings (after a load or a decision); filtering and sorting do not need to."""
        findings = self.query_one(FindingsList)
        keep = keep or findings.fingerprint_at(findings.current_row)
        if reload or self.table is None:
            self.table = query.with_sources(self.session.table(), self.session.corpus)
        table = self.table
        self.view = query.apply(table, self.filter_text, self.sort)
        findings.empty_message = (
            f"No findings match “{self.filter_text}”. Escape clears the filter."
            if self.filter_text
            else "No findings: nothing to review."
        )
        findings.set_view(self.view, keep)
        by_code, by_status = query.counts(self.view)
        self.query_one(Summary).show(
            by_code, by_status, self.view.height, table.height, self.sort, self.filter_text
        )
        self._show_detail(findings.current_row)

    def current(self) -> dict[str, Any] | None:
        """The selected finding row, or None."""
        row = self.query_one(FindingsList).current_row
        return self.view.row(row, named=True) if 0 <= row < self.view.height else None

    def on_findings_list_highlighted(self, message: FindingsList.Highlighted) -> None:
        # Holding Down should scroll the list at key-repeat speed: the detail pane (which needs
        # a layout pass) follows once the keys pause.
        self._pending_detail = message.row
        fingerprint = self.query_one(FindingsList).fingerprint_at(message.row)
        if fingerprint is not None:
            self.session.cursor = fingerprint  # at once: quitting right after must keep it
        if self._detail_timer is not None:
            self._detail_timer.stop()
        self._detail_timer = self.set_timer(DETAIL_DELAY, self._flush_detail)

    def _flush_detail(self) -> None:
        self._detail_timer = None
        self._show_detail(self._pending_detail)

    def _show_detail(self, row: int) -> None:
        selected = self.view.row(row, named=True) if 0 <= row < self.view.height else None
        shown_on, decision = self._just_settled
        just = decision if selected and selected["fingerprint"] == shown_on else None
        full = self.has_class("details-only")
        self.query_one(DetailPane).show(describe(self.session, selected, full, just))
        if selected is not None:
            self.session.cursor = selected["fingerprint"]

    # -- actions -------------------------------------------------------------------------

    def _open_finding(self) -> dict[str, Any] | None:
        row = self.current()
        if row is None:
            self.notify("No finding selected.", severity="warning")
            return None
        if row["status"] in ("fixed", "edited", "added"):
            self.notify(f"Already {row['status']}; press u to undo it.", severity="warning")
            return None
        return row

    def action_details(self) -> None:
        self.toggle_class("details-only")
        if not self.has_class("details-only"):
            self.query_one(FindingsList).focus()
        self._show_detail(self.query_one(FindingsList).current_row)  # whole paragraph, or not

    def action_back(self) -> None:
        if self.has_class("details-only"):
            self.action_details()
        elif self.query_one("#filter", Input).display:
            self._close_filter()

    def action_accept(self) -> None:
        row = self._open_finding()
        if row is None:
            return
        if row["suggestion"] is None:
            self.notify(
                f"{row['code']} has no suggested fix here: press e to edit by hand.",
                severity="warning",
            )
            return
        fp = row["fingerprint"]
        self._decide(
            lambda: self.session.accept(fp),
            f"fixed: {row['span']!r} → {row['suggestion']!r}",
            move_on=fp,
        )

    def action_edit(self) -> None:
        row = self._open_finding()
        if row is None:
            return
        fp = row["fingerprint"]

        def apply(text: str | None) -> None:
            if text is not None and text != row["span"]:
                self._decide(
                    lambda: self.session.edit(fp, text),
                    f"edited: {row['span']!r} → {text!r}",
                    move_on=fp,
                )

        self.app.push_screen(
            Prompt(
                f"Replace “{visible(row['span'])}” with:",
                row["suggestion"] or row["span"],
                allow_empty=True,
            ),
            apply,
        )

    def action_dismiss_finding(self) -> None:
        row = self._open_finding()
        if row is None:
            return
        if row["status"] == "dismissed":
            self.notify("Already dismissed; press u to undo it.", severity="warning")
            return
        fp = row["fingerprint"]

        def apply(reason: str | None) -> None:
            if reason is not None:
                self._decide(
                    lambda: self.session.dismiss(fp, reason.strip()), f"dismissed: {row['span']!r}"
                )

        self.app.push_screen(
            Prompt("Why is this a false alarm? (saved in the baseline)", placeholder="reason"),
            apply,
        )

    def action_add_to_glossary(self) -> None:
        row = self._open_finding()
        if row is None:
            return
        if not teaches_glossary(row["code"]):
            self.notify(
                f"{row['code']} {row['name']} is about white space or punctuation: "
                "there is nothing to add to the glossary.",
                severity="warning",
            )
            return
        fp = row["fingerprint"]
        glossary = self.session.glossary
        term = glossary.get(row["term_id"]) if glossary and row["term_id"] else None
        new_en = row["suggestion"] if row["code"] in NAME_CODES else ""

        def apply(choice: GlossaryChoice | None) -> None:
            if choice is not None:
                self._decide(
                    lambda: self.session.add_to_glossary(
                        fp, choice.column, choice.zh or None, choice.en or None, form=choice.form
                    ),
                    f"glossary: {choice.form!r} added ({choice.column})",
                )

        self.app.push_screen(GlossaryAdd(flagged_form(row["span"]), term, new_en or ""), apply)

    def action_undo(self) -> None:
        if not self.session.history:
            self.notify("Nothing to undo.", severity="warning")
            return
        last = self.session.history[-1]
        self._decide(self.session.undo, f"undone: {last.action} of {last.span!r}")

    def action_rerun(self) -> None:
        self._decide(self.session.check, "checks re-run")

    def action_filter(self) -> None:
        field = self.query_one("#filter", Input)
        field.display = True
        self.set_focus(field)  # at once: keys of the same burst must land in the field

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            if event.input.value.strip() == self.filter_text and self._filter_timer is None:
                return  # a Changed arriving late, after Enter applied the filter
            self.filter_text = event.input.value.strip()
            if self._filter_timer is not None:
                self._filter_timer.stop()
            # Typing runs the filter once the keys pause, not at every keystroke.
            self._filter_timer = self.set_timer(FILTER_DELAY, self._apply_filter)

    def _apply_filter(self) -> None:
        self._filter_timer = None
        if self.loaded:
            self.refresh_view(reload=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The slash opens the filter, unless the filter is open: then it is typed there.
        typing = typing_in(self, self.query_one("#filter", Input))
        return field_action(action, "filter", "leave_filter", typing)

    async def action_leave_filter(self) -> None:
        field = self.query_one("#filter", Input)
        await settled(field)  # see tifa.tui.typing: the keys before the Enter, then the list
        self.set_focus(self.query_one(FindingsList))
        if self._filter_timer is not None or field.value.strip() != self.filter_text:
            self.filter_text = field.value.strip()
            if self._filter_timer is not None:
                self._filter_timer.stop()
            self._apply_filter()  # at once: the next key acts on the list it filters

    def _close_filter(self) -> None:
        field = self.query_one("#filter", Input)
        field.value = ""
        field.display = False
        self.query_one(FindingsList).focus()

    def action_sort(self) -> None:
        self.sort = query.SORTS[(query.SORTS.index(self.sort) + 1) % len(query.SORTS)]
        self.refresh_view(reload=False)
        self.notify(f"sorted by {self.sort}", timeout=2)
