"""English word frequencies (wordfreq's Zipf scale: 7 is "the", 4 is once per 100,000 words,
0 is unknown), for telling everyday English from rare or run-together words.

The word lists are large: they load on the first look-up, and only the rules and lint checks
that need them look anything up. A word of plain letters, as nearly every look-up is, is
answered from wordfreq's English list read here directly, with wordfreq's own arithmetic:
importing wordfreq itself (its tokenizer, language tables and text fixer) costs more than
reading the list, and an article check pays it before its first finding. Any other word goes
to wordfreq, whose tokenizer decides what it is.

Building the list's dict of 321,000 words costs about 0.1 s of CPU in every process that looks
a word up, though a run looks up a few hundred: the dict is kept in tifa's cache folder
(tifa.caches) in shards by the words' first three characters, and a look-up loads only its
word's shard. The file is named after the list file it was read from and this module's
source, so another wordfreq or another tifa never reads it; a missing or damaged file (its
digest checked) is built again from the list, with the same values.
"""

from __future__ import annotations

import gzip
import importlib.util
import marshal
import math
from collections import defaultdict
from functools import cache
from pathlib import Path

import regex

from tifa.caches import read_table, source_digest, table_path, write_table

# wordfreq's "best" English list: the large one (wordfreq.available_languages).
_LIST = "large_en.msgpack.gz"
# wordfreq's floor for zipf_frequency's default minimum of 0 (zipf_to_freq(0)).
_MINIMUM = 10**0 / 1e9
# A word wordfreq's English tokenizer keeps whole and only case-folds.
_PLAIN = regex.compile(r"[A-Za-z]+")


def _list_file() -> Path | None:
    """wordfreq's English list, where this wordfreq keeps it (None: no wordfreq found)."""
    spec = importlib.util.find_spec("wordfreq")
    folders = list(spec.submodule_search_locations or []) if spec else []
    return Path(folders[0]) / "data" / _LIST if folders else None


@cache
def frequencies() -> dict[str, float]:
    """wordfreq's English word -> frequency (a share of all words), as
    `wordfreq.get_frequency_dict("en")` gives it."""
    import msgpack

    header: object = None
    try:
        listed = _list_file()
        if listed is None:
            raise OSError("no wordfreq")
        with gzip.open(listed, "rb") as infile:
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


# The words of a shard share their first this many characters.
_SHARD = 3
_TABLE_KIND = "word-frequencies-1"


class _Shards:
    """The list's words and frequencies in shards (word[:_SHARD] -> the marshalled dict of
    its words), each loaded on the first look-up of one of its words."""

    def __init__(self, shards: dict[str, bytes]) -> None:
        self._shards = shards
        self._words: dict[str, float] = {}
        self._loaded: set[str] = set()

    def get(self, word: str) -> float | None:
        head = word[:_SHARD]
        if head not in self._loaded:
            self._loaded.add(head)
            shard = self._shards.get(head)
            if shard is not None:
                self._words.update(marshal.loads(shard))
        return self._words.get(word)


def _shards_of(freqs: dict[str, float]) -> dict[str, bytes]:
    parts: dict[str, dict[str, float]] = defaultdict(dict)
    for word, freq in freqs.items():
        parts[word[:_SHARD]][word] = freq
    return {head: marshal.dumps(part) for head, part in parts.items()}


@cache
def table_key() -> str | None:
    """A key that ties a table computed from `zipf` to the list file it read (its place, size
    and time) and to this module's code; None where there is no list file to name."""
    listed = _list_file()
    if listed is None:
        return None
    try:
        stat = listed.stat()
    except OSError:
        return None
    return source_digest(__file__, extra=f"{listed}|{stat.st_size}|{stat.st_mtime_ns}")


@cache
def _table() -> _Shards | dict[str, float]:
    """The look-up table of `zipf`: the shards from the cache folder, else the whole dict
    (the shards then written for the next run)."""
    key = table_key()
    path = table_path(_TABLE_KIND, key)
    kept = read_table(path, _TABLE_KIND, key or "")
    if isinstance(kept, dict):  # written by `_shards_of` under this key, its CRC checked
        return _Shards(kept)
    freqs = frequencies()
    write_table(path, _TABLE_KIND, key or "", _shards_of(freqs))
    return freqs


@cache
def zipf(word: str) -> float:
    """How common `word` is in English, on the Zipf scale (case-insensitive)."""
    if not _PLAIN.fullmatch(word):
        from wordfreq import zipf_frequency

        return float(zipf_frequency(word, "en"))
    freq = _table().get(word.lower())
    if freq is None:
        return round(math.log(_MINIMUM, 10) + 9, 2)
    # wordfreq's rounding to three significant digits, then its Zipf conversion.
    unrounded = max(freq, _MINIMUM)
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)
