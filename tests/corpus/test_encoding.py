"""Reading articles: encodings detected or forced, bad bytes reported with their line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tifa.corpus.read import read_document
from tifa.errors import InputError

TEXT = "两先区 stands for the “two pre-zones”.\r\nSecond line.\n"


@pytest.mark.parametrize(
    ("data", "codec", "bom"),
    [
        (TEXT.encode("utf-8"), "utf-8", b""),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", codecs.BOM_UTF8),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", codecs.BOM_UTF16_LE),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", codecs.BOM_UTF16_BE),
        (TEXT.encode("gb18030"), "gb18030", b""),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "gb18030"],
)
def test_detects_encoding_and_round_trips(
    tmp_path: Path, data: bytes, codec: str, bom: bytes
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    doc = read_document(str(path))
    assert doc.text == TEXT  # line endings kept exactly
    assert (doc.encoding.codec, doc.encoding.bom) == (codec, bom)
    assert doc.encoding.encode(doc.text) == data


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "a.txt"
    text = "The two first districts.\r\nSecond line.\r\n"
    path.write_bytes(text.encode(codec))
    doc = read_document(str(path))
    assert doc.text == text and doc.encoding.codec == codec and doc.encoding.bom == b""
    assert doc.encoding.encode(doc.text) == path.read_bytes()


def test_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Café".encode("latin-1"))
    assert read_document(str(path), encoding="latin-1").text == "Café"


def test_binary_file_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"line one\nline two\x00\x01\x02")
    with pytest.raises(InputError) as error:
        read_document(str(path))
    assert error.value.line == 2
    assert "binary" in error.value.render()


def test_undecodable_bytes_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    # Valid UTF-8 first, then a byte that is neither UTF-8 nor a GB18030 lead byte.
    path.write_bytes(b"ok\nstill ok\n" + b"bad \xff here\n")
    with pytest.raises(InputError) as error:
        read_document(str(path))
    assert error.value.render().startswith(f"{path}:3: cannot decode byte 0xff")


def test_unknown_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        read_document(str(path), encoding="no-such-codec")
