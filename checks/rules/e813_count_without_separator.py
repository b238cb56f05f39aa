"""E813 count-without-separator."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.frequency import zipf

_S = r"[ \u00a0]+"
# Units of measure: a year is never followed by one ("1655 kilometers"), nor by
# "years" or "-year-old" ("over 2000 years", "a 5000-year-old city").
_MEASURE = (
    r"(?:square|sq\.?|cubic)(?:[ \u00a0]+(?:kilometers?|kilometres?|km|meters?|metres?|miles?))?"
    r"|kilometers?|kilometres?|km|meters?|metres?|hectares?|acres?|miles?|mu|tons?|tonnes?"
    r"|kilowatts?|years|centuries"
)
# People, places and money counted: a year can stand before them ("in 2019 residents
# voted", "in 2015 yuan"), so the figure must not look like a year.
_COUNTED = (
    r"(?:administrative[ \u00a0]+)?(?:villages|households|residents|people|persons|enterprises"
    r"|companies|towns|townships|communities|students|tourists|visitors|employees|workers"
    r"|projects|beds|rooms|species|yuan)"
)
# The other end of a range written before the unit: "1500 to 3000 meters".
_RANGE = rf"(?:{_S}(?:to|and|or){_S}|[ \u00a0]?[-–][ \u00a0]?)[\d,]+(?:\.\d+)?"
_FIGURE = r"(?<![\p{L}\p{N},.\-–/#])(?P<digits>[1-9]\d{3,6})(?P<decimals>\.\d+)?"
# Any other plural noun after the figure, with at most one word before it ("3500
# exhibitors", "12000 foreign visitors"): checked in Python against the word list.
_PLURAL = r"(?-i:(?:\p{Ll}[\p{Ll}-]+[ \u00a0]+)?(?P<noun>\p{Ll}{2,}s))"
# Words before a figure that make it a quantity, so that even a year-like figure counts:
# "more than 2000 volunteers".
_LEAD = (
    r"(?:more[ \u00a0]+than|over|nearly|almost|about|around|approximately|some|at[ \u00a0]+least"
    r"|up[ \u00a0]+to|a[ \u00a0]+total[ \u00a0]+of|total[ \u00a0]+of)[ \u00a0]+"
)
_PATTERN = regex.compile(
    rf"(?P<lead>(?<![\p{{L}}])(?:{_LEAD}))?{_FIGURE}(?=(?:{_RANGE})?(?:(?P<measure>{_S}(?:{_MEASURE})|-year-old|-year(?=[ \u00a0]+"
    rf"history))|{_S}(?P<counted>{_COUNTED})|{_S}(?P<plural>{_PLURAL}))(?![\p{{L}}\p{{N}}]))",
    regex.IGNORECASE,
)
_PREFILTER = r"(?i)(?:^|[^\d,.])[1-9]\d{3,6}(?:\.\d+)?(?:[ \u00a0]|-year)"
# Figures that read as a year before a counted noun: "in 2019 residents".
_YEAR_LIKE = range(1900, 2100)
# Before any other plural noun a figure from 1000 to 2099 may be a year ("in 1644 troops
# entered"), unless a word of quantity comes before it.
_YEAR_OR_FIGURE = range(1000, 2100)
# The public service hotlines are five-digit numbers from 12300 ("12345 calls" counts calls
# to the hotline, or is the hotline's number).
_HOTLINES = range(12300, 12400)
# Words ending in s that are no plural noun, and plurals that follow a label's number
# ("Line 1234 trains") or that name a year's events.
_NOT_PLURAL = frozenset(
    [
        "was",
        "has",
        "is",
        "as",
        "this",
        "thus",
        "its",
        "his",
        "us",
        "yes",
        "plus",
        "less",
        "unless",
        "across",
        "always",
        "perhaps",
        "besides",
        "sometimes",
        "towards",
        "afterwards",
        "whereas",
        "nevertheless",
        "does",
        "goes",
        "series",
        "means",
        "news",
        "species",
        "hours",
        "minutes",
        "seconds",
    ]
)
# A capitalised word or a label before the figure makes it a number in a name ("Room
# 3105", "Flight 1234 passengers", "No. 2345"), not a count.
_LABEL_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}.]*|no\.?|number|#)[ \u00a0]*$")


def _is_plural_noun(word: str) -> bool:
    """Whether `word` reads as the plural of a common English noun."""
    if word in _NOT_PLURAL or word.endswith(("ss", "us", "is", "ous")):
        return False
    stems = [word[:-1]]  # "greenhouses": greenhouse
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")  # "factories": factory
    elif word.endswith("es"):
        stems.append(word[:-2])  # "branches": branch
    return max(zipf(stem) for stem in stems) >= 2.3 and zipf(word) >= 2.5


def grouped(digits: str) -> str:
    """`digits` with a comma between each group of three from the right: 82400 -> 82,400."""
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ",".join(groups)


@rule("E813", "count-without-separator", Severity.WARNING, Fix.UNSAFE)
def count_without_separator(ctx: Context) -> pl.DataFrame:
    """A count of a thousand or more written without its thousands separator.

    ## What it does
    Finds a whole figure of four to seven digits, written with no comma, that counts
    something: before a unit of measure or money ("1655 kilometers", "82400 square
    kilometers", "3000 meters"), before "years", "centuries" or "-year-old"
    ("over 2000 years", "a 5000-year-old civilisation"), or — when it cannot be a year
    (1900 to 2099) — before people, places or yuan counted ("1649 administrative
    villages"). Before any other plural noun English knows ("3500 exhibitors", "12000
    foreign visitors") a figure counts when it cannot be a year (1000 to 2099) or a word
    of quantity comes before it ("more than 2000 volunteers"); a figure after a capitalised
    word or a label ("Room 3105 guests", "No. 2345") and the service hotlines ("12345") are
    numbers, not counts.
    The first figure of a range before the unit counts too ("1500 to 3000 meters"), and a
    decimal part is kept ("3554.03 square kilometers"). Left alone: a figure touching a
    letter, a slash, a hash or another digit group (codes, model numbers, "G1523",
    "No.2008"), a year before a noun ("the 2019 projects", "in 2020 residents"), and
    figures that already have their separator.

    ## Why is this bad?
    English news writing groups the thousands of a count with commas (Xinhua, China
    Daily and the State Council's English site all write "2,000 years" and "1,655
    kilometers"). A bare four-digit figure reads as a year or a code and slows the reader,
    and beside grouped figures on the same page it looks careless.

    ## Example
    ```text
    The county lies 1655 kilometers from the coast and has a history of over 2000 years.
    ```

    ## Use instead
    ```text
    The county lies 1,655 kilometers from the coast and has a history of over 2,000 years.
    ```

    ## Fix safety
    Unsafe: the grouped figure is suggested; a document that follows a house style without
    separators for four-digit figures may keep them, so a person decides.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        digits = m.group("digits")
        lead = m.group("lead")
        if m.group("counted") and int(digits) in _YEAR_LIKE and not lead:
            continue
        if int(digits) in _HOTLINES:
            continue
        if m.group("plural"):
            if not _is_plural_noun(m.group("noun")):
                continue
            if int(digits) in _YEAR_OR_FIGURE and not lead:
                continue
            if not lead and _LABEL_BEFORE.search(text, 0, m.start()):
                continue
        decimals = m.group("decimals") or ""
        suggestion = grouped(digits) + decimals
        message = f"“{digits}{decimals}” counts a thousand or more: “{suggestion}”"
        start = m.start("digits")
        add_row(rows, doc, base + start, base + m.end(), message, suggestion)
    return output(rows)
