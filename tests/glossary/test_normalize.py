"""The normalised key of English text: its fast path for ASCII text agrees with the full one."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from tifa.glossary.normalize import APOSTROPHES, DASHES, DOUBLE_QUOTES, key


def reference_key(text: str) -> str:
    """`key` as the regular expressions define it, character class by character class."""
    text = regex.sub(f"[{regex.escape(APOSTROPHES)}]", "'", text.lower())
    text = regex.sub(f"[{regex.escape(DOUBLE_QUOTES)}]", '"', text)
    text = regex.sub(f"[{regex.escape(DASHES)}]", " ", text)
    return regex.sub(r"\s+", " ", text).strip()


ALPHABET = "aZ `'-–—’“” \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u3000.,"


@given(st.text(alphabet=ALPHABET, max_size=30))
def test_key_agrees_with_its_regular_expressions(text: str) -> None:
    assert key(text) == reference_key(text)


def test_key_folds_case_quotes_dashes_and_spaces() -> None:
    assert key("  The Two Pre–Zones\tof `Dalian` ") == "the two pre zones of 'dalian'"
    assert key("High-Quality  Development") == "high quality development"
    assert key("Party\x1cCommittee ") == "party\x1ccommittee"
