"""The review session's state file, read defensively: damaged state is set aside, not fatal.

`.tifa-review.json` is tifa's own file, but people edit, merge and truncate files. A state
that is not what tifa wrote (bad JSON, a field of the wrong type, a finding row polars cannot
hold) must not crash the review UI: the file is renamed beside itself
(`.tifa-review.json.damaged`, `.damaged-2`, …) so nothing is lost, and the review starts
afresh with a notice naming both files.
"""

from __future__ import annotations

import json
import os
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

import polars as pl

from tifa.checks.engine import FINDING_SCHEMA
from tifa.errors import InputError

STATE_VERSION = 1
ACTIONS = ("fix", "edit", "dismiss", "glossary")
STATUSES = ("open", "fixed", "edited", "dismissed", "added")
# Field annotations of Decision (strings under `from __future__ import annotations`) and the
# JSON types that may stand for them.
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "dict[str, Any]": (dict,),
}


class DamagedState(Exception):
    """The state file is not a review state tifa can use; the message says why."""


def parse_state(text: str, decision_type: type) -> dict[str, Any]:
    """The state file's object, every decision checked against `decision_type`'s fields;
    DamagedState if anything has the wrong shape or type."""
    try:
        state = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise DamagedState(f"not valid JSON: {error}") from None
    if not isinstance(state, dict) or state.get("tifa_review") != STATE_VERSION:
        raise DamagedState(f'not a tifa review state (no "tifa_review": {STATE_VERSION})')
    if not isinstance(state.get("targets", []), list):
        raise DamagedState('"targets" is not a list')
    cursor = state.get("cursor")
    if cursor is not None and not isinstance(cursor, str):
        raise DamagedState('"cursor" is not a string')
    history = state.get("history", [])
    if not isinstance(history, list):
        raise DamagedState('"history" is not a list')
    for number, decision in enumerate(history, 1):
        _check_decision(number, decision, decision_type)
    _check_rows([d["row"] for d in history if d.get("row")])
    return state


def _check_decision(number: int, decision: object, decision_type: type) -> None:
    if not isinstance(decision, dict):
        raise DamagedState(f"decision {number} is not an object")
    for f in fields(decision_type):
        if f.name not in decision:
            if f.default is MISSING and f.default_factory is MISSING:
                raise DamagedState(f'decision {number} has no "{f.name}"')
            continue
        value = decision[f.name]
        allowed = _JSON_TYPES.get(str(f.type), (object,))
        if isinstance(value, bool) or not isinstance(value, allowed):
            raise DamagedState(f'decision {number}: "{f.name}" has the wrong type')
    if decision["action"] not in ACTIONS or decision["status"] not in STATUSES:
        raise DamagedState(f"decision {number}: unknown action or status")


def _check_rows(rows: list[dict[str, Any]]) -> None:
    """The findings kept with decisions must fit the findings table the UI builds from them."""
    if not rows:
        return
    try:
        pl.DataFrame(
            [{k: row.get(k) for k in FINDING_SCHEMA} for row in rows],
            schema=FINDING_SCHEMA,
            strict=True,
        )
    except (TypeError, ValueError, OverflowError, pl.exceptions.PolarsError) as error:
        raise DamagedState(f"a saved finding does not fit the findings table: {error}") from None


def set_aside(path: Path, reason: str) -> str:
    """Rename a damaged state file beside itself; the notice to show the user."""
    number = 1
    while True:
        backup = path.with_name(path.name + (".damaged" if number == 1 else f".damaged-{number}"))
        if not backup.exists() and not backup.is_symlink():
            break
        number += 1
    try:
        os.rename(path, backup)
    except OSError as error:
        raise InputError(
            str(path), f"damaged review state ({reason}) and cannot set it aside: {error.strerror}"
        ) from None
    return f"{path}: damaged review state ({reason}); set aside as {backup.name}, starting afresh"
