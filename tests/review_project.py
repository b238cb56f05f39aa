"""A small translation project for review tests: two articles in one folder.

The sentences are written for the tests in the register of municipal news. a.txt holds two
forbidden variants (T101), a misspelt official's name (N201) and a near miss of an approved
rendering (T103, which also reports the inconsistency, T104); b.txt holds white-space and punctuation slips.
"""

from __future__ import annotations

from pathlib import Path

from tifa.checks.session import ReviewSession, RunSpec

ARTICLE_A = (
    "Tan Chengxu, secretary of the municipal Party committee, chaired a meeting on Monday to "
    "study plans for high quality development in the coming year.\n"
    "\n"
    "The two first districts will lead the reform, Tan Chengxi said, and the city will extend "
    "the industrial chain and strengthen the industry chain of advanced manufacturing.\n"
    "\n"
    "The bureau carried out Party history learning and education in all districts. Officials "
    "said the Party history learning education would deepen.\n"
)
ARTICLE_B = (
    "The provincial government held a meeting on Tuesday , and officials pledged  steady "
    "growth in the second half of the year. \n"
    "\n"
    "The meeting called for greater support for private firms and for the two pre-zones.\n"
)


def write_project(folder: Path) -> Path:
    """Write a.txt and b.txt (and a tifa.toml marking the project root) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tifa.toml").write_text("", encoding="utf-8")
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


def project_session(folder: Path, *names: str) -> ReviewSession:
    """A session reviewing `names` in `folder`, keeping its files where `tifa review` would."""
    spec = RunSpec([str(folder / n) for n in names], root=str(folder))
    return ReviewSession(
        spec,
        folder / ".tifa-baseline.json",
        folder / "tifa-glossary.csv",
        folder / ".tifa-review.json",
    )
