"""A place named with the province or country it lies in, the aside opened and never closed.

"in Kunming, Yunnan Province on Monday": the comma after the city opens an aside naming the
wider place, and English closes it ("…, Yunnan Province, on Monday"). Without the second
comma the province reads as part of what follows. The wider place must be one a reader can
tell is wider: a province-level division from the gazetteer (optionally with its level
word), or a country from the short list below. The narrower place must not itself be a
province-level division, so a list of two provinces ("in Hebei, Shandong and …") is not an
aside. Only a verb beginning the predicate may follow the wider place ("… Yunnan Province
opened", "… Germany signed"): there the missing comma makes the province the verb's
subject. A time or a purpose after it ("in Xiamen, Fujian province on Sept 21", "toured
Wenzhou, Zhejiang province to learn") is left alone: Xinhua and China Daily print it so, and
editors judged it house style. "and" or "or" make the pair a list and are never read.
"""

from __future__ import annotations

import regex

from tifa.glossary.gazetteer import levels

# Levels a narrower place is never called by: "in Hebei, Shandong …" lists two provinces.
_WIDE_LEVELS = frozenset(["province", "autonomous region", "municipality"])
# Countries a Chinese news page names after a foreign city ("Hesse, Germany"): those whose
# cities and states are twinned with, or visited from, Chinese places most often. A country
# not listed is simply not read; the list only has to be right, not complete.
COUNTRIES = frozenset(
    [
        "China",
        "Germany",
        "France",
        "Italy",
        "Spain",
        "Portugal",
        "Britain",
        "England",
        "Scotland",
        "Ireland",
        "Russia",
        "Poland",
        "Hungary",
        "Austria",
        "Switzerland",
        "Belgium",
        "Netherlands",
        "Denmark",
        "Sweden",
        "Norway",
        "Finland",
        "Greece",
        "Turkey",
        "Egypt",
        "Kenya",
        "Nigeria",
        "Ethiopia",
        "Brazil",
        "Argentina",
        "Chile",
        "Peru",
        "Mexico",
        "Canada",
        "Australia",
        "Japan",
        "Korea",
        "Singapore",
        "Malaysia",
        "Thailand",
        "Vietnam",
        "Indonesia",
        "Cambodia",
        "Laos",
        "Myanmar",
        "Pakistan",
        "India",
        "Kazakhstan",
        "Uzbekistan",
        "Mongolia",
        "Israel",
        "Iran",
        "Serbia",
        "Belarus",
        "Ukraine",
        "Romania",
        "Bulgaria",
        "Czechia",
        "Slovakia",
        "Slovenia",
        "Croatia",
        "Cuba",
        "Uruguay",
        "Colombia",
    ]
)
# Words that may follow the wider place for the aside to be read as left open: a verb that
# begins the predicate. A time or purpose phrase is house style in professional copy, and
# "and"/"or" make a list of places: neither is read.
# Any past form in "-ed" opens the predicate when its object follows with a determiner or
# a describing word ("forged great success", "briefed the press", "deployed relevant work"):
# a participle that qualifies the noun before it takes a preposition ("based in", "located
# at", "engaged in") or "by", never these.
PAST_PREDICATE = (
    r"\p{Ll}{3,}ed(?= (?:the|a|an|his|her|their|its|this|these|those|all|relevant|great"
    r"|important|key|new|warm|major|\d)[ ,.])"
)
# The same for a prefilter, which cannot look ahead: any word in "-ed".
PAST_FORM = r"\p{Ll}{3,}ed"
_AFTER_WORDS = r"was|were|is|are|has|have|will|held|hosted|signed|attended|launched|opened|visited"
_AFTER = f"{_AFTER_WORDS}|{PAST_PREDICATE}"
_CAP_WORD = r"\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)?"
_NARROW_LEVEL = r"(?: (?:[Cc]ity|[Dd]istrict|[Cc]ounty|[Tt]own(?:ship)?|[Vv]illage|[Mm]etropolitan [Aa]rea|[Nn]ew [Aa]rea))?"
_WIDE_LEVEL = (
    r"(?: (?:[Pp]rovince|[Mm]unicipality|(?:"
    + _CAP_WORD
    + r" )?(?:Autonomous Region|autonomous region)))?"
)
_COUNTY_LEVEL = regex.compile(r" (?:[Dd]istrict|[Cc]ounty|[Tt]own(?:ship)?|[Vv]illage)$")
PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}])(?:in|at|from|to|with|near|visited|toured|of)[ \u00a0]"
    rf"(?P<narrow>{_CAP_WORD}(?: {_CAP_WORD})?{_NARROW_LEVEL}), "
    rf"(?P<wide>(?P<place>{_CAP_WORD}){_WIDE_LEVEL})"
    rf" (?P<after>{_AFTER})(?![\p{{L}}\p{{N}}'’-])"
)
PREFILTER = (
    r"\b(?:in|at|from|to|with|near|visited|toured|of) \p{Lu}[^,.;:!?\n]{1,60}, \p{Lu}[^,.;:!?\n]{1,50} (?:"
    + f"{_AFTER_WORDS}|{PAST_FORM}"
    + r")\b"
)
MESSAGE = (
    "a place named with its province or country: the aside is opened by a comma and never closed"
)


def _is_wide(place: str, wide: str, narrow: str) -> bool:
    """A province-level division, a country, or (after a district or county) any city the
    gazetteer knows: "Wujiang District, Suzhou"."""
    if place in COUNTRIES:
        return wide == place
    found = levels().get(place, ())
    if _COUNTY_LEVEL.search(narrow):
        return bool(found)
    return any(level in _WIDE_LEVELS for level in found)


# Continents and world regions: "links Asia with Europe, Xinjiang is …" joins two clauses
# with a comma after a continent; no province lies in Europe.
_REGIONS = frozenset(
    [
        "Asia",
        "Europe",
        "Africa",
        "America",
        "Americas",
        "Oceania",
        "Eurasia",
        "Antarctica",
        "Arctic",
        "Latin America",
        "North America",
        "South America",
        "Central Asia",
        "Southeast Asia",
        "South Asia",
        "West Asia",
        "East Asia",
        "Northeast Asia",
        "Middle East",
        "Eastern Europe",
        "Western Europe",
        "Central Europe",
        "Northern Europe",
        "Southern Europe",
        "Pacific",
        "Atlantic",
    ]
)


def _is_narrow(narrow: str) -> bool:
    """A place smaller than a province: never a province-level division (a special
    administrative region too: "During the visit to Hong Kong, Hainan held …" opens with a
    phrase, and no province lies in Hong Kong), a country, a continent or a world region."""
    return (
        narrow not in COUNTRIES
        and narrow not in _REGIONS
        and not any(
            level in _WIDE_LEVELS or level == "special administrative region"
            for level in levels().get(narrow, ())
        )
    )


# A foreign place and its country, then a phrase of time or place with no comma closing the
# aside ("signed with Oita, Japan on October 18", "led a delegation to Johannesburg, South
# Africa from Aug 25"): the country is read as the start of what follows. Only a country:
# a Chinese province before a date ("in Xiamen, Fujian province on Sept 21") is the
# agencies' house style and left alone (see above). A preposition in lower case must bring
# in the place, so that a sentence's opening phrase ("In Shanghai, China on Monday
# announced …", where the country is the subject) is never read.
_MORE_COUNTRIES = (
    "South Africa",
    "South Korea",
    "New Zealand",
    "Sri Lanka",
    "Saudi Arabia",
    "Costa Rica",
    "the United States",
    "the United Kingdom",
    "the Philippines",
    "the Netherlands",
    "the Czech Republic",
)
_COUNTRY_NAMES = "|".join(
    sorted((regex.escape(c) for c in (*COUNTRIES, *_MORE_COUNTRIES)), key=lambda c: (-len(c), c))
)
_TIME_OR_PLACE = r"on|in|at|from|to|for|during|last|this|next|since"
COUNTRY_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}])(?-i:in|at|from|to|with|near|visited|toured|of)[ \u00a0]"
    rf"(?P<narrow>{_CAP_WORD}(?: {_CAP_WORD})?{_NARROW_LEVEL}), "
    rf"(?P<wide>(?P<place>{_COUNTRY_NAMES}))"
    rf" (?P<after>{_TIME_OR_PLACE})(?![\p{{L}}\p{{N}}'’-])"
)
COUNTRY_PREFILTER = (
    r"\b(?:in|at|from|to|with|near|visited|toured|of) \p{Lu}[^,.;:!?\n]{1,40}, "
    rf"(?:{_COUNTRY_NAMES}) (?:{_TIME_OR_PLACE})\b"
)


def country_closing(m: regex.Match[str]) -> tuple[int, int, str] | None:
    """(start, end, suggestion) for a match of COUNTRY_PATTERN: a place smaller than a
    country, then its country, the aside left open before a phrase of time or place."""
    if not _is_narrow(m.group("narrow")):
        return None
    return m.start("wide"), m.end("after"), f"{m.group('wide')}, {m.group('after')}"


# A phrase that opens the sentence and ends at the comma ("According to Zhao, Liaoning
# will …", "Compared with Dalian, Jilin has …", "Thanks to Anshan, Liaoning is …"): what
# follows the comma is the sentence's subject, not the province the first place lies in.
_OPENING_PHRASE = regex.compile(
    r"(?i)(?<![\p{L}'’-])(?:according|thanks|due|owing|compared|prior|contrary|similar|next"
    r"|close|addition|relative|together|along|in[ \u00a0]+line|in[ \u00a0]+contrast)[ \u00a0]+$"
)


def closing(m: regex.Match[str]) -> tuple[int, int, str] | None:
    """(start, end, suggestion) for a match of PATTERN whose aside is a place and is not
    closed; None when the pair is not a narrower place and a wider one, or when the first
    is the end of an opening phrase ("According to Zhao, Liaoning will …")."""
    if _OPENING_PHRASE.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    if not _is_wide(m.group("place"), m.group("wide"), m.group("narrow")) or not _is_narrow(
        m.group("narrow")
    ):
        return None
    return m.start("wide"), m.end("after"), f"{m.group('wide')}, {m.group('after')}"
