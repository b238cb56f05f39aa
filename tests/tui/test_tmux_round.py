"""A translator's round in the installed `tifa review`, in tmux: two articles in one folder,
decisions on the first, a look at the second, and back to the first with nothing lost."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from review_project import write_project
from tmux_helpers import TIFA, TMUX, Shell

from tifa.glossary import load_glossary

pytestmark = pytest.mark.skipif(
    TMUX is None or not TIFA.exists(), reason="needs tmux and the installed tifa"
)


@pytest.fixture
def shell(tmp_path: Path) -> Iterator[Shell]:
    write_project(tmp_path / "project")
    pane = Shell(tmp_path / "project")
    try:
        yield pane
    finally:
        pane.close()


def review(shell: Shell, name: str, loaded: str) -> str:
    """Run `tifa review NAME` at the prompt; the screen once `loaded` shows."""
    shell.keys(f"{TIFA} review {name}; echo EXIT=$?", "Enter")
    return shell.wait_for(loaded)


def detail(shown: str) -> str:
    """The detail pane's text (right of the list), its wrapped lines joined with spaces."""
    right = [
        line.split("││", 1)[1].rstrip("│ ▇▁").strip() for line in shown.splitlines() if "││" in line
    ]
    return " ".join(part for part in right if part)


def quit_review(shell: Shell, times: int) -> None:
    """Press q and wait for the shell to report the review's `times`-th clean exit."""
    shell.keys("q")
    deadline = time.monotonic() + 30
    while shell.screen().count("EXIT=0") < times:
        assert time.monotonic() < deadline, shell.screen()
        time.sleep(0.2)
    assert "EXIT=2" not in shell.screen()


def test_a_translators_round_keeps_every_decision(shell: Shell, tmp_path: Path) -> None:
    folder = tmp_path / "project"
    review(shell, "a.txt", "of 4 findings")

    # Filter to the terminology findings; the first is a forbidden variant with a safe fix.
    shell.keys("/code:T1")
    shell.wait_for("3 of 4 findings")
    shell.keys("Enter")  # back to the list
    shell.wait_for("T101 forbidden-variant")
    time.sleep(0.5)  # a person's pause: keys sent at once could still reach the field
    shell.keys("a")
    shown = detail(shell.wait_for("✓ fixed:"))
    assert "✓ fixed: Tan Chengxu, secretary" in shown
    assert "plans for high-quality development in the coming year." in shown
    assert "“two first districts” is a rendering to avoid" in shown  # the cursor moved on

    # An avoid form of our own for that entry, from the T101 now under the cursor.
    shell.keys("g")
    shell.wait_for("Add to the glossary entry 两先区")
    shell.keys("f", "two first zones")  # in one burst, as a quick typist would
    shell.wait_for("Enter to choose avoid or allowed")
    shell.keys("Enter")
    shell.wait_for("v flags the form from now on")
    shell.keys("v")
    shell.wait_for("glossary: 'two first zones' added (avoid)")

    # The near miss T103 reports (with the inconsistency, T104) becomes an allowed form.
    shell.keys("Escape")  # clears the filter (a lone Escape: the terminal waits a moment)
    shell.wait_for("4 of 4 findings")
    shell.keys("/code:T103 party", "Enter")
    shell.wait_for("1 of 4 findings")
    time.sleep(0.5)
    shown = detail(shell.wait_for("T103 near-miss-term"))
    assert "is rendered “Party history learning education” here" in shown
    shell.keys("g")
    shell.wait_for("Add to the glossary entry 党史学习教育")
    shell.keys("l")
    shell.wait_for("glossary: 'Party history learning education' added (allowed)")
    quit_review(shell, 1)

    house = load_glossary(folder / "tifa-glossary.csv")
    two = house.get("两先区")
    party = house.get("党史学习教育")
    assert two is not None and two.avoid == ("two first districts", "two first zones")
    assert party is not None and party.allowed == ("Party history learning education",)

    # Another article in the same folder: a review of its own; the first one is set aside.
    shown = review(shell, "b.txt", "of 3 findings")
    shown = shell.wait_for("is kept in .tifa-review.json")
    assert "The review of a.txt (3 decisions)" in shown
    assert "double space" in shown and "trailing space" in shown
    quit_review(shell, 2)

    # Back to the first: resumed, with the fix shown and the undo history there.
    review(shell, "a.txt", "of 4 findings")
    shown = shell.wait_for("Resumed the review of a.txt (3 decisions)")
    assert "fixed 1" in shown
    fixed_row = next(line for line in shown.splitlines() if "T101     1:105" in line)
    assert "high quality" in fixed_row and "fixed" in fixed_row
    shell.keys("t")
    shell.wait_for("Glossary:")
    shell.keys("/two first zones")
    shell.wait_for("1 entries shown")
    shell.keys("Enter")  # to the table
    time.sleep(0.5)
    shell.keys("e")  # the entry in the form, every cell whole
    shown = shell.wait_for("Edit 两先区")
    assert "two first districts|two first zones" in shown
    for screen_name in ("Glossary:", "of 4 findings"):  # close the form, then the glossary
        shell.keys("Escape")  # a lone Escape: the terminal waits a moment
        shell.wait_for(screen_name)
        time.sleep(0.5)
    shell.keys("u")
    shell.wait_for("undone: glossary of 'Party history learning education'")
    quit_review(shell, 3)
    house = load_glossary(folder / "tifa-glossary.csv")
    assert house.get("党史学习教育") is None  # the entry copied in for it is gone again
    assert house.get("两先区") is not None  # the earlier decision stays
