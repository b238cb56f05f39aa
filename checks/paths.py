"""How findings name their files wherever tifa is run from: paths relative to the project root.

A baseline written with `tifa check articles/` must still hide the same findings when the same
folder is given as `./articles`, as an absolute path, or from another working directory, and
so must the review UI's dismissals. Fingerprints and baseline entries therefore use the file's
path relative to the project root: the folder of the settings file (tifa.toml, or a
pyproject.toml with [tool.tifa]), else the root of the git checkout, else the working directory.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from tifa.config import find_config
from tifa.corpus import Document


@cache
def _root_from(start: Path) -> Path:
    found = find_config(start)
    if found is not None:
        return found[0].parent
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def project_root(start: Path | None = None) -> Path:
    """The project root seen from `start` (default: the working directory)."""
    return _root_from((start or Path.cwd()).resolve())


def path_key(doc: Document, root: Path) -> str:
    """The name a finding's file goes by in fingerprints and baselines.

    A file inside the root: its path relative to the root, with `/`. A file elsewhere: its
    absolute path. Standard input and files shown by a name of their own (the bundled samples,
    `samples/NAME`): that name.
    """
    if doc.path is None:
        return doc.name
    try:
        resolved = doc.path.resolve()
    except OSError:
        return doc.name
    shown = Path(doc.name)
    if not (shown.exists() and shown.resolve() == resolved):
        return doc.name  # a display name of its own, not a path to the file
    return file_key(resolved, root)


def file_key(path: Path, root: Path) -> str:
    """A file's path relative to `root` with `/`, or its absolute path if it is elsewhere."""
    try:
        resolved = path.resolve()
    except OSError:
        return path.as_posix()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()
