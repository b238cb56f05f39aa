"""Chinese place names written wrong: a city's name a letter off, in an old romanisation, or
in lower case. Shared by N203 (misspellings) and N209 (case).

Everything is measured against the gazetteer (provincial and prefecture-level divisions in
their standard pinyin spelling, ``tifa.glossary.gazetteer``). Counties and districts are not
listed, and pinyin names are dense (Yanzhou is a district one letter from the city of
Yangzhou), so a slip that is itself pinyin is only ever a candidate, for the document to
confirm; a slip that is no pinyin and no English word is one outright ("Kashigar").
"""

from __future__ import annotations

from functools import cache

import regex

from tifa.checks.misspelling import one_edit
from tifa.glossary.frequency import zipf
from tifa.glossary.gazetteer import is_place, level_word, levels
from tifa.glossary.names import split_syllables

# Shorter names have too many one-letter neighbours among real places and words.
MIN_LENGTH = 6
# At or above this Zipf frequency a word is one English writes (a word, or a name it uses
# often): never a slip of a city's name.
ENGLISH = 2.0

# Postal and Wade-Giles spellings of places whose standard spelling is now pinyin (the
# Chinese Postal Map romanisation of 1906 and Wade-Giles; pinyin replaced them in 1979).
# They survive in proper names ("Peking University", "Canton Fair", "Tsingtao Brewery"),
# which the rule leaves alone; in running text beside the pinyin spelling they are a slip.
OLD_SPELLINGS = {
    "Peking": "Beijing",
    "Nanking": "Nanjing",
    "Tientsin": "Tianjin",
    "Tsingtao": "Qingdao",
    "Chungking": "Chongqing",
    "Amoy": "Xiamen",
    "Canton": "Guangzhou",
    "Hangchow": "Hangzhou",
    "Soochow": "Suzhou",
    "Foochow": "Fuzhou",
    "Swatow": "Shantou",
    "Urumchi": "Urumqi",
    "Sinkiang": "Xinjiang",
    "Kwangtung": "Guangdong",
    "Chekiang": "Zhejiang",
    "Kiangsu": "Jiangsu",
    "Fukien": "Fujian",
    "Kwangsi": "Guangxi",
    "Kweichow": "Guizhou",
    "Kweiyang": "Guiyang",
    "Kansu": "Gansu",
    "Honan": "Henan",
    "Hupeh": "Hubei",
    "Shensi": "Shaanxi",
    "Shansi": "Shanxi",
    "Tsinan": "Jinan",
    "Chengtu": "Chengdu",
    "Paotow": "Baotou",
}


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _cities() -> tuple[str, ...]:
    """The gazetteer's one-word names below provincial level, of MIN_LENGTH letters or more."""
    return tuple(
        name
        for name in sorted(levels())
        if len(name) >= MIN_LENGTH and name.isalpha() and level_word(name) != "Provincial"
    )


@cache
def _deletes_index() -> dict[str, tuple[str, ...]]:
    """Each city's name and its one-letter deletions (lower case) -> the cities: two words one
    edit apart share a key (the SymSpell idea)."""
    index: dict[str, set[str]] = {}
    for city in _cities():
        for key in _deletes(city.lower()):
            index.setdefault(key, set()).add(city)
    return {key: tuple(sorted(index[key])) for key in sorted(index)}


@cache
def city_slip(word: str) -> tuple[tuple[str, ...], bool]:
    """The cities `word` is one letter off, and whether it is a slip outright (one city, and
    `word` no pinyin and no English word). A pinyin slip may be a slip of any of its cities
    ("Chanzhou": Changzhou or Chaozhou) until the document shows which; no cities when `word`
    is short, a listed place or an English word."""
    low = word.lower()
    if len(word) < MIN_LENGTH or not word.isalpha() or is_place(word) or zipf(low) >= ENGLISH:
        return (), False
    index = _deletes_index()
    found = {
        city for key in _deletes(low) for city in index.get(key, ()) if one_edit(low, city.lower())
    }
    outright = len(found) == 1 and split_syllables(low) is None
    return tuple(sorted(found)), outright


# Lower-case names that are also English or another language's words, or that a lower-case
# text has other reasons to write ("to shanghai" someone; "baise" is French; "wuwei" is a
# Taoist idea written in lower case; Kashi is also a
# Hindi name).
_LOWER_CASE_WORDS = frozenset({"shanghai", "kashi", "baise", "wuwei"})
# Those of them N209 still reads after a preposition of place ("held in shanghai").
WORD_PLACES = _LOWER_CASE_WORDS


@cache
def lower_case_places() -> dict[str, str]:
    """The gazetteer's one-word names of five letters or more in lower case -> the name."""
    found: dict[str, str] = {}
    for name in sorted(levels()):
        low = name.lower()
        if len(name) >= 5 and name.isalpha() and low not in _LOWER_CASE_WORDS:
            found.setdefault(low, name)
    return found


_CAMEL_PART = regex.compile(r"\p{Lu}\p{Ll}+")


def pinyin_camel_case(word: str) -> str | None:
    """`word` with its inner capitals lowered, when it is pinyin written in two capitalised
    parts that are pinyin each ("QianXi" -> "Qianxi"); None otherwise."""
    parts: list[str] = _CAMEL_PART.findall(word)
    if len(parts) < 2 or "".join(parts) != word:
        return None
    if any(split_syllables(part.lower()) is None for part in parts):
        return None
    return word.capitalize()


# Countries and their adjectives that Chinese news pages name, of MIN_LENGTH letters or more:
# the names a slip of a country's name is measured against ("Philipines", "Indonisia"). The
# list only has to be right, not complete: a country not listed is simply not read. Variant
# spellings in use and neighbouring demonyms are listed so that they are never slips
# ("Kazakstan", "Nigerien").
COUNTRY_NAMES = frozenset(
    [
        "Afghanistan",
        "Afghan",
        "Albania",
        "Albanian",
        "Algeria",
        "Algerian",
        "Angola",
        "Angolan",
        "Argentina",
        "Argentine",
        "Argentinian",
        "Armenia",
        "Armenian",
        "Australia",
        "Australian",
        "Austria",
        "Austrian",
        "Azerbaijan",
        "Azerbaijani",
        "Bahrain",
        "Bahraini",
        "Bangladesh",
        "Bangladeshi",
        "Belarus",
        "Belarusian",
        "Belgium",
        "Belgian",
        "Bolivia",
        "Bolivian",
        "Botswana",
        "Brazil",
        "Brazilian",
        "Britain",
        "British",
        "Brunei",
        "Bulgaria",
        "Bulgarian",
        "Burundi",
        "Cambodia",
        "Cambodian",
        "Cameroon",
        "Cameroonian",
        "Canada",
        "Canadian",
        "Chinese",
        "Colombia",
        "Colombian",
        "Comoros",
        "Croatia",
        "Croatian",
        "Czechia",
        "Denmark",
        "Djibouti",
        "Ecuador",
        "Ecuadorian",
        "Egyptian",
        "England",
        "English",
        "Eritrea",
        "Eritrean",
        "Estonia",
        "Estonian",
        "Ethiopia",
        "Ethiopian",
        "Finland",
        "Finnish",
        "France",
        "French",
        "Gabonese",
        "Georgia",
        "Georgian",
        "German",
        "Germany",
        "Ghanaian",
        "Greece",
        "Grenada",
        "Guinea",
        "Guinean",
        "Hungary",
        "Hungarian",
        "Iceland",
        "Icelandic",
        "Indian",
        "Indonesia",
        "Indonesian",
        "Iranian",
        "Ireland",
        "Irish",
        "Israel",
        "Israeli",
        "Italian",
        "Jamaica",
        "Jamaican",
        "Japanese",
        "Jordan",
        "Jordanian",
        "Kazakhstan",
        "Kazakhstani",
        "Kazakstan",
        "Kenyan",
        "Kuwait",
        "Kuwaiti",
        "Kyrgyzstan",
        "Kyrgyz",
        "Laotian",
        "Latvia",
        "Latvian",
        "Lebanon",
        "Lebanese",
        "Liberia",
        "Liberian",
        "Libyan",
        "Lithuania",
        "Lithuanian",
        "Luxembourg",
        "Madagascar",
        "Malawi",
        "Malaysia",
        "Malaysian",
        "Maldives",
        "Mauritania",
        "Mauritius",
        "Mexican",
        "Mexico",
        "Moldova",
        "Mongolia",
        "Mongolian",
        "Montenegro",
        "Morocco",
        "Moroccan",
        "Mozambique",
        "Myanmar",
        "Namibia",
        "Namibian",
        "Nepalese",
        "Netherlands",
        "Nicaragua",
        "Nigeria",
        "Nigerian",
        "Niger",
        "Nigerien",
        "Norway",
        "Norwegian",
        "Pakistan",
        "Pakistani",
        "Panama",
        "Panamanian",
        "Paraguay",
        "Philippine",
        "Philippines",
        "Filipino",
        "Poland",
        "Polish",
        "Portugal",
        "Portuguese",
        "Romania",
        "Romanian",
        "Russia",
        "Russian",
        "Rwanda",
        "Rwandan",
        "Senegal",
        "Senegalese",
        "Serbia",
        "Serbian",
        "Singapore",
        "Singaporean",
        "Slovakia",
        "Slovak",
        "Slovenia",
        "Slovenian",
        "Somalia",
        "Somali",
        "Spanish",
        "Sweden",
        "Swedish",
        "Switzerland",
        "Syrian",
        "Tajikistan",
        "Tajik",
        "Tanzania",
        "Tanzanian",
        "Thailand",
        "Tunisia",
        "Tunisian",
        "Turkey",
        "Turkish",
        "Turkmenistan",
        "Turkmen",
        "Uganda",
        "Ugandan",
        "Ukraine",
        "Ukrainian",
        "Uruguay",
        "Uzbekistan",
        "Uzbek",
        "Venezuela",
        "Venezuelan",
        "Vietnam",
        "Vietnamese",
        "Zambia",
        "Zambian",
        "Zimbabwe",
        "Zimbabwean",
    ]
)


@cache
def country_slip(word: str) -> str | None:
    """The country (or its adjective) `word` is a slip of, outright: one letter off exactly one
    listed name of MIN_LENGTH letters or more, and itself no pinyin, no English word, no
    listed place and not the name with an "s" added (a plural or a possessive without its
    apostrophe is another matter)."""
    low = word.lower()
    if (
        len(word) < MIN_LENGTH
        or not word.isalpha()
        or word in COUNTRY_NAMES
        or is_place(word)
        or zipf(low) >= ENGLISH
        or split_syllables(low) is not None
    ):
        return None
    found = sorted(
        name
        for name in COUNTRY_NAMES
        if len(name) >= MIN_LENGTH and one_edit(low, name.lower()) and low != f"{name.lower()}s"
    )
    return found[0] if len(found) == 1 else None
