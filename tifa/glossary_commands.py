"""`tifa glossary lint|check|add|show|stats|export|import|mine`: the glossary editors' commands.

`fmt` stays in cli.py beside the write path it shares with `tifa check --fix`. Each command
loads the glossary layers the same way `tifa check` does (bundled, then the project's from the
settings, then `--glossary`), so what an editor sees is what the checks use.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from tifa import __version__
from tifa.config import split_codes
from tifa.errors import InputError

F = TypeVar("F", bound=Callable[..., Any])
REPORT_FORMATS = ("text", "json", "sarif", "github", "junit", "csv", "html")


def register(group: click.Group) -> None:
    """Add the commands to the `tifa glossary` group."""
    group.add_command(lint)
    group.add_command(lint, name="check")  # the name before `lint`: kept for old scripts
    group.add_command(add)
    group.add_command(show)
    group.add_command(stats)
    from tifa.glossary_exchange import export_command, import_command
    from tifa.glossary_mine import mine_command

    group.add_command(export_command)
    group.add_command(import_command)
    group.add_command(mine_command)


def layer_paths(
    files: Sequence[str], config: str | None, no_default: bool
) -> tuple[list[str], bool]:
    """The glossary files in layer order (project's from the settings, then `files`) and
    whether the bundled glossary goes below them."""
    from tifa.config import load_settings

    settings = load_settings(config)
    return [*settings.glossary, *files], settings.default_glossary and not no_default


def glossary_layer_options(func: F) -> F:
    """`-g/--glossary`, `--no-default-glossary` and `--config`: the layers a command reads."""
    options = [
        click.option("--glossary", "-g", "glossaries", multiple=True,
                     type=click.Path(dir_okay=False),
                     help="Glossary CSV layered over the bundled one (repeatable)."),
        click.option("--no-default-glossary", is_flag=True,
                     help="Do not load the bundled glossary."),
        click.option("--config", type=click.Path(dir_okay=False), help="Settings file."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


@click.command("lint")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(REPORT_FORMATS),
    default="text",
    help="Report format.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option("--select", "-s", multiple=True, help="Lint codes or prefixes to report.")
@click.option("--ignore", "-i", multiple=True, help="Lint codes or prefixes to leave out (G201).")
@click.option(
    "--no-default-glossary",
    is_flag=True,
    help="Lint FILES on their own, not layered over the bundled glossary.",
)
@click.option("--config", type=click.Path(dir_okay=False), help="Settings file.")
def lint(
    files: tuple[str, ...],
    fmt: str,
    output: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    no_default_glossary: bool,
    config: str | None,
) -> None:
    """Lint glossary CSV files: every problem with its line and code.

    With no FILE, lints the bundled glossary and the project's (from the settings). Each file
    is checked against the layers below it. Exit status: 0 clean, 1 warnings only, 2 errors.
    """
    from tifa.checks.glossary_report import lint_corpus, lint_findings, lint_rules
    from tifa.checks.report import ReportMeta, renderer
    from tifa.cli import use_color
    from tifa.glossary import default_glossary_path, load_glossary
    from tifa.glossary.lint import CHECKS, lint_files

    chosen = [c for c in CHECKS if _selected(c.code, split_codes(select), split_codes(ignore))]
    below = None
    if files:
        targets = list(files)
        if not no_default_glossary:
            below = load_glossary(default_glossary_path())
    else:
        project, use_default = layer_paths((), config, no_default_glossary)
        targets = [*([str(default_glossary_path())] if use_default else []), *project]
    if not targets:
        raise InputError("glossary lint", "no glossary to lint")
    if output:
        from tifa.corpus.guard import refuse_outputs_onto_inputs

        refuse_outputs_onto_inputs(
            [("the report (-o)", output)], [("the glossary", t) for t in targets]
        )
    codes = {c.code for c in chosen}
    problems = [p for p in lint_files(targets, below) if p.code in codes]
    corpus = lint_corpus(targets)
    findings = lint_findings(problems, corpus)
    entries = 0
    for name in targets:
        with contextlib.suppress(InputError):
            entries += len(load_glossary(name))
    meta = ReportMeta(
        version=__version__,
        glossary_digest="-",
        glossary_entries=entries,
        rules=lint_rules(chosen),
        fail_on="warning",
        corpus=corpus,
        all_rules=len(CHECKS),
        color=output is None and use_color(sys.stdout),
    )
    _emit(renderer(fmt)(findings, meta), output)
    severities = set(findings["severity"].to_list())
    if not problems:
        click.echo(
            f"tifa: {len(targets)} glossary file(s), {entries} entries, no problems", err=True
        )
    sys.exit(2 if "error" in severities else 1 if "warning" in severities else 0)


def _selected(code: str, select: list[str], ignore: list[str]) -> bool:
    if select and not any(code.startswith(s) for s in select):
        return False
    return not any(code.startswith(i) for i in ignore)


def _emit(report: str, output: str | None) -> None:
    if output:
        from tifa.corpus.write import write_bytes_atomic

        write_bytes_atomic(Path(output), report.encode("utf-8"))
    else:
        sys.stdout.write(report)
        sys.stdout.flush()


@click.command("add")
@click.option("--zh", required=True, help="Chinese term; `|` between synonyms.")
@click.option("--en", required=True, help="The approved English rendering.")
@click.option("--allowed", multiple=True, help="Another acceptable rendering (repeatable).")
@click.option("--avoid", multiple=True, help="A rendering to flag (repeatable).")
@click.option("--kind", help="slogan, title, body, person, place, document or other.")
@click.option("--pattern", help="A regex that also counts as the approved form.")
@click.option("--note", help="Guidance shown to translators.")
@click.option("--source", help="Where the approved form is attested.")
@click.option("--status", help="approved (default), proposed or deprecated.")
@click.option(
    "--glossary",
    "-g",
    "target",
    type=click.Path(dir_okay=False),
    help="The glossary to add to (default: the house glossary, as `tifa review`).",
)
@click.option("--config", type=click.Path(dir_okay=False), help="Settings file.")
def add(
    zh: str,
    en: str,
    allowed: tuple[str, ...],
    avoid: tuple[str, ...],
    kind: str | None,
    pattern: str | None,
    note: str | None,
    source: str | None,
    status: str | None,
    target: str | None,
    config: str | None,
) -> None:
    """Add an entry to a glossary, validated against every layer; a duplicate is refused.

    The file keeps its other rows, unknown columns, row order, BOM and line endings.
    """
    from tifa.glossary import load_glossaries
    from tifa.glossary.edit import GlossaryFile
    from tifa.glossary.load import display_name
    from tifa.glossary.schema import SEPARATOR

    project, use_default = layer_paths((), config, False)
    house = Path(target) if target else Path(project[-1] if project else "tifa-glossary.csv")
    below_files = [p for p in project if Path(p).resolve() != house.resolve()]
    below = load_glossaries(below_files, use_default=use_default)
    own = GlossaryFile.open(house)
    for form in zh.split(SEPARATOR):
        form = form.strip()
        term = next((t for t in below.terms if form in t.zh), None)
        if own.find(form) is not None:
            line = own.rows[own.find(form) or 0].line
            raise InputError(f"{house}:{line}", f"{form!r} is already an entry here; edit that row")
        if term is not None and term.status != "deprecated":
            raise InputError(
                f"{display_name(term.origin)}:{term.line}",
                f"{form!r} is already an entry; to override it in {house}, copy that row there",
            )
    record = {"zh": zh, "en": en}
    optional = {
        "allowed": SEPARATOR.join(allowed),
        "avoid": SEPARATOR.join(avoid),
        "kind": kind or "",
        "pattern": pattern or "",
        "note": note or "",
        "source": source or "",
        "status": status or "",
    }
    record.update({k: v for k, v in optional.items() if v or k in own.header})
    own.append(record)
    own.save(below)
    click.echo(f"tifa: added {zh} → {en} to {house}", err=True)


@click.command("show")
@click.argument("term")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text")
@glossary_layer_options
def show(
    term: str,
    glossaries: tuple[str, ...],
    no_default_glossary: bool,
    fmt: str,
    config: str | None,
) -> None:
    """Find entries by Chinese, English (approved, allowed, avoided) or pinyin, in every layer.

    Each hit says which file and line it comes from, and whether that entry is the one in force
    or is overridden by a later layer. Exit status 1 when nothing matches.
    """
    from tifa.glossary.lookup import layered_hits, render_hits

    project, use_default = layer_paths(glossaries, config, no_default_glossary)
    hits = layered_hits(term, project, use_default)
    click.echo(render_hits(hits, fmt), nl=False)
    if not hits:
        click.echo(f"tifa: no entry matches {term!r}", err=True)
        sys.exit(1)


@click.command("stats")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text")
@glossary_layer_options
def stats(
    glossaries: tuple[str, ...], no_default_glossary: bool, fmt: str, config: str | None
) -> None:
    """Entries per kind and status, unsourced approved entries, and overlapping forms."""
    from tifa.glossary import load_glossaries
    from tifa.glossary.lookup import glossary_stats, render_stats

    project, use_default = layer_paths(glossaries, config, no_default_glossary)
    click.echo(render_stats(glossary_stats(load_glossaries(project, use_default)), fmt), nl=False)
