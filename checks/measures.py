"""Measures stated with their figure ("with a population of 2.6 million", "covers an area of
80 square kilometres"): one table of the nouns that name them, read by E801 (its slip of
"the" or no article before one) and E812 (no article after a verb of having).

A measure so stated is one of many possible figures and takes "a" or "an". Each noun is
listed once, with how it counts and whether E801's slip reads it, so that a noun added here
reaches both rules' patterns and prefilters. The figure after "of" is written once too, for
E812 and E830 ("the" before such a measure).
"""

from __future__ import annotations

from typing import Literal

# How a noun counts: one that counts in every sense may stand bare before "of" and its
# figure ("has population of 300,000"); a sized one may be a mass noun when bare ("compared
# with output of 3 million tons"), so E812 takes it only after a word that sizes it ("annual
# output of"). An account figure (GDP, a rate) is read by E801 only.
Count = Literal["counted", "sized", "account"]

# (noun, how it counts, whether E801's slip reads it). A space stands for the space each
# rule allows; `[\p{Ll}-]+` for any lower-case word ("growth rate", "urbanization rate").
# E801 leaves "history" to the slip of its own ("with the history of 600 years"), and reads
# only the nouns it was measured on; E812 reads every noun that is not an account figure.
MEASURES: tuple[tuple[str, Count, bool], ...] = (
    ("population", "counted", True),
    ("area", "counted", True),
    ("history", "counted", False),
    ("length", "counted", True),
    ("height", "counted", False),
    ("altitude", "counted", True),
    ("elevation", "counted", True),
    ("depth", "counted", False),
    ("width", "counted", False),
    ("span", "counted", False),
    ("distance", "counted", False),
    ("GDP", "account", True),
    ("gross regional product", "account", True),
    ("gross domestic product", "account", True),
    ("output", "sized", False),
    ("investment", "sized", True),
    ("capacity", "sized", False),
    ("volume", "sized", False),
    ("output value", "sized", True),
    (r"[\p{Ll}-]+ rate", "account", True),
)


def nouns(*counts: Count, space: str = " ", slip: bool = False) -> str:
    """The alternation (no group) of the nouns that count as one of `counts` (any, where
    none is given), each space written as `space`; with `slip`, only those E801's slip
    reads."""
    return "|".join(
        noun.replace(" ", space)
        for noun, count, read_by_slip in MEASURES
        if (not counts or count in counts) and (read_by_slip or not slip)
    )


def slip_keys() -> str:
    """The last word of each noun E801's slip reads, in lower case, for its prefilter."""
    keys = dict.fromkeys(noun.split()[-1].lower() for noun, _c, slip in MEASURES if slip)
    return "|".join(keys)


# Words that round a figure ("of about 1.2 billion yuan", "of over 600 years") and the
# currencies written before one ("of RMB 3 billion").
_ROUNDERS = (
    "about|over|more than|nearly|around|some|up to|approximately|almost|roughly|at least"
    "|less than|close to"
)
_CURRENCIES = r"(?:RMB|USD|US\$|\$|¥|€|HK\$)?"


def figure(space: str = " ", gap: str = " ?") -> str:
    """A figure after "of", perhaps after a word that rounds it and a currency, up to its
    first digit, read by E812 and E830: `space` stands between words, `gap` (optional)
    between the currency and the digit."""
    rounders = _ROUNDERS.replace(" ", space)
    return f"(?:(?:{rounders}){space})?{_CURRENCIES}{gap}\\d"
