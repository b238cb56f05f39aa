"""E833 article-missing-before-number-of."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import running_text
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Nouns that name a measure of something ("the number of firms", "the proportion of the
# three industries"): made definite by their of-phrase, they take "the" at the head of a
# sentence as anywhere else.
_MEASURE = (
    r"(?:Number|Proportion|Share|Percentage|Ratio|Total[ \u00a0]+number|Total[ \u00a0]+amount"
    r"|Growth[ \u00a0]+rate|Amount)"
)
# The head of a sentence inside a paragraph: after a full stop, a question or exclamation
# mark (and a closing quote), or the start of the paragraph.
_PATTERN = regex.compile(
    rf"(?:^|(?<=[.!?][”\"’]?[ \u00a0]+))(?P<name>{_MEASURE}){_S}of{_S}"
    r"(?=(?:the[ \u00a0]+)?\p{Ll})"
)
_PREFILTER = (
    r"(?:^|[.!?][”\"’]?[ \u00a0]+)(?:Number|Proportion|Share|Percentage|Ratio|Total|Growth"
    r"|Amount)[ \u00a0]+(?:number[ \u00a0]+|amount[ \u00a0]+|rate[ \u00a0]+)?of[ \u00a0]"
)
# The sentence must go on to say something of the measure: a verb of change or of being
# before its end ("Number of market players increased from …"). A label with its value
# ("Number of firms: 120") or a heading has none.
_VERB = regex.compile(
    r"[^.!?:;]*?[ \u00a0](?:is|was|are|were|has|have|had|will|reached|stood|hit|exceeded"
    r"|topped|rose|grew|fell|dropped|declined|increased|decreased|doubled|surged|climbed"
    r"|jumped|accounted|amounted|totaled|totalled|went|came)(?![\p{L}'’-])"
)


@rule("E833", "article-missing-before-number-of", Severity.WARNING, Fix.UNSAFE)
def article_missing_before_number_of(ctx: Context) -> pl.DataFrame:
    """A sentence that opens with "Number of …" or "Proportion of …" without "The".

    ## What it does
    Finds a sentence of running text that opens with a noun naming a measure — Number,
    Proportion, Share, Percentage, Ratio, Total number, Total amount, Growth rate or
    Amount — and "of" and a lower-case noun phrase, with no article, where the sentence
    goes on to a verb of change or of being ("Number of market players increased from …",
    "Proportion of the three industries has been optimized"). Prose only. Left alone: the
    phrase with its article ("The number of …"), a label with its value ("Number of firms:
    120"), a heading ("Number of tourists up 20%") and a measure of a capitalised name.

    ## Why is this bad?
    Chinese opens the sentence with the measure and no article (市场主体数量), and a
    word-for-word English drops "the"; a measure made definite by its of-phrase takes
    "the" at the head of a sentence as anywhere else, and without it the sentence reads
    as a table's label.

    ## Example
    ```text
    Number of registered firms rose to 12,000 by the end of the year.
    ```

    ## Use instead
    ```text
    The number of registered firms rose to 12,000 by the end of the year.
    ```

    ## Fix safety
    Unsafe: "The" is suggested and the measure's capital lowered; a writer may rather
    recast the sentence ("Registered firms rose to …"), so a person decides.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _PATTERN):
        if not _VERB.match(text, m.end()):
            continue
        name = m.group("name")
        add_row(
            rows,
            doc,
            base + m.start("name"),
            base + m.end("name"),
            f"“{name} of …” opens the sentence and takes “The”",
            f"The {name[:1].lower()}{name[1:]}",
        )
    return output(rows)
