"""English word frequencies (wordfreq's Zipf scale: 7 is "the", 4 is once per 100,000 words,
0 is unknown), for telling everyday English from rare or run-together words.

The word lists are large: they load on the first look-up, and only the rules and lint checks
that need them look anything up.
"""

from __future__ import annotations

from functools import cache


@cache
def zipf(word: str) -> float:
    """How common `word` is in English, on the Zipf scale (case-insensitive)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))
