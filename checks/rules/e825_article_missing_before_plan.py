"""E825 article-missing-before-plan."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import add_the, running_text
from tifa.checks.context import Context
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Prepositions after which the plan, a noun phrase of its own, needs its article.
_PREPOSITION = (
    r"(?i:of|for|in|during|to|from|under|into|with|through|throughout|at|on|by|since|over"
    r"|within|until|till|before|after|towards?|beyond|about|between|among|across)"
)
# The plan's number: in figures ("14th") or in words ("Fourteenth", "fourteenth").
_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth))"
)
# "Five-Year Plan" in any of its spellings, or its initials; one plan, not "Plans".
_PLAN = r"(?:(?i:five)[- \u00a0](?i:year)[- \u00a0](?i:plan)(?![\p{L}])|FYP(?![\p{L}]))"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<prep>{_PREPOSITION}){_S}"
    rf"(?P<name>[“\"‘]?{_ORDINAL}{_S}{_PLAN})"
)
_PREFILTER = r"(?i:five[- \u00a0]year[- \u00a0]plan\b|\bFYP\b)"


@rule("E825", "article-missing-before-plan", Severity.WARNING, Fix.UNSAFE)
def article_missing_before_plan(ctx: Context) -> pl.DataFrame:
    """A five-year plan named by its number after a preposition without "the".

    ## What it does
    Finds a five-year plan named by its ordinal ("14th Five-Year Plan", "Thirteenth
    Five-Year Plan", "14th FYP"), quoted or not, right after a preposition in running text
    with no article: "targets for 14th Five-Year Plan", "during 13th Five-Year Plan
    period", "the outline of 14th Five-Year Plan". Left alone: the plan with its article
    or a possessive ("the 14th Five-Year Plan", "China's 14th Five-Year Plan"), the plural
    ("the 13th and 14th Five-Year Plans"), and headings.

    ## Why is this bad?
    The ordinal makes the plan one of its kind, and English writes it with "the" in every
    position: "during the 14th Five-Year Plan period (2021-2025)". Chinese has no article
    (十四五规划), so a word-for-word rendering drops it, and the bare form marks the text
    as translated.

    ## Example
    ```text
    The bureau set its targets for 14th Five-Year Plan in May.
    ```

    ## Use instead
    ```text
    The bureau set its targets for the 14th Five-Year Plan in May.
    ```

    ## Fix safety
    Unsafe: "the" is suggested; a person confirms the phrase is not part of a title that
    the page quotes as written.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _PATTERN):
        if not inside_title(text, m.start("name"), m.end("name")):
            message = f"“{m.group('name')}”: a plan named by its number takes “the”"
            add_the(rows, doc, base, m, f"{message} after “{m.group('prep')}”")
    return output(rows)
