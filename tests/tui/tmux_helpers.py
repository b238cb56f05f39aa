"""Driving the installed `tifa` in tmux, as a person at a terminal would, and reading the
screen back with capture-pane.

Each pane runs on a tmux server of its own (`tmux -L NAME`): other tmux users on the machine
cannot disturb it, and killing it kills nothing else.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

TMUX = shutil.which("tmux")
TIFA = Path(sys.executable).parent / "tifa"


def wait_for(screen: Callable[[], str], text: str, seconds: float = 20) -> str:
    """Poll the pane until `text` shows (startup includes Python imports on a cold machine)."""
    deadline = time.monotonic() + seconds
    shown = ""
    while time.monotonic() < deadline:
        shown = screen()
        if text in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{shown}")


def wait_for_gone(screen: Callable[[], str], text: str, seconds: float = 10) -> None:
    """Poll the pane until `text` is no longer shown."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text not in screen():
            return
        time.sleep(0.2)
    raise AssertionError(f"{text!r} is still shown")


class Shell:
    """An interactive shell in a tmux pane of its own, in `folder`."""

    def __init__(self, folder: Path, width: int = 120, height: int = 36) -> None:
        assert TMUX is not None
        self.name = f"tifa-{uuid.uuid4().hex[:8]}"
        self.tmux = [TMUX, "-L", self.name]
        size = ["-x", str(width), "-y", str(height)]
        command = "env PS1='$ ' bash --norc --noprofile"
        subprocess.run(
            [*self.tmux, "new-session", "-d", "-s", self.name, "-c", str(folder), *size, command],
            check=True,
        )
        # Some tmux servers size detached sessions by their own default; insist.
        subprocess.run([*self.tmux, "resize-window", "-t", self.name, *size], check=False)

    def screen(self) -> str:
        """The pane's text as shown now."""
        out = subprocess.run(
            [*self.tmux, "capture-pane", "-t", self.name, "-p"],
            capture_output=True,
            text=True,
            check=True,
        )
        return str(out.stdout)

    def keys(self, *keys: str) -> None:
        """Send keys (tmux names: Enter, Escape, Down, C-u; anything else is typed)."""
        subprocess.run([*self.tmux, "send-keys", "-t", self.name, *keys], check=True)

    def wait_for(self, text: str, seconds: float = 30) -> str:
        """The screen once `text` shows on it."""
        return wait_for(self.screen, text, seconds)

    def close(self) -> None:
        """Kill this pane's tmux server (and nothing else)."""
        subprocess.run([*self.tmux, "kill-server"], check=False)
