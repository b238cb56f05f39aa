"""Finding files under a folder and for recursive globs (`articles/**/*.md`).

Links to folders are followed, but every real folder (device and inode) is entered once, so
a link back up the tree cannot send the walk round for ever: the standard library's
`glob(recursive=True)` follows such a loop until the path is too long, with a branching
factor of the number of links, which never finishes in practice. A folder that cannot be
listed is an InputError, not silently nothing: a CI run must not pass by checking nothing.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re

from tifa.errors import InputError

RECURSIVE = "**"


def walk_files(root: str, hidden: bool = False) -> list[tuple[str, ...]]:
    """Relative path parts of every entry under `root` that is not a folder, sorted.

    Names starting with a dot (and what is under them) are left out unless `hidden`.
    """
    found: list[tuple[str, ...]] = []
    entered: set[tuple[int, int]] = set()
    stack: list[tuple[str, ...]] = [()]
    while stack:
        parts = stack.pop()
        folder = os.path.join(root, *parts)
        try:
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in entered:
                continue  # reached again through a link: already walked (or a loop)
            entered.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as error:
            raise InputError(folder, f"cannot read this folder: {error.strerror}") from None
        for entry in reversed(entries):  # the stack pops the first name first
            if entry.name.startswith(".") and not hidden:
                continue
            try:
                is_folder = entry.is_dir()  # follows links; the inode check stops loops
            except OSError:
                is_folder = False  # a link that loops onto itself or points nowhere
            if is_folder:
                stack.append((*parts, entry.name))
            else:
                found.append((*parts, entry.name))
    return sorted(found)


def glob_files(pattern: str) -> list[str]:
    """Files matching a glob pattern, sorted; `**` matches any number of folders.

    Patterns without `**` go to the standard library (they cannot recurse). Like it, `*`
    and `**` do not match names starting with a dot unless the pattern spells the dot.
    """
    if RECURSIVE not in pattern:
        return sorted(m for m in glob.glob(pattern) if os.path.isfile(m))
    parts = pattern.split("/") if os.sep == "/" else re.split(r"[\\/]", pattern)
    fixed = 0
    while fixed < len(parts) and not glob.has_magic(parts[fixed]):
        fixed += 1
    base = "/".join(parts[:fixed]) if fixed else ""
    wanted = [p for p in parts[fixed:] if p]  # `a//b` and a trailing slash add nothing
    if base and not os.path.isdir(base):
        return []
    hidden = any(p.startswith(".") for p in wanted)
    matcher = _Matcher(wanted)
    return sorted(
        os.path.join(base, *rel)
        for rel in walk_files(base or os.curdir, hidden=hidden)
        if matcher.matches(rel) and os.path.isfile(os.path.join(base or os.curdir, *rel))
    )


class _Matcher:
    """Matches relative path parts against pattern parts, `**` standing for zero or more
    folders: a set of positions in the pattern, advanced part by part (linear, no
    backtracking)."""

    def __init__(self, pattern: list[str]) -> None:
        self.pattern = pattern
        self.compiled = [
            None if p == RECURSIVE else re.compile(fnmatch.translate(p)) for p in pattern
        ]

    def _closure(self, states: set[int]) -> set[int]:
        out = set(states)
        for j in sorted(states):
            while j < len(self.pattern) and self.pattern[j] == RECURSIVE:
                j += 1
                out.add(j)
        return out

    def matches(self, rel: tuple[str, ...]) -> bool:
        states = self._closure({0})
        for part in rel:
            step: set[int] = set()
            for j in states:
                if j >= len(self.pattern):
                    continue
                regex = self.compiled[j]
                dotted = part.startswith(".")
                if regex is None:
                    if not dotted:
                        step.add(j)  # `**` takes this folder and may take more
                elif regex.match(part) and (not dotted or self.pattern[j].startswith(".")):
                    step.add(j + 1)
            states = self._closure(step)
            if not states:
                return False
        return len(self.pattern) in states
