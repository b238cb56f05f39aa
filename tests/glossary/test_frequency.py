"""English word frequencies read from wordfreq's list directly agree with wordfreq itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import wordfreq

from tifa.glossary.frequency import frequencies, zipf

# Plain words (answered from the list), capitalised and upper-case ones, words the list
# lacks, and words only wordfreq's tokenizer can read (hyphens, apostrophes, digits, accents).
WORDS = [
    "the", "government", "cooperation", "municipal", "revitalization", "govenment",
    "activites", "Beijing", "Province", "STATE", "Council", "xiaokang", "qzxv", "a", "I",
    "e-mail", "don't", "co2", "2024", "naïve", "café", "well-being", "Xi's", "",
]  # fmt: skip


@pytest.mark.parametrize("word", WORDS)
def test_zipf_is_wordfreqs(word: str) -> None:
    assert zipf(word) == wordfreq.zipf_frequency(word, "en")


def test_zipf_across_the_list() -> None:
    # Every 97th word of the list, in its own case and capitalised.
    words = list(frequencies())[::97]
    for word in words + [w.capitalize() for w in words]:
        assert zipf(word) == wordfreq.zipf_frequency(word, "en"), word


def test_frequencies_are_wordfreqs() -> None:
    assert frequencies() == wordfreq.get_frequency_dict("en")


def test_plain_words_do_not_import_wordfreq(tmp_path: Path) -> None:
    # Importing wordfreq costs more than reading its list: a check of English words must
    # not pay it.
    code = (
        "import sys; from tifa.glossary.frequency import zipf; "
        "assert zipf('cooperation') > 3 and zipf('qzxv') == 0; "
        "print('wordfreq' in sys.modules)"
    )
    # Outside the checkout, whose folders would shadow the installed package.
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert out.stdout.strip() == "False"


def test_a_list_it_cannot_read_falls_back_to_wordfreq(monkeypatch: pytest.MonkeyPatch) -> None:
    # A wordfreq release that moves or reshapes its list must not break a check.
    from tifa.glossary import frequency

    monkeypatch.setattr(frequency, "_LIST", "no_such_list.msgpack.gz")
    frequencies.cache_clear()
    try:
        assert frequencies() == wordfreq.get_frequency_dict("en")
    finally:
        frequencies.cache_clear()
