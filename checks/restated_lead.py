"""A page's summary over its article: the lead's own sentence, set once more above it.

A site shows each story's summary (its standfirst) between the headline and the text, and
the summary is often the lead's first sentence, cut or trimmed: "The city has made great
efforts to …, a Party secretary said on Friday." over "The city has made great efforts to …,
said Li Ming, secretary of …". A copy keeps both, and the article says its first sentence
twice. The summary is the page's: it goes, and the lead stays.

Read only at the page's head: the first line of prose, one sentence, whose words run on in
the first sentence of one of the next few lines, ten words or more in a row, nearly all the
line or its opening words from the lead's opening. The page's first line is its headline. A story's later paragraphs may say a phrase again on purpose (a speech repeats its
slogan); a page's head holds no paragraph of the story before its lead.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.page_tail import PROSE_WORDS, SENTENCE_END, nonblank_marked

# How far below the summary its lead may stand: captions or a byline may come between.
_LOOK_AHEAD = 3
# The words the two share in a row, at least, and the part of the summary that run covers.
_RUN_WORDS = 10
# Nearly all the summary ("On May 6, …" over "On the afternoon of May 6, …"), or its opening
# words from the lead's opening (a dateline's words may come first in the lead).
_WHOLE = 0.8
_LEAD_OPENING = 6
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
# One sentence: no stop inside the line before a capital.
_INNER_STOP = r"[.!?][\"'”’]?\s+\p{Lu}"
# The lead's first sentence: up to a stop that no title's abbreviation makes.
_FIRST_SENTENCE = regex.compile(r"^.*?(?:(?<!\b(?:Mr|Mrs|Ms|Dr|St|No))[.!?](?=\s|$)|$)")


def _longest_run(words: list[str], other: list[str]) -> tuple[int, int, int]:
    """The most words in a row that `words` and `other` share, and where that run starts in
    each: (length, start in `words`, start in `other`)."""
    best = (0, 0, 0)
    previous = [0] * (len(other) + 1)
    for i, word in enumerate(words):
        current = [0] * (len(other) + 1)
        for j, candidate in enumerate(other, start=1):
            if word == candidate:
                current[j] = previous[j - 1] + 1
                if current[j] > best[0]:
                    best = (current[j], i - current[j] + 1, j - current[j])
        previous = current
    return best


def _restated(summary: str, below: str) -> bool:
    """Whether the first sentence of `below` says `summary` again: a run of ten words or
    more that is nearly all the summary, or that opens both (the summary is the lead cut
    short). Two sentences that share a long name only ("the fifth plenary session of the
    19th Central Committee …") share it in their middles."""
    first = _FIRST_SENTENCE.match(below.strip())
    words = [w.lower() for w in _WORD.findall(summary)]
    lead = [w.lower() for w in _WORD.findall(first.group() if first else below)]
    if words == lead:
        return False  # a paragraph pasted twice: R601's repeat test reports the second copy
    run, at, lead_at = _longest_run(words, lead)
    if run < _RUN_WORDS:
        return False
    return run >= _WHOLE * len(words) or (at == 0 and lead_at <= _LEAD_OPENING)


def restated_summaries(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of each page's first line of prose when one of the next few
    lines opens by saying it again; not already reported."""
    stripped = pl.col("text").str.strip_chars()
    words = stripped.str.count_matches(r"\S+")
    filled = nonblank_marked(lines, residue, "known").with_columns(
        prose=(words >= PROSE_WORDS) & stripped.str.contains(SENTENCE_END) & ~pl.col("known"),
        one_sentence=~stripped.str.contains(_INNER_STOP),
    )
    ahead = [
        pl.col("text").shift(-step).over("doc").fill_null("").alias(f"_next{step}")
        for step in range(1, _LOOK_AHEAD + 1)
    ]
    # the page's first line is its headline, with or without a stop
    body = pl.col("prose") & (pl.col("line") != pl.col("line").min().over("doc"))
    candidates = (
        filled.with_columns(
            *ahead,
            first_prose=body & (body.cast(pl.UInt32).cum_sum().over("doc") == 1),
        )
        .filter(pl.col("first_prose") & pl.col("one_sentence"))
        .sort("doc", "line")
    )
    names = [f"_next{step}" for step in range(1, _LOOK_AHEAD + 1)]
    keep = [
        any(_restated(row[0], below) for below in row[1:])
        for row in candidates.select("text", *names).iter_rows()
    ]
    return candidates.filter(pl.Series(keep, dtype=pl.Boolean)).select(
        "doc", "line", "text", "start"
    )
