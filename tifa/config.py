"""Settings from `[tool.tifa]` in pyproject.toml or from tifa.toml, found from the working
directory upwards. Command-line options override them.

    [tool.tifa]
    glossary = ["terms/dalian.csv"]   # layered over the bundled glossary, relative to this file
    paths = ["articles"]              # what `tifa check` checks when given no PATH
    default-glossary = true
    select = ["T", "N201"]
    ignore = ["T107"]
    fail-on = "warning"
    format = "text"
    baseline = ".tifa-baseline.json"
    encoding = "utf-8"

    [tool.tifa.keys]                  # remap the review UI: binding id = key(s)
    "review.accept" = "A"
    "review.dismiss" = "x,delete"
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tifa.errors import InputError
from tifa.inputs import read_regular_file

FAIL_ON = ("error", "warning", "info", "never")
_KEYS = {
    "glossary": list,
    "paths": list,
    "default-glossary": bool,
    "select": list,
    "ignore": list,
    "fail-on": str,
    "format": str,
    "baseline": str,
    "encoding": str,
    "keys": dict,
}


@dataclass
class Settings:
    """The settings in force; `source` names the file they came from, if any."""

    glossary: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)  # what `tifa check` checks with no PATH
    default_glossary: bool = True
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str = "error"
    format: str = "text"
    baseline: str | None = None
    encoding: str | None = None
    keys: dict[str, str] = field(default_factory=dict)  # review UI: binding id -> key(s)
    source: str | None = None


def _tifa_table(data: dict[str, Any], dedicated: bool) -> dict[str, Any] | None:
    """The [tool.tifa] table; in a tifa.toml the settings may also stand at the top level."""
    tool = data.get("tool")
    if isinstance(tool, dict) and isinstance(tool.get("tifa"), dict):
        table: dict[str, Any] = tool["tifa"]
        return table
    return data if dedicated else None


def split_codes(values: Sequence[str]) -> list[str]:
    """Rule codes from options given many times, each maybe a comma-separated list."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def find_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest tifa.toml, or pyproject.toml with a [tool.tifa] table, and that table."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in ("tifa.toml", "pyproject.toml"):
            path = folder / name
            if path.is_file():
                table = _tifa_table(_read_toml(path), dedicated=name == "tifa.toml")
                if table is not None:
                    return path, table
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    data = read_regular_file(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad_line = data.count(b"\n", 0, error.start) + 1
        raise InputError(str(path), "not UTF-8 (TOML files must be)", bad_line) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"at line (\d+)", str(error))
        line = int(match.group(1)) if match else None
        raise InputError(str(path), f"invalid TOML: {error}", line) from None
    except RecursionError:
        raise InputError(str(path), "invalid TOML: arrays or tables nested too deeply") from None


def load_settings(config: str | None = None, start: Path | None = None) -> Settings:
    """Settings from an explicit `--config` file, or the nearest one, or the defaults."""
    if config:
        path = Path(config)
        if not path.exists():
            raise InputError(config, "config file not found")
        table = _tifa_table(_read_toml(path), dedicated=True)
        found = (path, table or {})
    else:
        found = find_config(start)  # type: ignore[assignment]
    if found is None:
        return Settings()
    return _settings(*found)


def _settings(path: Path, table: dict[str, Any]) -> Settings:
    name = str(path)
    for key, value in table.items():
        expected = _KEYS.get(key)
        if expected is None:
            known = ", ".join(_KEYS)
            raise InputError(name, f"unknown setting {key!r} in [tool.tifa]; known: {known}")
        if not isinstance(value, expected) or (
            isinstance(value, list) and not all(isinstance(v, str) for v in value)
        ):
            kind = "a list of strings" if expected is list else expected.__name__
            raise InputError(name, f"setting {key!r} must be {kind}")
    if table.get("fail-on", "error") not in FAIL_ON:
        raise InputError(name, f"fail-on must be one of {', '.join(FAIL_ON)}")
    base = path.parent  # paths in settings are relative to the file that names them
    baseline = table.get("baseline")
    return Settings(
        glossary=[str(base / g) for g in table.get("glossary", [])],
        paths=[str(base / p) for p in table.get("paths", [])],
        default_glossary=table.get("default-glossary", True),
        select=list(table.get("select", [])),
        ignore=list(table.get("ignore", [])),
        fail_on=table.get("fail-on", "error"),
        format=table.get("format", "text"),
        baseline=str(base / baseline) if baseline else None,
        encoding=table.get("encoding"),
        keys=_keys(name, table.get("keys", {})),
        source=name,
    )


def _keys(name: str, table: dict[str, Any]) -> dict[str, str]:
    for binding_id, keys in table.items():
        if not isinstance(keys, str) or not keys.strip():
            raise InputError(
                name, f'key for {binding_id!r} must be a non-empty string like "ctrl+a" or "a,b"'
            )
    return dict(table)
