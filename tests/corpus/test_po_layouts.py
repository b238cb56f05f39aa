"""The PO reader gives the same units, at the same file offsets, whichever way it reads a
file: an entry at a time for the layout tools write, line by line for any other."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tifa.corpus.pairs import Columns
from tifa.corpus.pairs.po import PoFormat, _plain_entries

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
