"""Parties in the plural before a lower-case "party": the parties of the world, not the CPC.

"Ruling parties around the world face the same tasks of party building" speaks of every
party's building: "party" there keeps its lower case, where in "the county
strengthened party building" it is the Communist Party of China's and takes a capital. The
rules that capitalise the Party (N207, and T108 for its glossary terms) read the sentence
before the word for parties named in the plural.
"""

from __future__ import annotations

import regex

_S = r"[ \u00a0]+"
# "political parties", "other parties", "the world's parties", "parties worldwide", "parties
# around the world", "parties of all countries".
_MANY_PARTIES = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:(?:political|other|foreign|ruling|all|world['’]s){_S}parties"
    rf"|parties{_S}(?:worldwide|around{_S}the{_S}world|across{_S}the{_S}world"
    rf"|of{_S}(?:all|other|the{_S}world|different)))(?![\p{{L}}])"
)
# What ends the sentence or the clause before the word.
_STOPS = (". ", "; ", "! ", "? ")


def many_parties_before(text: str, at: int) -> bool:
    """Whether parties in the plural stand earlier in the sentence of `text` that holds
    offset `at`."""
    opens = max(text.rfind(stop, 0, at) for stop in _STOPS)
    return bool(_MANY_PARTIES.search(text, opens + 1, at))
