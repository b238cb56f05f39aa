"""Reading the files a run is given: regular files only, standard input only when it is open.

A named pipe given as an article would block for ever waiting for a writer, and a device such
as /dev/zero never ends: both are refused before anything reads them. This lives in the front
door, beside errors.py, because the glossary, the corpus, the baseline and the settings all
read files and must not import each other.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from tifa.errors import InputError

_KINDS = (
    (stat.S_ISDIR, "is a directory"),
    (stat.S_ISFIFO, "is a named pipe (FIFO)"),
    (stat.S_ISCHR, "is a character device"),
    (stat.S_ISBLK, "is a block device"),
    (stat.S_ISSOCK, "is a socket"),
)


def _refuse_special(name: str, mode: int, hint: str) -> None:
    if stat.S_ISREG(mode):
        return
    what = next((text for test, text in _KINDS if test(mode)), "is not a regular file")
    raise InputError(name, f"{what}, not a regular file{hint}")


def read_regular_file(path: str | Path, name: str | None = None, hint: str = "") -> bytes:
    """The bytes of `path`, which must be a regular file (after following links).

    `name` is how messages show the file; `hint` is added to the refusal of anything else.
    The file is checked before it is opened (opening
    some devices has effects of its own) and again on the open descriptor, which is opened
    without blocking, so a file swapped for a pipe in between cannot hang the run either.
    """
    shown = name if name is not None else str(path)
    try:
        _refuse_special(shown, os.stat(path).st_mode, hint)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise InputError(shown, error.strerror or str(error)) from None
    with os.fdopen(fd, "rb") as handle:
        _refuse_special(shown, os.fstat(fd).st_mode, hint)
        try:
            return handle.read()
        except OSError as error:
            raise InputError(shown, error.strerror or str(error)) from None


def read_stdin() -> bytes:
    """All of standard input; InputError when it is closed or cannot be read."""
    stream = sys.stdin
    if stream is None:
        raise InputError("<stdin>", "standard input is closed; give a file, or pipe text in")
    try:
        return stream.buffer.read()
    except (OSError, ValueError) as error:  # ValueError: the stream was closed inside Python
        reason = getattr(error, "strerror", None) or str(error)
        raise InputError("<stdin>", f"cannot read standard input: {reason}") from None
