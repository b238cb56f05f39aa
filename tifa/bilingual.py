"""Bilingual input on the command line: `tifa align`, and the options `tifa check` takes for
bilingual files (`--src-col`, `--tgt-col`, `--pair ZH EN`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def column_options(func: F) -> F:
    """Add `--src-col` and `--tgt-col` (the columns of TSV and CSV files) to a command."""
    options = [
        click.option("--src-col", default="zh", show_default=True, help="Chinese column (TSV, CSV) or key (JSONL)."),
        click.option("--tgt-col", default="en", show_default=True, help="English column (TSV, CSV) or key (JSONL)."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


def pair_options(func: F) -> F:
    """Add the bilingual options to a command: the columns, and `--pair ZH EN`."""
    func = click.option("--pair", "pairs", nargs=2, multiple=True, type=click.Path(dir_okay=False),
                        metavar="ZH EN", help="Check the English file EN against its Chinese original ZH "
                        "(line by line if they have as many lines, else aligned); repeatable.")(func)  # fmt: skip
    return column_options(func)


def paired_targets(pairs: tuple[tuple[str, str], ...], glossary: Any) -> list[Any]:
    """What `read_corpus` reads for each --pair: the English article with its Chinese."""
    from tifa.corpus.align import PairedArticle
    from tifa.corpus.align.anchors import GlossaryAnchors

    anchors = GlossaryAnchors(glossary) if pairs else None
    return [PairedArticle(zh, en, anchors) for zh, en in pairs]


def _cell(text: str) -> str:
    # A TSV cell holds no tab and no line break; white space inside a sentence is one space.
    return " ".join(text.split())


@click.command()
@click.argument("zh", type=click.Path(dir_okay=False))
@click.argument("en", type=click.Path(dir_okay=False))
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write the pairs to this file."
)
@click.option("--format", "-f", "fmt", type=click.Choice(["tsv", "jsonl"]), default="tsv",
              show_default=True, help="TSV with a zh/en/confidence header, or JSON Lines.")  # fmt: skip
@click.option("--glossary", "-g", "glossaries", multiple=True, type=click.Path(dir_okay=False),
              help="Glossary CSV whose terms serve as anchors (repeatable).")  # fmt: skip
@click.option("--no-default-glossary", is_flag=True, help="Do not use the bundled glossary.")
@click.option("--encoding", help="Read the files in this encoding instead of detecting it.")
def align(
    zh: str,
    en: str,
    output: str | None,
    fmt: str,
    glossaries: tuple[str, ...],
    no_default_glossary: bool,
    encoding: str | None,
) -> None:
    """Align a Chinese article ZH with its English translation EN, paragraphs then sentences.

    Writes one pair per line with a confidence in [0, 1]: length-based (Gale-Church) and helped
    by anchors (numbers, glossary terms). Pairs below 0.5 are kept out of the source-aware
    rules when the output is checked. Sentences with no counterpart get an empty cell.
    """
    from tifa.corpus.align import MIN_CONFIDENCE, align_texts
    from tifa.corpus.align.anchors import GlossaryAnchors
    from tifa.corpus.guard import refuse_outputs_onto_inputs
    from tifa.corpus.read import read_document
    from tifa.corpus.write import write_bytes_atomic
    from tifa.glossary import load_glossaries

    if output:
        # `-o` naming ZH, EN or a glossary would replace the user's text with the pairs.
        inputs = [("the Chinese article", zh), ("the English article", en)]
        refuse_outputs_onto_inputs(
            [("--output", output)], [*inputs, *(("the glossary", g) for g in glossaries)]
        )
    glossary = load_glossaries(list(glossaries), use_default=not no_default_glossary)
    zh_doc = read_document(zh, encoding)
    en_doc = read_document(en, encoding)
    pairs = align_texts(
        zh_doc.text, en_doc.text, GlossaryAnchors(glossary), en_doc.fmt == "markdown"
    )
    if fmt == "tsv":
        lines = ["zh\ten\tconfidence"]
        lines += [f"{_cell(p.zh)}\t{_cell(p.en)}\t{p.confidence:.3f}" for p in pairs]
    else:
        lines = [
            json.dumps(
                {"zh": p.zh, "en": p.en, "confidence": p.confidence, "shape": p.shape},
                ensure_ascii=False,
            )
            for p in pairs
        ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if output:
        write_bytes_atomic(Path(output), data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    low = sum(1 for p in pairs if p.confidence < MIN_CONFIDENCE)
    click.echo(f"tifa: {len(pairs)} pairs, {low} below confidence {MIN_CONFIDENCE}", err=True)
