"""E831 the-before-rank."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import drop_article, running_text
from tifa.checks.context import Context
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Verbs that place something in a ranking: "ranks second", "ranked first".
_RANK = r"(?:[Rr]ank|[Rr]anks|[Rr]anked|[Rr]anking)"
# A place in the ranking: an ordinal in words or in figures, or "last".
_PLACE = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,3}(?:st|nd|rd|th)|last)"
)
# The place must end its phrase: punctuation, the end, or a word that says where or among
# whom ("ranks the second in the province", "ranking the third nationwide"). "ranked the
# second batch of …" (ranked as a verb of sorting, with its object) has a noun after the
# ordinal.
_END = (
    r"[ \u00a0]*(?:[,.;:!?)]|$)|[ \u00a0]+(?:in|among|amongst|nationwide|countrywide|worldwide"
    r"|globally|across|at|with|for|and|on|by|of|out|place|position|overall|again|both"
    r"|respectively|after|behind|only)(?![\p{L}'’-])"
)
_PATTERN = regex.compile(
    rf"(?<=(?<![\p{{L}}\p{{N}}'’-]){_RANK}{_S})(?P<the>the){_S}(?P<name>{_PLACE})"
    rf"(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_PREFILTER = r"(?i:\brank(?:s|ed|ing)?)[ \u00a0]+the[ \u00a0]+(?:[a-z]+|\d)"


@rule("E831", "the-before-rank", Severity.WARNING, Fix.UNSAFE)
def the_before_rank(ctx: Context) -> pl.DataFrame:
    """An article between "rank" and a place in a ranking ("ranks the second in the province").

    ## What it does
    Finds "rank", "ranks", "ranked" or "ranking" followed by "the" and an ordinal, in
    words or in figures, or "last", where the ordinal ends its phrase: punctuation, or a
    word saying where or among whom ("ranking the second nationwide", "which ranks the
    third.", "with Hengshan ranking the last at 2.1 percent"). Prose only. Left alone:
    "ranks second", "ranked among the top ten", "ranked the second batch of villages" (a
    noun after the ordinal), and headings.

    ## Why is this bad?
    After "rank" the place is an adverb-like complement and takes no article:
    professional English writes "ranked first in the province", "ranks third
    nationwide". "Ranks the second" is a word-for-word rendering of 排名第二, where a
    translator adds the article that an ordinal takes before a noun.

    ## Example
    ```text
    The county's grain output ranks the second in the province.
    ```

    ## Use instead
    ```text
    The county's grain output ranks second in the province.
    ```

    ## Fix safety
    Unsafe: the article's removal is suggested; a person checks that the ordinal is not
    the start of a longer noun phrase.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _PATTERN):
        if inside_title(text, m.start(), m.end()):
            continue
        place = m.group("name")
        drop_article(
            rows,
            doc,
            base,
            m,
            f"“the {place}” after “rank”: a place in a ranking takes no article",
        )
    return output(rows)
