"""Outputs that would destroy inputs: refuse a write onto a file the same run reads.

`tifa check -o a.txt a.txt` would replace the article with its own report. Paths are
compared by identity (device and inode, through symbolic and hard links), not by spelling,
so `-o ./link-to-a.txt` and a second hard link to the article are refused too.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from tifa.errors import InputError

Role = tuple[str, str]  # (what the file is to the run, e.g. "the report"; its path)


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None  # not there (yet): nothing to destroy
    return (info.st_dev, info.st_ino)


def refuse_outputs_onto_inputs(outputs: Iterable[Role], inputs: Iterable[Role]) -> None:
    """Raise InputError (naming the output) if an output is one of the inputs, or another
    output. Linear: each path is looked at once."""
    read: dict[tuple[int, int], Role] = {}
    for role, path in inputs:
        identity = _identity(path)
        if identity is not None:
            read.setdefault(identity, (role, path))
    written: dict[object, Role] = {}
    for role, path in outputs:
        identity = _identity(path)
        if identity is not None and identity in read:
            what, where = read[identity]
            raise InputError(
                path, f"{role} would overwrite {what} {where}, which this run reads; refused"
            )
        # A file not there yet can still be named twice (two outputs, one new path).
        key: object = identity if identity is not None else os.path.realpath(path)
        if key in written:
            what, where = written[key]
            raise InputError(path, f"{role} and {what} ({where}) are the same file; refused")
        written[key] = (role, path)


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when both paths name one existing file (through any links)."""
    first, second = _identity(os.fspath(a)), _identity(os.fspath(b))
    return first is not None and first == second
