"""A document as read: its text exactly as decoded, and how to write it back."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from tifa.corpus.encoding import Encoding
from tifa.corpus.pairs.base import Layout

_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class EncodedText:
    """Decoded text plus what is needed to write it back byte for byte."""

    text: str
    encoding: Encoding
    digest: str  # sha256 of the bytes read, to refuse overwriting a file changed since


@dataclass
class Document:
    """One article in a run.

    `name` is what reports show (the path as the user gave it, or `<stdin>`); `path` is the
    file on disk, or None for standard input. Offsets everywhere are into `text`, which keeps
    the file's line endings, so `text[start:end]` is always what the reader sees in the file.
    For a bilingual file (PO, XLIFF, TMX, TSV, ...) `text` is the view of its English that
    rules check, and `layout` maps it back to the file.
    """

    name: str
    path: Path | None
    text: str
    encoding: Encoding
    digest: str
    fmt: str  # "text", "markdown", or a bilingual format: "po", "xliff", "tmx", "tsv", ...
    line_starts: list[int] = field(default_factory=list)
    # Bilingual input: the units (one segment each, with their Chinese) and, for files whose
    # text is a view of their English, how to map it back to the file (tifa.corpus.pairs).
    layout: Layout | None = None

    def __post_init__(self) -> None:
        if not self.line_starts:
            self.line_starts = line_starts(self.text)

    @property
    def file_text(self) -> str:
        """The file's text as decoded: `text` itself, or for a bilingual file what its view
        was made from."""
        if self.layout is not None and self.layout.raw is not None:
            return self.layout.raw
        return self.text

    @staticmethod
    def digest_of(data: bytes) -> str:
        """The digest stored at read time and compared before any write."""
        return hashlib.sha256(data).hexdigest()


def line_starts(text: str) -> list[int]:
    """Offsets where each physical line starts; `\\r\\n`, `\\n` and a lone `\\r` end a line.

    One pass over the text: looking for the next `\\r` and the next `\\n` from every line
    separately would scan to the end of a text without `\\r` once per line (quadratic).
    """
    if text.count("\r") == text.count("\r\n"):
        # No lone carriage return: splitting at line feeds (in C) gives every line.
        # map() over builtins keeps the per-line work in C.
        return [0, *accumulate(map((1).__add__, map(len, text.split("\n")[:-1])))]
    return [0, *(m.end() for m in _BREAK.finditer(text))]


def line_texts(text: str, starts: list[int]) -> list[str]:
    """Each line's text without its line end, for the `line_starts` of `text`."""
    if len(starts) == text.count("\n") + 1 and text.count("\r") == text.count("\r\n"):
        return [line.removesuffix("\r") for line in text.split("\n")]
    ends = [*starts[1:], len(text)]
    return [text[s:e].rstrip("\r\n") for s, e in zip(starts, ends, strict=True)]
