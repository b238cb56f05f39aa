"""Parallel tables with a header row: TSV (no quoting) and CSV (RFC 4180 quoting).

The header names the columns; the Chinese and English are the columns `Columns` names. A
`confidence` column (as `tifa align` writes) is read too: below `MIN_CONFIDENCE` the row's
Chinese is left out (null `src`). A blank line is skipped; a row with fewer cells than it needs
is an error on its line.
"""

from __future__ import annotations

import regex

from tifa.corpus.align import MIN_CONFIDENCE
from tifa.corpus.pairs import PairFormat
from tifa.corpus.pairs.base import Unit, decode_span
from tifa.errors import InputError

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_DOUBLED = regex.compile(r'""')
Cell = tuple[int, int, bool]  # content start, content end, quoted
CONFIDENCE = "confidence"  # the column `tifa align` writes


def _column(header: list[str], name: str, option: str, path: str) -> int:
    if name not in header:
        shown = ", ".join(header)
        raise InputError(path, f"no column {name!r} in the header ({shown}); pass {option}", 1)
    return header.index(name)


def _confidence(cell: str, path: str, line: int) -> float | None:
    if not cell.strip():
        return None
    try:
        return float(cell)
    except ValueError:
        raise InputError(path, f"confidence {cell!r} is not a number", line) from None


def _tsv_escape(text: str) -> str | None:
    return None if any(c in text for c in "\t\r\n") else text


def _csv_quoted(text: str) -> str:
    return text.replace('"', '""')


def _csv_bare(text: str) -> str | None:
    return None if any(c in text for c in ',"\r\n') else text


class _Table(PairFormat):
    """A table: rows of cells under a header."""

    def rows(self, raw: str, path: str) -> list[tuple[int, list[Cell]]]:
        """(line number, cells) for each row, header first."""
        raise NotImplementedError

    def parse(self, raw: str, path: str, starts: list[int] | None = None) -> list[Unit]:
        """One unit per row below the header."""
        rows = self.rows(raw, path)
        if not rows:
            raise InputError(path, "empty file: a header row with the column names is needed", 1)
        header = [self.text(raw, c) for c in rows[0][1]]
        si = _column(header, self.columns.src, "--src-col", path)
        ti = _column(header, self.columns.tgt, "--tgt-col", path)
        ci = header.index(CONFIDENCE) if CONFIDENCE in header else None
        units = []
        for number, cells in rows[1:]:
            if len(cells) <= max(si, ti):
                raise InputError(
                    path, f"{len(cells)} cell(s) in this row; the header has {len(header)}", number
                )
            src: str | None = self.text(raw, cells[si]) or None
            conf = (
                _confidence(self.text(raw, cells[ci]), path, number)
                if ci is not None and ci < len(cells)
                else None
            )
            if conf is not None and conf < MIN_CONFIDENCE:
                src = None  # an uncertain alignment: no source to judge the English by
            a, b, quoted = cells[ti]
            if quoted:
                tgt, runs = decode_span(raw, a, b, _DOUBLED, lambda _: '"')
                units.append(Unit(src, tgt, a, runs, escape=_csv_quoted, conf=conf))
            else:
                units.append(
                    Unit(src, raw[a:b], a, [(0, b - a, a, b)], escape=self.bare, conf=conf)
                )
        return units

    @staticmethod
    def text(raw: str, cell: Cell) -> str:
        """A cell's text, quotes undone."""
        a, b, quoted = cell
        return raw[a:b].replace('""', '"') if quoted else raw[a:b]

    @staticmethod
    def bare(text: str) -> str | None:
        """Text as an unquoted cell, or None if it cannot be one."""
        return _tsv_escape(text)


class TsvFormat(_Table):
    """Tab-separated values: a tab ends a cell, a line ends a row, no quoting."""

    name = "tsv"
    extensions = (".tsv",)

    def rows(self, raw: str, path: str) -> list[tuple[int, list[Cell]]]:
        """Rows of a TSV file; blank lines skipped."""
        out = []
        for number, m in enumerate(_LINE.finditer(raw), start=1):
            a, b = m.span()
            if a == b:
                break
            content_end = a + len(m.group().rstrip("\r\n"))
            if a == content_end:
                continue
            cells: list[Cell] = []
            start = a
            while True:
                tab = raw.find("\t", start, content_end)
                if tab < 0:
                    cells.append((start, content_end, False))
                    break
                cells.append((start, tab, False))
                start = tab + 1
            out.append((number, cells))
        return out


_CSV_CELL = regex.compile(r'"((?:[^"]|"")*)"|([^,"\r\n]*)')


class CsvFormat(_Table):
    """Comma-separated values with RFC 4180 quoting (a quoted cell may hold commas, doubled
    quotes and line breaks)."""

    name = "csv"
    extensions = (".csv",)

    @staticmethod
    def bare(text: str) -> str | None:
        """Text as an unquoted CSV cell, or None if it would need quotes."""
        return _csv_bare(text)

    def rows(self, raw: str, path: str) -> list[tuple[int, list[Cell]]]:
        """Rows of a CSV file; blank lines skipped."""
        out = []
        position, line, n = 0, 1, len(raw)
        while position < n:
            if raw[position] in "\r\n":
                position += 2 if raw.startswith("\r\n", position) else 1
                line += 1
                continue
            cells: list[Cell] = []
            first_line = line
            while True:
                m = _CSV_CELL.match(raw, position)
                assert m is not None  # the pattern matches the empty string
                if m.group(1) is not None:
                    cells.append((m.start(1), m.end(1), True))
                    line += (
                        m.group(1).count("\n") + m.group(1).count("\r") - m.group(1).count("\r\n")
                    )
                else:
                    cells.append((m.start(2), m.end(2), False))
                position = m.end()
                if position < n and raw[position] == ",":
                    position += 1
                    continue
                if position < n and raw[position] not in "\r\n":
                    raise InputError(
                        path,
                        "CSV syntax: a quote inside an unquoted cell, or text after a closing quote",
                        line,
                    )
                break
            out.append((first_line, cells))
        return out
