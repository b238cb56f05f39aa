"""`tifa score HYP REF [--src SRC]`: how close a translation is to a reference, and how
many of the source's glossary terms it renders (see tifa.checks.score)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from tifa.errors import InputError

SCORE_SUFFIXES = (".txt", ".text")


@click.command()
@click.argument("hyp", type=click.Path(exists=False))
@click.argument("ref", type=click.Path(exists=False))
@click.option("--src", type=click.Path(exists=False), help="The Chinese source, for term accuracy.")
@click.option(
    "--glossary",
    "-g",
    "glossaries",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Glossary CSV layered over the bundled one (repeatable).",
)
@click.option("--no-default-glossary", is_flag=True, help="Do not load the bundled glossary.")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="Report format.")  # fmt: skip
def score(
    hyp: str,
    ref: str,
    src: str | None,
    glossaries: tuple[str, ...],
    no_default_glossary: bool,
    fmt: str,
) -> None:
    """Score a translation HYP against a reference REF: BLEU, chrF, chrF++ and TER (sacrebleu,
    with signatures), and with --src the share of the source's glossary terms rendered.

    Files hold one segment per line, aligned line by line. HYP, REF (and SRC) may also be
    directories: their .txt files are paired by name, each one a document, scored alone
    and pooled.
    """
    from tifa.checks.score import Document, score_documents
    from tifa.glossary import load_glossaries
    from tifa.glossary.match_zh import ChineseMatcher

    docs = []
    for name, hyp_path, ref_path, src_path in _paired(hyp, ref, src):
        hyp_lines, ref_lines = _lines(hyp_path), _lines(ref_path)
        src_lines = _lines(src_path) if src_path else None
        for other, lines in ((ref_path, ref_lines), (src_path, src_lines)):
            if lines is not None and len(lines) != len(hyp_lines):
                raise InputError(
                    str(other), f"{len(lines)} lines, but {hyp_path} has {len(hyp_lines)}"
                )
        docs.append(Document(name, hyp_lines, ref_lines, src_lines))
    matcher = None
    if src:
        matcher = ChineseMatcher(
            load_glossaries(list(glossaries), use_default=not no_default_glossary)
        )
    results = score_documents(docs, matcher)
    if fmt == "json":
        signatures = {m.name: m.signature for m in results[-1].metrics}
        data = {
            "documents": [r.as_dict() for r in results[:-1]],
            "overall": results[-1].as_dict(),
            "signatures": signatures,
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    names = [m.name for m in results[-1].metrics]
    header = "document".ljust(24) + "".join(n.rjust(9) for n in names)
    click.echo(header + ("    terms" if src else ""))
    for r in results:
        line = r.name[:24].ljust(24) + "".join(f"{m.score:9.2f}" for m in r.metrics)
        if r.terms_total is not None:
            accuracy = "-" if r.term_accuracy is None else f"{r.term_accuracy:.2f}"
            line += f"  {accuracy:>7} ({r.terms_found}/{r.terms_total})"
        click.echo(line)
    click.echo("")
    for m in results[-1].metrics:
        click.echo(f"{m.name}: {m.signature}")
    if matcher is not None:
        click.echo(
            f"terms: source glossary terms rendered (approved, allowed or pattern), "
            f"glossary {matcher.glossary.digest}"
        )


def _paired(hyp: str, ref: str, src: str | None) -> list[tuple[str, str, str, str | None]]:
    """(document name, hyp file, ref file, src file) for files or directories of files."""
    hyp_path = Path(hyp)
    if not hyp_path.is_dir():
        return [(hyp_path.name, hyp, ref, src)]
    names = sorted(
        str(p.relative_to(hyp_path))
        for p in hyp_path.rglob("*")
        if p.is_file() and p.suffix.lower() in SCORE_SUFFIXES
    )
    if not names:
        raise InputError(hyp, "no .txt files in this directory")
    out = []
    for name in names:
        pair = [str(Path(d) / name) if Path(d).is_dir() else d for d in (ref, src) if d]
        for d in (ref, *([src] if src else [])):
            if not Path(d).is_dir():
                raise InputError(d, f"is not a directory, but {hyp} is")
            if not (Path(d) / name).is_file():
                raise InputError(str(Path(d) / name), f"missing: {hyp} has {name}")
        out.append((name, str(hyp_path / name), pair[0], pair[1] if src else None))
    return out


def _lines(name: str) -> list[str]:
    from tifa.corpus.read import read_document

    return read_document(name).text.splitlines()
