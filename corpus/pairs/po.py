"""PO files: one unit per entry, `msgid` the Chinese and `msgstr` the English.

Read by a linear scanner of tifa's own rather than translate-toolkit's PO parser: the scanner
must know where every piece of every `msgstr` is in the file (to report findings there and to
write fixes into those bytes alone), and translate-toolkit's pure-Python PO parser alone takes
longer on a 100,000-entry file than the whole of `tifa check` may. The tests hold the scanner
to translate-toolkit's reading of the same files.

A file whose every entry has its msgid and msgstr on one line each, without escapes (past a
header), is read in one columnar pass over all its lines (`usual_units`: no Python per
unit); a file in the layout msgcat and most tools write is read an entry at a time by one
regular expression; any other layout, and any malformed file, is read line by line. The
three give the same units at the same offsets (tests/corpus/test_po_layouts.py), and the last
names the bad line.

Header entry (`msgid ""`) and obsolete entries (`#~`) are skipped; a plural entry is checked
through `msgstr[0]`.
"""

from __future__ import annotations

import re

import polars as pl
import regex

from tifa.corpus.document import line_starts, line_texts
from tifa.corpus.pairs import PairFormat
from tifa.corpus.pairs.base import Run, Unit, UnitTable, decode_span, table_units
from tifa.errors import InputError

_KEYWORDS = frozenset(("msgctxt", "msgid", "msgid_plural", "msgstr"))
_PLURAL = re.compile(r"msgstr\[\d+\]")
# The unrolled form of "(?:[^"\\]|\\.)*": no alternation per character, so long strings stay fast.
_STRING = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"[ \t]*$')
_ESCAPE = regex.compile(r"\\(?:[0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)")
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "a": "\a", "b": "\b",
           "f": "\f", "v": "\v", "'": "'", "?": "?"}  # fmt: skip


def unescape(sequence: str) -> str:
    """The character a PO escape sequence stands for."""
    body = sequence[1:]
    if body in _SIMPLE:
        return _SIMPLE[body]
    if body[0] == "x":
        return chr(int(body[1:], 16))
    if body.isdigit():
        return chr(int(body, 8))
    raise ValueError(sequence)


def escape(text: str) -> str:
    """Text as the inside of a PO string."""
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\t", "\\t")
        .replace("\r", "\\r")
    )


def _string(line: str, at: int, base: int, path: str, number: int) -> tuple[int, int]:
    """File offsets of the inside of the string literal at `line[at]` (`base`: the line's)."""
    inside = line[at + 1 : -1]
    if line[-1:] == '"' and len(line) > at + 1 and '"' not in inside and "\\" not in inside:
        return base + at + 1, base + len(line) - 1  # the usual case, without a regex
    m = _STRING.match(line, at)
    if m is None:
        raise InputError(path, "PO syntax: unterminated or malformed string", number)
    return base + m.start(1), base + m.end(1)


# The layout msgcat and most tools write, matched an entry at a time without a loop over
# its lines: comment and blank lines, then msgctxt (optional), msgid and msgstr, each a
# string and its continuation lines. A file in any other layout is read line by line.
_QUOTED = r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
_LINES = rf"{_QUOTED}(?:\n{_QUOTED})*"
_PLAIN_ENTRY = re.compile(
    rf"(?:#[^\n]*\n|\n)*(?:msgctxt (?P<msgctxt>{_LINES})\n)?"
    rf"msgid (?P<msgid>{_LINES})\nmsgstr (?P<msgstr>{_LINES})(?:\n|\Z)"
)
# The usual entry of that layout: msgid and msgstr on one line each, without escapes, the
# msgid not empty (else the header). Tried first, it gives the Unit without a look inside the
# strings; the lookahead leaves an msgstr with continuation lines to _PLAIN_ENTRY.
_SIMPLE_ENTRY = re.compile(
    rf"(?:#[^\n]*\n|\n)*(?:msgctxt {_LINES}\n)?"
    r'msgid "(?P<msgid>[^"\\\n]+)"\nmsgstr "(?P<msgstr>[^"\\\n]*)"(?:\n(?!")|\Z)'
)
_PLAIN_END = re.compile(r"(?:#[^\n]*\n|\n)*(?:#[^\n]*)?\Z")
_PIECE = re.compile(_QUOTED)


def _plain_entries(raw: str) -> list[_Entry | Unit] | None:
    """The entries of a file written wholly in the plain layout, or None. The usual entry
    (msgid and msgstr on one line each, no escapes) comes out as its Unit at once."""
    if "\r" in raw:
        return None
    entries: list[_Entry | Unit] = []
    at = 0
    find, match, simple = raw.find, _PLAIN_ENTRY.match, _SIMPLE_ENTRY.match
    while True:
        if (m := simple(raw, at)) is not None:
            at = m.end()
            c, d = m.span("msgstr")
            entries.append(Unit(m["msgid"], m["msgstr"], c, [(0, d - c, c, d)], escape=escape))
            continue
        if (m := match(raw, at)) is None:
            break
        at = m.end()
        a, b = m.span("msgid")
        c, d = m.span("msgstr")
        # One line each and no escape: the Unit at once, as _unit would make it.
        if max(find("\n", a, b), find("\n", c, d), find("\\", a, b), find("\\", c, d)) < 0:
            src = raw[a + 1 : b - 1]
            if src or m.start("msgctxt") >= 0:  # else the header
                c, d = c + 1, d - 1
                runs: list[Run] = [(0, d - c, c, d)]
                entries.append(Unit(src or None, raw[c:d], c, runs, escape=escape))
            continue
        entry = _Entry(0)
        for group, keyword in enumerate(("msgctxt", "msgid", "msgstr"), 1):
            a, b = m.span(group)
            if a < 0:
                continue
            if find("\n", a, b) < 0:  # one line, the usual case
                entry.pieces[keyword] = [(a + 1, b - 1)]
            else:
                pieces = _PIECE.finditer(raw, a, b)
                entry.pieces[keyword] = [(p.start() + 1, p.end() - 1) for p in pieces]
        entries.append(entry)
    return entries if _PLAIN_END.match(raw, at) else None


# The usual file, one letter per line: c a comment or a blank line, x msgctxt, i msgid, s msgstr
# (each a whole string on its line, without escapes), q a string continuing the line before, o
# anything else. Its entries are c*x?is; a header (msgid "") first may continue its msgstr.
_CONTINUED_LINE = r'^"(?:[^"\\]|\\.)*"$'
_USUAL_SHAPE = r"^(?:c*isq+)?(?:c*x?is)*c*$"


def usual_units(raw: str) -> UnitTable | None:
    """The units of a PO file in the usual layout (msgid and msgstr on one line each, without
    escapes; the header may have continuation lines), found for all lines at once by polars'
    string expressions; None for any other file, which the scanners read."""
    if "\r" in raw:
        return None
    try:
        text = pl.Series("text", [raw])
    except UnicodeError:  # a lone surrogate: polars holds UTF-8 only
        return None
    line = pl.col("text")
    width = pl.col("width")
    # A whole string on its line after its keyword, without an escape: literal tests, cheaper
    # than a regular expression per line.
    whole = (
        line.str.ends_with('"')
        & ~line.str.contains("\\", literal=True)
        & (line.str.count_matches('"', literal=True) == 2)
    )
    lines = (
        text.str.split("\n")
        .explode()
        .to_frame()
        .lazy()
        .with_columns(width=line.str.len_chars().cast(pl.Int64))
        .select(
            letter=pl.when(line.str.starts_with('msgid "') & whole)
            .then(pl.lit("i"))
            .when(line.str.starts_with('msgstr "') & whole)
            .then(pl.lit("s"))
            .when(line.str.starts_with('msgctxt "') & whole)
            .then(pl.lit("x"))
            .when(line.str.starts_with("#") | (width == 0))
            .then(pl.lit("c"))
            .when(line.str.contains(_CONTINUED_LINE))
            .then(pl.lit("q"))
            .otherwise(pl.lit("o")),
            text="text",
            # Where each line starts: the widths of the lines before it, with their line ends.
            start=width.cum_sum() - width + pl.int_range(pl.len()),
            width="width",
        )
        .select(
            "letter",
            "start",
            # The inside of a msgid's or msgstr's string.
            inside=pl.when(pl.col("letter") == "i")
            .then(line.str.slice(len('msgid "'), width - len('msgid ""')))
            .when(pl.col("letter") == "s")
            .then(line.str.slice(len('msgstr "'), width - len('msgstr ""'))),
        )
        .collect()
    )
    shape = lines["letter"].str.join("")
    if not shape.str.contains(_USUAL_SHAPE).item():
        return None
    letters = lines["letter"]
    if shape.item().lstrip("c").startswith("isq"):  # continuation lines: the header's only
        first = int(letters.eq("i").arg_true()[0])
        if lines["inside"][first]:
            return None
    table = (
        lines.lazy()
        .with_row_index("number", 1)
        .with_columns(
            src=pl.col("inside").shift(1),
            context=pl.col("letter").shift(2) == "x",
        )
        .filter(pl.col("letter") == "s")
        .filter((pl.col("src") != "") | pl.col("context").fill_null(False))
        .select(
            src=pl.when(pl.col("src") != "").then(pl.col("src")),
            tgt=pl.col("inside"),
            file_start=pl.col("start") + len('msgstr "'),
            line=pl.col("number").cast(pl.UInt32),
        )
        .collect()
    )
    if not table.height:
        return None  # nothing to gain
    return UnitTable(lines["start"], table, escape)


class _Entry:
    __slots__ = ("line", "pieces")

    def __init__(self, line: int) -> None:
        self.line = line
        self.pieces: dict[str, list[tuple[int, int]]] = {}


class PoFormat(PairFormat):
    """PO: msgid (Chinese) and msgstr (English)."""

    name = "po"
    extensions = (".po",)

    def table(self, raw: str) -> UnitTable | None:
        """The units of a PO file in the usual layout as columns (see `usual_units`)."""
        return usual_units(raw)

    def parse(self, raw: str, path: str, starts: list[int] | None = None) -> list[Unit]:
        """Units of a PO file, in file order."""
        table = usual_units(raw)
        if table is not None:
            return table_units(table)
        return self.scan(raw, path, starts)

    def scan(self, raw: str, path: str, starts: list[int] | None = None) -> list[Unit]:
        """Units of a PO file, in file order, read by the scanners: an entry at a time by a
        regular expression, else line by line."""
        entries = _plain_entries(raw)
        if entries is not None:
            try:
                return [
                    u
                    for u in (
                        e if isinstance(e, Unit) else self._unit(raw, e, path) for e in entries
                    )
                    if u is not None
                ]
            except InputError:
                pass  # read again line by line, which says on which line
        return self._parse_lines(raw, path, starts)

    def _parse_lines(self, raw: str, path: str, starts: list[int] | None) -> list[Unit]:
        """Units of any PO file, line by line: every layout gettext accepts, and the line
        of the first error."""
        entries: list[_Entry] = []
        entry: _Entry | None = None
        keyword: str | None = None
        starts = starts or line_starts(raw)
        for number, (a, line) in enumerate(zip(starts, line_texts(raw, starts), strict=True), 1):
            first = line[:1]
            if first in (" ", "\t"):
                first = line.lstrip()[:1]
            if first in ("#", ""):
                keyword = None  # a comment or a blank line: the next keyword starts an entry
                continue
            quote = line.find('"')
            if first == '"':
                if keyword is None or entry is None:
                    raise InputError(path, "PO syntax: a string continues no keyword", number)
                entry.pieces[keyword].append(_string(line, quote, a, path, number))
                continue
            keyword = line[:quote].strip() if quote > 0 else ""
            if keyword not in _KEYWORDS and not _PLURAL.fullmatch(keyword):
                raise InputError(path, f"PO syntax: unexpected {line.strip()[:30]!r}", number)
            pieces = entry.pieces if entry is not None else None
            if (
                pieces is None
                or keyword == "msgctxt"
                or (keyword == "msgid" and (len(pieces) != 1 or "msgctxt" not in pieces))
            ):
                if keyword not in ("msgctxt", "msgid"):
                    raise InputError(path, f"PO syntax: {keyword} without msgid", number)
                entry = _Entry(number)
                entries.append(entry)
                pieces = entry.pieces
            if keyword in pieces:
                raise InputError(path, f"PO syntax: a second {keyword} in one entry", number)
            pieces[keyword] = [_string(line, quote, a, path, number)]
        return [u for u in (self._unit(raw, e, path) for e in entries) if u is not None]

    def _unit(self, raw: str, entry: _Entry, path: str) -> Unit | None:
        if "msgid" not in entry.pieces:
            raise InputError(path, "PO syntax: an entry without msgid", entry.line)
        target_key = "msgstr" if "msgstr" in entry.pieces else "msgstr[0]"
        if target_key not in entry.pieces:
            raise InputError(path, "PO syntax: msgid without msgstr", entry.line)
        source = entry.pieces["msgid"]
        if len(source) == 1 and raw.find("\\", *source[0]) < 0:
            src = raw[source[0][0] : source[0][1]]  # the usual case, without the runs
        else:
            src, _ = self._decode(raw, source, path, entry.line)
        if not src and "msgctxt" not in entry.pieces:
            return None  # the header
        tgt, runs = self._decode(raw, entry.pieces[target_key], path, entry.line)
        pieces = entry.pieces[target_key]
        # An empty msgstr is placed in its last piece, so that a fix fills it in.
        start = pieces[0][0] if tgt or len(pieces) == 1 else pieces[-1][0]
        return Unit(src=src or None, tgt=tgt, file_start=start, runs=runs, escape=escape)

    @staticmethod
    def _decode(
        raw: str, pieces: list[tuple[int, int]], path: str, line: int
    ) -> tuple[str, list[Run]]:
        if len(pieces) == 1:
            a, b = pieces[0]
            if raw.find("\\", a, b) < 0:  # the usual case: one piece, no escapes
                return raw[a:b], [(0, b - a, a, b)]
        texts: list[str] = []
        runs: list[Run] = []
        offset = 0
        for a, b in pieces:
            if raw.find("\\", a, b) < 0:  # the usual case: no escapes, one run
                texts.append(raw[a:b])
                runs.append((offset, offset + b - a, a, b))
                offset += b - a
                continue
            try:
                text, piece_runs = decode_span(raw, a, b, _ESCAPE, unescape, offset)
            except ValueError as error:
                raise InputError(path, f"PO syntax: unknown escape {error}", line) from None
            texts.append(text)
            runs.extend(piece_runs)
            offset += len(text)
        return "".join(texts), runs
