"""The one write path: every file tifa writes goes through `write_bytes_atomic`.

Reports, baselines, fixes, glossary edits, `glossary fmt` and the review state all end here,
so the guarantees in the README's "What tifa never does to your files" hold for each:

- a symbolic link is followed: its target is written and the link stays a link;
- a regular file is replaced atomically: temporary copy beside it (with the file's mode,
  and its owner where permitted), fsync, rename. A file
  read earlier (`expected_digest`) is checked before the copy is made and again immediately
  before the rename (content digest and stat), and is never overwritten if it changed;
- a regular file with other hard links is rewritten in place once its new text is safely on
  disk beside it, so every name keeps seeing the same file (a rename would split them);
- a file whose permissions make it read-only is refused unless the caller allows it;
- anything that is not a regular file (a FIFO, /dev/null, a terminal) is written directly,
  never replaced by a rename;
- a failed write is one InputError naming the file; no partial file is left behind.

Text keeps the file's own line endings, so writing text back is: encode with the original
codec, prepend the original BOM, and write the bytes as above.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from tifa.corpus.document import Document
from tifa.corpus.encoding import Encoding
from tifa.corpus.tempfiles import KEPT_SUFFIX, TEMP_SUFFIX, make_temp, remove_stale_temps
from tifa.errors import InputError

NEW_FILE_MODE = 0o644


def real_target(path: Path) -> Path:
    """The file a write to `path` must change: `path` with every symbolic link followed.

    For renaming over a regular file, or creating one. Special files are opened by the path
    as given: the kernel follows /proc's links (/dev/stdout -> /proc/self/fd/1 -> pipe:[…])
    where a path cannot.
    """
    return Path(os.path.realpath(path))


def mode_forbids_writing(info: os.stat_result) -> bool:
    """True when the file's permission bits deny *this user* writing to it.

    Decided from the mode bits, not by trying: root may write anything, and a rename goes
    around the file's permissions for everyone, yet a read-only file says "leave me".
    """
    if not hasattr(os, "geteuid"):  # pragma: no cover - not POSIX
        return not info.st_mode & stat.S_IWRITE
    if os.geteuid() == 0:  # root is in no class of its own: read-only means no one may write
        return not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    if info.st_uid == os.geteuid():
        return not info.st_mode & stat.S_IWUSR
    if info.st_gid == os.getegid() or info.st_gid in os.getgroups():
        return not info.st_mode & stat.S_IWGRP
    return not info.st_mode & stat.S_IWOTH


def check_writable(
    path: Path, allow_readonly: bool = False, readonly_hint: str = ""
) -> os.stat_result | None:
    """Raise InputError unless a write to `path` can be expected to succeed; the target's stat
    (None when it does not exist yet). Nothing is written."""
    name = str(path)
    target = real_target(path)
    try:
        info: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise InputError(name, f"cannot write: {error.strerror}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise InputError(name, "is a directory; not written")
        if stat.S_ISREG(info.st_mode) and not allow_readonly and mode_forbids_writing(info):
            raise InputError(name, f"is read-only; not written{readonly_hint}")
        if not stat.S_ISREG(info.st_mode):
            return info  # written directly: the folder does not matter
    folder = target.parent
    if not folder.is_dir():
        raise InputError(name, f"folder {folder} does not exist; not written")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(name, f"cannot create files in {folder}; not written")
    return info


def _fingerprint(info: os.stat_result) -> tuple[int, ...]:
    # What a change by another process alters, even one that keeps the size.
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _unchanged_since_read(
    name: str, target: Path, expected_digest: str, seen: tuple[int, ...] | None = None
) -> tuple[int, ...]:
    """Raise InputError if the file no longer has `expected_digest` (or, when given, the stat
    fingerprint `seen`); its current stat fingerprint."""
    try:
        with open(target, "rb") as handle:
            before = _fingerprint(os.fstat(handle.fileno()))
            current = Document.digest_of(handle.read())
    except FileNotFoundError:
        raise InputError(name, "was deleted since it was read; not written") from None
    except OSError as error:
        raise InputError(name, f"cannot re-read before writing: {error.strerror}") from None
    if current != expected_digest or (seen is not None and before != seen):
        raise InputError(name, "changed on disk since it was read; not overwritten")
    return before


def write_bytes_atomic(
    path: Path,
    data: bytes,
    expected_digest: str | None = None,
    allow_readonly: bool = False,
    readonly_hint: str = "",
) -> None:
    """Write `data` to `path` as the module docstring promises.

    When `expected_digest` is given, the file on disk must still have it: a file changed since
    it was read is never overwritten (InputError instead). A read-only file is refused unless
    `allow_readonly`; `readonly_hint` is appended to that refusal (how to force it).
    """
    name = str(path)
    target = real_target(path)
    info = check_writable(path, allow_readonly, readonly_hint)
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_directly(name, path, data)
        return
    if info is None and expected_digest is not None:
        raise InputError(name, "was deleted since it was read; not written")
    seen = _unchanged_since_read(name, target, expected_digest) if expected_digest else None
    remove_stale_temps(target.parent)
    try:
        fd, tmp = make_temp(target)
    except OSError as error:
        raise InputError(name, f"cannot write here: {error.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # Another editor may have saved while the copy was written: look again, last thing.
        if expected_digest is not None:
            _unchanged_since_read(name, target, expected_digest, seen)
        if info is not None and info.st_nlink > 1:
            _rewrite_in_place(name, target, tmp, data)
            return
        os.chmod(tmp, stat.S_IMODE(info.st_mode) if info is not None else NEW_FILE_MODE)
        if info is not None:
            _keep_owner(tmp, info)
        os.replace(tmp, target)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(error, OSError):
            raise InputError(name, f"not written: {error.strerror}") from None
        raise
    _sync_folder(target.parent)


def _keep_owner(tmp: Path, info: os.stat_result) -> None:
    """Give the new copy the replaced file's owner and group, where we may (root may; others
    only to a group of theirs): a fix by root must not leave the user's file owned by root."""
    if hasattr(os, "chown") and (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
        with contextlib.suppress(OSError):
            os.chown(tmp, info.st_uid, info.st_gid)


def _rewrite_in_place(name: str, target: Path, tmp: Path, data: bytes) -> None:
    """Overwrite a hard-linked file's contents, keeping its inode (and so every other name).

    Not atomic, so the complete new text is first kept beside it under a name no clean-up
    removes; it is deleted once the rewrite is on disk, and named if the rewrite fails.
    """
    kept = tmp.with_name(tmp.name.removesuffix(TEMP_SUFFIX) + KEPT_SUFFIX)
    os.replace(tmp, kept)
    try:
        fd = os.open(target, os.O_WRONLY)
    except OSError as error:
        os.unlink(kept)
        raise InputError(name, f"not written: {error.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.truncate(len(data))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        raise InputError(
            name, f"partly rewritten ({error.strerror}); the complete new text is in {kept}"
        ) from None
    os.unlink(kept)


def _write_directly(name: str, target: Path, data: bytes) -> None:
    """Write to a FIFO, device or terminal: open it and write; a rename would replace it."""
    try:
        with open(target, "wb") as handle:
            handle.write(data)
            handle.flush()
    except OSError as error:
        raise InputError(name, f"not written: {error.strerror}") from None


def _sync_folder(directory: Path) -> None:
    # The rename is durable only once the directory entry is on disk.
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def encode_text(path: Path, text: str, encoding: Encoding) -> bytes:
    """`text` encoded as the original file was; InputError if its encoding cannot hold it."""
    try:
        return encoding.encode(text)
    except UnicodeEncodeError as error:
        raise InputError(
            str(path),
            f"the new text has {error.object[error.start]!r}, which {encoding.codec} cannot hold",
        ) from None


def write_text_atomic(
    path: Path,
    text: str,
    encoding: Encoding,
    expected_digest: str | None = None,
    allow_readonly: bool = False,
    readonly_hint: str = "",
) -> str:
    """Encode `text` as the original file was and write it safely; return the new digest."""
    data = encode_text(path, text, encoding)
    write_bytes_atomic(path, data, expected_digest, allow_readonly, readonly_hint)
    return Document.digest_of(data)


def already_changed(error: InputError, changed: Sequence[str]) -> InputError:
    """`error`, saying which files this run had already rewritten (they are not rolled back)."""
    if not changed:
        return error
    done = ", ".join(dict.fromkeys(changed))
    return InputError(error.path, f"{error.message}; already changed: {done}", error.line)
