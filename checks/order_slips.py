"""Slips of word order for E801 (`wording`): "other" before a number.

Chinese puts 其他 before the count (其他四家公司, 其他20多位代表); English puts the number
first: "four other companies", "more than 20 other representatives". Only "other" with no
determiner before it: "the other two companies", "its other three plants", "each other" and
"every other" are English, and a year after "other" ("other 2019 projects") is no count.
"""

from __future__ import annotations

import regex

from tifa.checks.grammar_slips import Keep, Mend

_S = r"[ \u00a0]+"
_COUNT = (
    r"(?:(?!(?:19|20)\d\d(?![\d,]))\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|hundreds|thousands)"
)
_OTHER_COUNT = regex.compile(
    r"(?<![\p{L}'’-])(?<!(?:the|these|those|their|its|our|his|her|my|your|each|every|any|no"
    r"|The|These|Those|Their|Its|Our|His|Her|My|Your|Each|Every|Any|No)"
    rf"{_S})(?P<other>[Oo]ther){_S}"
    rf"(?P<count>(?:(?:over|more{_S}than|nearly|about|almost|some|around){_S})?{_COUNT})"
    r"(?![\p{L}\d'’-])"
)


def _number_first(text: str) -> str:
    """ "other four" → "four other"; "other over 20" → "over 20 other"."""
    m = _OTHER_COUNT.fullmatch(text) or _OTHER_COUNT.search(text)
    if m is None:
        return text
    count = m.group("count")
    if text[:1] == "O":
        count = count[:1].upper() + count[1:]
    return f"{count} other"


SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        _OTHER_COUNT,
        "English puts the number before “other”: “four other companies”, “more than 20 "
        "other representatives” (其他四家)",
        _number_first,
        None,
    ),
)

# Columnar prefilter (Rust regex): the key words.
PREFILTER = r"\b[Oo]ther (?:(?:over|more than|nearly|about|almost|some|around) )?(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|hundreds|thousands)"
