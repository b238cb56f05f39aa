"""Compound modifiers of this register left open before their noun, for E801: "opening up
policies", "people to people exchanges", "high quality development".

Each compound is listed with the nouns it stands before in Chinese-government English; the
noun must follow, so the words used otherwise are left alone ("the opening up of the
port", "in the long term", "the state owned the land", "a delegation went from people to
people"). Before such a noun a compound modifier is hyphenated in every style guide.
"""

from __future__ import annotations

import regex

# Open form -> the nouns it modifies here. The hyphenated form joins the open form's words
# with hyphens, except where a pair of adjectives shares the last one ("small and medium
# sized" -> "small and medium-sized").
_NOUNS: dict[str, str] = {
    "opening up": r"polic(?:y|ies)|endeavou?rs?|drive|strateg(?:y|ies)",
    "people to people": (
        r"exchanges?|ties|bonds|friendship|connectivity|contacts?|diplomacy|links"
        r"|communication|connections"
    ),
    "high quality": r"development|growth",
    "long term": r"mechanisms?",
    "state owned": (
        r"enterprises?|compan(?:y|ies)|firms?|assets|banks?|capital|economy|sector"
        r"|holdings|SOEs?"
    ),
    "small and medium sized": r"enterprises?|compan(?:y|ies)|firms?|businesses|cities|towns",
    "well off": r"society|famil(?:y|ies)|households?|life|lives|level",
    "in depth": (
        r"cooperation|exchanges?|discussions?|talks|communication|integration|reform"
        r"|dialogue|interviews?|analysis|research|study|studies"
    ),
    "cross border": (
        r"e-commerce|trade|investment|payments?|settlement|tourism|cooperation|logistics"
        r"|transport|travel|RMB|renminbi|data|capital|flows?"
    ),
}
# Open forms whose last word alone takes the hyphen ("small and medium-sized").
_SHARED = frozenset({"small and medium sized"})


def hyphenated(open_form: str) -> str:
    """The hyphenated form of an open compound (keeping the case of its letters)."""
    words = open_form.split()
    if " ".join(words).lower() in _SHARED:
        return " ".join(words[:-1]) + "-" + words[-1]
    return "-".join(words)


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

# Words before "long term" or "cross border" that make them something else: "in the long
# term", a verb "to cross border".
_NOT_A_MODIFIER = regex.compile(
    r"(?i)(?:(?:in|over|for) the|(?:to|can|could|will|would|must|may|that|who|which|they))\s+$"
)


def verb_or_idiom(m: regex.Match[str]) -> bool:
    """True where the match is not a compound modifier: "in the long term mechanisms
    were…" reads as the idiom, "trucks that cross border ports" as the verb."""
    first = m.group().split()[0].lower()
    if first not in {"long", "cross"}:
        return False
    return _NOT_A_MODIFIER.search(m.string, max(0, m.start() - 20), m.start()) is not None
