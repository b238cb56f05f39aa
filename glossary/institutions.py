"""The words that tell one institution, title or formulation from another.

Near-miss matching compares renderings word by word; these are the words whose change makes
another entity rather than a misspelling of the same one: an ordinal or number (the 19th
National Congress is not a misspelt 18th), an administrative level (provincial is not a wrong
municipal), and the head noun that says what kind of body a phrase names (a committee, a zone).
Rules that compare institution names (N206, T109) use the same vocabulary.
"""

from __future__ import annotations

# Administrative levels: a body at one level is another body at another level.
LEVEL_WORDS = frozenset(
    [
        "national",
        "central",
        "provincial",
        "province",
        "municipal",
        "municipality",
        "city",
        "prefectural",
        "prefecture",
        "district",
        "county",
        "town",
        "township",
        "village",
        "autonomous",
    ]
)
# Acronyms that carry a level: the NPC is the national congress, so a title without it may
# be a local congress's ("chairman of the Standing Committee of the People's Congress of
# Hebei Province"), not the national title cut short.
LEVEL_ACRONYMS = frozenset(["npc"])
# Words that end the name of a body: "Lushunkou District Party Committee" is complete.
HEAD_NOUNS = frozenset(
    [
        "administration",
        "agency",
        "area",
        "assembly",
        "association",
        "authority",
        "base",
        "bureau",
        "center",
        "centre",
        "commission",
        "committee",
        "conference",
        "congress",
        "corporation",
        "council",
        "court",
        "delegation",
        "department",
        "district",
        "federation",
        "government",
        "group",
        "institute",
        "league",
        "ministry",
        "office",
        "park",
        "procuratorate",
        "secretariat",
        "university",
        "zone",
    ]
)
# Nouns that go on from "Party" to name its members or units rather than a committee:
# "provincial Party organizations" is no cut-short "Provincial Party Committee".
PARTY_NOUNS = frozenset(
    [
        "boss",
        "branch",
        "building",
        "cadre",
        "chief",
        "head",
        "leader",
        "leadership",
        "member",
        "official",
        "organ",
        "organisation",
        "organization",
        "school",
        "secretary",
        "unit",
    ]
)
# Words that stand where an article does and point at a body named before: "secretary of its
# leading Party members' group" is the same title written about a body already named.
DETERMINERS = frozenset(
    ["its", "their", "this", "that", "these", "those", "our", "his", "her", "whose"]
)
# Head nouns that name the same kind of area, so that one zone named two ways can be seen.
AREA_SYNONYMS = {"area": "zone", "zone": "zone", "district": "zone"}
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "hundred",
        "thousand",
    ]
)
# China's provinces, autonomous regions and municipalities directly under the central
# government: the level a local congress has ("Liaoning Provincial People's Congress").
PROVINCES = frozenset(
    [
        "Anhui",
        "Fujian",
        "Gansu",
        "Guangdong",
        "Guizhou",
        "Hainan",
        "Hebei",
        "Heilongjiang",
        "Henan",
        "Hubei",
        "Hunan",
        "Jiangsu",
        "Jiangxi",
        "Jilin",
        "Liaoning",
        "Qinghai",
        "Shaanxi",
        "Shandong",
        "Shanxi",
        "Sichuan",
        "Yunnan",
        "Zhejiang",
        "Guangxi",
        "Ningxia",
        "Xinjiang",
        "Tibet",
        "Xizang",
        "Inner Mongolia",
    ]
)


def is_number(word: str) -> bool:
    """An ordinal or number, in figures or words: 19th, 14, second, twelve."""
    w = word.lower()
    if any(c.isdigit() for c in w):
        return True
    return w in _NUMBER_WORDS


def distinguishes(word: str) -> bool:
    """Whether changing, adding or dropping this word names another entity."""
    w = word.lower()
    return is_number(w) or w in LEVEL_WORDS or w in LEVEL_ACRONYMS
