"""E830 the-before-stated-measure."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import indefinite, running_text
from tifa.checks.context import Context
from tifa.checks.measures import figure
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Verbs of having, and "with": what a place or a project has, stated with its figure.
_HAVE = (
    r"(?:[Ww]ith|has|have|had|having|boasts?|boasted|boasting|covers?|covered|covering"
    r"|enjoys?|enjoyed|enjoying|features?|featured|featuring)"
)
# Nouns that name a measure stated with a figure: "a total investment of 2 billion yuan",
# "a history of over 600 years", "an area of 15 square kilometers".
_MEASURE = (
    r"(?:investment|area|history|revenue|revenues|population|output|length|capacity|value"
    r"|volume|income|turnover|sales|budget|cost|span|altitude|elevation|height|depth|width"
    r"|distance|reserves?|size|scale|production|GDP|footprint)"
)
# A figure, perhaps after a word that rounds it or a currency: "of about 1.2 billion
# yuan", "of over 600 years", "of RMB 3 billion" (E812's figure, with no-break spaces too).
_FIGURE = figure(_S, r"[ \u00a0]?")
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-]){_HAVE}{_S}(?P<the>the){_S}(?P<phrase>(?:[\p{{Ll}}][\p{{Ll}}-]*"
    rf"{_S}){{0,3}}?{_MEASURE}){_S}of{_S}(?={_FIGURE})"
)
# Words before the measure that call for "the" themselves: an ordinal or "same", "only",
# "last", "next", or a superlative ("with the first batch of investment of 20 billion yuan",
# "has the largest area of 80 square kilometers") names one measure among a series.
_DEFINITE = regex.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|same"
    r"|only|largest|biggest|highest|longest|greatest|lowest|smallest)"
)
_PREFILTER = (
    r"(?i:with|has|have|had|having|boast|cover|enjoy|featur)\w*[ \u00a0]+the[ \u00a0]+"
    r"[^.;:!?]{0,40}?[ \u00a0]+of[ \u00a0]+[^.;:!?]{0,25}?\d"
)


@rule("E830", "the-before-stated-measure", Severity.WARNING, Fix.UNSAFE)
def the_before_stated_measure(ctx: Context) -> pl.DataFrame:
    """An article "the" before a measure stated with its figure ("with the total investment of").

    ## What it does
    Finds "with" or a verb of having ("has", "have", "boasts", "covers", "enjoys",
    "features" and their forms) followed by "the", up to three lower-case words and a noun
    that names a measure — investment, area, history, revenue, population, output, length,
    capacity, value, volume, income, turnover, sales, budget, cost, altitude, reserves and
    the like — then "of" and a figure, perhaps rounded or with its currency ("with the
    total investment of about 1.2 billion yuan", "has the history of over 600 years",
    "With the land area of 15,000 square kilometers"). Prose only. Left alone: "a" or "an"
    before the measure, a measure after an ordinal, "same", "only" or a superlative ("with
    the first batch of investment of 20 billion yuan", one of a series), a measure of a
    thing rather than a figure ("with the total investment of the project"), a measure
    after another verb ("the total investment of 3 billion yuan was raised"), and
    headings.

    ## Why is this bad?
    A measure stated with its figure is one of many and takes "a": professional English
    writes "a project with a total investment of 2 billion yuan", "a city with a history
    of 2,000 years", "covers an area of 80 square kilometers". "The" reads as a
    word-for-word rendering from a language without articles, where a translator reaches
    for the one English article that feels safe.

    ## Example
    ```text
    The port, with the total investment of 3.5 billion yuan, has the history of 120 years.
    ```

    ## Use instead
    ```text
    The port, with a total investment of 3.5 billion yuan, has a history of 120 years.
    ```

    ## Fix safety
    Unsafe: "a" or "an" is suggested in place of "the"; a writer may recast the phrase
    ("a 3.5-billion-yuan investment"), so a person decides.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _PATTERN):
        if inside_title(text, m.start("the"), m.end("phrase")):
            continue
        phrase = m.group("phrase")
        if any(_DEFINITE.fullmatch(word) for word in phrase.split()[:-1]):
            continue
        article = indefinite(phrase)
        add_row(
            rows,
            doc,
            base + m.start("the"),
            base + m.end("phrase"),
            f"“the {phrase}” states a measure by its figure and takes “{article}”",
            f"{article} {phrase}",
        )
    return output(rows)
