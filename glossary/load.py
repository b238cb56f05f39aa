"""Load glossary CSV files into a Glossary, validating every row first.

Parsing uses the standard `csv` module because it reports exact line numbers (cells may hold
quoted commas); the rows then become a polars table. Every problem in a file is collected and
raised together, each as `path:line: what is wrong`.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

import polars as pl

from tifa.errors import InputError, InputErrors
from tifa.glossary.model import Glossary, Term, split_cell
from tifa.glossary.schema import COLUMNS, DEFAULT_STATUS
from tifa.glossary.validate import validate_rows
from tifa.inputs import read_regular_file

DEFAULT_GLOSSARY = "default.csv"


def default_glossary_path() -> Path:
    """The bundled glossary file."""
    return Path(str(resources.files("tifa.glossary").joinpath("data", DEFAULT_GLOSSARY)))


BUNDLED_NAME = "bundled:default.csv"


def display_name(path: str | Path) -> str:
    """How reports name a glossary file: the bundled one by a fixed name, not by where it
    happens to be installed, so reports are the same on every machine."""
    try:
        if Path(path).resolve() == default_glossary_path().resolve():
            return BUNDLED_NAME
    except OSError:
        pass
    return str(path)


def parse_csv(data: bytes, path: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line, cells) rows of a glossary CSV; InputError if it is not readable CSV."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(path, "glossary is not UTF-8", line) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    last = 0
    try:
        for record in reader:
            start, last = last + 1, reader.line_num
            if not record or (len(record) == 1 and not record[0].strip()):
                continue  # blank line
            if header is None:
                header = record
            else:
                rows.append((start, record))
    except csv.Error as error:
        raise InputError(path, f"malformed CSV: {error}", reader.line_num) from None
    if header is None:
        raise InputError(path, "empty glossary: a header row is required", 1)
    return header, rows


def load_glossary(path: str | Path, data: bytes | None = None) -> Glossary:
    """Load and validate one glossary file; raise InputErrors listing every problem."""
    name = str(path)
    if data is None:
        data = read_regular_file(path, name)
    header, rows = parse_csv(data, name)
    # The bundled glossary's patterns are checked (compiled and probed for runaway
    # backtracking) by the test suite (tests/glossary/test_bundled.py), not on every run:
    # compiling them all cost a fifth of a second of each check, and most runs need few.
    problems = validate_rows(name, header, rows, probe=display_name(path) != BUNDLED_NAME)
    if problems:
        raise InputErrors(problems)
    return _build(name, header, rows, hashlib.sha256(data).hexdigest())


def load_glossaries(paths: Sequence[str | Path], use_default: bool = True) -> Glossary:
    """The bundled glossary (unless `use_default` is false) with each file layered on top."""
    layers: Iterable[str | Path] = [*([default_glossary_path()] if use_default else []), *paths]
    result: Glossary | None = None
    for p in layers:
        g = load_glossary(p)
        result = g if result is None else result.layered(g)
    if result is None:
        return Glossary([], pl.DataFrame(schema={c: pl.String for c in COLUMNS}), [])
    return result


def _build(
    name: str, header: list[str], rows: list[tuple[int, list[str]]], digest: str
) -> Glossary:
    columns: dict[str, list[object]] = {h: [] for h in header}
    columns.update({"_origin": [], "_line": [], "_id": []})
    terms: list[Term] = []
    for line, cells in rows:
        record = dict(zip(header, cells, strict=True))
        zh = split_cell(record["zh"])
        pattern_text = record.get("pattern") or ""
        terms.append(
            Term(
                id=zh[0],
                zh=zh,
                en=record["en"],
                allowed=split_cell(record.get("allowed")),
                avoid=split_cell(record.get("avoid")),
                kind=record.get("kind") or "other",
                pattern_text=pattern_text,
                note=record.get("note") or "",
                source=record.get("source") or "",
                status=record.get("status") or DEFAULT_STATUS,
                origin=name,
                line=line,
            )
        )
        for h in header:
            columns[h].append(record[h])
        columns["_origin"].append(name)
        columns["_line"].append(line)
        columns["_id"].append(zh[0])
    schema = {h: pl.String for h in header} | {
        "_origin": pl.String,
        "_line": pl.Int64,
        "_id": pl.String,
    }
    return Glossary(terms, pl.DataFrame(columns, schema=schema), [(name, digest)])
