"""Atomic writes keep encoding, BOM and line endings, and never clobber a changed file."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tifa.corpus.read import read_document
from tifa.corpus.write import write_text_atomic
from tifa.errors import InputError


def test_write_back_keeps_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "one\r\ntwo first districts\r\n".encode("utf-16-le"))
    doc = read_document(str(path))
    write_text_atomic(
        path, doc.text.replace("two first districts", "two pre-zones"), doc.encoding, doc.digest
    )
    assert path.read_bytes() == codecs.BOM_UTF16_LE + "one\r\ntwo pre-zones\r\n".encode("utf-16-le")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left behind


def test_refuses_to_overwrite_a_file_changed_since_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("original\n", encoding="utf-8")
    doc = read_document(str(path))
    path.write_text("edited by someone else\n", encoding="utf-8")
    with pytest.raises(InputError, match="changed on disk"):
        write_text_atomic(path, "mine\n", doc.encoding, doc.digest)
    assert path.read_text(encoding="utf-8") == "edited by someone else\n"


def test_text_the_encoding_cannot_hold_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"plain\n")
    doc = read_document(str(path), encoding="ascii")
    with pytest.raises(InputError, match="cannot hold"):
        write_text_atomic(path, "两先区\n", doc.encoding, doc.digest)
    assert path.read_bytes() == b"plain\n"
