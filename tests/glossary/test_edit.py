"""Editing a glossary CSV: only the touched rows change; BOM, CRLF, unknown columns stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from tifa.errors import InputError, InputErrors
from tifa.glossary import load_glossary
from tifa.glossary.edit import GlossaryFile

ORIGINAL = (
    "\ufeffzh,en,avoid,reviewer\r\n"
    '两先区,two pre-zones,"two first districts",Li\r\n'
    "\r\n"
    "绿色通道,green channel,,Wang\r\n"
)


def write(tmp_path: Path, text: str = ORIGINAL) -> Path:
    path = tmp_path / "house.csv"
    path.write_bytes(text.encode("utf-8"))
    return path


def test_add_form_changes_one_row_only(tmp_path: Path) -> None:
    path = write(tmp_path)
    g = GlossaryFile.open(path)
    g.add_form("绿色通道", "avoid", "fast lane")
    previous = g.save()
    assert previous == ORIGINAL.encode("utf-8")
    assert path.read_bytes().decode("utf-8") == ORIGINAL.replace(
        "绿色通道,green channel,,Wang", "绿色通道,green channel,fast lane,Wang"
    )
    assert load_glossary(path).get("绿色通道").avoid == ("fast lane",)  # type: ignore[union-attr]


def test_new_column_and_new_entry(tmp_path: Path) -> None:
    path = write(tmp_path)
    g = GlossaryFile.open(path)
    g.add_form("两先区", "allowed", "two pilot zones")
    g.append({"zh": "专班", "en": "task force", "avoid": "special class"})
    g.save()
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    assert lines[0] == "\ufeffzh,en,avoid,reviewer,allowed"
    assert lines[-2] == "专班,task force,special class,,"
    assert lines[-1] == ""
    assert load_glossary(path).get("两先区").allowed == ("two pilot zones",)  # type: ignore[union-attr]


def test_invalid_edit_is_refused_and_nothing_written(tmp_path: Path) -> None:
    path = write(tmp_path)
    g = GlossaryFile.open(path)
    g.add_form("两先区", "avoid", "green channel")  # another entry's approved rendering
    with pytest.raises(InputErrors, match="is the approved en of '绿色通道'"):
        g.save()
    assert path.read_bytes() == ORIGINAL.encode("utf-8")


def test_file_changed_since_opened_is_not_overwritten(tmp_path: Path) -> None:
    path = write(tmp_path)
    g = GlossaryFile.open(path)
    path.write_bytes(ORIGINAL.replace("Wang", "Zhao").encode("utf-8"))
    g.add_form("两先区", "avoid", "two leading areas")
    with pytest.raises(InputError, match="changed on disk"):
        g.save()


def test_missing_file_is_created_with_a_header(tmp_path: Path) -> None:
    path = tmp_path / "new.csv"
    g = GlossaryFile.open(path)
    g.append({"zh": "专班", "en": "task force"})
    g.save()
    assert (
        path.read_text(encoding="utf-8").splitlines()[0]
        == "zh,en,allowed,avoid,kind,pattern,note,source,status"
    )
    assert len(load_glossary(path)) == 1
