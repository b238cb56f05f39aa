"""Canonical form of a glossary CSV, so that editors' diffs show only what they changed.

Canonical means: the standard columns in their documented order, then any other columns in
the order the file had them; rows ordered by kind (as listed in the schema), then by the
pinyin of the first Chinese form; minimal quoting. Only a valid glossary is formatted.
The file's BOM and line endings are kept. Formatting a canonical file changes nothing.
"""

from __future__ import annotations

import csv
import io

from pypinyin import lazy_pinyin

from tifa.errors import InputErrors
from tifa.glossary.load import parse_csv
from tifa.glossary.schema import COLUMNS, KINDS, SEPARATOR
from tifa.glossary.validate import validate_rows


def _sort_key(record: dict[str, str]) -> tuple[int, str, str]:
    kind = record.get("kind") or "other"
    first = record["zh"].split(SEPARATOR)[0]
    return (KINDS.index(kind) if kind in KINDS else len(KINDS), " ".join(lazy_pinyin(first)), first)


def format_glossary(data: bytes, path: str) -> bytes:
    """The canonical bytes of a glossary file; InputErrors if it is not a valid glossary."""
    header, rows = parse_csv(data, path)
    problems = validate_rows(path, header, rows)
    if problems:
        raise InputErrors(problems)
    text = data.decode("utf-8-sig")
    newline = "\r\n" if "\r\n" in text else "\n"
    columns = [*COLUMNS, *(h for h in header if h not in COLUMNS)]
    records = sorted((dict(zip(header, cells, strict=True)) for _, cells in rows), key=_sort_key)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    writer.writerow(columns)
    for record in records:
        writer.writerow([record.get(c, "") for c in columns])
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    return bom + buffer.getvalue().encode("utf-8")
