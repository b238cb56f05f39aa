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
from typing import Any

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


@dataclass
class Layout:
    """The units of a bilingual document and how its text maps onto its file.

    `starts[i]` is the offset of unit i's English in the document text. `raw` is the file's
    text as decoded when the document text is a view of it (PO, XLIFF, TMX, TSV, CSV, JSONL);
    None when the document text is the file itself (an English article paired with its
    Chinese by `--pair`), where `file_start` and `runs` are not needed.
    """

    units: list[Unit]
    starts: list[int]
    raw: str | None = None
    raw_line_starts: list[int] = field(default_factory=list)  # of `raw`, once computed
    reader: Any = None  # the PairFormat that read `raw`, to read an edited copy again


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
