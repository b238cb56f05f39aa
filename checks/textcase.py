"""Small text helpers shared by rules: carrying the case of flagged text over to a suggestion."""

from __future__ import annotations

from tifa.glossary.normalize import SMALL_WORDS


def match_case(original: str, suggestion: str) -> str:
    """Give `suggestion` the capitalisation style of `original`.

    ALL CAPS stays all caps; Title Case (every long word capitalised) becomes Title Case;
    a capital first letter is kept; otherwise the suggestion is returned as written (glossary
    forms carry their own capitals: "Belt and Road Initiative").
    """
    letters = [c for c in original if c.isalpha()]
    if not letters or not suggestion:
        return suggestion
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return suggestion.upper()
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
