"""The text report on a terminal: carets under wide characters, NO_COLOR and FORCE_COLOR."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

TIFA = Path(sys.executable).parent / "tifa"


def _run(args: list[str], **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    done = subprocess.run(
        [str(TIFA), *args], capture_output=True, text=True, env={**clean, **env}, check=False
    )
    return done.stdout


def test_carets_sit_under_the_span_after_chinese_characters(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("会议指出（两先区）the two first districts matter.\n", "utf-8")
    out = _run(["check", "-s", "T101", str(article)])
    lines = out.splitlines()
    shown = next(i for i, line in enumerate(lines) if "会议" in line)
    text, carets = lines[shown], lines[shown + 1]
    start = carets.index("^")
    # Measured in terminal cells, the carets begin where the flagged words begin.
    assert cell_len(text[: text.index("two first")]) == start
    assert carets.count("^") == len("two first districts")


@pytest.mark.parametrize(
    ("env", "coloured"),
    [({}, False), ({"FORCE_COLOR": "1"}, True), ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False)],
)
def test_no_color_and_force_color(tmp_path: Path, env: dict[str, str], coloured: bool) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The two first districts matter.\n", "utf-8")
    out = _run(["check", str(article)], **env)  # piped: plain unless forced
    assert ("\x1b[" in out) is coloured
    assert "T101" in out
