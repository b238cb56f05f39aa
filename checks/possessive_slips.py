"""Slips of the possessive for E801 (`wording`): a plural owner written as a singular one.

"The two nation's leaders" means one nation's; two nations own them: "the two nations'
leaders". Chinese marks neither number nor possession on 两国, so the translation picks
the singular by default. Only a counting word that makes the noun plural ("two", "both",
"several") before one of the genre's owners (nation, country, side, city, province,
government, party), and "United Nation's" (the United Nations').
"""

from __future__ import annotations

import regex

from tifa.checks.grammar_slips import Keep, Mend

_S = r"[ \u00a0]+"
_COUNT = r"two|three|four|five|six|seven|eight|nine|ten|both|several|many"
_PLURALS = {
    "nation": "nations",
    "country": "countries",
    "side": "sides",
    "city": "cities",
    "province": "provinces",
    "government": "governments",
    "party": "parties",
}
_OWNER = "|".join(_PLURALS)
_COUNTED = regex.compile(
    rf"(?i)(?<![\p{{L}}'’-])(?:{_COUNT}){_S}(?P<owner>{_OWNER})(?P<mark>['’])s(?![\p{{L}}'’-])"
)
_UNITED = regex.compile(r"(?<![\p{L}'’-])United[ \u00a0]+Nation(?P<mark>['’])s(?![\p{L}'’-])")


def _plural_owner(text: str) -> str | None:
    """ "two nation’s" → "two nations’" (the text's own apostrophe, the owner's case)."""
    m = _COUNTED.fullmatch(text)
    if m is None:
        return None
    owner = m.group("owner")
    plural = _PLURALS[owner.lower()]
    if owner[0].isupper():
        plural = plural[0].upper() + plural[1:]
    return text[: m.start("owner")] + plural + m.group("mark")


def _united_nations(text: str) -> str | None:
    """ "United Nation’s" → "United Nations’"."""
    m = _UNITED.fullmatch(text)
    return None if m is None else text[: -len(m.group("mark")) - 1] + "s" + m.group("mark")


SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        _COUNTED,
        "more than one owner takes the plural possessive: “the two nations’ leaders”, “both "
        "countries’ ministers” (两国)",
        _plural_owner,
        None,
    ),
    (
        _UNITED,
        "the United Nations is plural in form: “the United Nations’ agencies”",
        _united_nations,
        None,
    ),
)

# Columnar prefilter (Rust regex): a counting word before an owner and its possessive, or
# the United Nations' cut short.
PREFILTER = rf"(?i:\b(?:{_COUNT}) (?:{_OWNER})['’]s\b)|\bUnited Nation['’]s\b"
