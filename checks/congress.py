"""Patterns for a people's congress named by its term, level and place, shared by the rules
that check what its members and sittings are called (T114, T115)."""

from __future__ import annotations

S = r"[ \u00a0]+"
EDGE_L = r"(?<![\p{L}\p{N}'’-])"
ORDINAL = (
    r"\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
    r"|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth"
    r"|Nineteenth|Twentieth"
)
LEVEL = r"(?i:National|Provincial|Municipal|City|District|County|Township|Town|Prefectural)"
PLACE = r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?"
# "people's congress" in any case, with or without its apostrophe ("peoples congress").
PEOPLES_CONGRESS = rf"(?i:people['’]?s{S}congress)"
# A people's congress by name: "the Fifth Municipal People's Congress", "the 13th NPC",
# "municipal people's congresses", "Kunshan Municipal People's Congress". It ends the name:
# a capitalised word after it ("… People's Congress Standing Committee") makes it part of
# another body's name.
CONGRESS = (
    rf"(?:(?i:the){S})?(?:(?P<ordinal>(?i:{ORDINAL}))(?i:{S}|-))?(?:(?P<place>{PLACE}){S})?"
    rf"(?:{LEVEL}{S})?(?:{PEOPLES_CONGRESS}(?P<plural>es)?|NPC)"
    rf"(?![\p{{L}}'’-])(?!{S}\p{{Lu}})"
)
