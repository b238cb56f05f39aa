"""What every bilingual format reader produces: units, and a map from their English back to
the bytes of the file.

A bilingual file is checked through a *view*: the English of its units, one after another,
separated by blank lines. Rules see the view as they see an article (one paragraph and one
segment per unit), so every rule works unchanged; the view's offsets are the findings'
``start``/``end``. Each unit carries `runs` that say where each stretch of its English sits in
the file, so that findings are reported at the file's line and column and a fix is written
into the file exactly where the English is stored (`tifa.corpus.edit`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

import polars as pl
import regex

# (tgt_start, tgt_end, file_start, file_end): tgt[tgt_start:tgt_end] is stored at
# file[file_start:file_end]. Equal widths mean character for character; otherwise the run is
# one escape (`&amp;`, `\"`, `""`) standing for one character, and is never cut.
Run = tuple[int, int, int, int]


@dataclass
class Unit:
    """One translation unit: the Chinese, the English as stored (unescaped), and where the
    English is in the file.

    `placeable` is False when the English cannot be mapped character for character (inline
    markup in an XML target): findings then point at the unit's start and fixes are refused.
    """

    src: str | None
    tgt: str
    file_start: int  # where the English starts in the file (or would, when empty)
    runs: list[Run] = field(default_factory=list)
    placeable: bool = True
    conf: float | None = None  # alignment confidence; None when the file pairs them itself
    # The English in the file's notation, or None when it cannot be stored there (a tab in a
    # TSV cell, say): how a fix is written back.
    escape: Callable[[str], str | None] = field(default=lambda text: text)
    line: int = 0  # 1-based line of the English in the file (filled in when read)


@dataclass(frozen=True)
class UnitTable:
    """A bilingual file's units read as columns, in one pass over all its lines (the usual
    layout of its format), for the tables to be built without Python per unit.

    `table` holds, per unit in file order, `src` (nullable), `tgt`, `file_start` and `line`
    (the 1-based file line where the English starts); each English is stored character for
    character in one run at `file_start`, without a line break. `line_starts` are the
    file's; `escape` writes an English back in the file's notation (as `Unit.escape`)."""

    line_starts: pl.Series
    table: pl.DataFrame
    escape: Callable[[str], str | None]


def table_units(table: UnitTable) -> list[Unit]:
    """The `Unit`s of `table`."""
    columns = table.table.select(
        "src",
        "tgt",
        "file_start",
        "line",
        file_end=pl.col("file_start") + pl.col("tgt").str.len_chars(),
    )
    starts = columns["file_start"].to_list()
    widths = (columns["file_end"] - columns["file_start"]).to_list()
    runs = [[run] for run in zip(repeat(0), widths, starts, columns["file_end"].to_list())]
    return list(
        map(
            Unit,
            columns["src"].to_list(),
            columns["tgt"].to_list(),
            starts,
            runs,
            repeat(True),
            repeat(None),
            repeat(table.escape),
            columns["line"].to_list(),
        )
    )


def interleave(first: pl.DataFrame, second: pl.DataFrame) -> pl.DataFrame:
    """The rows of two frames of one height and columns taken in turns: first's row 0,
    second's row 0, first's row 1, ... (a gather, cheaper than exploding lists)."""
    n = first.height
    turns = pl.int_range(2 * n, dtype=pl.Int64)
    return pl.concat([first, second.select(first.columns)]).select(
        pl.all().gather(turns // 2 + (turns % 2) * n)
    )


@dataclass
class Layout:
    """The units of a bilingual document and how its text maps onto its file.

    `starts[i]` is the offset of unit i's English in the document text. `raw` is the file's
    text as decoded when the document text is a view of it (PO, XLIFF, TMX, TSV, CSV, JSONL);
    None when the document text is the file itself (an English article paired with its
    Chinese by `--pair`), where `file_start` and `runs` are not needed.

    `units` of a file read as columns (`table`) are made from them when first asked for (a
    fix, an alignment): checking needs only the columns.
    """

    given_units: list[Unit] | None
    starts: list[int]
    raw: str | None = None
    raw_line_starts: list[int] = field(default_factory=list)  # of `raw`, once computed
    reader: Any = None  # the PairFormat that read `raw`, to read an edited copy again
    # The units as columns, when the reader gave them so, with `start` and `end`, each unit's
    # place in the view: the tables are built from it.
    table: UnitTable | None = None

    @property
    def units(self) -> list[Unit]:
        """The units, in file order."""
        if self.given_units is None:
            assert self.table is not None
            self.given_units = table_units(self.table)
        return self.given_units


SEPARATOR = "\n\n"


def view_of(units: list[Unit]) -> tuple[str, list[int]]:
    """The English of `units` separated by blank lines, and where each unit starts in it."""
    starts = []
    position = 0
    for unit in units:
        starts.append(position)
        position += len(unit.tgt) + len(SEPARATOR)
    return SEPARATOR.join(u.tgt for u in units), starts


def decode_span(
    raw: str,
    start: int,
    end: int,
    escapes: regex.Pattern[str] | None,
    decode: Callable[[str], str],
    offset: int = 0,
) -> tuple[str, list[Run]]:
    """Unescape `raw[start:end]` and map every piece of the result back to the file.

    `escapes` matches one escape sequence; `decode` gives the text it stands for. `offset` is
    where the result will start in the unit's English (for strings stored in several pieces).
    """
    parts: list[str] = []
    runs: list[Run] = []
    t = offset
    position = start
    if escapes is not None:
        for m in escapes.finditer(raw, start, end):
            if m.start() > position:
                literal = raw[position : m.start()]
                parts.append(literal)
                runs.append((t, t + len(literal), position, m.start()))
                t += len(literal)
            char = decode(m.group())
            parts.append(char)
            runs.append((t, t + len(char), m.start(), m.end()))
            t += len(char)
            position = m.end()
    if end > position:
        parts.append(raw[position:end])
        runs.append((t, t + end - position, position, end))
    return "".join(parts), runs
