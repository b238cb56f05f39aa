"""E815 article-missing-before-goal."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import add_a, running_text
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Verbs whose object is the place a city means to be: "build a world-class city", "become
# an international tourist destination".
_VERB = (
    r"(?i:build|builds|building|built|construct|constructs|constructing|constructed|develop"
    r"|develops|developing|create|creates|creating|become|becomes|becoming|became"
    r"|turn\p{L}*)(?:[ \u00a0]+into)?"
)
# What such a city builds or becomes: a singular count noun of place.
_GOAL = (
    r"(?:city|hub|centre|center|base|destination|gateway|highland|pivot|metropolis|port"
    r"|province|demonstration[ \u00a0]+zone|pilot[ \u00a0]+zone"
    # The pattern of development the country means to build ("building a new development
    # paradigm"), one of its kind as a city is
    r"|development[ \u00a0]+(?:paradigm|pattern))"
)
# Words that are no description of the goal: determiners, possessives, quantifiers and
# function words ("build the city", "building of the central city", "develop more ports").
_NOT_DESCRIPTIVE = (
    r"(?:a|an|the|its|their|our|his|her|this|that|these|those|one|each|every|another|such"
    r"|no|any|more|most|many|some|of|and|or|to|in|on|at|for|with|as|into|from|by|up|out"
    r"|across|over|throughout|under|around|between|among|within|near|via|through|after"
    r"|before|during|about|against|than"
    r"|itself|themselves|it|them|again|further|also|gradually|jointly|rapidly|actively)"
)
_DESCRIPTIVE = rf"(?!{_NOT_DESCRIPTIVE}(?![\p{{L}}-]))\p{{Ll}}[\p{{Ll}}-]*"
# What may follow for the goal noun to end its phrase: punctuation, the end or a function
# word ("build smart city projects" has "projects" as its head and needs no article).
_END = (
    r"[ \u00a0]*(?:[,.;:)”\"’'!?]|$)|[ \u00a0]+(?:and|or|to|in|on|of|at|by|with|for|as|is|was"
    r"|are|were|that|which|where|with|through|by|within|featuring)(?![\p{L}])"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}-]){_VERB}{_S}(?P<phrase>{_DESCRIPTIVE}(?:{_S}{_DESCRIPTIVE}){{0,3}}?{_S}"
    rf"{_GOAL})(?![\p{{L}}-])(?={_END})"
)
_PREFILTER = (
    r"(?i)\b(?:build|construct|develop|creat|becom|became|into)\w*[ \u00a0]+[a-z][a-z -]*"
    r"(?:city|hub|centre|center|base|destination|gateway|highland|pivot|metropolis|port"
    r"|province|zone|paradigm|pattern)\b"
)


@rule("E815", "article-missing-before-goal", Severity.WARNING, Fix.UNSAFE)
def article_missing_before_goal(ctx: Context) -> pl.DataFrame:
    """A city, hub or base to be built or become, described, without "a" or "an".

    ## What it does
    Finds a singular count noun of place — city, hub, centre, base, destination,
    gateway, highland, pivot, metropolis, port, province, demonstration or pilot zone, and
    the development paradigm or pattern ("building new development paradigm") —
    described by one to four words, straight after "build", "construct", "develop",
    "create", "become" or "turn", with or without "into", and no determiner: "constructing modern spring
    city", "becoming international tourist destination", "developing smart city", "build
    rocket manufacturing base". Suggests "a" or "an". Left alone: a phrase with its
    determiner ("build a world-class city", "develop the central city", "develop more
    ports"), a plural ("build smart cities"), a goal noun that modifies the noun after it
    ("develop smart city projects"), a goal noun with nothing describing it ("build
    city roads"), and headings, which drop articles by design ("Sanya to Become Tourist
    Hub", "Sanya to become intl tourist destination").

    ## Why is this bad?
    Chinese names a goal with no article (建设现代化国际城市), and a word-for-word English
    drops it; in English a singular count noun cannot stand bare, so "to build modern
    international city" reads as a machine translation in the sentence that states a
    city's ambition.

    ## Example
    ```text
    The county is building modern logistics hub and aims to become famous tourist city.
    ```

    ## Use instead
    ```text
    The county is building a modern logistics hub and aims to become a famous tourist city.
    ```

    ## Fix safety
    Unsafe: "a" or "an" is suggested; the phrase may want "the" (a goal named before), so
    a person decides.
    """
    rows = new_rows()
    segments = running_text(ctx)
    for doc, base, _text, m in prose_matches(segments, "tgt", _PREFILTER, _PATTERN):
        add_a(rows, doc, base, m)
    return output(rows)
