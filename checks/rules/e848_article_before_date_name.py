"""E848 article-before-date-name."""

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
_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
# Days named as dates that English writes bare: "on New Year's Day", "during May Day".
# Festivals are left out: house usage writes "the Spring Festival", "the Mid-Autumn
# Festival"; so is "National Day", which the genre's professional outlets also write with it.
_DAY = r"New[ \u00a0]+Year['’]?s?[ \u00a0]+Day|May[ \u00a0]+Day|Labou?r[ \u00a0]+Day"
# The name must end its phrase, or "the" belongs to a noun after it ("the September 11
# attacks", "the October Revolution", "the May Day holiday", "the May Fourth Movement").
# "of", "that" and "when" are left out too: "the September of that year", "the September
# when the plant opened" are literary turns, not slips.
_END = (
    r"[ \u00a0]*(?:[,.;:!?)]|$)|[ \u00a0]+(?:in|to|until|till|through|this|last|next|at|on"
    r"|and(?![ \u00a0]+(?:" + _MONTH + r")(?![\p{L}'’-]))|or|with|for|every|each|is|was|has"
    r"|had|will|saw|witnessed)(?![\p{L}'’-])"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<the>[Tt]he){_S}(?P<name>{_MONTH}|{_DAY})"
    rf"(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_PREFILTER = r"\b[Tt]he[ \u00a0]+(?:" + _MONTH + r"|New[ \u00a0]+Year|Labou?r[ \u00a0]+Day)\b"


@rule("E848", "article-before-date-name", Severity.WARNING, Fix.UNSAFE)
def article_before_date_name(ctx: Context) -> pl.DataFrame:
    """An article before a month or a named day used as a date ("Since the September,").

    ## What it does
    Finds "the" before a month's name, "New Year's Day", "May Day" or "Labor Day" where
    the name ends its phrase: punctuation, or a word that is no noun — a preposition, a
    conjunction, a verb ("Since the September, the campaign …", "during the New Year's Day
    and the Spring Festival", "During the May Day, the district …"). Prose only. Left
    alone: a name that modifies a noun after it ("the September 11 attacks", "the October
    Revolution", "the May Day holiday", "the May Fourth Movement"), "the September of that
    year", a festival ("the Spring Festival", which house usage writes with "the"), a list
    of months ("the September and October issues") and headings.

    ## Why is this bad?
    A month or a named day used as a date is a name and takes no article: professional
    English writes "since September", "on New Year's Day", "during the May Day holiday".
    "The" is a translator's guess where the Chinese (九月以来, 元旦期间) has no article
    to follow.

    ## Example
    ```text
    Since the September, the county has inspected 300 firms during the New Year's Day.
    ```

    ## Use instead
    ```text
    Since September, the county has inspected 300 firms on New Year's Day.
    ```

    ## Fix safety
    Unsafe: dropping the article is suggested; a writer may rather add the noun it was
    meant for ("the May Day holiday").
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _PATTERN):
        if inside_title(text, m.start(), m.end("name")):
            continue
        name = m.group("name")
        drop_article(
            rows, doc, base, m, f"“the {name}”: a month or a named day as a date takes no article"
        )
    return output(rows)
