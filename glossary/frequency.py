"""English word frequencies (wordfreq's Zipf scale: 7 is "the", 4 is once per 100,000 words,
0 is unknown), for telling everyday English from rare or run-together words.

The word lists are large: they load on the first look-up, and only the rules and lint checks
that need them look anything up. A word of plain letters, as nearly every look-up is, is
answered from wordfreq's English list read here directly, with wordfreq's own arithmetic:
importing wordfreq itself (its tokenizer, language tables and text fixer) costs more than
reading the list, and an article check pays it before its first finding. Any other word goes
to wordfreq, whose tokenizer decides what it is.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
from functools import cache
from pathlib import Path

import regex

# wordfreq's "best" English list: the large one (wordfreq.available_languages).
_LIST = "large_en.msgpack.gz"
# wordfreq's floor for zipf_frequency's default minimum of 0 (zipf_to_freq(0)).
_MINIMUM = 10**0 / 1e9
# A word wordfreq's English tokenizer keeps whole and only case-folds.
_PLAIN = regex.compile(r"[A-Za-z]+")


@cache
def frequencies() -> dict[str, float]:
    """wordfreq's English word -> frequency (a share of all words), as
    `wordfreq.get_frequency_dict("en")` gives it."""
    import msgpack

    spec = importlib.util.find_spec("wordfreq")
    folders = list(spec.submodule_search_locations or []) if spec else []
    header: object = None
    try:
        with gzip.open(Path(folders[0]) / "data" / _LIST, "rb") as infile:
            data = msgpack.load(infile, raw=False)
        header = data[0]
    except (IndexError, OSError, ValueError, msgpack.UnpackException):
        pass
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        # A wordfreq that keeps its list elsewhere or in another format: ask wordfreq itself.
        from wordfreq import get_frequency_dict

        return dict(get_frequency_dict("en"))
    freqs: dict[str, float] = {}
    for index, bucket in enumerate(data[1:]):
        # A bucket at a time in C (the same keys, order and values as a loop over its words,
        # a later bucket's value winning): 0.10 -> 0.07 s of CPU for the 321,000 words, paid
        # by each process whose rules look a word up.
        freqs.update(dict.fromkeys(bucket, 10 ** (-index / 100)))  # wordfreq.cB_to_freq
    return freqs


@cache
def zipf(word: str) -> float:
    """How common `word` is in English, on the Zipf scale (case-insensitive)."""
    if not _PLAIN.fullmatch(word):
        from wordfreq import zipf_frequency

        return float(zipf_frequency(word, "en"))
    freq = frequencies().get(word.lower())
    if freq is None:
        return round(math.log(_MINIMUM, 10) + 9, 2)
    # wordfreq's rounding to three significant digits, then its Zipf conversion.
    unrounded = max(freq, _MINIMUM)
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)
