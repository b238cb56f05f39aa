"""The installed `tifa review`, run in tmux and driven by keystrokes as a person would."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import sample_findings_total
from tmux_helpers import TIFA, TMUX, wait_for, wait_for_gone

pytestmark = pytest.mark.skipif(
    TMUX is None or not TIFA.exists(), reason="needs tmux and the installed tifa"
)


@pytest.fixture
def pane(tmp_path: Path) -> Iterator[tuple[Callable[[], str], Callable[..., None]]]:
    name = f"tifa-{uuid.uuid4().hex[:8]}"
    # A tmux server of its own (-L): other tmux users on the machine cannot disturb it.
    assert TMUX is not None
    tmux = [TMUX, "-L", name]
    command = (
        f"cd {tmp_path} && XDG_DATA_HOME={tmp_path / 'data'} {TIFA} review; echo EXIT=$?; sleep 30"
    )
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", name, "-x", "100", "-y", "32", command], check=True
    )
    # Some tmux servers size detached sessions by their own default; insist.
    subprocess.run([*tmux, "resize-window", "-t", name, "-x", "100", "-y", "32"], check=False)

    def screen() -> str:
        out = subprocess.run(
            [*tmux, "capture-pane", "-t", name, "-p"], capture_output=True, text=True, check=True
        )
        return str(out.stdout)

    def keys(*keys: str) -> None:
        subprocess.run([*tmux, "send-keys", "-t", name, *keys], check=True)

    try:
        yield screen, keys
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)


def test_a_new_user_reviews_the_samples(
    pane: tuple[Callable[[], str], Callable[..., None]],
) -> None:
    screen, keys = pane
    wait_for(screen, f"of {sample_findings_total()} findings")
    shown = wait_for(screen, "q Quit")  # the footer fills in once the list has focus
    footer = shown.rstrip().splitlines()[-1]
    for label in ("Next", "Details", "Fix", "Dismiss", "Help", "Quit"):
        assert label in footer
    assert "E816 ordinal-day-in-date" in shown and "September 6th" in shown  # the first, in detail
    keys("Down")
    wait_for(screen, "N201 name-variant")
    keys("Down")
    wait_for(screen, "T103 near-miss-term")
    keys("Enter")  # details only: the list's file header is gone
    shown = wait_for(screen, "Suggestion: Chairman of the Municipal Committee of the CPPCC")
    assert "E N201     3:196 Tan Zuoyu" not in shown
    keys("Enter")
    wait_for(screen, "E N201     3:196 Tan Zuoyu")
    keys("?")
    wait_for(screen, "binding id")
    keys("Escape")  # a lone Escape: tmux and the terminal wait a moment to tell it from Alt+key
    wait_for_gone(screen, "binding id")
    keys("q")
    wait_for(screen, "EXIT=0")
