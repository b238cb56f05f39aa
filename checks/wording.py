"""Wording slips common in English translated from Chinese, for E801: each a pattern, what is
wrong with it and the mended form.

Only slips that are wrong wherever they stand are listed: an uncountable noun made plural
("cooperations"), a preposition after a verb that takes none ("discuss about"), a perfect
tense built on a simple past or a bare verb ("has took", "has hold"), and a few fixed
phrases cut short ("well-know"). House style and debatable usage are not slips.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex


@dataclass(frozen=True)
class Slip:
    """One kind of slip: `pattern` finds it, `why` explains it, `mend` maps a match to the
    mended text (None where only a person can mend it)."""

    pattern: regex.Pattern[str]
    why: str
    mend: dict[str, str]


def _words(pairs: dict[str, str]) -> str:
    return "|".join(sorted(pairs, key=lambda w: (-len(w), w)))


# Nouns English does not count: their plural is a slip in any context.
UNCOUNTABLE = {
    "cooperations": "cooperation",
    "equipments": "equipment",
    "informations": "information",
    "advices": "advice",
    "furnitures": "furniture",
    "feedbacks": "feedback",
    "knowledges": "knowledge",
    "personnels": "personnel",
    "machineries": "machinery",
    "luggages": "luggage",
    "baggages": "baggage",
}
# Verbs that take their object directly.
NO_PREPOSITION = {
    "discuss about": "discuss",
    "discussed about": "discussed",
    "discussing about": "discussing",
    "discusses about": "discusses",
    "emphasize on": "emphasize",
    "emphasized on": "emphasized",
    "emphasise on": "emphasise",
    "emphasised on": "emphasised",
    "return back": "return",
    "returned back": "returned",
}
# Irregular verbs whose simple past (or bare form) is not the participle "has" needs.
PARTICIPLES = {
    "took": "taken",
    "began": "begun",
    "gave": "given",
    "went": "gone",
    "wrote": "written",
    "spoke": "spoken",
    "broke": "broken",
    "chose": "chosen",
    "drove": "driven",
    "rose": "risen",
    "grew": "grown",
    "flew": "flown",
    "knew": "known",
    "drew": "drawn",
    "hold": "held",
    "undertook": "undertaken",
}
FIXED = {
    "well-know": "well-known",
    "so-call": "so-called",
}

SLIPS = (
    Slip(
        regex.compile(rf"(?i)(?<![\p{{L}}-])(?:{_words(UNCOUNTABLE)})(?![\p{{L}}-])"),
        "an uncountable noun has no plural",
        UNCOUNTABLE,
    ),
    Slip(
        regex.compile(rf"(?i)(?<![\p{{L}}-])(?:{_words(NO_PREPOSITION)})(?![\p{{L}}-])"),
        "the verb takes its object directly",
        NO_PREPOSITION,
    ),
    Slip(
        # "has hold of" is a phrase of its own; "had rose" and "has grew" are slips.
        regex.compile(
            rf"(?<![\p{{L}}-])(?:[Hh]as|[Hh]ave|[Hh]ad) (?:{_words(PARTICIPLES)})(?![\p{{L}}-])"
            r"(?! of\b)"
        ),
        "the perfect tense takes the past participle",
        {},
    ),
    Slip(
        regex.compile(rf"(?i)(?<![\p{{L}}-])(?:{_words(FIXED)})(?![\p{{L}}-])"),
        "a fixed phrase cut short",
        FIXED,
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])the early of(?![\p{L}-])"),
        "“early” is not a noun: “early this year”, “the beginning of”",
        {},
    ),
)

# Columnar prefilter (Rust regex): every slip's key word.
PREFILTER = (
    rf"(?i)\b(?:{_words(UNCOUNTABLE)}|{_words(NO_PREPOSITION)}|{_words(FIXED)}|the early of"
    rf"|(?:has|have|had) (?:{_words(PARTICIPLES)}))\b"
)


def mended(slip: Slip, text: str) -> str | None:
    """The mended form of `text`, a match of `slip`, keeping its first letter's case."""
    lower = text.lower()
    if slip.mend:
        fixed = slip.mend.get(lower)
    elif lower.split(" ", 1)[-1] in PARTICIPLES:
        aux, verb = text.split(" ", 1)
        fixed = f"{aux.lower()} {PARTICIPLES[verb.lower()]}"
    else:
        return None
    if fixed is None:
        return None
    return fixed[:1].upper() + fixed[1:] if text[:1].isupper() else fixed
