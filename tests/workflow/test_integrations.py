"""The pre-commit hooks and the GitHub Action, each run for real on a small repository.

pre-commit installs tifa from this checkout into an environment of its own, as a user's
`pre-commit` would; the Action's steps run in bash as the runner would run them, with
`python` a fresh virtual environment (standing in for actions/setup-python). Both are slow
(they install tifa), so each is run once and asserted on at length.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
ARTICLE = "The two first districts  were discussed at the meeting.\n"
GLOSSARY = "zh,en,source\n两先区,two pre-zones,Dalian Daily (2021)\n"


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    if not (REPO / ".git").exists():
        pytest.skip("needs a git checkout of tifa")
    root = tmp_path / "newsroom"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, "utf-8")
    (root / "clean.md").write_text("The meeting was held in Dalian.\n", "utf-8")
    (root / "tifa-glossary.csv").write_text(GLOSSARY, "utf-8")
    _git(root, "init", "-q")
    _git(root, "add", ".")
    return root


def test_pre_commit_hooks_run_on_a_repository(project: Path, tmp_path: Path) -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert {h["id"] for h in hooks} == {"tifa", "tifa-fix", "tifa-glossary-lint"}
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    run = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "--all-files"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 1, out  # the article has an error, and the fix hook changes it
    results = {
        line.split(".", 1)[0]: line.rsplit(".", 1)[-1]
        for line in out.splitlines()
        if "...." in line
    }
    assert results["tifa check"] == "Failed"
    assert results["tifa check --fix"] == "Failed"  # it modified a file
    assert results["tifa glossary lint"] == "Passed"
    assert "T101" in out and "a.txt:1:5" in out
    assert (project / "a.txt").read_text(
        "utf-8"
    ) == "The two pre-zones were discussed at the meeting.\n"


def _action_steps() -> list[dict[str, Any]]:
    action = yaml.safe_load((REPO / "action.yml").read_text("utf-8"))
    assert action["runs"]["using"] == "composite"
    steps: list[dict[str, Any]] = action["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    return steps


def _expand(value: str, inputs: dict[str, str]) -> str:
    """GitHub's `${{ … }}` expressions, for the ones the action uses."""
    for name, given in inputs.items():
        value = value.replace(f"${{{{ inputs.{name} }}}}", given)
    return value.replace("${{ github.action_path }}", str(REPO))


def test_github_action_installs_and_checks(project: Path, tmp_path: Path) -> None:
    steps = _action_steps()
    action = yaml.safe_load((REPO / "action.yml").read_text("utf-8"))
    defaults = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
    # actions/setup-python: a Python on PATH. Its site packages stand in for a warm pip
    # cache, so installing tifa from the checkout builds only tifa itself.
    python_home = tmp_path / "python"
    venv.create(python_home, system_site_packages=True, with_pip=True)
    path = f"{python_home / 'bin'}{os.pathsep}{os.environ['PATH']}"

    def run_action(inputs: dict[str, str]) -> subprocess.CompletedProcess[str]:
        given = {**defaults, **inputs}
        last: subprocess.CompletedProcess[str] | None = None
        for step in steps[1:]:
            env = {**os.environ, "PATH": path}
            env.update({k: _expand(str(v), given) for k, v in step.get("env", {}).items()})
            assert step["shell"] == "bash"
            last = subprocess.run(
                ["bash", "-e", "-c", _expand(step["run"], given)],
                cwd=project,
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            if last.returncode:
                break
        assert last is not None
        return last

    failing = run_action({"paths": "a.txt clean.md"})
    assert failing.returncode == 1, failing.stderr
    assert failing.stdout.startswith("::error file=a.txt,line=1")
    assert shutil.which("tifa", path=path) == str(python_home / "bin" / "tifa")
    passing = run_action({"paths": "clean.md", "format": "text", "args": "--fail-on warning"})
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "0 findings" in passing.stdout
    # An input is data, not shell: a path with a `;` is a (missing) path, not a command.
    injected = run_action({"paths": "clean.md;touch pwned"})
    assert injected.returncode == 2 and not (project / "pwned").exists()
