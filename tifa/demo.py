"""The demo `tifa review` opens with no paths: a private, editable copy of the samples."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tifa.corpus.read import sample_paths
from tifa.errors import InputError


def demo_folder() -> Path:
    """Where `tifa review` with no paths keeps its copy of the samples and its session."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tifa" / "demo"


def demo_copies(folder: Path) -> list[str]:
    """Copy the bundled samples into `folder` once (later runs keep the user's edits)."""
    articles = folder / "samples"
    try:
        articles.mkdir(parents=True, exist_ok=True)
        out = []
        for _, path in sample_paths():
            target = articles / Path(path).name
            if not target.exists():
                shutil.copyfile(path, target)
            out.append(str(target))
    except OSError as error:
        raise InputError(str(folder), f"cannot prepare the demo folder: {error.strerror}") from None
    return out
