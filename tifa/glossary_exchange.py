"""`tifa glossary export` and `tifa glossary import`: the glossary to and from the formats CAT
tools and spreadsheets use (TBX, CSV, TSV, XLSX, JSON)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tifa.errors import InputError, InputErrors
from tifa.glossary_commands import glossary_layer_options
from tifa.inputs import read_regular_file

EXPORT_FORMATS = ("csv", "tbx", "json")
TBX_SUFFIXES = (".tbx", ".xml")
TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm")


def _write(data: bytes, output: str | None, force: bool = True) -> None:
    if not output:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from tifa.corpus.write import write_bytes_atomic

    path = Path(output)
    if path.exists() and not force:
        raise InputError(output, "already exists; choose another --output or add --force")
    write_bytes_atomic(path, data)


@click.command("export")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="tbx",
    help="csv, tbx (TBX-Basic v3) or json.",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write here (default: stdout)."
)
@glossary_layer_options
def export_command(
    fmt: str,
    output: str | None,
    glossaries: tuple[str, ...],
    no_default_glossary: bool,
    config: str | None,
) -> None:
    """Export the glossary in force (every layer merged) as TBX, CSV or JSON.

    TBX has one concept entry per row: the approved rendering is a preferred term, allowed
    forms admitted terms, avoid forms deprecated terms; notes, sources, kinds and statuses kept.
    """
    from tifa.glossary import load_glossaries
    from tifa.glossary.schema import COLUMNS
    from tifa.glossary.tabular import to_csv, to_json
    from tifa.glossary.tbx import to_tbx
    from tifa.glossary_commands import layer_paths

    project, use_default = layer_paths(glossaries, config, no_default_glossary)
    if output:
        from tifa.corpus.guard import refuse_outputs_onto_inputs

        refuse_outputs_onto_inputs([("--output", output)], [("the glossary", p) for p in project])
    glossary = load_glossaries(project, use_default)
    extras = [c for c in glossary.entries.columns if c not in COLUMNS and not c.startswith("_")]
    header = [*COLUMNS, *extras]
    rows = [
        {h: (row.get(h) or "") for h in header} for row in glossary.entries.iter_rows(named=True)
    ]
    if fmt == "tbx":
        data = to_tbx(header, rows, "tifa glossary")
    elif fmt == "json":
        data = to_json(header, rows)
    else:
        data = to_csv(header, rows)
    _write(data, output)
    click.echo(f"tifa: exported {len(rows)} entries as {fmt}", err=True)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    help="Glossary CSV to write (default: stdout).",
)
@click.option(
    "--map",
    "mapping",
    multiple=True,
    metavar="COLUMN=FIELD",
    help="Rename a table column to a glossary column: --map Chinese=zh (repeatable).",
)
@click.option(
    "--separator",
    default="|",
    show_default=True,
    help="What separates several forms in one cell of the table.",
)
@click.option("--force", is_flag=True, help="Replace --output if it exists.")
def import_command(
    file: str, output: str | None, mapping: tuple[str, ...], separator: str, force: bool
) -> None:
    """Import a glossary from TBX (v3 or v2), or from a CSV, TSV or XLSX table.

    The rows are validated like any glossary before anything is written; every problem is
    reported with its line in FILE.
    """
    from tifa.glossary.tabular import read_table, to_csv
    from tifa.glossary.tbx import from_tbx
    from tifa.glossary.validate import validate_rows

    path = Path(file)
    data = read_regular_file(path, file)
    if output and path.exists() and Path(output).exists() and path.samefile(output):
        raise InputError(output, "is the file being imported; choose another --output")
    renames: dict[str, str] = {}
    for item in mapping:
        source, sep, target = item.partition("=")
        if not sep or not source.strip() or not target.strip():
            raise InputError("--map", f"{item!r} is not COLUMN=FIELD")
        renames[source.strip()] = target.strip()
    suffix = path.suffix.lower()
    if suffix in TBX_SUFFIXES:
        header, rows = from_tbx(data, file)
    elif suffix in TABLE_SUFFIXES:
        header, rows = read_table(file, data, renames, separator)
    else:
        raise InputError(
            file, f"unknown format {suffix or '(no extension)'}; use .tbx, .csv, .tsv or .xlsx"
        )
    cells = [(line, [row.get(h, "") for h in header]) for line, row in rows]
    problems = validate_rows(file, header, cells)
    if problems:
        raise InputErrors(problems)
    _write(to_csv(header, [row for _, row in rows]), output, force)
    click.echo(f"tifa: imported {len(rows)} entries from {file}", err=True)
