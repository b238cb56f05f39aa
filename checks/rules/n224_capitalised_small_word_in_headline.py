"""N224 capitalised-small-word-in-headline."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import filter_distinct
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output

# The short words title case leaves in lower case inside a headline: articles, the short
# prepositions and conjunctions.
_SMALL = r"A|An|The|To|In|Of|And|On|For|At|By|Or"
# A small word capitalised between two words, the next one capitalised too ("In A More");
# not a grade or a class ("Grade A Offices").
_CAPITAL_SMALL = regex.compile(
    rf"(?<=[\p{{L}}\p{{N}}'’)][ \u00a0])(?<!(?:Grade|Class|Level|Type|Category|Phase) )"
    rf"(?P<small>{_SMALL})(?=[ \u00a0](?:\p{{Lu}}\p{{Ll}}|A[ \u00a0]\p{{Lu}}))"
)
# A heading: one line of five to twenty words that does not end like a sentence, with no
# breadcrumb arrow, bar or label colon in it.
_PREFILTER = r"^[^\n.!?>|:»]{20,160}$"
_LONG_WORD = regex.compile(r"(?<![\p{L}'’-])\p{L}[\p{L}'’-]{3,}")


def _start_case(text: str) -> bool:
    """Whether every word of four letters or more is capitalised: the headline's own style
    is to capitalise its words, the small ones aside."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and all(w[0].isupper() for w in words)


@rule("N224", "capitalised-small-word-in-headline", Severity.WARNING, Fix.UNSAFE)
def capitalised_small_word_in_headline(ctx: Context) -> pl.DataFrame:
    """Articles, short prepositions and conjunctions capitalised inside a Title Case headline.

    ## What it does
    Finds a heading (a line of five to twenty words that does not end like a sentence) in
    Title Case, every word of four letters or more capitalised, in which two or more of the
    small words — a, an, the, to, in, of, and, on, for, at, by, or — are capitalised between
    two words ("Introducing A Real China To The World"). The first word, a word after a colon,
    dash or bar, and a small word before a word in lower case are left alone, and so is a
    headline with one capitalised small word (a name such as "The Hague" may hold it).

    ## Why is this bad?
    English title case capitalises the words that carry meaning and leaves the small ones
    in lower case (Xinhua, China Daily, the State Council); a headline with every word
    capitalised reads as a machine's or a beginner's.

    ## Example
    ```text
    Introducing A Real China To The World In A More Open Manner
    ```

    ## Use instead
    ```text
    Introducing a Real China to the World in a More Open Manner
    ```

    ## Fix safety
    Unsafe: the small words are suggested in lower case; a small word that belongs to a name
    keeps its capital.
    """
    rows = new_rows()
    # Each distinct paragraph tested once: a translation memory repeats its units.
    heads = filter_distinct(
        ctx.corpus.paragraphs,
        "text",
        pl.col("text").str.strip_chars().str.contains(_PREFILTER)
        & pl.col("text").str.contains(rf" (?:{_SMALL}) \p{{Lu}}"),
    )
    for doc, start, text in heads.select("doc", "start", "text").iter_rows():
        words = len(text.split())
        if not 5 <= words <= 20 or not _start_case(text):
            continue
        found = list(_CAPITAL_SMALL.finditer(text))
        if len({m.group("small") for m in found}) < 2:
            continue
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        fixed = _CAPITAL_SMALL.sub(lambda m: m.group("small").lower(), body)
        message = "small words capitalised in a Title Case headline: " + ", ".join(
            dict.fromkeys(f"“{m.group('small')}”" for m in found)
        )
        add_row(rows, doc, start + lead, start + lead + len(body), message, fixed)
    return output(rows)
