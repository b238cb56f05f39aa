"""The command line: `tifa check`, `tifa rules`, `tifa glossary …`.

Bad input never ends in a traceback: every InputError becomes `path:line: message` on stderr
and exit code 2, and nothing is written.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import click
import polars as pl

from tifa import __version__
from tifa.bilingual import align, column_options, pair_options, paired_targets
from tifa.config import FAIL_ON, Settings, load_settings, split_codes
from tifa.corpus import Corpus
from tifa.errors import InputError
from tifa.progress import progress_bar
from tifa.score import score

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("text", "json", "sarif", "github", "junit", "csv", "html")
MAX_FIX_PASSES = 10


def common_options(func: F) -> F:
    """Options shared by the commands that run checks (check, and review)."""
    options = [
        click.option("--glossary", "-g", "glossaries", multiple=True, type=click.Path(dir_okay=False),
                     help="Glossary CSV layered over the bundled one (repeatable)."),
        click.option("--no-default-glossary", is_flag=True, help="Do not load the bundled glossary."),
        click.option("--select", "-s", multiple=True, help="Rule codes or prefixes to run (repeatable, or comma-separated)."),
        click.option("--ignore", "-i", multiple=True, help="Rule codes or prefixes to skip (repeatable, or comma-separated)."),
        click.option("--encoding", help="Read articles in this encoding instead of detecting it."),
        click.option("--config", type=click.Path(dir_okay=False), help="Settings file (default: nearest tifa.toml or pyproject.toml)."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


class Run:
    """The glossary, rules and settings of one invocation, built from options and config."""

    def __init__(
        self,
        glossaries: Sequence[str],
        no_default_glossary: bool,
        select: Sequence[str],
        ignore: Sequence[str],
        encoding: str | None,
        config: str | None,
    ) -> None:
        from tifa.checks.registry import all_rules, select_rules
        from tifa.glossary import load_glossaries

        self.settings: Settings = load_settings(config)
        self.encoding = encoding or self.settings.encoding
        self.no_default_glossary = no_default_glossary
        use_default = self.settings.default_glossary and not no_default_glossary
        self.glossary = load_glossaries(
            [*self.settings.glossary, *glossaries], use_default=use_default
        )
        chosen = split_codes(select) or self.settings.select
        origin = "--select" if select else (self.settings.source or "--select")
        self.rules = select_rules(chosen, [*self.settings.ignore, *split_codes(ignore)], origin)
        self.all_rules = len(all_rules())

    @property
    def root(self) -> Path:
        """The project root file names are relative to: the settings file's folder, else the
        git checkout's root, else the working directory (see tifa.checks.paths)."""
        from tifa.checks.paths import project_root

        return (
            Path(self.settings.source).resolve().parent if self.settings.source else project_root()
        )


def _paths(
    paths: Sequence[str], settings: Settings, samples: bool = False
) -> list[str | tuple[str, str]]:
    """What to check: PATHs; with none, the `paths` of the settings, else the current folder,
    as ruff does; `--samples`, the bundled sample articles."""
    from tifa.corpus.read import resolve_paths, sample_paths

    if samples:
        if paths:
            raise InputError("--samples", "checks the bundled samples; give no PATH with it")
        return list(sample_paths())
    if paths:
        return list(resolve_paths(paths))
    found: list[str | tuple[str, str]] = list(
        resolve_paths(settings.paths or ["."], empty_folders=True)
    )
    if not found:
        where = ", ".join(settings.paths) if settings.paths else "this folder"
        raise InputError(
            settings.source or ".",
            f"no articles (.txt, .md) or PO, XLIFF, TMX files in {where}; name PATHs, set paths in [tool.tifa], "
            "or try --samples",
        )
    return found


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tifa")
def cli() -> None:
    """tifa (提法): terminology and translation QA for English translations of Chinese
    government and political texts."""


@cli.command()
@click.argument("paths", nargs=-1)
@common_options
@click.option(
    "--format", "-f", "fmt", type=click.Choice(FORMATS), help="Report format (default: text)."
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write the report to this file."
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    help="Lowest severity that makes the exit code 1 (default: error).",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Hide findings recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="Record all current findings in this file and exit 0.",
)
@click.option(
    "--fix",
    is_flag=True,
    help="Apply safe fixes to the files (atomic writes), then report what is left.",
)
@click.option("--diff", is_flag=True, help="Print the safe fixes as a unified diff; write nothing.")
@click.option("--show-fixes", is_flag=True, help="List every fix applied (or, with --diff, made).")
@click.option(
    "--statistics", is_flag=True, help="Print a count of findings per rule instead of each finding."
)
@click.option("--quiet", "-q", is_flag=True, help="Print the findings and nothing else.")
@click.option("--samples", is_flag=True, help="Check the bundled sample articles.")
@click.option(
    "--fix-readonly", is_flag=True, help="Like --fix, and also rewrite files marked read-only."
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Processes for a big input (default: TIFA_JOBS, else 2 when a second core is idle; "
    "1: one process).",
)
@pair_options
def check(
    paths: tuple[str, ...],
    glossaries: tuple[str, ...],
    no_default_glossary: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    encoding: str | None,
    config: str | None,
    fmt: str | None,
    output: str | None,
    fail_on: str | None,
    baseline: str | None,
    write_baseline: str | None,
    fix: bool,
    diff: bool,
    show_fixes: bool,
    fix_readonly: bool,
    statistics: bool,
    quiet: bool,
    samples: bool,
    src_col: str,
    tgt_col: str,
    pairs: tuple[tuple[str, str], ...],
    jobs: int | None,
) -> None:
    """Check English articles (files, directories, globs, or - for stdin) against the glossary.

    With no PATH, checks the `paths` of the settings, else the current folder; --samples
    checks the bundled sample articles. `--fix -` reads standard input and writes the fixed
    text to standard output (the report to standard error). Exit status: 0 when nothing is at
    or above --fail-on, 1 when something is (with --diff: when there is a fix), 2 for bad input
    or usage.
    """
    from tifa.checks.timeline import mark

    mark("start")
    # A big input's workers start first, to import while this process imports the rest, reads
    # its settings and glossary; they are given their job once the rules are known (_helpers).
    early = None if fix or fix_readonly or diff or pairs or samples else _early(paths, jobs)
    from tifa.check_modes import fix_list
    from tifa.checks.baseline import Baseline, load_baseline, save_baseline
    from tifa.checks.context import Context, Matchers
    from tifa.checks.engine import run_rules
    from tifa.checks.fix import AppliedFix, fix_corpus, fix_in_memory, planned_fixes
    from tifa.checks.report import ReportMeta, renderer
    from tifa.corpus.pairs import Columns
    from tifa.corpus.read import STDIN, read_corpus
    from tifa.outputs import check_outputs, files_changed_note, write_report

    mark("imported")

    try:
        run = Run(glossaries, no_default_glossary, select, ignore, encoding, config)
        mark("settings and glossary")
        fmt = fmt or run.settings.format
        if fmt not in FORMATS:
            raise InputError(
                run.settings.source or "--format",
                f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}",
            )
        fail_on = fail_on or run.settings.fail_on
        checked = _paths(paths, run.settings, samples) if paths or samples or not pairs else []
        targets = [*checked, *paired_targets(pairs, run.glossary)]
        columns = Columns(src_col, tgt_col)
        fix = fix or fix_readonly
        fix_stdin = fix and list(paths) == [STDIN]
        if fix and diff:
            raise InputError("--diff", "shows the fixes without writing them; leave out --fix")
        if fix and not fix_stdin and (samples or STDIN in paths):
            raise InputError(
                "--fix", "writes article files: give files, or - alone for standard input"
            )
        baseline_path = baseline or run.settings.baseline
        baseline_read = baseline_path if baseline_path and not write_baseline else None
        check_outputs(run.settings, glossaries, targets, output, write_baseline, baseline_read, fix)
        accepted = load_baseline(baseline_read) if baseline_read else Baseline()

        helpers = (
            None
            if fix or diff or pairs
            else _helpers(run, targets, columns, glossaries, jobs, early)
        )
    except BaseException:
        if early is not None:
            early.close()
        raise
    mark("workers sent")
    try:
        matchers = Matchers(run.glossary)
        progress = progress_bar(len(targets))
        try:
            corpus = read_corpus(
                targets, run.encoding, progress.advance if progress else None, columns
            )
        finally:
            if progress:
                progress.close()
        mark("read")
        findings = run_rules(Context(corpus, run.glossary, matchers, run.root), run.rules, helpers)
    finally:
        if helpers is not None:
            helpers.close()

    def recheck(fixed_corpus: Corpus) -> pl.DataFrame:
        return run_rules(Context(fixed_corpus, run.glossary, matchers, run.root), run.rules)

    fixed = 0
    changed: list[str] = []  # files rewritten so far, named if a later write fails
    refused: dict[str, None] = {}  # fixes a bilingual file cannot take, once each, in order
    if diff or fix_stdin:
        from tifa.check_modes import unified_diff

        before = [d.file_text for d in corpus.docs]
        corpus, findings, applied = fix_in_memory(corpus, findings, recheck, MAX_FIX_PASSES)
        fixed = len(applied)
        if show_fixes:
            click.echo(fix_list(applied, [d.name for d in corpus.docs]), err=True, nl=False)
        if diff:
            sys.stdout.write(unified_diff(before, corpus))
            sys.stdout.flush()
            sys.exit(1 if applied else 0)
        document = corpus.docs[0]
        sys.stdout.buffer.write(document.encoding.encode(document.text))
        sys.stdout.flush()
    elif fix:
        shown_fixes: list[AppliedFix] = []
        for _ in range(MAX_FIX_PASSES):
            planned = planned_fixes(findings)
            texts = [d.text for d in corpus.docs]
            done = fix_corpus(
                corpus, findings, changed, fix_readonly, lambda e: refused.setdefault(e.render())
            )
            if not done:
                break
            fixed += done
            shown_fixes.extend(replace(f, old=texts[f.doc][e.start : e.end]) for e, f in planned)
            corpus = read_corpus(targets, run.encoding, columns=columns)
            findings = recheck(corpus)
        if show_fixes:
            click.echo(fix_list(shown_fixes, [d.name for d in corpus.docs]), err=True, nl=False)
        for line in refused:
            click.echo(line, err=True)

    if write_baseline:
        recorded = Baseline()
        recorded.add(findings)
        with files_changed_note(changed):
            save_baseline(write_baseline, recorded)
        click.echo(f"tifa: recorded {len(recorded)} findings in {write_baseline}", err=True)
        sys.exit(0)

    shown = accepted.filter(findings)
    color = output is None and use_color(sys.stdout)
    meta = ReportMeta(
        version=__version__,
        glossary_digest=run.glossary.digest,
        glossary_entries=len(run.glossary),
        rules=run.rules,
        fail_on=fail_on,
        corpus=corpus,
        all_rules=run.all_rules,
        baselined=findings.height - shown.height,
        fixed=fixed,
        statistics=statistics,
        color=color,
        quiet=quiet,
    )
    report = renderer(fmt)(shown, meta)
    mark("report")
    if fix_stdin and not output:
        sys.stderr.write(report)  # standard output carries the fixed text
        sys.stderr.flush()
    else:
        with files_changed_note(changed):
            write_report(report, output)
    sys.exit(_exit_code(shown["severity"].to_list(), fail_on))


def _early(paths: Sequence[str], jobs: int | None) -> Any:
    """Worker processes started as soon as the command line names a big input (plain files
    only), before its job is known; None otherwise."""
    from tifa.checks import workers

    count = workers.wanted_jobs(jobs)
    if count < 2 or not paths or not workers.big_enough(paths):
        return None
    return workers.Helpers(count=count - 1)


def _helpers(
    run: Run,
    targets: Sequence[object],
    columns: Any,
    glossaries: Sequence[str],
    jobs: int | None,
    early: Any = None,
) -> Any:
    """Worker processes for some of the rules of a big input, started before it is read (see
    tifa.checks.workers), or the `early` ones given their job; None for a small input or one
    process."""
    from tifa.checks import workers

    count = workers.wanted_jobs(jobs)
    if count < 2 or not workers.shared(run.rules) or not workers.big_enough(targets):
        if early is not None:
            early.close()
        return None
    helpers = early if early is not None else workers.Helpers(count=count - 1)
    use_default = run.settings.default_glossary and not run.no_default_glossary
    return helpers.send(
        [
            workers.Job(
                targets=tuple(targets),  # type: ignore[arg-type]  # plain files (big_enough)
                encoding=run.encoding,
                columns=columns,
                glossaries=(*run.settings.glossary, *glossaries),
                use_default=use_default,
                root=run.root,
                codes=workers.shared(run.rules),
            )
            for _ in range(count - 1)
        ]
    )


def use_color(stream: Any) -> bool:
    """Colour on a terminal; the NO_COLOR and FORCE_COLOR conventions override that (no-color.org,
    force-color.org): any non-empty NO_COLOR turns it off, any non-empty FORCE_COLOR on."""
    import os

    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def _exit_code(severities: list[str], fail_on: str) -> int:
    if fail_on == "never":
        return 0
    rank = {"info": 1, "warning": 2, "error": 3}
    return 1 if any(rank[s] >= rank[fail_on] for s in severities) else 0


@cli.command()
@click.argument("paths", nargs=-1)
@common_options
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Baseline file dismissals go to (default: .tifa-baseline.json).",
)
@column_options
def review(
    paths: tuple[str, ...],
    glossaries: tuple[str, ...],
    no_default_glossary: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    encoding: str | None,
    config: str | None,
    baseline: str | None,
    src_col: str,
    tgt_col: str,
) -> None:
    """Review findings in the terminal: accept fixes, edit, dismiss, teach the glossary.

    With no PATH, opens a private copy of the bundled sample articles (in tifa's data folder)
    so every action can be tried. Decisions are saved as they are made: fixes to the articles,
    dismissals to the baseline, glossary additions to the house glossary (the last --glossary,
    or tifa-glossary.csv), and the session to .tifa-review.json, from which it resumes.
    """
    from tifa.checks.session import ReviewSession, RunSpec, session_paths
    from tifa.corpus.pairs import Columns
    from tifa.corpus.read import resolve_paths
    from tifa.demo import demo_copies, demo_folder

    run = Run(
        glossaries, no_default_glossary, select, ignore, encoding, config
    )  # fail early, exit 2
    if paths:
        targets: list[str | tuple[str, str]] = list(resolve_paths(paths))
        workdir = Path.cwd()
    else:
        workdir = demo_folder()
        targets = [(f"samples/{Path(p).name}", p) for p in demo_copies(workdir)]
    if "-" in paths:
        raise InputError("-", "tifa review needs files: standard input cannot be reviewed")
    all_glossaries = [*run.settings.glossary, *glossaries]
    baseline_path, house, state = session_paths(
        baseline or run.settings.baseline, all_glossaries, workdir
    )
    from tifa.outputs import review_outputs

    review_outputs(run.settings, glossaries, targets, baseline_path, house, state)
    spec = RunSpec(
        targets,
        all_glossaries,
        run.settings.default_glossary and not no_default_glossary,
        [r.code for r in run.rules],
        [],
        run.encoding,
        str(run.root),
        Columns(src_col, tgt_col),
    )
    session = ReviewSession(spec, baseline_path, house, state)
    from tifa.tui.app import TifaApp
    from tifa.tui.bindings import all_bindings

    known = {b.id for _, b in all_bindings() if b.id}
    for binding_id in run.settings.keys:
        if binding_id not in known:
            raise InputError(
                run.settings.source or "settings",
                f"unknown key binding id {binding_id!r} in [tool.tifa.keys]; the help screen (?) lists them",
            )

    app = TifaApp(session, run.settings.keys)
    app.run()
    if app.return_code:
        sys.exit(app.return_code)


@cli.command()
@click.argument("codes", nargs=-1)
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text")
def rules(codes: tuple[str, ...], fmt: str) -> None:
    """List the rules with their documentation (all, or those matching CODES)."""
    import json

    from tifa.checks.registry import select_rules

    chosen = select_rules(split_codes(codes), [], "rules")
    if fmt == "json":
        data = [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.severity.value,
                "fix": r.fix.value,
                "doc": r.doc,
            }
            for r in chosen
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for r in chosen:
        click.echo(f"{r.code} {r.name}  [{r.severity.value}; fix: {r.fix.value}]")
        click.echo("")
        for line in r.doc.splitlines():
            click.echo(f"    {line}".rstrip())
        click.echo("")


@cli.group()
def glossary() -> None:
    """Work with glossary CSV files."""


@glossary.command("fmt")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--check", "check_only", is_flag=True, help="Change nothing; exit 1 if a file is not canonical."
)
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Print what would change as a unified diff; write nothing.",
)
def glossary_fmt(files: tuple[str, ...], check_only: bool, show_diff: bool) -> None:
    """Rewrite glossary files in canonical column and row order, so that diffs stay small.

    Standard columns first, then the file's own; rows by kind, then by the pinyin of the
    Chinese. BOM and line endings are kept. An invalid file is reported and left alone.
    """
    from tifa.corpus.document import Document
    from tifa.corpus.write import write_bytes_atomic
    from tifa.glossary.fmt import format_glossary
    from tifa.inputs import read_regular_file

    changed = []
    for name in files:
        path = Path(name)
        data = read_regular_file(path, name)
        canonical = format_glossary(data, name)
        if canonical != data:
            changed.append(name)
            if show_diff:
                sys.stdout.write(_text_diff(data, canonical, name))
                sys.stdout.flush()
            elif not check_only:
                write_bytes_atomic(path, canonical, Document.digest_of(data))
    verb = "would reformat" if check_only or show_diff else "reformatted"
    if not show_diff:
        for name in changed:
            click.echo(f"{verb} {name}")
    click.echo(f"tifa: {len(changed)} of {len(files)} glossary file(s) {verb}", err=True)
    if (check_only or show_diff) and changed:
        sys.exit(1)


def _text_diff(old: bytes, new: bytes, name: str) -> str:
    import difflib

    return "".join(
        difflib.unified_diff(
            old.decode("utf-8-sig").splitlines(keepends=True),
            new.decode("utf-8-sig").splitlines(keepends=True),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
    )


def _register_glossary_commands() -> None:
    from tifa.glossary_commands import register

    register(glossary)


_register_glossary_commands()
cli.add_command(score)
cli.add_command(align)


def usage_line(error: click.ClickException) -> str:
    """A usage error as one line plus where to look, like every other error tifa reports."""
    message = " ".join(error.format_message().split())
    ctx = getattr(error, "ctx", None)
    hint = f" (try '{ctx.command_path} --help')" if ctx is not None else ""
    return f"tifa: {message}{hint}"


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI, turning input errors into `path:line: message` and exit 2."""
    try:
        cli.main(
            args=list(argv) if argv is not None else None, prog_name="tifa", standalone_mode=False
        )
    except InputError as error:
        click.echo(error.render(), err=True)
        sys.exit(2)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.exceptions.NoArgsIsHelpError as error:
        error.show()  # `tifa` or `tifa glossary` alone: the help is the answer
        sys.exit(2)
    except click.ClickException as error:
        click.echo(usage_line(error), err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("tifa: aborted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
    except OSError as error:  # the file system said no somewhere we did not expect
        where = error.filename or "tifa"
        click.echo(f"{where}: {error.strerror or error}", err=True)
        sys.exit(2)
    sys.exit(0)
