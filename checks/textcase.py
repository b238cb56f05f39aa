"""Small text helpers shared by rules: carrying the case of flagged text over to a suggestion."""

from __future__ import annotations

from tifa.glossary.normalize import SMALL_WORDS


def capital_as(original: str, word: str) -> str:
    """`word` with a capital first letter where `original` opens with one, as written
    otherwise: "Listened" → "Heard", "listened" → "heard"."""
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def match_case(original: str, suggestion: str) -> str:
    """Give `suggestion` the capitalisation style of `original`.

    ALL CAPS stays all caps; Title Case (every long word capitalised) becomes Title Case;
    a capital first letter is kept, unless it opens an acronym; otherwise the suggestion is
    returned as written (glossary forms carry their own capitals: "Belt and Road Initiative").
    """
    letters = [c for c in original if c.isalpha()]
    if not letters or not suggestion:
        return suggestion
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return suggestion.upper()
    first = original.split()[0] if original.split() else ""
    if len(first) > 1 and first.isalpha() and first.isupper():
        # A leading acronym ("CPC leading group", "CPC Leadership Group") capitalises itself,
        # not the phrase: the glossary form is given as written.
        return suggestion
    words = [w for w in original.split() if w[:1].isalpha()]
    long_words = [w for w in words if w.lower() not in SMALL_WORDS]
    if len(words) > 1 and long_words and all(w[0].isupper() for w in long_words):
        return " ".join(
            w if (w.lower() in SMALL_WORDS and i) else w[:1].upper() + w[1:]
            for i, w in enumerate(suggestion.split(" "))
        )
    if original[0].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


_APOSTROPHES = "'’"


def looks_plural(phrase: str) -> bool:
    """Whether the last word ends like a plural: "-s", but not "-ss", "-us" or "-is"."""
    lower = phrase.lower()
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def _plural(phrase: str) -> str:
    """The regular plural of a phrase's last word: "channel" → "channels", "city" → "cities",
    "tax" → "taxes"."""
    lower = phrase.lower()
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return phrase[:-1] + ("IES" if phrase[-1].isupper() else "ies")
    ending = "es" if lower.endswith(("s", "x", "z", "ch", "sh")) else "s"
    return phrase + (ending.upper() if phrase[-1:].isupper() and len(phrase) > 1 else ending)


def inflect(phrase: str, suffix: str) -> tuple[str, bool]:
    """`phrase` with the ending `suffix` a matched rendering carried ("s", "es", "'s", "s’"),
    and whether the result is certain.

    A phrase whose last word already ends in "s" ("traditional industries", "two sessions")
    gets no second plural ending, and is not certain: it may be singular ("Congress").
    """
    if not suffix:
        return phrase, True
    plural_form = suffix.lower() in ("s", "es")
    apostrophe = next((c for c in suffix if c in _APOSTROPHES), "’")
    if looks_plural(phrase):
        return (phrase if plural_form else phrase + apostrophe), False
    if plural_form:
        return _plural(phrase), True
    if suffix[0] in _APOSTROPHES:  # possessive: "Initiative's"
        return phrase + suffix, True
    return _plural(phrase) + apostrophe, True  # plural possessive: "channels’"
