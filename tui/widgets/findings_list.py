"""The findings list: a virtual, line-rendered list grouped by document.

Only the visible lines are rendered, from columns held as plain lists, so 100,000 findings
scroll as smoothly as ten.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import polars as pl
from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tifa.checks.controls import visible as escaped

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
STATUS_STYLE = {
    "open": "",
    "fixed": "green",
    "edited": "green",
    "dismissed": "dim",
    "added": "magenta",
}
SEVERITY_MARK = {"error": "E", "warning": "W", "info": "i"}


@dataclass(frozen=True)
class Line:
    """One line of the list: a document header (row -1) or a finding (its row in the view)."""

    row: int
    doc_path: str = ""
    count: int = 0


class FindingsList(ScrollView, can_focus=True):
    """Findings of the current view, one per line, under a header per document."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next", id="review.next"),
        Binding("up,k", "cursor_up", "Previous", id="review.previous", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("n", "next_document", "Next file", id="review.next_document"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved to a finding (row in the view), or to nothing (-1)."""

        def __init__(self, row: int) -> None:
            self.row = row
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._lines: list[Line] = []
        self._line_of_row: dict[int, int] = {}
        self._cols: dict[str, list[object]] = {}
        self.empty_message = ""  # shown when the view holds no finding

    # -- data ----------------------------------------------------------------------------

    def set_view(self, view: pl.DataFrame, keep: str | None = None) -> None:
        """Show `view` (a filtered, sorted findings table); put the cursor on fingerprint `keep`
        if it is still there, else near where it was."""
        self._cols = {
            c: view[c].to_list()
            for c in (
                "path",
                "code",
                "severity",
                "span",
                "suggestion",
                "status",
                "line",
                "col",
                "fingerprint",
                "message",
            )
        }
        lines: list[Line] = []
        paths = self._cols["path"]
        index: dict[int, int] = {}
        start = 0
        total = len(paths)
        while start < total:
            end = start
            while end < total and paths[end] == paths[start]:
                end += 1
            lines.append(Line(-1, str(paths[start]), end - start))
            for r in range(start, end):
                index[r] = len(lines)
                lines.append(Line(r))
            start = end
        previous = self.cursor
        self._lines, self._line_of_row = lines, index
        self.virtual_size = Size(self.size.width, len(lines))
        target = None
        if keep is not None and keep in self._cols["fingerprint"]:
            target = index[self._cols["fingerprint"].index(keep)]
        self._move(
            target
            if target is not None
            else self._nearest_finding(min(previous, max(len(lines) - 1, 0)))
        )
        self.refresh()

    @property
    def current_row(self) -> int:
        """The view row under the cursor, or -1."""
        if not self._lines or self.cursor >= len(self._lines):
            return -1
        return self._lines[self.cursor].row

    def fingerprint_at(self, row: int) -> str | None:
        """Fingerprint of a view row."""
        fps = self._cols.get("fingerprint", [])
        return str(fps[row]) if 0 <= row < len(fps) else None

    def _nearest_finding(self, line: int) -> int:
        for i in range(line, len(self._lines)):
            if self._lines[i].row >= 0:
                return i
        for i in range(min(line, len(self._lines) - 1), -1, -1):
            if self._lines[i].row >= 0:
                return i
        return 0

    # -- cursor --------------------------------------------------------------------------

    def _move(self, line: int) -> None:
        line = max(0, min(line, len(self._lines) - 1)) if self._lines else 0
        self.cursor = line
        self.scroll_to_region(Region(0, line, 1, 1), animate=False, immediate=True)

    def watch_cursor(self) -> None:
        self.refresh()
        self.post_message(self.Highlighted(self.current_row))

    def _step(self, direction: int) -> None:
        line = self.cursor + direction
        while 0 <= line < len(self._lines) and self._lines[line].row < 0:
            line += direction
        if 0 <= line < len(self._lines):
            self._move(line)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_page_down(self) -> None:
        self._move(self._nearest_finding(self.cursor + max(1, self.size.height - 1)))

    def action_page_up(self) -> None:
        self._move(self._nearest_finding(max(0, self.cursor - max(1, self.size.height - 1))))

    def action_first(self) -> None:
        self._move(self._nearest_finding(0))

    def action_last(self) -> None:
        self._move(self._nearest_finding(len(self._lines) - 1))

    def action_next_document(self) -> None:
        for i in range(self.cursor + 1, len(self._lines)):
            if self._lines[i].row < 0:
                self._move(self._nearest_finding(i))
                return

    def select_row(self, row: int) -> None:
        """Put the cursor on a view row."""
        if row in self._line_of_row:
            self._move(self._line_of_row[row])

    # -- rendering -----------------------------------------------------------------------

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self._lines))

    def render_line(self, y: int) -> Strip:
        _, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            if index == 0 and self.empty_message:  # say so rather than show a blank pane
                text = Text(f" {self.empty_message}", style="italic")
                return Strip(text.render(self.app.console), cell_len(text.plain)).crop_extend(
                    0, width, None
                )
            return Strip.blank(width)
        text = self._text(self._lines[index], width)
        if index == self.cursor:
            text.stylize(Style(reverse=True) if self.has_focus else Style(bgcolor="grey23"))
        strip = Strip(text.render(self.app.console), cell_len(text.plain))
        return strip.crop_extend(0, width, None)

    def _text(self, line: Line, width: int) -> Text:
        if line.row < 0:
            text = Text(f" {escaped(line.doc_path)}", style="bold")
            text.append(f"  {line.count} finding{'s' if line.count != 1 else ''}", style="dim")
            return text
        c, r = self._cols, line.row
        severity = str(c["severity"][r])
        status = str(c["status"][r])
        where = f"{c['line'][r]}:{c['col'][r]}"
        span = str(c["span"][r])
        # White space is invisible: the list names it instead (a label, shown dim italic).
        named = span.strip() == "" and bool(span)
        flagged = (
            white_space_label(str(c["code"][r]), span, str(c["message"][r]))
            if named
            else visible(span)
        )
        suggestion = c["suggestion"][r]
        # Open is the default and goes unsaid: its column is room for the text.
        status_cells = 0 if status == "open" else 11
        room = max(10, width - 21 - status_cells)
        if room < 24:
            suggestion = None  # too narrow for both: the detail pane shows the suggestion
        shown = _suggestion_text(str(suggestion)) if suggestion is not None else ""
        left, right = _share(cell_len(flagged), cell_len(shown) + 3, room) if shown else (room, 0)
        text = Text("  ")
        text.append(SEVERITY_MARK[severity], style=SEVERITY_STYLE[severity])
        text.append(f" {c['code'][r]} ", style=SEVERITY_STYLE[severity])
        text.append(f"{where:>9} ", style="dim")
        style = "strike" if status in ("fixed", "edited") else ""
        text.append(_fit(flagged, left), style=f"{style} dim italic" if named else style)
        if shown:
            text.append(" → ", style="dim")
            text.append(_fit(shown, right - 3), style="green")
        if status_cells:
            text.append(" " * max(1, width - cell_len(text.plain) - 10))
            text.append(f"{status:>9} ", style=STATUS_STYLE.get(status, ""))
        return text


WHITE_NAMES = {
    " ": "space",
    "\u00a0": "non-breaking space",
    "\t": "tab",
    "\u3000": "ideographic space",
    "\n": "line break",
}


def white_space_label(code: str, span: str, message: str) -> str:
    """What a white-space-only span is, in words: `double space`, `trailing space`,
    `space before ','` (the rule's own message says which mark)."""
    if message.startswith("space before") or message.startswith("space after"):
        return message.split(";")[0]
    names = {WHITE_NAMES.get(ch, "white space") for ch in span if ch != "\r"}
    name = names.pop() if len(names) == 1 else "white space"
    plural = "s" if len(span) > 1 and name in ("space", "tab") else ""
    if code == "P308" or "trailing" in message:
        return f"trailing {name}{plural}"
    if name == "space" and len(span) == 2:
        return "double space"
    return f"{len(span)} {name}s" if plural else name


def _suggestion_text(suggestion: str) -> str:
    if not suggestion:
        return "(delete)"
    if suggestion == " ":
        return "one space"
    return visible(suggestion)


def _share(flagged: int, suggestion: int, room: int) -> tuple[int, int]:
    """Cells for the flagged text and for the suggestion (with its arrow) out of `room`:
    each whole if both fit; else the shorter whole if it takes at most half, the longer cut."""
    if flagged + suggestion <= room:
        return flagged, room - flagged
    half = room // 2
    if flagged <= half:
        return flagged, room - flagged
    if suggestion <= half:
        return room - suggestion, suggestion
    return half, room - half


def visible(text: str) -> str:
    """One line; white space that matters (the whole span, or at its edges) shown as symbols,
    control characters as escapes (an article must not drive the terminal)."""
    if text.strip() == text and text:
        return escaped(" ".join(text.split()))
    marks = {" ": "␣", "\u00a0": "⍽", "\t": "⇥", "\u3000": "□", "\n": "↵", "\r": ""}
    return escaped("".join(marks.get(ch, ch) for ch in text))


def _fit(text: str, width: int) -> str:
    """Cut `text` to `width` cells with an ellipsis."""
    if cell_len(text) <= width:
        return text  # a one-character span (a stray ’ or quote) fits in one cell: show it
    if width <= 1:
        return ""
    out = ""
    for ch in text:
        if cell_len(out + ch) > width - 1:
            break
        out += ch
    return out + "…"
