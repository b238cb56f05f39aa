"""Glossaries from other tools' tables (CSV, TSV, XLSX) and glossary rows written as CSV or JSON.

Other tools name their columns differently (`Chinese`, `Source term`, `Target`): a mapping
renames them to the glossary's; columns not mapped and not already glossary columns are kept
under their own names, as the glossary CSV keeps unknown columns.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from tifa.errors import InputError
from tifa.glossary.schema import COLUMNS, SEPARATOR

Rows = list[tuple[int, dict[str, str]]]


def read_table(
    path: str, data: bytes, mapping: Mapping[str, str], separator: str
) -> tuple[list[str], Rows]:
    """Header and (line, row) pairs of a CSV, TSV or XLSX table, columns renamed by `mapping`
    and multi-valued cells re-joined with `|` when the table used `separator`."""
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw_header, raw_rows = _read_xlsx(path, data)
    else:
        raw_header, raw_rows = _read_delimited(path, data, "\t" if suffix == ".tsv" else ",")
    for source in mapping:
        if source not in raw_header:
            raise InputError(
                path, f"no column {source!r} to map; the table has: {', '.join(raw_header)}", 1
            )
    header = [mapping.get(h, h) for h in raw_header]
    for required in ("zh", "en"):
        if required not in header:
            raise InputError(
                path, f"no {required!r} column; map one with --map COLUMN={required}", 1
            )
    rows: Rows = []
    for line, cells in raw_rows:
        row = {h: (cells[i] if i < len(cells) else "").strip() for i, h in enumerate(header)}
        if not any(row.values()):
            continue
        if separator != SEPARATOR:
            for column in ("zh", "allowed", "avoid"):
                if row.get(column):
                    parts = [p.strip() for p in row[column].split(separator)]
                    row[column] = SEPARATOR.join(p for p in parts if p)
        rows.append((line, row))
    ordered = [*(c for c in COLUMNS if c in header), *(h for h in header if h not in COLUMNS)]
    return ordered, rows


def _read_delimited(
    path: str, data: bytes, delimiter: str
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            path, "table is not UTF-8", data.count(b"\n", 0, error.start) + 1
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    out: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    last = 0
    try:
        for record in reader:
            start, last = last + 1, reader.line_num
            if header is None:
                header = [h.strip() for h in record]
            else:
                out.append((start, record))
    except csv.Error as error:
        raise InputError(path, f"malformed table: {error}", reader.line_num) from None
    if header is None:
        raise InputError(path, "empty table: a header row is required", 1)
    return header, out


def _read_xlsx(path: str, data: bytes) -> tuple[list[str], list[tuple[int, list[str]]]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise InputError(path, f"not a readable XLSX workbook ({error})") from None
    sheet = book.worksheets[0]
    out: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
        cells = ["" if v is None else str(v) for v in values]
        if header is None:
            if any(cells):
                header = [c.strip() for c in cells]
            continue
        out.append((number, cells))
    book.close()
    if header is None:
        raise InputError(path, "empty worksheet: a header row is required", 1)
    return header, out


def to_csv(header: Sequence[str], rows: Sequence[Mapping[str, str]], newline: str = "\n") -> bytes:
    """Rows as glossary CSV bytes (minimal quoting, UTF-8, no BOM)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(h, "") for h in header])
    return buffer.getvalue().encode("utf-8")


def to_json(header: Sequence[str], rows: Sequence[Mapping[str, str]]) -> bytes:
    """Rows as a JSON list: multi-valued cells as lists, empty cells left out."""
    out = []
    for row in rows:
        item: dict[str, object] = {}
        for h in header:
            value = row.get(h, "")
            if not value:
                continue
            item[h] = value.split(SEPARATOR) if h in ("zh", "allowed", "avoid") else value
        out.append(item)
    return (json.dumps(out, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
