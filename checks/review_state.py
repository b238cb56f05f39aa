"""The review session's state file: one saved review per set of articles, read defensively.

`tifa review a.txt` and then `tifa review b.txt` in the same folder are two reviews: each
keeps its decisions, undo history and cursor, and coming back to `a.txt` resumes it. The file
maps a key naming the set of articles (their sorted paths relative to the project root, so the
key does not depend on how the paths were typed) to that review's state, and remembers which
review was saved last so that switching can be announced. Version 1 files (one review) are
read as a file holding that one review.

`.tifa-review.json` is tifa's own file, but people edit, merge and truncate files. A state
that is not what tifa wrote (bad JSON, a field of the wrong type, a finding row polars cannot
hold) must not crash the review UI: the file is renamed beside itself
(`.tifa-review.json.damaged`, `.damaged-2`, …) so nothing is lost, and the review starts
afresh with a notice naming both files.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

import polars as pl

from tifa.checks.engine import FINDING_SCHEMA
from tifa.checks.paths import file_key
from tifa.corpus.write import write_bytes_atomic
from tifa.errors import InputError

STATE_VERSION = 2  # 2: reviews keyed by their set of articles; 1: one review (still read)
Target = str | tuple[str, str]
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


def parse_state(
    text: str, decision_type: type, key: str = "", names: Sequence[str] = ()
) -> dict[str, Any]:
    """{"last": key or None, "sessions": {key: review}} from the state file's text, every
    decision checked against `decision_type`'s fields; DamagedState if anything has the
    wrong shape or type. A version 1 file is one review: under `key` (the review being
    opened) if its targets are `names`, else under a key of its own."""
    try:
        state = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise DamagedState(f"not valid JSON: {error}") from None
    if isinstance(state, dict) and state.get("tifa_review") == 1:
        review = _check_review(state, decision_type)
        old = key if review.get("targets", []) == list(names) else _names_key(review)
        return {"last": old, "sessions": {old: review}}
    if not isinstance(state, dict) or state.get("tifa_review") != STATE_VERSION:
        raise DamagedState(f'not a tifa review state (no "tifa_review": {STATE_VERSION})')
    sessions = state.get("sessions", {})
    if not isinstance(sessions, dict):
        raise DamagedState('"sessions" is not an object')
    last = state.get("last")
    if last is not None and not isinstance(last, str):
        raise DamagedState('"last" is not a string')
    for review in sessions.values():
        _check_review(review, decision_type)
    return {"last": last, "sessions": sessions}


def _names_key(review: dict[str, Any]) -> str:
    return "\n".join(sorted(str(n) for n in review.get("targets", [])))


def _check_review(state: object, decision_type: type) -> dict[str, Any]:
    if not isinstance(state, dict):
        raise DamagedState("a saved review is not an object")
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


def set_key(targets: Sequence[Target], root: Path) -> str:
    """The key of a set of articles: their sorted paths relative to `root`, one per line."""
    paths = [Path(t[1] if isinstance(t, tuple) else t) for t in targets]
    return "\n".join(sorted({file_key(p, root) for p in paths}))


def write_states(path: Path, states: dict[str, Any]) -> None:
    """Write every review's state atomically, sorted so the bytes depend only on the content."""
    data = {"tifa_review": STATE_VERSION, "last": states["last"], "sessions": states["sessions"]}
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    write_bytes_atomic(path, text.encode("utf-8"))


def describe(key: str, state: dict[str, Any]) -> str:
    """`a.txt (3 decisions)`: which articles a saved review covers and how far it got."""
    names = [Path(n).name if Path(n).is_absolute() else n for n in key.split("\n") if n]
    shown = ", ".join(names[:2]) + (f" and {len(names) - 2} more" if len(names) > 2 else "")
    n = len(state.get("history") or [])
    return f"{shown or 'other files'} ({n} decision{'s' if n != 1 else ''})"


def switch_notice(states: dict[str, Any], key: str, path: Path) -> str:
    """What to tell the translator when this review is not the one saved last: which review
    was set aside (kept) and whether this one resumes or starts afresh."""
    last = states["last"]
    sessions = states["sessions"]
    if last is None or last == key or last not in sessions:
        return ""
    kept = f"The review of {describe(last, sessions[last])} is kept in {path.name}"
    if key in sessions:
        return f"Resumed the review of {describe(key, sessions[key])}. {kept}."
    return f"{kept} and resumes when you review those files again."
