"""Words run together with no space ("theestablishment", "officiallyput"), split by word
frequency, for P318.

A word is a candidate when English has never seen it (Zipf frequency below UNKNOWN on
wordfreq's scale: 3 = once per million words) and it splits into two words English uses
often: a short function word and a common word ("the" + "establishment", "completed" +
"the"), or two common content words of three letters or more ("officially" + "put"). Closed
compounds that English writes as one word ("livestreaming", "microgrid") are seen often
enough to be known, and pinyin names do not split into two common English words.
"""

from __future__ import annotations

from functools import cache

LONGEST = 40  # longer "words" are not two words run together (and would cost a lookup per letter)
UNKNOWN = 1.0
COMMON = 4.0  # both halves of a content-word split
WITH_FUNCTION_WORD = 3.0  # the other half, next to a function word
_LEADING = ("the", "of", "on", "in", "by", "to", "for", "with", "and")
_TRAILING = ("the", "by", "of", "to", "and")


@cache
def zipf(word: str) -> float:
    """How common `word` is in English (wordfreq's Zipf scale, 0 for unseen words)."""
    from wordfreq import zipf_frequency  # large word lists: loaded on first use only

    return float(zipf_frequency(word, "en"))


@cache
def split(word: str) -> tuple[str, str] | None:
    """The two words `word` (lower case) runs together, or None."""
    if not 5 <= len(word) <= LONGEST or zipf(word) >= UNKNOWN:
        return None
    for f in _LEADING:
        rest = word[len(f) :]
        if word.startswith(f) and len(rest) >= 3 and zipf(rest) >= WITH_FUNCTION_WORD:
            return f, rest
    for f in _TRAILING:
        head = word[: -len(f)]
        if word.endswith(f) and len(head) >= 3 and zipf(head) >= WITH_FUNCTION_WORD:
            return head, f
    best: tuple[float, int] | None = None
    for i in range(3, len(word) - 2):
        left, right = zipf(word[:i]), zipf(word[i:])
        if left >= COMMON and right >= COMMON and (best is None or left + right > best[0]):
            best = (left + right, i)
    return (word[: best[1]], word[best[1] :]) if best else None
