"""The PO reader gives the same units, at the same file offsets, whichever way it reads a
file: an entry at a time for the layout tools write, line by line for any other."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tifa.corpus.encoding import Encoding
from tifa.corpus.pairs import Columns, pair_document
from tifa.corpus.pairs.po import PoFormat, _plain_entries, usual_units
from tifa.corpus.read import Corpus, build_corpus

# Pieces of PO strings as a file spells them: text, and the escapes gettext writes.
PIECES = ["大连", "会议", "Dalian", " the ", "1.16", '\\"', "\\n", "\\t", "\\\\", "，", "x"]
# An entry no tool-written layout has: read line by line, and every entry with it.
ODD_ENTRY = '\nmsgid "一个项目"\nmsgid_plural "%d个项目"\nmsgstr[0] "one"\nmsgstr[1] "%d"\n'


def strings(min_size: int = 0) -> st.SearchStrategy[str]:
    """A keyword's string: one line, or an empty first line and continuation lines; each
    line has at least `min_size` pieces."""
    line = st.lists(st.sampled_from(PIECES), min_size=min_size, max_size=4).map("".join)
    return st.one_of(
        line.map(lambda s: f'"{s}"'),
        st.lists(line, min_size=1, max_size=3).map(
            lambda lines: '""\n' + "\n".join(f'"{s}"' for s in lines)
        ),
    )


@st.composite
def po_files(draw: st.DrawFn) -> str:
    parts = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for i in range(draw(st.integers(1, 6))):
        parts.append(draw(st.sampled_from(["\n", "\n#: news/001.txt:3\n", "\n\n#, fuzzy\n"])))
        if draw(st.booleans()):
            parts.append(f'msgctxt "u{i}"\n')
        # A unit's msgid is never empty: an empty one is a header.
        parts.append(f"msgid {draw(strings(1))}\nmsgstr {draw(strings())}\n")
    return "".join(parts)


def units(raw: str) -> list[tuple[Any, ...]]:
    return [(u.src, u.tgt, u.file_start, u.runs) for u in PoFormat(Columns()).parse(raw, "t.po")]


def scanned(raw: str) -> list[tuple[Any, ...]]:
    return [(u.src, u.tgt, u.file_start, u.runs) for u in PoFormat(Columns()).scan(raw, "t.po")]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(raw=po_files())
def test_both_readings_give_the_same_units_and_offsets(raw: str) -> None:
    plain = units(raw)
    assert units(raw + ODD_ENTRY)[: len(plain)] == plain


@settings(max_examples=40, deadline=None, derandomize=True)
@given(raw=po_files())
def test_the_plain_reading_agrees_with_translate_toolkit(raw: str) -> None:
    from translate.storage.pypo import pofile

    store: Any = pofile  # translate-toolkit's stores are untyped
    theirs = [u for u in store.parsestring(raw.encode()).units if not u.isheader()]
    assert [(src, tgt) for src, tgt, *_ in units(raw)] == [
        (u.source or None, u.target) for u in theirs
    ]


# Entries at the edge of the one-line reading (msgid and msgstr one line each, no escape):
# each must come out as the line-by-line reading gives it, whichever reading takes it.
EDGE_ENTRIES = [
    # A one-line msgstr that continues on the next line.
    'msgid "会议指出"\nmsgstr "The meeting "\n"pointed out"\n',
    # A one-line msgid that continues before its msgstr.
    'msgid "会议"\n"指出"\nmsgstr "The meeting pointed out"\n',
    # An escape in the msgstr, then in the msgid.
    'msgid "两先区"\nmsgstr "the \\"two pilot zones\\""\n',
    'msgid "\\"两先区\\""\nmsgstr "the two pilot zones"\n',
    # An empty msgid under a msgctxt is a unit, not the header.
    'msgctxt "u7"\nmsgid ""\nmsgstr "Dalian"\n',
    # An empty msgstr, and a msgctxt over two lines.
    'msgctxt ""\n"u8"\nmsgid "大连"\nmsgstr ""\n',
    # The last entry without a final line break.
    'msgid "鞍山"\nmsgstr "Anshan"',
]


def test_edge_entries_read_as_line_by_line() -> None:
    header = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n'
    for entry in EDGE_ENTRIES:
        before = 'msgid "大连"\nmsgstr "Dalian"\n'
        raw = f"{header}\n{before}\n{entry}"
        assert _plain_entries(raw) is not None, entry  # read an entry at a time
        plain = units(raw)
        lined = units(raw.rstrip("\n") + "\n" + ODD_ENTRY)[: len(plain)]
        assert plain == lined, entry
        assert plain[0][:2] == ("大连", "Dalian")


# Pieces of one-line strings without escapes: the usual layout, read as columns.
USUAL_PIECES = ["大连", "会议", "Dalian", " the ", "1.16", "，", "x", "𠀀", "#", "msgid "]


@st.composite
def usual_po_files(draw: st.DrawFn) -> str:
    """A PO file every entry of which has its msgid and msgstr on one line each, without
    escapes; the header, when there is one, continues its msgstr."""
    line = st.lists(st.sampled_from(USUAL_PIECES), max_size=4).map("".join)
    parts = []
    if draw(st.booleans()):
        parts.append('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n')
    for i in range(draw(st.integers(1, 6))):
        parts.append(draw(st.sampled_from(["\n", "\n#: news/001.txt:3\n", "\n\n#, fuzzy\n", ""])))
        context = draw(st.booleans())
        if context:
            parts.append(f'msgctxt "u{i}"\n')
        source = draw(line) if context else draw(line.filter(bool))
        parts.append(f'msgid "{source}"\nmsgstr "{draw(line)}"\n')
    parts.append(draw(st.sampled_from(["", "\n", '#~ msgid "旧"\n', "# end"])))
    return "".join(parts).lstrip("\n")


def read_both_ways(raw: str) -> tuple[Corpus, Corpus]:
    """The file read as columns, then by the scanners."""

    def read() -> Corpus:
        doc = pair_document("t.po", None, raw, Encoding("utf-8"), "", PoFormat(Columns()))
        return build_corpus([doc])

    columnar = read()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("tifa.corpus.pairs.po.usual_units", lambda raw: None)
        return columnar, read()


@settings(max_examples=150, deadline=None, derandomize=True)
@given(raw=usual_po_files())
def test_the_columnar_reading_gives_what_the_scanners_give(raw: str) -> None:
    table = usual_units(raw)
    assert table is not None  # read as columns
    assert units(raw) == scanned(raw)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(raw=usual_po_files())
def test_the_columnar_reading_builds_the_same_tables(raw: str) -> None:
    columnar, scanned = read_both_ways(raw)
    for name in ("segments", "paragraphs", "lines", "origins", "file_lines", "suppressions"):
        assert getattr(columnar, name).equals(getattr(scanned, name)), name
    (a,), (b,) = columnar.docs, scanned.docs
    assert a.layout is not None and b.layout is not None
    assert (a.text, a.line_starts) == (b.text, b.line_starts)
    assert a.layout.table is not None and b.layout.table is None
    assert (a.layout.starts, a.layout.raw_line_starts) == (
        b.layout.starts,
        b.layout.raw_line_starts,
    )
    assert a.layout.units == b.layout.units  # made from the columns when asked for


def test_files_out_of_the_usual_layout_are_scanned() -> None:
    usual = 'msgid "大连"\nmsgstr "Dalian"\n'
    assert usual_units(usual) is not None
    for other in [
        usual + ODD_ENTRY,  # plural forms
        usual + EDGE_ENTRIES[0],  # a msgstr continued on the next line
        usual + "\n" + EDGE_ENTRIES[2],  # an escape
        usual.replace("\n", "\r\n"),  # carriage returns
        usual + 'msgid "沈阳" \nmsgstr "Shenyang"\n',  # a space after the string
        'msgid "大连"\nmsgstr ""\n"Dalian"\n',  # a unit, not the header, continued
        usual + "  \n",  # a line of spaces
        usual + 'msgstr "Dalian"\n',  # a msgstr without its msgid
    ]:
        assert usual_units(other) is None, other
