"""Read articles into a Corpus: documents plus the segment, paragraph and line tables."""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import polars as pl

from tifa.corpus.document import Document
from tifa.corpus.encoding import decode
from tifa.corpus.segment import markdown_masks, markdown_paragraphs, sentences, text_paragraphs
from tifa.corpus.suppress import directives
from tifa.corpus.walk import glob_files, walk_files
from tifa.errors import InputError
from tifa.inputs import read_regular_file, read_stdin

# What a directory contributes: article formats we read. Others are ignored, not errors.
ARTICLE_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
STDIN = "-"
PIPE_HINT = "; to check what a pipe or device gives, redirect it to standard input (-)"

SEGMENT_SCHEMA = {
    "doc": pl.UInt32,
    "para": pl.UInt32,
    "seg": pl.UInt32,
    "src": pl.String,
    "tgt": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
}
PARAGRAPH_SCHEMA = {
    "doc": pl.UInt32,
    "para": pl.UInt32,
    "text": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
}
LINE_SCHEMA = {"doc": pl.UInt32, "line": pl.UInt32, "text": pl.String, "start": pl.Int64}
MASK_SCHEMA = {"doc": pl.UInt32, "start": pl.Int64, "end": pl.Int64}
SUPPRESSION_SCHEMA = {
    "doc": pl.UInt32,
    "start": pl.Int64,  # the directive line
    "end": pl.Int64,
    "scope_start": pl.Int64,  # the text it covers
    "scope_end": pl.Int64,
    "codes": pl.String,  # comma-separated codes or prefixes; empty: every rule
    "problem": pl.String,  # why the directive is malformed, or empty
}


def _no_suppressions() -> pl.DataFrame:
    return pl.DataFrame(schema=SUPPRESSION_SCHEMA)


@dataclass
class Corpus:
    """Everything read in one run. Row `doc` in each table indexes `docs`."""

    docs: list[Document]
    segments: pl.DataFrame
    paragraphs: pl.DataFrame
    lines: pl.DataFrame
    masks: pl.DataFrame  # doc, start, end: markup and code inside Markdown prose; never flagged
    # Inline `tifa: ignore` directives (see tifa.corpus.suppress); their lines are in `masks`.
    suppressions: pl.DataFrame = field(default_factory=_no_suppressions)


def resolve_paths(args: Sequence[str]) -> list[str]:
    """Expand files, directories (recursively, article suffixes only) and globs, in order.

    `-` stands for standard input. Duplicates are dropped; a path that names nothing, and a
    folder that cannot be read, is an InputError so that a typo in CI fails loudly instead of
    checking nothing.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        key = p if p == STDIN else str(Path(p).resolve())
        if key not in seen:
            seen.add(key)
            out.append(p)

    for arg in args:
        if arg == STDIN:
            add(arg)
            continue
        path = Path(arg)
        if path.is_dir():
            for parts in walk_files(arg):
                p = path.joinpath(*parts)
                if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file():
                    add(str(p))
        elif path.exists():
            add(arg)
        elif glob.has_magic(arg):
            matches = glob_files(arg)
            if not matches:
                raise InputError(arg, "pattern matches no files")
            for m in matches:
                add(m)
        else:
            raise InputError(arg, "no such file or directory")
    return out


def format_of(name: str) -> str:
    """`markdown` for .md/.markdown, else `text`."""
    return ARTICLE_SUFFIXES.get(Path(name).suffix.lower(), "text")


def samples_dir() -> Path:
    """The bundled sample articles (real Dalian and Shenyang news in English)."""
    return Path(str(resources.files("tifa.corpus").joinpath("samples")))


def sample_paths() -> list[tuple[str, str]]:
    """(display name, path) of each bundled sample: shown as `samples/NAME`, not as a path
    inside the installation."""
    return [(f"samples/{p.name}", str(p)) for p in sorted(samples_dir().glob("*.txt"))]


def read_document(
    name: str, encoding: str | None = None, fmt: str | None = None, display: str | None = None
) -> Document:
    """Read one article (or stdin for `-`) and decode it; InputError on unreadable input."""
    if name == STDIN:
        data = read_stdin()
        display, path = "<stdin>", None
    else:
        path = Path(name)
        display = display or name
        data = read_regular_file(path, name, PIPE_HINT)
    text, enc = decode(data, display, encoding)
    return Document(
        name=display,
        path=path,
        text=text,
        encoding=enc,
        digest=Document.digest_of(data),
        fmt=fmt or format_of(name),
    )


def read_corpus(
    names: Iterable[str | tuple[str, str]],
    encoding: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> Corpus:
    """Read and segment every named article into one Corpus.

    A name may be a (display name, path) pair, as `sample_paths` gives.
    """
    docs = []
    for item in names:
        display, name = item if isinstance(item, tuple) else (item, item)
        docs.append(read_document(name, encoding, display=display))
        if progress:
            progress(display)
    return build_corpus(docs)


def build_corpus(docs: list[Document]) -> Corpus:
    """Segment already-read documents into the three tables."""
    seg_cols: dict[str, list[object]] = {k: [] for k in SEGMENT_SCHEMA}
    par_cols: dict[str, list[object]] = {k: [] for k in PARAGRAPH_SCHEMA}
    line_cols: dict[str, list[object]] = {k: [] for k in LINE_SCHEMA}
    mask_cols: dict[str, list[object]] = {k: [] for k in MASK_SCHEMA}
    sup_cols: dict[str, list[object]] = {k: [] for k in SUPPRESSION_SCHEMA}
    for d, doc in enumerate(docs):
        text = doc.text
        finder = markdown_paragraphs if doc.fmt == "markdown" else text_paragraphs
        seg_no = 0
        for p, (a, b) in enumerate(finder(text)):
            _append(par_cols, doc=d, para=p, text=text[a:b], start=a, end=b)
            for s, e in sentences(text, a, b):
                _append(
                    seg_cols, doc=d, para=p, seg=seg_no, src=None, tgt=text[s:e], start=s, end=e
                )
                seg_no += 1
        if doc.fmt == "markdown":
            for a, b in markdown_masks(text):
                _append(mask_cols, doc=d, start=a, end=b)
        for found in directives(text):
            _append(mask_cols, doc=d, start=found.start, end=found.end)
            _append(
                sup_cols,
                doc=d,
                start=found.start,
                end=found.end,
                scope_start=found.scope_start,
                scope_end=found.scope_end,
                codes=",".join(found.codes),
                problem=found.problem,
            )
        starts = doc.line_starts
        for i, s in enumerate(starts):
            e = starts[i + 1] if i + 1 < len(starts) else len(text)
            _append(line_cols, doc=d, line=i + 1, text=text[s:e].rstrip("\r\n"), start=s)
    return Corpus(
        docs=docs,
        segments=pl.DataFrame(seg_cols, schema=SEGMENT_SCHEMA),
        paragraphs=pl.DataFrame(par_cols, schema=PARAGRAPH_SCHEMA),
        lines=pl.DataFrame(line_cols, schema=LINE_SCHEMA),
        masks=pl.DataFrame(mask_cols, schema=MASK_SCHEMA).sort("doc", "start"),
        suppressions=pl.DataFrame(sup_cols, schema=SUPPRESSION_SCHEMA),
    )


def _append(cols: dict[str, list[object]], **values: object) -> None:
    for key, value in values.items():
        cols[key].append(value)
