"""The progress bar `tifa check` shows on stderr while it reads many files."""

from __future__ import annotations

import sys


class ReadingProgress:
    """A progress bar on stderr for long runs on a terminal; nothing otherwise."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.progress = Progress(
            TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
            console=Console(stderr=True), transient=True,
        )  # fmt: skip
        self.task = self.progress.add_task("", total=total)
        self.progress.start()

    def advance(self, name: str) -> None:
        self.progress.update(self.task, advance=1, description=name[-40:])

    def close(self) -> None:
        self.progress.stop()


def progress_bar(total: int) -> ReadingProgress | None:
    """A bar for runs of 20 files or more when stderr is a terminal; None otherwise."""
    return ReadingProgress(total) if total >= 20 and sys.stderr.isatty() else None
