"""Compound modifiers of this register left open before their noun, for E801: "opening up
policies", "people to people exchanges". ("high quality development" is the glossary's: T101
reports it as an avoided rendering of 高质量发展, so E801 does not report it a second time.)

Each compound is listed with the nouns it stands before in Chinese-government English; the
noun must follow, so the words used otherwise are left alone ("the opening up of the
port", "spread from people to people", "products of high quality"). Before such a noun a
compound modifier is hyphenated in every style guide.
"""

from __future__ import annotations

import regex

# Open form -> the nouns it modifies here. Only forms seen open on several real pages of
# the genre are listed.
_NOUNS: dict[str, str] = {
    "opening up": r"polic(?:y|ies)|endeavou?rs?|drive|strateg(?:y|ies)",
    "people to people": (
        r"exchanges?|ties|bonds|friendship|connectivity|contacts?|diplomacy|links"
        r"|communication|connections"
    ),
}


def hyphenated(open_form: str) -> str:
    """The hyphenated form of an open compound (keeping the case of its letters)."""
    return "-".join(open_form.split())


def _alternatives(words: str) -> str:
    return r"\s+".join(words.split(" "))


PATTERN = regex.compile(
    r"(?i)(?<![\p{L}-])(?:"
    + "|".join(
        rf"{_alternatives(form)}(?=\s+(?:{nouns})(?![\p{{L}}-]))" for form, nouns in _NOUNS.items()
    )
    + ")"
)

# Column prefilter (Rust regex): any open form followed by a word.
PREFILTER = r"\b(?:" + "|".join(_alternatives(f) for f in _NOUNS) + r")\s+\w"
