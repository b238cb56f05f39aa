"""Settings from `[tool.tifa]` in pyproject.toml or from tifa.toml, found from the working
directory upwards. Command-line options override them.

    [tool.tifa]
    glossary = ["terms/dalian.csv"]   # layered over the bundled glossary, relative to this file
    default-glossary = true
    select = ["T", "N201"]
    ignore = ["T107"]
    fail-on = "warning"
    format = "text"
    baseline = ".tifa-baseline.json"
    encoding = "utf-8"
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from tifa.errors import InputError

FAIL_ON = ("error", "warning", "info", "never")
_KEYS = {
    "glossary": list,
    "default-glossary": bool,
    "select": list,
    "ignore": list,
    "fail-on": str,
    "format": str,
    "baseline": str,
    "encoding": str,
}


@dataclass
class Settings:
    """The settings in force; `source` names the file they came from, if any."""

    glossary: list[str] = field(default_factory=list)
    default_glossary: bool = True
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str = "error"
    format: str = "text"
    baseline: str | None = None
    encoding: str | None = None
    source: str | None = None


def find_config(start: Path | None = None) -> tuple[Path, dict[str, object]] | None:
    """The nearest tifa.toml, or pyproject.toml with a [tool.tifa] table, and that table."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in ("tifa.toml", "pyproject.toml"):
            path = folder / name
            if not path.is_file():
                continue
            data = _read_toml(path)
            if name == "tifa.toml":
                table = data.get("tool", {}).get("tifa", data) if isinstance(data.get("tool"), dict) else data
                return path, table
            tool = data.get("tool")
            if isinstance(tool, dict) and isinstance(tool.get("tifa"), dict):
                return path, tool["tifa"]
    return None


def _read_toml(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"at line (\d+)", str(error))
        raise InputError(str(path), f"invalid TOML: {error}", int(match.group(1)) if match else None) from None
    except OSError as error:
        raise InputError(str(path), error.strerror or str(error)) from None


def load_settings(config: str | None = None, start: Path | None = None) -> Settings:
    """Settings from an explicit `--config` file, or the nearest one, or the defaults."""
    if config:
        path = Path(config)
        if not path.is_file():
            raise InputError(config, "config file not found")
        data = _read_toml(path)
        tool = data.get("tool")
        table = tool["tifa"] if isinstance(tool, dict) and isinstance(tool.get("tifa"), dict) else data
        found: tuple[Path, dict[str, object]] | None = (path, table)
    else:
        found = find_config(start)
    if found is None:
        return Settings()
    path, table = found
    return _settings(path, table)


def _settings(path: Path, table: dict[str, object]) -> Settings:
    name = str(path)
    settings = Settings(source=name)
    for key, value in table.items():
        expected = _KEYS.get(key)
        if expected is None:
            raise InputError(name, f"unknown setting {key!r} in [tool.tifa]; known: {', '.join(_KEYS)}")
        if not isinstance(value, expected) or (expected is list and not all(isinstance(v, str) for v in value)):  # type: ignore[attr-defined]
            kind = "a list of strings" if expected is list else expected.__name__
            raise InputError(name, f"setting {key!r} must be {kind}")
    base = path.parent
    if "glossary" in table:
        settings.glossary = [str(base / g) for g in table["glossary"]]  # type: ignore[attr-defined]
    settings.default_glossary = bool(table.get("default-glossary", True))
    settings.select = list(table.get("select", []))  # type: ignore[call-overload]
    settings.ignore = list(table.get("ignore", []))  # type: ignore[call-overload]
    if "fail-on" in table:
        if table["fail-on"] not in FAIL_ON:
            raise InputError(name, f"fail-on must be one of {', '.join(FAIL_ON)}")
        settings.fail_on = str(table["fail-on"])
    if "format" in table:
        settings.format = str(table["format"])
    if "baseline" in table:
        settings.baseline = str(base / str(table["baseline"]))
    if "encoding" in table:
        settings.encoding = str(table["encoding"])
    return settings
