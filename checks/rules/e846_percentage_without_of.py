"""E846 percentage-without-of."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.agreement import also_a_verb, closes_phrase, singular_of
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows

# A percentage in figures ("99.9%", "70 percent", "15 per cent"), not part of a range, code
# or compound ("5-10%", "5%-owned"), then at once a lower-case word ending in "s" that ends
# its noun phrase. No word may stand between: "38% more times", "11 percent five years ago"
# and "a 25% annual tariffs" read otherwise.
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}.,\-–/])(?P<share>\d+(?:\.\d+)?(?:[ \u00a0]?%|[ \u00a0]+per[ \u00a0]?cent))"
    r"[ \u00a0]+(?P<noun>\p{Ll}{3,}s)(?![\p{L}\p{N}'’\-])"
)
_PREFILTER = r"\d(?: ?%| per ?cent) \p{Ll}{3,}s\b"
# Plurals a percentage may describe, as a rate of each one: "imposed 25% tariffs on",
# "10% subsidies for buyers". Those that are also verbs (discounts, cuts, rates, returns,
# stakes, shares) are left by the verb test below.
_RATES = frozenset(
    {
        "tariffs",
        "duties",
        "subsidies",
        "premiums",
        "margins",
        "dividends",
        "loans",
        "bonuses",
        "fees",
        "commissions",
        "royalties",
        "mortgages",
        "bonds",
        "levies",
        "surcharges",
        "rebates",
        "coupons",
        "markups",
        "holdings",
        "solutions",
        "interests",
    }
)


@rule("E846", "percentage-without-of", Severity.WARNING, Fix.UNSAFE)
def percentage_without_of(ctx: Context) -> pl.DataFrame:
    """A share of a whole given as a percentage with no "of" before the whole.

    ## What it does
    Finds a percentage in figures followed at once by a plural noun that ends its phrase
    ("99.9% proposals handled", "Over 70% provinces in China see growth") and suggests "of"
    between them. Left alone: a plural the percentage describes as a rate ("25% tariffs on
    steel", "10% subsidies"), a plural that may be a verb's "-s" form ("5% discounts",
    "20% stakes"), any word between ("38% more times", "11 percent five years ago"), a
    range or compound ("5-10%", "5%-owned"), and a plural that modifies the noun after
    it.

    ## Why is this bad?
    A share of a whole is "70% of provinces": without "of" the phrase is Chinese word order
    (百分之七十的省份) and reads as a slip in English. Headlines drop it as often as prose.

    ## Example
    ```text
    Over 70% provinces reported growth in the first three quarters.
    ```

    ## Use instead
    ```text
    Over 70% of provinces reported growth in the first three quarters.
    ```

    ## Fix safety
    Unsafe: "of" is suggested, but a plural the figure describes as a rate ("15% tariffs")
    must stay as it is; only a person can tell.
    """
    rows = new_rows()
    for doc, base, text in candidate_rows(ctx.segments, "tgt", _PREFILTER):
        for m in _PATTERN.finditer(text):
            noun = m.group("noun")
            singular = singular_of(noun)
            if (
                singular is None
                or noun in _RATES
                or also_a_verb(singular)
                or not closes_phrase(text, m.end())
            ):
                continue
            message = f"“{m.group()}”: a share of a whole takes “of” before “{noun}”"
            suggestion = f"{m.group('share')} of {noun}"
            add_row(rows, doc, base + m.start(), base + m.end(), message, suggestion)
    return output(rows)
