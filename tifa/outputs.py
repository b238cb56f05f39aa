"""What a command may write, decided before anything is written.

`tifa check` and `tifa review` name their outputs (report, baseline, review state, house
glossary, the articles `--fix` rewrites) and their inputs (articles, glossaries, baseline,
settings file). An output that is one of the inputs is refused, and every output is checked
for a chance of success, so a run that cannot finish stops before its first write.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from tifa.config import Settings
from tifa.corpus.align import PairedArticle
from tifa.corpus.guard import Role, refuse_outputs_onto_inputs, same_file
from tifa.corpus.read import STDIN
from tifa.corpus.tempfiles import remove_stale_temps
from tifa.corpus.write import already_changed, check_writable, write_bytes_atomic
from tifa.errors import InputError

Target = str | tuple[str, str] | PairedArticle


def _article_paths(targets: Sequence[Target]) -> list[str]:
    paths: list[str] = []
    for t in targets:
        if isinstance(t, PairedArticle):  # `--pair ZH EN`: both files are inputs
            paths.extend((t.zh, t.en))
        else:
            paths.append(t[1] if isinstance(t, tuple) else t)
    return [p for p in paths if p != STDIN]


def _settings_inputs(settings: Settings, glossaries: Sequence[str]) -> list[Role]:
    inputs = [("the glossary", g) for g in [*settings.glossary, *glossaries]]
    if settings.source:
        inputs.append(("the settings file", settings.source))
    return inputs


def check_outputs(
    settings: Settings,
    glossaries: Sequence[str],
    targets: Sequence[Target],
    output: str | None,
    write_baseline: str | None,
    baseline_read: str | None,
    fix: bool,
) -> None:
    """Refuse `tifa check`'s writes that would destroy its inputs or cannot succeed."""
    articles = _article_paths(targets)
    others = _settings_inputs(settings, glossaries)
    if baseline_read:
        others.append(("the baseline", baseline_read))
    outputs = [("the report (-o)", output), ("--write-baseline", write_baseline)]
    chosen = [(role, path) for role, path in outputs if path]
    refuse_outputs_onto_inputs(chosen, [*(("the article", a) for a in articles), *others])
    if fix:
        refuse_outputs_onto_inputs([("--fix", a) for a in articles], others)
        # A run killed mid-write left its temporary copy beside the article: clear it now.
        for folder in dict.fromkeys(Path(a).resolve().parent for a in articles):
            remove_stale_temps(folder)
    for _, path in chosen:
        check_writable(Path(path))


def review_outputs(
    settings: Settings,
    glossaries: Sequence[str],
    targets: Sequence[Target],
    baseline: Path,
    house: Path,
    state: Path,
) -> None:
    """Refuse a review whose state, baseline or house glossary is one of its inputs."""
    inputs = [("the article", a) for a in _article_paths(targets)]
    inputs += [
        (role, p) for role, p in _settings_inputs(settings, glossaries) if not same_file(p, house)
    ]
    outputs = [
        ("the review state", str(state)),
        ("the baseline", str(baseline)),
        ("the house glossary", str(house)),
    ]
    refuse_outputs_onto_inputs(outputs, inputs)


@contextmanager
def files_changed_note(changed: Sequence[str]) -> Iterator[None]:
    """A write failing after `--fix` rewrote files says which: they are not rolled back."""
    try:
        yield
    except InputError as error:
        raise already_changed(error, changed) from None


def write_report(report: str, output: str | None) -> None:
    """The report to `output` (through the one safe write path) or to standard output; a
    failed write or flush is an InputError, never a report that silently went nowhere."""
    if output:
        write_bytes_atomic(Path(output), report.encode("utf-8"))
        return
    try:
        sys.stdout.write(report)
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # the reader went away (| head): not an error of ours
    except OSError as error:
        raise InputError("<stdout>", f"report not written: {error.strerror}") from None
