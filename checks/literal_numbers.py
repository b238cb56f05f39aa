"""Chinese number units rendered word for word, for E808: 亿 as "hundred million" after a
figure ("122.17 hundred million cubic meters"), 万 as "ten thousand" ("3.5 ten thousand
mu"), and one amount written in two units ("880 billion 300 million yuan", the way 8803亿 is
read aloud). English states each amount once, in one unit: 12.217 billion, 35,000, 880.3
billion.

The value English writes is computed exactly (decimal arithmetic, no rounding): a figure
times its unit, then stated in the largest of thousand... trillion that leaves a number of
at least one, or in full below a million.
"""

from __future__ import annotations

from decimal import Decimal

# The word-for-word units and what they multiply by.
CHINESE_UNITS = {"hundred million": Decimal(10) ** 8, "ten thousand": Decimal(10) ** 4}
# English's own units, for stacked amounts and for stating a value.
ENGLISH_UNITS = {
    "trillion": Decimal(10) ** 12,
    "billion": Decimal(10) ** 9,
    "million": Decimal(10) ** 6,
    "thousand": Decimal(10) ** 3,
}
_MILLION = Decimal(10) ** 6


def figure(text: str) -> Decimal:
    """The value of a figure as written: digits, thousands commas, a decimal point."""
    return Decimal(text.replace(",", ""))


def _plain(value: Decimal) -> str:
    """`value` without an exponent or trailing zeros after the point ("12.217", "600")."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def english_amount(value: Decimal) -> str:
    """How English writes `value`: in millions, billions or trillions from a million up
    ("12.217 billion", "600 million"), in full with thousands commas below ("35,000")."""
    if value >= _MILLION:
        for word, size in ENGLISH_UNITS.items():
            if value >= size and word != "thousand":
                return f"{_plain(value / size)} {word}"
    whole, _, fraction = _plain(value).partition(".")
    grouped = f"{int(whole):,}"
    return f"{grouped}.{fraction}" if fraction else grouped


def stacked_amount(first: Decimal, unit: str, second: Decimal, smaller: str) -> str | None:
    """One amount for "<first> <unit> <second> <smaller>" ("880 billion 300 million" ->
    "880.3 billion"), or None when the parts do not make one amount: the smaller unit is not
    smaller, or its count reaches the larger unit."""
    big, small = ENGLISH_UNITS[unit], ENGLISH_UNITS[smaller]
    if small >= big or second * small >= big:
        return None
    return f"{_plain((first * big + second * small) / big)} {unit}"
