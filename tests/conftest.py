"""Fixtures shared by all tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import SAMPLES

from tifa.checks.session import ReviewSession, RunSpec
from tifa.glossary import Glossary, load_glossaries
from tifa.tui.app import TifaApp


@pytest.fixture(scope="session", autouse=True)
def pattern_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The rules' compiled patterns (tifa.checks.pattern_cache) kept in a folder of this test
    run, never in the user's cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TIFA_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def default_glossary() -> Glossary:
    """The bundled glossary, loaded once."""
    return load_glossaries([])


MakeApp = Callable[..., TifaApp]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with copies of the samples under samples/, as the working folder."""
    (tmp_path / "samples").mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")):
        shutil.copyfile(sample, tmp_path / "samples" / sample.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def make_app(workdir: Path) -> MakeApp:
    """Build the app on the copied samples (all, or the names given)."""

    def make(*names: str, keys: dict[str, str] | None = None) -> TifaApp:
        files = sorted((workdir / "samples").glob("*.txt"))
        chosen = [f for f in files if not names or f.name in names]
        spec = RunSpec([(f"samples/{f.name}", str(f)) for f in chosen])
        session = ReviewSession(
            spec,
            workdir / ".tifa-baseline.json",
            workdir / "tifa-glossary.csv",
            workdir / ".tifa-review.json",
        )
        return TifaApp(session, keys)

    return make
