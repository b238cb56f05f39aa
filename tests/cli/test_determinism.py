"""Same input, byte-identical output: every report format, whatever PYTHONHASHSEED is.

Set and dict iteration order of strings changes with the hash seed, so each report is made
by the installed `tifa` command in separate processes under different seeds and compared
byte for byte: on the bundled samples and on an article written to raise many findings,
several on the same span.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SAMPLES

from tifa.cli import FORMATS

TIFA = Path(sys.executable).with_name("tifa")
SEEDS = ("0", "4242")

# Many rules at once: names spelt two ways, one slogan three ways, quotes, apostrophes,
# dashes, spacing, residue, repeated words, full-width marks.
MANY = """Home > News > Dalian
2023-09-06 10:21
  Tan Zuojun, secretary of the Municipal Party presided over the meeting on the “two pre-zones".
Tan Zuoyu stressed the "two first districts" and the two pre-zones , and the the “ green channel ”.
Shenyang”s port — the largest in the province - grew, China's exports and Dalian’s trade too..
The Central Committee(CPC) approved the plan for one network and unified management，then left.
Deepen one-network unified management. Then one network and unified management again.
Photo by Li Ming
"""


def reports(args: list[str], cwd: Path) -> dict[str, bytes]:
    """The report of `tifa check ARGS` under each seed (the processes run side by side)."""
    runs = {
        seed: subprocess.Popen(
            [str(TIFA), "check", *args],
            cwd=cwd,
            env={**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1", "COLUMNS": "100"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for seed in SEEDS
    }
    out = {}
    for seed, run in runs.items():
        stdout, stderr = run.communicate(timeout=120)
        assert run.returncode == 0, stderr.decode()
        out[seed] = stdout
    return out


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("determinism")
    for sample in sorted(SAMPLES.glob("*.txt")):
        shutil.copyfile(sample, folder / sample.name)
    (folder / "many.txt").write_text(MANY, encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", FORMATS)
def test_reports_do_not_depend_on_the_hash_seed(articles: Path, fmt: str) -> None:
    args = ["-f", fmt, "--fail-on", "never", "."]
    outputs = reports(args, articles)
    assert outputs["0"].count(b"many.txt") >= 10  # the article raises many findings
    for seed in SEEDS[1:]:
        assert outputs[seed] == outputs["0"], f"{fmt} output differs under PYTHONHASHSEED={seed}"
