"""The in-memory glossary: entries as loaded (a polars table) and the terms derived from them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import polars as pl
import regex

from tifa.glossary.pattern import compiled_pattern
from tifa.glossary.schema import SEPARATOR


@dataclass(frozen=True)
class Term:
    """One concept: its Chinese forms, the approved rendering and the others."""

    id: str
    zh: tuple[str, ...]
    en: str
    allowed: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    kind: str = "other"
    pattern_text: str = ""  # the `pattern` cell; `pattern` compiles it
    note: str = ""
    source: str = ""
    status: str = "approved"
    origin: str = ""  # glossary file the entry came from
    line: int = 0  # its line in that file

    @property
    def pattern(self) -> regex.Pattern[str] | None:
        """The `pattern` cell compiled (tifa.glossary.pattern.compile_pattern), or None.

        Compiled on first use and once per process: `regex` compiles in Python, and most
        runs reach few of a glossary's patterns (their candidate rows are picked by polars
        from the text, tifa.glossary.match)."""
        return compiled_pattern(self.pattern_text) if self.pattern_text else None

    @property
    def accepted(self) -> tuple[str, ...]:
        """Every literal rendering that raises no finding: `en` first."""
        return (self.en, *self.allowed)


def split_cell(value: str | None) -> tuple[str, ...]:
    """`a|b` -> ("a", "b"); empty or missing -> ()."""
    if not value:
        return ()
    return tuple(part for part in value.split(SEPARATOR))


@dataclass
class Glossary:
    """Terms plus the table they came from.

    `entries` keeps every column of every CSV row as text, unknown columns included, with
    `_origin` and `_line` added, so editors' files can be written back untouched.
    """

    terms: list[Term]
    entries: pl.DataFrame
    sources: list[tuple[str, str]] = field(default_factory=list)  # (path, sha256 of its bytes)
    _by_id: dict[str, Term] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {t.id: t for t in self.terms}

    def __len__(self) -> int:
        return len(self.terms)

    def get(self, term_id: str) -> Term | None:
        """The term with this id (its first Chinese form), or None."""
        return self._by_id.get(term_id)

    @property
    def digest(self) -> str:
        """A short hash of the contents of every glossary file used, in order: part of a
        report's signature. Paths are left out so the same glossary gives the same signature on
        every machine."""
        h = hashlib.sha256()
        for _path, digest in self.sources:
            h.update(digest.encode() + b"\0")
        return h.hexdigest()[:12]

    def active(self) -> list[Term]:
        """Terms that take part in checks: deprecated entries are kept but not used."""
        return [t for t in self.terms if t.status != "deprecated"]

    def layered(self, other: Glossary) -> Glossary:
        """This glossary with `other` on top: an entry of `other` replaces any entry here that
        shares a Chinese form with it; the rest are added."""
        replaced = {zh for t in other.terms for zh in t.zh}
        kept = [t for t in self.terms if not replaced.intersection(t.zh)]
        kept_ids = {t.id for t in kept}
        entries = pl.concat(
            [self.entries.filter(pl.col("_id").is_in(list(kept_ids))), other.entries],
            how="diagonal_relaxed",
        )
        return Glossary(kept + other.terms, entries, self.sources + other.sources)
