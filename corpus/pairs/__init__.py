"""Bilingual files: Chinese-English pairs from CAT-tool exports and parallel tables.

One reader per format family, behind one interface (`PairFormat`), picked by extension and
imported only when a file of its kind is read:

========  ===================  ==========================================================
format    extensions           unit, Chinese / English
========  ===================  ==========================================================
po        .po                  an entry: ``msgid`` / ``msgstr`` (plural entries: ``msgstr[0]``)
xliff     .xlf .xliff          a ``trans-unit`` (1.2) or ``segment`` (2.0): source / target
tmx       .tmx                 a ``tu``: the ``tuv`` whose language starts with zh / en
tsv       .tsv                 a row under a header; no quoting, a tab ends a cell
csv       .csv                 a row under a header; RFC 4180 quoting
jsonl     .jsonl               a line holding one JSON object
========  ===================  ==========================================================

TSV, CSV and JSONL take the Chinese and English from the columns or keys named by `Columns`
(``zh`` and ``en`` unless ``--src-col``/``--tgt-col`` say otherwise). Every reader returns
`Unit`s; `read_pair_document` turns them into a Document whose text is a view of the English
(see `tifa.corpus.pairs.base`), so the rules run unchanged and fixes go back into the file.
Bad input is one InputError with the file's line, never a traceback.
"""

from __future__ import annotations

import importlib
from bisect import bisect_right
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import polars as pl

from tifa.corpus.pairs.base import SEPARATOR, Layout, Unit, UnitTable, interleave, view_of
from tifa.errors import InputError

if TYPE_CHECKING:
    from tifa.corpus.document import Document
    from tifa.corpus.encoding import Encoding

# extension -> "module:class", imported on first use
FORMATS = {
    ".po": "tifa.corpus.pairs.po:PoFormat",
    ".xlf": "tifa.corpus.pairs.xliff:XliffFormat",
    ".xliff": "tifa.corpus.pairs.xliff:XliffFormat",
    ".tmx": "tifa.corpus.pairs.tmx:TmxFormat",
    ".tsv": "tifa.corpus.pairs.table:TsvFormat",
    ".csv": "tifa.corpus.pairs.table:CsvFormat",
    ".jsonl": "tifa.corpus.pairs.jsonl:JsonlFormat",
}
# What a directory contributes: the translation formats. Tables (CSV, TSV, JSONL) are read
# only when named or globbed: a project holds glossaries and data in them too.
DIRECTORY_SUFFIXES = frozenset({".po", ".xlf", ".xliff", ".tmx"})


@dataclass(frozen=True)
class Columns:
    """The Chinese and English columns (TSV, CSV) or keys (JSONL)."""

    src: str = "zh"
    tgt: str = "en"


class PairFormat:
    """A bilingual file format: parse the decoded file into units."""

    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]]

    def __init__(self, columns: Columns) -> None:
        self.columns = columns

    def parse(self, raw: str, path: str, starts: list[int] | None = None) -> list[Unit]:
        """The units of `raw` (the whole file, decoded), in file order; InputError when the
        file is malformed. `starts` are the line starts of `raw`, when the caller has them."""
        raise NotImplementedError

    def table(self, raw: str) -> UnitTable | None:
        """The units of `raw` as columns when the file is in the layout the format reads so
        (see `UnitTable`), else None: `parse` reads it."""
        return None


def is_pair_file(name: str) -> bool:
    """Whether `name` has the extension of a bilingual format."""
    return Path(name).suffix.lower() in FORMATS


def format_for(name: str, columns: Columns | None = None) -> PairFormat:
    """The reader for `name`, by extension."""
    suffix = Path(name).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(name, f"not a bilingual format ({', '.join(sorted(FORMATS))})")
    module, cls = FORMATS[suffix].split(":")
    reader: type[PairFormat] = getattr(importlib.import_module(module), cls)
    return reader(columns or Columns())


def read_pair_document(
    name: str, encoding: str | None, display: str | None, columns: Columns
) -> Document:
    """Read a bilingual file into a Document whose text is the view of its English."""
    from tifa.corpus.document import Document
    from tifa.corpus.encoding import decode, read_bytes

    path = Path(name)
    data = read_bytes(name)
    shown = display or name
    raw, enc = decode(data, shown, encoding)
    return pair_document(shown, path, raw, enc, Document.digest_of(data), format_for(name, columns))


def pair_document(
    name: str, path: Path | None, raw: str, encoding: Encoding, digest: str, reader: PairFormat
) -> Document:
    """A Document for the decoded bilingual file `raw`, read by `reader`."""
    from tifa.corpus.document import Document, line_starts

    read = reader.table(raw)
    if read is not None:
        return _table_document(name, path, raw, encoding, digest, reader, read)
    starts = line_starts(raw)
    units = reader.parse(raw, name, starts)
    for unit in units:
        unit.line = bisect_right(starts, unit.file_start)
    view, offsets = view_of(units)
    return Document(
        name=name,
        path=path,
        text=view,
        encoding=encoding,
        digest=digest,
        fmt=reader.name,
        layout=Layout(units, offsets, raw, starts, reader),
    )


def _table_document(
    name: str,
    path: Path | None,
    raw: str,
    encoding: Encoding,
    digest: str,
    reader: PairFormat,
    read: UnitTable,
) -> Document:
    """The Document of a file whose units the reader gave as columns: its view, the view's
    line starts and the units' places in it computed by polars, not unit by unit."""
    from tifa.corpus.document import Document

    width = read.table["tgt"].str.len_chars().cast(pl.Int64)
    # Each unit's English, then the separator: no English holds a line break.
    start = (width + len(SEPARATOR)).cum_sum() - width - len(SEPARATOR)
    table = read.table.with_columns(start=start, end=start + width)
    texts = table["tgt"].to_list()
    # The view's lines: each unit's English and the blank line after it (but the last's).
    view_lines = interleave(table.select("start"), table.select(start=pl.col("end") + 1))["start"]
    return Document(
        name=name,
        path=path,
        text=SEPARATOR.join(texts),
        encoding=encoding,
        digest=digest,
        fmt=reader.name,
        line_starts=view_lines.head(-1).to_list(),
        layout=Layout(
            None,
            table["start"].to_list(),
            raw,
            read.line_starts.to_list(),
            reader,
            replace(read, table=table),
        ),
    )
