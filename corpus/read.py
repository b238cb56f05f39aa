"""Read articles into a Corpus: documents plus the segment, paragraph and line tables."""

from __future__ import annotations

import gc
import glob
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

import polars as pl

from tifa.corpus.align import PairedArticle, read_paired_article
from tifa.corpus.document import Document, line_starts, line_texts
from tifa.corpus.encoding import decode
from tifa.corpus.pairs import DIRECTORY_SUFFIXES, Columns, is_pair_file, read_pair_document
from tifa.corpus.pairs.base import Unit, interleave
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
    "line": pl.UInt32,
    "conf": pl.Float64,
}
PARAGRAPH_SCHEMA = {
    "doc": pl.UInt32,
    "para": pl.UInt32,
    "text": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
}
LINE_SCHEMA = {"doc": pl.UInt32, "line": pl.UInt32, "text": pl.String, "start": pl.Int64}
FILE_LINE_SCHEMA = {"doc": pl.UInt32, "line": pl.UInt32, "start": pl.Int64}
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


ORIGIN_SCHEMA = {
    "doc": pl.UInt32,
    "start": pl.Int64,
    "end": pl.Int64,
    "file_start": pl.Int64,
    "file_end": pl.Int64,
}


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
    # Bilingual files whose text is a view of their English (see tifa.corpus.pairs): where each
    # stretch of the view is in the file, and the file's own lines, for line and column.
    origins: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=ORIGIN_SCHEMA))
    # (doc, line, start) only: the text of the few lines a report shows is cut from the file.
    file_lines: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=FILE_LINE_SCHEMA))

    @property
    def position_lines(self) -> pl.DataFrame:
        """The lines findings' line and column count in (doc, line, start): each file's own."""
        lines = self.lines.select(list(FILE_LINE_SCHEMA))
        if not self.file_lines.height:
            return lines
        viewed = self.file_lines["doc"].unique().to_list()
        return pl.concat([lines.filter(~pl.col("doc").is_in(viewed)), self.file_lines])

    def line_texts(self, wanted: pl.DataFrame) -> dict[tuple[int, int], str]:
        """The text of each (doc, line) in `wanted`, a line of the file, without its end."""
        out: dict[tuple[int, int], str] = {}
        for doc, line in wanted.select("doc", "line").iter_rows():
            layout = self.docs[doc].layout
            if layout is not None and layout.raw is not None:
                starts, raw = layout.raw_line_starts, layout.raw
                end = starts[line] if line < len(starts) else len(raw)
                out[(doc, line)] = raw[starts[line - 1] : end].rstrip("\r\n")
        rows = self.lines.join(wanted.select("doc", "line"), on=["doc", "line"], how="semi")
        for doc, line, text in rows.select("doc", "line", "text").iter_rows():
            out.setdefault((doc, line), text)
        return out


def resolve_paths(args: Sequence[str], *, empty_folders: bool = False) -> list[str]:
    """Expand files, directories (recursively: articles, and PO, XLIFF and TMX files) and globs,
    in order.

    `-` stands for standard input. Duplicates are dropped; a path that names nothing, a pattern
    that matches nothing, a folder that cannot be read and (unless `empty_folders`) a folder
    that holds nothing tifa reads are each an InputError, so that a typo or an emptied folder
    in CI fails loudly instead of checking nothing and passing.
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
            held = 0
            for parts in walk_files(arg):
                p = path.joinpath(*parts)
                suffix = p.suffix.lower()
                if (suffix in ARTICLE_SUFFIXES or suffix in DIRECTORY_SUFFIXES) and p.is_file():
                    held += 1
                    add(str(p))
            if not held and not empty_folders:
                raise InputError(
                    arg, "no articles (.txt, .md) or PO, XLIFF, TMX files in this folder"
                )
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
    names: Iterable[str | tuple[str, str] | PairedArticle],
    encoding: str | None = None,
    progress: Callable[[str], None] | None = None,
    columns: Columns | None = None,
) -> Corpus:
    """Read and segment every named article or bilingual file into one Corpus.

    A name may be a (display name, path) pair, as `sample_paths` gives, or an English article
    paired with its Chinese (`PairedArticle`, from `--pair`). Bilingual files are
    recognised by extension (`tifa.corpus.pairs`); `columns` names their Chinese and English
    columns or keys (TSV, CSV, JSONL).
    """
    with bulk_allocation():
        return _read_corpus(names, encoding, progress, columns)


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Pause the cyclic garbage collector while tables are built.

    Reading a big file allocates millions of small objects that live on (tuples, strings),
    none of them in reference cycles; the collector would otherwise scan them over and over
    (about 40% of the time to read a 100,000-unit PO file).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_corpus(
    names: Iterable[str | tuple[str, str] | PairedArticle],
    encoding: str | None,
    progress: Callable[[str], None] | None,
    columns: Columns | None,
) -> Corpus:
    docs = []
    for item in names:
        if isinstance(item, PairedArticle):
            docs.append(read_paired_article(item, encoding))
            if progress:
                progress(item.en)
            continue
        display, name = item if isinstance(item, tuple) else (item, item)
        if is_pair_file(name):
            docs.append(read_pair_document(name, encoding, display, columns or Columns()))
        else:
            docs.append(read_document(name, encoding, display=display))
        if progress:
            progress(display)
    return build_corpus(docs)


def build_corpus(docs: list[Document]) -> Corpus:
    """Segment already-read documents into the tables."""
    seg_cols: dict[str, list[object]] = {k: [] for k in SEGMENT_SCHEMA}
    par_cols: dict[str, list[object]] = {k: [] for k in PARAGRAPH_SCHEMA}
    line_cols: dict[str, list[object]] = {k: [] for k in LINE_SCHEMA}
    mask_cols: dict[str, list[object]] = {k: [] for k in MASK_SCHEMA}
    sup_cols: dict[str, list[object]] = {k: [] for k in SUPPRESSION_SCHEMA}
    origins: list[pl.DataFrame] = [pl.DataFrame(schema=ORIGIN_SCHEMA)]
    file_line_cols: dict[str, list[object]] = {k: [] for k in FILE_LINE_SCHEMA}
    # A bilingual file read as columns gives its rows as frames; the rows gathered in lists
    # before it become a frame first, so that every table keeps the documents' order.
    frames: dict[str, list[pl.DataFrame]] = {"seg": [], "par": [], "line": [], "file_line": []}
    gathered: dict[str, tuple[dict[str, list[object]], Mapping[str, Any]]] = {
        "seg": (seg_cols, SEGMENT_SCHEMA), "par": (par_cols, PARAGRAPH_SCHEMA),
        "line": (line_cols, LINE_SCHEMA), "file_line": (file_line_cols, FILE_LINE_SCHEMA),
    }  # fmt: skip

    def flush() -> None:
        for key, (cols, schema) in gathered.items():
            if cols["doc"]:
                frames[key].append(pl.DataFrame(cols, schema=schema))
                for values in cols.values():
                    values.clear()

    for d, doc in enumerate(docs):
        text = doc.text
        layout = doc.layout
        if layout is not None and layout.table is not None:
            flush()
            for key, frame in _table_frames(d, doc, layout.table.table).items():
                frames[key].append(frame)
            origins.append(_table_origins(d, layout.table.table))
        elif layout is not None and layout.raw is not None:
            _view_tables(d, doc, par_cols, seg_cols, origins)
            if not layout.raw_line_starts:
                layout.raw_line_starts = line_starts(layout.raw)
            starts = layout.raw_line_starts
            file_line_cols["doc"].extend([d] * len(starts))
            file_line_cols["line"].extend(range(1, len(starts) + 1))
            file_line_cols["start"].extend(starts)
        else:
            finder = markdown_paragraphs if doc.fmt == "markdown" else text_paragraphs
            seg_no = 0
            starts = doc.line_starts
            paragraphs = finder(text)
            for p, (a, b) in enumerate(paragraphs):
                _append(par_cols, doc=d, para=p, text=text[a:b], start=a, end=b)
                if layout is not None:
                    continue  # segments come from the pairing, below
                for s, e in sentences(text, a, b):
                    line = bisect_right(starts, s)
                    _append(
                        seg_cols, doc=d, para=p, seg=seg_no, src=None, tgt=text[s:e],
                        start=s, end=e, line=line, conf=None,
                    )  # fmt: skip
                    seg_no += 1
            if layout is not None:
                _paired_segments(d, doc, seg_cols, [a for a, _ in paragraphs])
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
        if layout is None or layout.table is None:
            _line_rows(line_cols, d, text, doc.line_starts)
    flush()

    def table(key: str) -> pl.DataFrame:
        parts = frames[key]
        if not parts:
            return pl.DataFrame(schema=gathered[key][1])
        return parts[0] if len(parts) == 1 else pl.concat(parts)

    return Corpus(
        docs=docs,
        segments=table("seg"),
        paragraphs=table("par"),
        lines=table("line"),
        masks=pl.DataFrame(mask_cols, schema=MASK_SCHEMA).sort("doc", "start"),
        suppressions=pl.DataFrame(sup_cols, schema=SUPPRESSION_SCHEMA),
        origins=pl.concat(origins),
        file_lines=table("file_line"),
    )


def _table_frames(d: int, doc: Document, table: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """A bilingual file read as columns (`Layout.table`): its segments, paragraphs, lines of
    the view and lines of the file, built by polars (the same rows `_view_tables` and
    `_line_rows` give unit by unit)."""
    assert doc.layout is not None
    doc_column = pl.lit(d, dtype=pl.UInt32).alias("doc")
    index = pl.int_range(pl.len(), dtype=pl.UInt32)
    units = table.lazy().select(
        doc_column, para=index, seg=index, src="src", tgt="tgt", start="start", end="end",
        line="line", conf=pl.lit(None, dtype=pl.Float64),
    )  # fmt: skip
    # The view's lines: each unit's English, then the blank line after it (but the last's).
    view = (
        interleave(
            table.select(text="tgt", start="start"),
            table.select(text=pl.lit(""), start=pl.col("end") + 1),
        )
        .lazy()
        .head(2 * table.height - 1)
        .select(
            doc_column,
            line=pl.int_range(1, pl.len() + 1, dtype=pl.UInt32),
            text="text",
            start="start",
        )
    )
    file_lines = pl.Series("start", doc.layout.raw_line_starts, dtype=pl.Int64).to_frame()
    return {
        "seg": units.cast(SEGMENT_SCHEMA).collect(),  # type: ignore[arg-type]
        "par": units.select(doc_column, "para", text="tgt", start="start", end="end")
        .cast(PARAGRAPH_SCHEMA)  # type: ignore[arg-type]
        .collect(),
        "line": view.cast(LINE_SCHEMA).collect(),  # type: ignore[arg-type]
        "file_line": file_lines.select(
            doc_column, line=pl.int_range(1, pl.len() + 1, dtype=pl.UInt32), start="start"
        ),
    }


def _table_origins(d: int, table: pl.DataFrame) -> pl.DataFrame:
    """The view-to-file runs of a bilingual file read as columns, as `_view_origins` gives
    them: per unit an anchor at its start, then its one run."""
    anchors = table.select(
        pl.col("start").alias("end"), "start", pl.col("file_start").alias("file_end"), "file_start"
    )
    runs = table.select(
        "end",
        "start",
        file_end=pl.col("file_start") + pl.col("end") - pl.col("start"),
        file_start="file_start",
    )
    return (
        interleave(anchors, runs)
        .select(pl.lit(d, dtype=pl.UInt32).alias("doc"), *(k for k in ORIGIN_SCHEMA if k != "doc"))
        .cast(ORIGIN_SCHEMA)  # type: ignore[arg-type]
    )


def _line_rows(cols: dict[str, list[object]], d: int, text: str, starts: list[int]) -> None:
    cols["doc"].extend([d] * len(starts))
    cols["line"].extend(range(1, len(starts) + 1))
    cols["text"].extend(line_texts(text, starts))
    cols["start"].extend(starts)


def _view_tables(
    d: int,
    doc: Document,
    par_cols: dict[str, list[object]],
    seg_cols: dict[str, list[object]],
    origins: list[pl.DataFrame],
) -> None:
    """A bilingual file: one paragraph and one segment per unit, and the view-to-file runs."""
    assert doc.layout is not None
    units, starts = doc.layout.units, doc.layout.starts
    n = len(units)
    ends = [start + len(u.tgt) for u, start in zip(units, starts, strict=True)]
    texts = [u.tgt for u in units]
    for cols in (par_cols, seg_cols):
        cols["doc"].extend([d] * n)
        cols["para"].extend(range(n))
        cols["start"].extend(starts)
        cols["end"].extend(ends)
    par_cols["text"].extend(texts)
    seg_cols["seg"].extend(range(n))
    seg_cols["src"].extend([u.src for u in units])
    seg_cols["tgt"].extend(texts)
    seg_cols["line"].extend([u.line for u in units])
    seg_cols["conf"].extend([u.conf for u in units])
    origins.append(_view_origins(d, units, starts))


def _view_origins(d: int, units: list[Unit], starts: list[int]) -> pl.DataFrame:
    """The view-to-file runs of a bilingual document: per unit an anchor at its start (so
    that even an empty unit has a place in the file), then its runs, in unit order.

    Built column by column (a row tuple per run cost more than the rest of reading a
    100,000-unit file): the runs are flattened in C, shifted to view offsets by polars, and
    each unit's anchor put before its runs by a stable sort on the unit's index (zip(*rows)
    would take longer than all of it)."""
    runs = [u.runs if u.placeable else [(0, len(u.tgt), u.file_start, u.file_start)] for u in units]
    flat = list(chain.from_iterable(runs))
    t0, t1, f0, f1 = (list(map(itemgetter(i), flat)) for i in range(4))
    unit = pl.Series("unit", range(len(units)), dtype=pl.UInt32)
    owner = unit.gather(unit.repeat_by(pl.Series(list(map(len, runs)), dtype=pl.UInt32)).explode())
    anchors = [u.file_start for u in units]
    anchor = pl.DataFrame(
        {"unit": unit, "start": starts, "end": starts, "file_start": anchors, "file_end": anchors},
        schema={"unit": pl.UInt32, **{k: pl.Int64 for k in ORIGIN_SCHEMA if k != "doc"}},
    )
    shift = pl.Series(starts, dtype=pl.Int64).gather(owner)
    pieces = pl.DataFrame(
        {
            "unit": owner,
            "start": shift + pl.Series(t0, dtype=pl.Int64),
            "end": shift + pl.Series(t1, dtype=pl.Int64),
            "file_start": pl.Series(f0, dtype=pl.Int64),
            "file_end": pl.Series(f1, dtype=pl.Int64),
        }
    )
    return (
        pl.concat([anchor, pieces])
        .sort("unit", maintain_order=True)
        .select(pl.lit(d, dtype=pl.UInt32).alias("doc"), *(k for k in ORIGIN_SCHEMA if k != "doc"))
    )


def _paired_segments(
    d: int, doc: Document, seg_cols: dict[str, list[object]], paragraph_starts: list[int]
) -> None:
    """An English article paired with its Chinese: one segment per pair, in the file itself."""
    assert doc.layout is not None
    for i, (unit, start) in enumerate(zip(doc.layout.units, doc.layout.starts, strict=True)):
        _append(
            seg_cols, doc=d, para=max(bisect_right(paragraph_starts, start) - 1, 0), seg=i,
            src=unit.src, tgt=unit.tgt, start=start, end=start + len(unit.tgt),
            line=bisect_right(doc.line_starts, start), conf=unit.conf,
        )  # fmt: skip


def _append(cols: dict[str, list[object]], **values: object) -> None:
    for key, value in values.items():
        cols[key].append(value)
