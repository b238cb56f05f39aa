"""Pinyin names: romanisation by GB/T 28039-2011 and syllable splitting."""

from __future__ import annotations

import pytest

from tifa.glossary.names import pinyin_surnames, romanize, split_syllables


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
