"""Pinyin names: romanisation by GB/T 28039-2011 and syllable splitting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tifa.glossary.names import (
    PINYIN_SURNAMES,
    SYLLABLES,
    derived_pinyin_surnames,
    derived_syllables,
    pinyin_surnames,
    romanize,
    split_syllables,
)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("谭作钧", "Tan Zuojun"),
        ("单雄信", "Shan Xiongxin"),
        ("曾国藩", "Zeng Guofan"),
        ("欧阳修", "Ouyang Xiu"),
    ],
)
def test_romanize_reads_polyphonic_and_compound_surnames(zh: str, en: str) -> None:
    assert romanize(zh) == en


def test_split_syllables() -> None:
    assert split_syllables("Zuojun") == ("zuo", "jun")
    assert split_syllables("Chengxu") == ("cheng", "xu")
    assert split_syllables("Daily") is None


def test_surnames_are_capitalised_pinyin() -> None:
    surnames = pinyin_surnames()
    assert {"Tan", "Tang", "Zhang", "Ouyang", "Xiao"} <= surnames
    assert "A" not in surnames


def test_the_written_out_tables_are_what_pypinyin_gives() -> None:
    # On a failure, write the derived set into the table in glossary/names.py.
    assert derived_syllables() == SYLLABLES, sorted(derived_syllables() ^ SYLLABLES)
    assert derived_pinyin_surnames() == PINYIN_SURNAMES, sorted(
        derived_pinyin_surnames() ^ PINYIN_SURNAMES
    )


def test_checking_english_does_not_import_pypinyin(tmp_path: Path) -> None:
    """Importing pypinyin costs more than checking a short file: only reading a Chinese
    name needs it."""
    code = (
        "import sys\n"
        "from tifa.cli import main\n"
        "sys.argv = ['tifa', 'check', '--samples', '-q']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('pypinyin' in sys.modules)\n"
    )
    # Run outside the checkout: `python -c` puts the working folder first on the path.
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert done.stdout.strip().splitlines()[-1] == "False"
