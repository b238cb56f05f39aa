"""T103 near-miss-term."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.nearfindings import near_findings
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity


@rule("T103", "near-miss-term", Severity.WARNING, Fix.UNSAFE)
def near_miss_term(ctx: Context) -> pl.DataFrame:
    """Text that is almost an approved rendering.

    ## What it does
    Finds phrases of three words or more that differ from an approved or allowed rendering by
    one word dropped, added or changed (two in renderings of eight words or more), by the
    number of a word, or by punctuation. The phrase must begin and end like the rendering,
    unless the differing word is the expected one misspelt or derived ("bureaucracy" for
    "bureaucratism"); text inside another entry's exact rendering is never a near miss, and a
    headline that drops only an article ("Forum to advance community with shared future") is
    left alone, as headlines drop articles; so is a name in capitals cut short to a lower-case
    head ("a State Council office": one of its offices).

    ## Why is this bad?
    A formulation has one official wording. A near miss is usually a slip or an older
    wording, and it makes the same concept read differently across articles.

    ## Example
    ```text
    carrying out party history study and education
    ```

    ## Use instead
    ```text
    carrying out Party history learning and education
    ```

    ## Fix safety
    Unsafe: the approved wording is suggested, but the sentence may need adjusting around it,
    so a person applies it (in `tifa review`).
    """
    found = near_findings(
        ctx,
        "near",
        pl.format("almost the approved “{}” ({}): {}", "form_text", "term_id", "detail"),
    )
    return _without_common_nouns(ctx, _without_headline_articles(ctx, found))


def _without_common_nouns(ctx: Context, found: pl.DataFrame) -> pl.DataFrame:
    """Drop a near miss of a proper name in capitals that lacks a word and ends in a lower-
    case noun the name capitalises ("a State Council office" is one of its offices, not the
    State Council Information Office cut short)."""
    missing = found.filter(pl.col("message").str.contains(r": '[^']+' missing$"))
    drop = []
    for doc, start, end, message in missing.select("doc", "start", "end", "message").iter_rows():
        form = message[message.index("“") + 1 : message.index("”")]
        words = regex.findall(r"\p{L}+", ctx.text(doc)[start:end])
        if (
            words
            and words[-1][:1].islower()
            and form.split()[-1] == words[-1].capitalize()
            and all(w[:1].isupper() for w in form.split() if len(w) > 3)
        ):
            drop.append((doc, start, end, message))
    if not drop:
        return found
    gone = pl.DataFrame(drop, schema=["doc", "start", "end", "message"], orient="row").cast(
        {"doc": found.schema["doc"], "start": found.schema["start"], "end": found.schema["end"]}
    )
    return found.join(gone, on=["doc", "start", "end", "message"], how="anti")


# An article the near miss lacks ("'a' missing"), as the message gives it.
_ARTICLE_ONLY = r": '(?:a|an|the)' missing$"
# A headline or a related story's link: a capital first, no closing stop, few words.
_HEADLINE = r"^\s*(?:[-•·▪]\s+)?\p{Lu}[^\n]{3,160}[^\s.;:,?!。]\s*$"
_HEADLINE_WORDS = 15


def _without_headline_articles(ctx: Context, found: pl.DataFrame) -> pl.DataFrame:
    """Drop a near miss that lacks only an article on a headline's line: headlines drop
    articles ("Forum to advance community with shared future")."""
    article = found.filter(pl.col("message").str.contains(_ARTICLE_ONLY))
    if not article.height:
        return found
    lines = ctx.corpus.lines.filter(
        pl.col("text").str.contains(_HEADLINE)
        & (pl.col("text").str.count_matches(r"\S+") <= _HEADLINE_WORDS)
    ).select("doc", line_start="start", line_end=pl.col("start") + pl.col("text").str.len_chars())
    dropped = (
        article.join(lines, on="doc")
        .filter((pl.col("start") >= pl.col("line_start")) & (pl.col("end") <= pl.col("line_end")))
        .select("doc", "start", "end", "message")
        .unique()
    )
    return found.join(dropped, on=["doc", "start", "end", "message"], how="anti", nulls_equal=True)
