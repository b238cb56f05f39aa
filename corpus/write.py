"""Atomic writes that keep a file's encoding, BOM and line endings, and never clobber edits.

Text in tifa keeps the file's own line endings, so writing back is: encode with the
original codec, prepend the original BOM, and replace the file atomically (temp file in
the same folder, fsync, rename).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from tifa.corpus.document import Document
from tifa.corpus.encoding import Encoding
from tifa.errors import InputError


def write_bytes_atomic(path: Path, data: bytes, expected_digest: str | None = None) -> None:
    """Replace `path` with `data` atomically.

    When `expected_digest` is given, the file on disk must still have it: a file changed since
    it was read is never overwritten (InputError instead).
    """
    if expected_digest is not None:
        try:
            current = Document.digest_of(path.read_bytes())
        except FileNotFoundError:
            raise InputError(str(path), "was deleted since it was read; not written") from None
        except OSError as error:
            raise InputError(
                str(path), f"cannot re-read before writing: {error.strerror}"
            ) from None
        if current != expected_digest:
            raise InputError(str(path), "changed on disk since it was read; not overwritten")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o644
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tifa-tmp", dir=directory)
    except OSError as error:
        raise InputError(str(path), f"cannot write here: {error.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(error, OSError):
            raise InputError(str(path), f"not written: {error.strerror}") from None
        raise
    # The rename is durable only once the directory entry is on disk.
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_text_atomic(
    path: Path, text: str, encoding: Encoding, expected_digest: str | None = None
) -> str:
    """Encode `text` as the original file was and write it atomically; return the new digest."""
    try:
        data = encoding.encode(text)
    except UnicodeEncodeError as error:
        raise InputError(
            str(path),
            f"the new text has {error.object[error.start]!r}, which {encoding.codec} cannot hold",
        ) from None
    write_bytes_atomic(path, data, expected_digest)
    return Document.digest_of(data)
