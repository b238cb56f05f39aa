"""Edit a glossary CSV in place: rows not touched keep their bytes, new text is validated first.

Editors review glossary changes as diffs, so an edit must change only the rows it means to:
unknown columns, row order, quoting of other rows, the BOM and the line endings all stay.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from tifa.corpus.write import write_bytes_atomic
from tifa.errors import InputError, InputErrors
from tifa.glossary import normalize
from tifa.glossary.load import parse_csv
from tifa.glossary.model import Glossary, split_cell
from tifa.glossary.schema import COLUMNS, SEPARATOR
from tifa.glossary.validate import layer_problems, validate_rows

BOM = "\ufeff"


@dataclass
class _Row:
    line: int  # first physical line, 1-based
    text: str  # the row's text as in the file, line ending excluded
    cells: list[str]
    dirty: bool = False


@dataclass
class GlossaryFile:
    """A glossary CSV opened for editing."""

    path: Path
    header: list[str]
    rows: list[_Row]
    newline: str = "\n"
    bom: bool = False
    digest: str | None = None  # sha256 of the bytes read; None for a file not yet created
    header_text: str = ""
    header_dirty: bool = False
    trailing_newline: bool = True
    extra: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, path: str | Path) -> GlossaryFile:
        """Open a glossary for editing; a missing file becomes an empty glossary with a header."""
        p = Path(path)
        if not p.exists():
            return cls(p, list(COLUMNS), [], header_text=",".join(COLUMNS))
        data = p.read_bytes()
        header, rows = parse_csv(data, str(p))
        text = data.decode("utf-8-sig")
        newline = "\r\n" if "\r\n" in text else "\n"
        lines = text.split(newline)
        limit = len(lines) - 1 if text.endswith(newline) else len(lines)
        parsed = []
        for i, (line, cells) in enumerate(rows):
            end = rows[i + 1][0] - 1 if i + 1 < len(rows) else limit
            # A row may span lines (quoted line breaks); blank lines after it stay with it.
            parsed.append(_Row(line, newline.join(lines[line - 1 : end]), cells))
        first_row = rows[0][0] if rows else limit + 1
        return cls(
            p,
            header,
            parsed,
            newline=newline,
            bom=data.startswith(b"\xef\xbb\xbf"),
            digest=hashlib.sha256(data).hexdigest(),
            header_text=newline.join(lines[: first_row - 1]),
            trailing_newline=text.endswith(newline),
        )

    def find(self, zh: str) -> int | None:
        """Index of the row that has `zh` among its Chinese forms."""
        column = self.header.index("zh")
        for i, row in enumerate(self.rows):
            if zh in split_cell(row.cells[column]):
                return i
        return None

    def _column(self, name: str) -> int:
        if name not in self.header:
            self.header.append(name)
            self.header_dirty = True
            for row in self.rows:
                row.cells.append("")
                row.dirty = True
        return self.header.index(name)

    def add_form(self, zh: str, column: str, form: str) -> bool:
        """Add `form` to the `allowed` or `avoid` cell of the entry with Chinese form `zh`.

        A form the entry already lists in the other of the two cells moves (a rendering is
        either accepted or flagged, never both); one already in `column` is not repeated.
        Returns whether the entry changed.
        """
        index = self.find(zh)
        if index is None:
            raise InputError(str(self.path), f"no entry for {zh!r} in this glossary")
        other = "avoid" if column == "allowed" else "allowed"
        row = self.rows[index]
        wanted = normalize.strict_key(form)
        changed = False
        if other in self.header:
            o = self.header.index(other)
            kept = [f for f in split_cell(row.cells[o]) if normalize.strict_key(f) != wanted]
            if len(kept) != len(split_cell(row.cells[o])):
                row.cells[o] = SEPARATOR.join(kept)
                changed = True
        c = self._column(column)
        forms = split_cell(row.cells[c])
        if all(normalize.strict_key(f) != wanted for f in forms):
            row.cells[c] = SEPARATOR.join([*forms, form])
            changed = True
        row.dirty = row.dirty or changed
        return changed

    def append(self, record: dict[str, str]) -> None:
        """Add an entry at the end; columns it names that the file lacks are added."""
        for name in record:
            self._column(name)
        cells = [record.get(name, "") for name in self.header]
        self.rows.append(_Row(0, "", cells, dirty=True))

    def set_row(self, zh: str, record: dict[str, str]) -> None:
        """Replace the cells named in `record` of the entry with Chinese form `zh`."""
        index = self.find(zh)
        if index is None:
            raise InputError(str(self.path), f"no entry for {zh!r} in this glossary")
        for name, value in record.items():
            self.rows[index].cells[self._column(name)] = value
        self.rows[index].dirty = True

    def text(self) -> str:
        """The file's new text: untouched rows as they were, changed rows re-quoted minimally."""
        parts = [
            _format(self.header) if self.header_dirty or not self.header_text else self.header_text
        ]
        for row in self.rows:
            parts.append(_format(row.cells) if row.dirty else row.text)
        body = self.newline.join(parts)
        if self.trailing_newline:
            body += self.newline
        return (BOM if self.bom else "") + body

    def save(self, below: Glossary | None = None) -> bytes:
        """Validate the new text and write it atomically; returns the bytes it replaced (for undo).

        `below` is the glossary this file is layered over: the edit must not clash with it
        either. Raises InputErrors listing every problem if the edited glossary would not load,
        and InputError if the file changed on disk since it was opened.
        """
        new = self.text().encode("utf-8")
        header, rows = parse_csv(new, str(self.path))
        problems = validate_rows(str(self.path), header, rows)
        if below is not None and not problems:
            problems = layer_problems(str(self.path), header, rows, below)
        if problems and not self.path.exists():
            # Line numbers of a file that was never written would send the reader looking
            # for it: say what the problem is about and that nothing was created.
            where = f"{self.path} (not created)"
            problems = [InputError(where, p.message) for p in problems]
        if problems:
            raise InputErrors(problems)
        previous = self.path.read_bytes() if self.path.exists() else b""
        write_bytes_atomic(self.path, new, self.digest)
        self.digest = hashlib.sha256(new).hexdigest()
        return previous


def _format(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(cells)
    return buffer.getvalue()
