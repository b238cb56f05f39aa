"""`tifa glossary mine`: propose entries for formulations a corpus uses and the glossary lacks."""

from __future__ import annotations

import json
import sys
from bisect import bisect_right
from collections.abc import Sequence

import click

from tifa.glossary_commands import glossary_layer_options

MINE_FORMATS = ("csv", "json", "text")


@click.command("mine")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(MINE_FORMATS),
    default="csv",
    help="csv (rows ready to append, status=proposed), json or text.",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write here (default: stdout)."
)
@click.option(
    "--min-count",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Leave out candidates seen fewer times.",
)
@click.option("--encoding", help="Read the files in this encoding instead of detecting it.")
@glossary_layer_options
def mine_command(
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    min_count: int,
    glossaries: tuple[str, ...],
    no_default_glossary: bool,
    encoding: str | None,
    config: str | None,
) -> None:
    """Propose glossary entries for quoted formulations and names the glossary lacks.

    From English: quoted phrases and capitalised multi-word names. From Chinese: phrases in
    quotation marks and numbered formulations (两先区, 四个自信, 一个项目一名领导). From
    bilingual files, each Chinese candidate with the English most often facing it. Ranked by
    count; each with its count and first contexts.
    """
    from tifa.corpus.read import read_corpus, resolve_paths
    from tifa.glossary import load_glossaries
    from tifa.glossary.mine import Unit, mine
    from tifa.glossary_commands import layer_paths

    project, use_default = layer_paths(glossaries, config, no_default_glossary)
    glossary = load_glossaries(project, use_default)
    corpus = read_corpus(resolve_paths(paths), encoding)
    names = [d.name for d in corpus.docs]
    units = (
        Unit(doc, names[doc], bisect_right(corpus.docs[doc].line_starts, start), tgt, src)
        for doc, start, tgt, src in corpus.segments.select("doc", "start", "tgt", "src").iter_rows()
    )
    found = mine(units, glossary, min_count)
    rows = [_row(c) for c in found]
    if fmt == "json":
        data = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "text":
        data = "".join(_text(c) for c in found)
    else:
        data = _csv(rows)
    if output:
        from pathlib import Path

        from tifa.corpus.guard import refuse_outputs_onto_inputs
        from tifa.corpus.write import write_bytes_atomic

        mined = [("a file being mined", str(d.path)) for d in corpus.docs if d.path]
        refuse_outputs_onto_inputs([("--output", output)], mined)
        write_bytes_atomic(Path(output), data.encode("utf-8"))
    else:
        sys.stdout.write(data)
        sys.stdout.flush()
    click.echo(f"tifa: {len(found)} candidate(s) from {len(names)} file(s)", err=True)


def _row(c: object) -> dict[str, object]:
    from tifa.glossary.mine import Candidate

    assert isinstance(c, Candidate)
    zh, en = (c.text, c.rendering) if c.side == "zh" else ("", c.text)
    where = c.contexts[0].split(": ", 1)[0] if c.contexts else ""
    note = f"mined: {c.count} use(s), first at {where}"
    if c.side == "en":
        note += "; needs its Chinese"
    elif not en:
        note += "; needs its English"
    return {
        "zh": zh,
        "en": en,
        "kind": c.kind,
        "note": note,
        "status": "proposed",
        "count": c.count,
        "contexts": c.contexts,
    }


def _csv(rows: Sequence[dict[str, object]]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    header = ["zh", "en", "allowed", "avoid", "kind", "pattern", "note", "source", "status"]
    writer.writerow(header)
    for row in rows:
        writer.writerow([str(row.get(h, "")) for h in header])
    return buffer.getvalue()


def _text(c: object) -> str:
    from tifa.glossary.mine import Candidate

    assert isinstance(c, Candidate)
    head = f"{c.count:>4}  {c.text}"
    if c.side == "zh" and c.rendering:
        head += f"  → {c.rendering}"
    lines = [head, *(f"        {ctx}" for ctx in c.contexts)]
    return "\n".join(lines) + "\n"
