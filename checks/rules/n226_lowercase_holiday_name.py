"""N226 lowercase-holiday-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# The traditional festivals, each a name wherever it stands ("the Spring Festival holiday").
_FESTIVAL = (
    rf"(?:spring|mid-autumn|dragon[- ]boat|lantern|qingming|double[- ]ninth|double[- ]seventh)"
    rf"{_S}festival"
)
# "new year" and "national day" are also ordinary words ("in the new year", "a national day
# of mourning"): they are the holiday's name before what the holiday has (its greetings,
# its reception, its holiday), and "new year's" before a day or an eve.
_HOLIDAY_NOUNS = (
    r"greetings?|wishes|best{S}wishes|messages?|address|speech|receptions?|gala|concerts?"
    r"|tea{S}party|party|celebrations?|festivities|holidays?|vacation|break|golden{S}week"
    r"|visits?|inspections?|eve|day|cards?|parade|travel{S}rush|period|blessings|gifts?|package"
    r"|dinner|feast|couplets|fireworks"
).replace("{S}", _S)
_HOLIDAY = (
    rf"new{_S}year['’]s{_S}(?:day|eve)"
    rf"|(?:new{_S}years?['’]?s?|national{_S}day|labou?r{_S}day)(?={_S}(?i:{_HOLIDAY_NOUNS})\b)"
)
_LUNAR = rf"(?:chinese|lunar){_S}new{_S}year"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<name>(?i:{_FESTIVAL}|{_LUNAR}|{_HOLIDAY}))(?![\p{{L}}\p{{N}}-])"
)
_PREFILTER = r"(?i)(?:festival|new[ \u00a0]+years?|national[ \u00a0]+day|labou?r[ \u00a0]+day)"
# "a spring festival of tulips", "every lantern festival": a festival of a kind, not the one
# (a holiday before its greetings or its reception is the holiday after "a" too).
# "the Zigong lantern festival": a local event named by its place, whose case is its own.
_KIND = regex.compile(r"(?<![\p{L}])(?:(?i:a|an|every|each|any)|\p{Lu}[\p{L}-]*)[ \u00a0]+$")
_SMALL = frozenset({"s"})


# "new years' wishes", "new years greetings": the holiday is one year ("New Year's").
_YEARS = regex.compile(r"Years(['’])|Years\b")


def _capitalised(name: str) -> str:
    """The name with each word and each hyphenated part capitalised, "'s" left small, and
    a plural year made one ("New Years'" to "New Year's")."""
    fixed = regex.sub(
        r"(?<![\p{L}'’])\p{L}+",
        lambda w: w.group(0) if w.group(0) in _SMALL else w.group(0).title(),
        name,
    )
    return _YEARS.sub(lambda m: f"Year{m.group(1)}s" if m.group(1) else "Year", fixed)


@rule("N226", "lowercase-holiday-name", Severity.WARNING, Fix.UNSAFE)
def lowercase_holiday_name(ctx: Context) -> pl.DataFrame:
    """A festival's or a public holiday's name with a word in lower case.

    ## What it does
    Finds a traditional festival's name with a word in lower case ("spring festival",
    "Mid-autumn festival", "dragon boat Festival", "the lantern festival"), "Chinese new
    year" and "lunar new year", and "new year", "new year's", "national day" or "labor day"
    with a word in lower case right before what the holiday has: its greetings, wishes,
    message, reception, gala, holiday, visits, eve or day ("new year greetings", "new
    year's day", "the national day reception", "the National day holiday"). A festival of
    a kind ("a spring festival of tulips", "every lantern festival") or a local event
    named by its place ("the Zigong lantern festival") is left alone, and so are "the new
    year" and "a national day" as ordinary words ("plans for the new year").

    ## Why is this bad?
    A holiday's name is a proper noun: every style guide capitalises it, and Xinhua, China
    Daily and the State Council write "the Spring Festival", "New Year greetings" and "the
    National Day holiday". In lower case it reads as a slip, and as a festival in spring
    rather than the one.

    ## Example
    ```text
    Before the spring festival, the mayor sent new year greetings to the national day
    reception.
    ```

    ## Use instead
    ```text
    Before the Spring Festival, the mayor sent New Year greetings to the National Day
    reception.
    ```

    ## Fix safety
    Unsafe: the name is suggested in capitals; a person confirms the holiday is meant.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        name = m.group("name")
        fixed = _capitalised(name)
        if fixed == name:
            continue
        if name.lower().endswith("festival") and _KIND.search(text, 0, m.start()):
            continue  # a festival of a kind; "a new year message" is still the holiday's
        message = f"“{name}” is a holiday's name: every word capitalised (“{fixed}”)"
        add_row(rows, doc, base + m.start(), base + m.end(), message, fixed)
    return output(rows)
