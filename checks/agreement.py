"""Number agreement inside a noun phrase, for E804 and E805: whether a word is a regular
plural of a common English noun, and whether the words after it close the noun phrase.

A plural is told from a singular that happens to end in "s" ("news", "series", "means",
"headquarters") by its ending and a list, and from the third person of a verb ("says",
"plans") by how often the stem takes "-ed" and "-ing" (wordfreq's frequencies): "revenues"
has no "revenued", "projects" has "projected". A noun phrase is closed when the next token is
punctuation, the end of the text, a function word ("of", "to", "is", "were") or a verb in
"-ed" ("attended"): a noun followed by another noun is a modifier ("a goods train", "two
county governments"), and "and" or "or" may join two modifiers ("a goods and services
tax"), so they close it only before a new phrase ("and even", "and six courts").
"""

from __future__ import annotations

from functools import cache

import regex

from tifa.glossary.frequency import zipf

COMMON_STEM = 3.3  # the singular must be an everyday word (Zipf)
VERB_FORM = 2.5  # a stem whose "-ed" or "-ing" form is this common is also a verb

# Words ending in "s" that are singular (or take "a" as one) although what is left without
# the "s" is an English word: each would be a false "plural" after "a".
SINGULAR_IN_S = frozenset(
    {
        "afterwards",
        "alias",
        "arms",
        "backwards",
        "barracks",
        "bellows",
        "besides",
        "billiards",
        "bus",
        "chaos",
        "cosmos",
        "corps",
        "crossroads",
        "customs",
        "diabetes",
        "downstairs",
        "forwards",
        "gallows",
        "gas",
        "goes",
        "has",
        "his",
        "its",
        "goods",
        "headquarters",
        "indoors",
        "innings",
        "kudos",
        "lens",
        "means",
        "measles",
        "mews",
        "news",
        "odds",
        "oops",
        "outdoors",
        "overseas",
        "premises",
        "savings",
        "series",
        "shambles",
        "sometimes",
        "species",
        "summons",
        "this",
        "thanks",
        "towards",
        "trans",
        "upstairs",
        "was",
        "whereabouts",
        "works",
        "yes",
    }
)
# Endings of singular words: "business", "status", "analysis", "famous", "economics".
_SINGULAR_ENDINGS = ("ss", "us", "is", "ous", "ics", "ys")

# Function words and auxiliaries that close the noun phrase before them.
CLOSING_WORDS = frozenset(
    {
        "about",
        "across",
        "although",
        "because",
        "after",
        "among",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "between",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "during",
        "for",
        "from",
        "had",
        "has",
        "have",
        "how",
        "if",
        "in",
        "into",
        "is",
        "may",
        "might",
        "must",
        "of",
        "on",
        "over",
        "shall",
        "should",
        "since",
        "than",
        "that",
        "the",
        "though",
        "through",
        "to",
        "under",
        "unless",
        "until",
        "was",
        "were",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "will",
        "with",
        "within",
        "would",
    }
)

NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Words that count or measure: after "a" they take a plural ("a few days", "a dozen
# cities"), after a number they make a compound ("two million", "three year plan").
QUANTITY_WORDS = frozenset(
    {
        "few",
        "couple",
        "dozen",
        "score",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "trillion",
        "lot",
        "percent",
        "per",
        "cent",
        "times",
        "yuan",
        "dollar",
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "decade",
        "century",
        "kilometer",
        "kilometre",
        "meter",
        "metre",
        "mile",
        "storey",
        "story",
        "star",
        "way",
        "level",
        "tier",
        "party",
        "in",
        "of",
    }
)

_NEXT = regex.compile(r"[ \u00a0]*(?:(\p{L}+|\d[\d,]*)|(\S)|$)")
# After "and" or "or", words that open a clause or a new noun phrase of its own ("an
# excuses and even revile", "six tax bureau and the courts"), where a noun would make the
# first a modifier ("a goods and services tax").
_NEW_PHRASE = frozenset(
    {"a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "even", "also"}
    | {"then", "other", "so", "not", "still", "later", "finally", "thus", "all", "some"}
)


def singular_of(word: str) -> str | None:
    """The everyday singular `word` (lower case) is the regular plural of, or None: a word
    that is singular though it ends in "s", or whose stem is rare or not a word."""
    if word in SINGULAR_IN_S or not word.endswith("s") or word.endswith(_SINGULAR_ENDINGS):
        return None
    stems = [word[:-1]]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    elif word.endswith(("ses", "xes", "zes", "ches", "shes")):
        stems.append(word[:-2])
    best = max(stems, key=lambda s: (zipf(s), s))
    return best if len(best) >= 3 and zipf(best) >= COMMON_STEM else None


@cache
def also_a_verb(singular: str) -> bool:
    """Whether `singular` is as often a verb: its "-ed" or "-ing" form is common, so its
    "-s" form may be a verb's ("says", "plans") rather than a plural."""
    base = singular[:-1] if singular.endswith("e") else singular
    forms = [base + "ed", base + "ing", singular + "d", singular + singular[-1:] + "ing"]
    if singular.endswith("y") and singular[-2:-1] not in tuple("aeiou"):
        forms.append(singular[:-1] + "ied")
    return any(zipf(f) >= VERB_FORM for f in forms)


# Auxiliaries: after a word that may also be a verb ("the two meeting in Beijing", "the
# two delegate to deputies"), only these, punctuation or a past form show that it was a noun.
AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
    | {"should", "may", "might", "must", "shall", "do", "does", "did"}
)


def closes_phrase(text: str, end: int, strict: bool = False) -> bool:
    """Whether the noun phrase ends at `end`: punctuation (not an apostrophe or hyphen), the
    end of the text or a function word follows; `strict`, for a word that may be a verb,
    only punctuation, an auxiliary or a past form."""
    m = _NEXT.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word in ("and", "or"):
        return not strict and _opens_phrase(text, m.end())
    if word is not None:
        closing = AUXILIARIES if strict else CLOSING_WORDS
        return word in closing or _past_verb(word)
    mark = m.group(2)
    return mark is None or mark in '.,;:!?)]”"—–'


def _past_verb(word: str) -> bool:
    """Whether `word` reads as a verb's past form ("attended", "signed"), which no noun
    phrase continues with: short words in "-ed" are as often nouns ("seed", "speed")."""
    return len(word) >= 6 and word.endswith("ed") and word != "hundred"


def _opens_phrase(text: str, end: int) -> bool:
    """Whether the words after a conjunction ending at `end` open a phrase of their own:
    a determiner, an adverb or a function word, or a number with a plural ("and six
    courts"; "three district and two county governments" shares its noun)."""
    m = _NEXT.match(text, end)
    word = m.group(1) if m else None
    if word is None or m is None:
        return False
    if word in CLOSING_WORDS or word in _NEW_PHRASE:
        return True
    if word in NUMBER_WORDS or word[:1].isdigit():
        after = _NEXT.match(text, m.end())
        noun = after.group(1) if after else None
        return noun is not None and singular_of(noun) is not None
    return False
