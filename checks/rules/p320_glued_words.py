"""P320 glued-words."""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import Found, each_distinct, filter_distinct
from tifa.checks.misspelling import correction
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity
from tifa.checks.scan import distinct_words
from tifa.glossary.frequency import zipf
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import pinyin_surnames, split_syllables

# Short words that run into the next one in pasted text ("ofthis", "inDalian").
FUNCTION_WORDS = frozenset(
    [
        "of",
        "on",
        "in",
        "by",
        "to",
        "at",
        "as",
        "an",
        "is",
        "it",
        "or",
        "and",
        "the",
        "for",
        "with",
        "from",
    ]
)
MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
# Heads that English writes solid with a content word before them to name a plant or a
# creature ("sunflower", "globeflower", "blackberry", "goldfinch" aside): a dictionary may
# lack the rarer ones, which tourist and festival pages name, but "globe flower" is no fix.
SOLID_HEADS = frozenset(["flower", "berry", "bird", "fish", "weed", "worm", "wort", "grass"])
# English writes compounds with these solid ("antiepidemic", "overcapacity"): not two words.
PREFIXES = frozenset(
    [
        "anti",
        "over",
        "under",
        "non",
        "inter",
        "multi",
        "post",
        "pre",
        "co",
        "re",
        "sub",
        "super",
        "counter",
        "self",
        "out",
        "up",
        "down",
        "cross",
        "micro",
        "macro",
        "mega",
        "mini",
        "semi",
        "socio",
        "eco",
        "geo",
        "bio",
        "tele",
        "trans",
        "ultra",
        "intra",
        "extra",
        "hyper",
        "neo",
        "pan",
        "pro",
        "mid",
        "off",
        "on",
        "back",
        "fore",
        # combining forms of science and trade ("electromechanics", "hydropower")
        "electro",
        "hydro",
        "thermo",
        "photo",
        "opto",
        "agro",
        "aero",
        "petro",
        "astro",
        "neuro",
    ]
)
# How common each half must be (Zipf), and how much rarer the glued token must be than its
# halves: "theconstruction" is unknown, "the" and "construction" are everyday words.
LONG_PART, SHORT_PART = 3.0, 4.2  # parts of six letters or more / of three to five
GAP = 2.0
RARE_TOKEN = 3.0
# A token English writes this often is a word of its own when a content word and a function
# word would make it ("councilor" is not "council or"); a glued pair after a function word
# ("ofthis", "inthe") is a common slip and is judged by the gap alone.
KNOWN_WORD = 2.0
# A function word glued to a determiner is two words however often the web writes it so.
_DETERMINERS = frozenset(("this", "these", "that", "those", "its", "their", "our", "his", "her"))

# A token and what stands either side of it: a token touching `.`, `/`, `@`, `_`, `\`, `#`
# or `:` is part of an address, a path, a handle or code, and is left alone. A comma between
# digits is a figure's ("10,094yuan" is one token).
_TOKEN = regex.compile(
    r"(?<![\p{L}\p{N}./@_\\#:]|\d,)[\p{L}\p{N}](?:[\p{L}\p{N}.%]|(?<=\d),(?=\d))*"
    r"(?![\p{L}\p{N}/@_\\]|\.\w)"
)
_CAMEL_LOWER = regex.compile(r"^(\p{Ll}{2,})(\p{Lu}[\p{L}]*)$")  # inDalian, billionCNY
_CAMEL_UPPER = regex.compile(r"^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,}.*)$")  # HongyanheNuclear
_WORD_DIGIT = regex.compile(r"^(\p{L}{2,})(\d[\d.,]*(?:%|\p{Ll}{1,3})?)$")  # by16.9%, of691km
_DIGIT_WORD = regex.compile(r"^(\d[\d.,]*)(\p{Ll}{4,})$")  # 50million
_LOWER = regex.compile(r"^\p{Ll}{5,}$")
_CAMEL_SEAM = regex.compile(r"(?<=\p{Ll}|\d(?:st|nd|rd|th))(?=\p{Lu})")
# A capitalised word and a capitalised function word: "ProvinceAt" (the next sentence's
# first word lost its space).
_CAMEL_FUNCTION = regex.compile(r"^(\p{Lu}\p{Ll}{3,})(At|In|On|Of|The|And|For|With|From|By|To|As)$")
# An ordinal glued to a capitalised word ("16thMunicipal") or to a body's initialism ("the
# 20thCPC National Congress").
_ORDINAL_WORD = regex.compile(r"^(\d+(?:st|nd|rd|th))(\p{Lu}\p{Ll}{2,}|\p{Lu}{2,6})$")
# An ordinal glued to a word in lower case: "the 3rdand 4thplenary sessions"; the words of
# sessions and congresses count though rarer than the common-word bar.
_ORDINAL_NOUNS = frozenset({"plenary", "session", "sessions", "congress", "anniversary"})
_ORDINAL_LOWER = regex.compile(r"^(\d+(?:st|nd|rd|th))(\p{Ll}{2,})$")
# A plural's apostrophe with the next word glued on: "experts’suggestion". Pinyin apostrophes
# ("Xi’an", "Huai’an") never follow an "s".
_AFTER_PLURAL = regex.compile(r"(?<![\p{L}\p{N}])(\p{Ll}{2,}s)([’'])(\p{Ll}{3,})(?![\p{L}\p{N}])")
# A possessive with the next word glued on: "city'sdevelopment", "China'sJiangsu". Pinyin sets
# its apostrophe only before a, o or e, so "'s" and a word after it is never one name.
_AFTER_POSSESSIVE = regex.compile(
    r"(?<![\p{L}\p{N}])(\p{L}\p{Ll}+)([’']s)(\p{L}\p{Ll}{2,})(?![\p{L}\p{N}])"
)
# Place words that end brand and magazine names written in CamelCase (ChinAfrica,
# EuroAsia): a tail like these is part of the name, not the next word.
_BRAND_TAILS = frozenset(["africa", "america", "asia", "china", "europe", "eurasia", "pacific"])
# A capitalised word with a function word glued on ("Suzhoufrom", "Thedemonstration"):
# pinyin never ends or starts with these, so a pinyin place before one is a glued pair.
_TITLE = regex.compile(r"^\p{Lu}\p{Ll}{5,}$")
_HEAD_SHAPE = regex.compile(r"^\p{L}\p{Ll}{3,}$")  # "Ithas", "ofthe", "asubtropical"
_GLUED_FUNCTION = ("and", "the", "for", "with", "from")
# Glued after a word only: "Franciscoof" ("Often" and "Offices" start so).
_GLUED_AFTER = ("of",)
# Short prepositions glued after a long everyday English word ("Governmentin",
# "Committeeon"): many pinyin syllables end so ("Jilin", "Xian"), so only after an English
# head of `_ENGLISH_HEAD` letters or more.
_GLUED_AFTER_ENGLISH = ("in", "on", "at", "to", "by")
_ENGLISH_HEAD = 6
# The web writes a few such pairs often enough for wordfreq to count them rarely ("memberof",
# from markup): below this, a capitalised word and a glued function word are still two words.
GLUED_KNOWN = 1.5
# Units a figure takes as a word, rarer in English than the everyday words a figure is glued
# to ("10,094yuan", "300hectares"); abbreviations ("5km", "3kg") are written solid.
_UNIT_WORDS = frozenset(
    [
        "yuan",
        "dollars",
        "euros",
        "rupees",
        "hectares",
        "tonnes",
        "tons",
        "kilometres",
        "kilometers",
        "metres",
        "meters",
        "kilograms",
        "kilowatts",
        "households",
        "percent",
    ]
)
# Two function words glued after a word ("focusonthe", "exchangesatan").
_FUNCTION_PAIRS = tuple(
    f"{a}{b}" for a in ("of", "on", "in", "to", "at", "for", "and") for b in ("the", "an")
)
# What a pinyin name is followed by when it names a place ("YuandangLake", "XinghaiSquare").
_FEATURES = frozenset(
    [
        "Lake",
        "River",
        "Road",
        "Street",
        "Avenue",
        "Park",
        "Mountain",
        "Island",
        "Bay",
        "Bridge",
        "Port",
        "Square",
        "Temple",
        "Village",
        "Town",
        "Reservoir",
        "Wetland",
    ]
)
# A capitalised place noun with a lowercase word glued on ("Rivervalley", "Mountainsbetween"):
# English writes few such compounds solid, and those it does are known words ("Riverside").
_FEATURE_HEADS = frozenset(
    [f.lower() for f in _FEATURES] + ["county", "city", "district", "province", "mountains"]
)
# Prepositions of four letters or more: glued after any everyday capitalised word
# ("Provincebetween"), the pair is never one word unless English knows the whole.
_PREPOSITIONS = frozenset(
    [
        "about",
        "across",
        "after",
        "against",
        "along",
        "among",
        "around",
        "before",
        "between",
        "beyond",
        "during",
        "into",
        "near",
        "onto",
        "over",
        "since",
        "through",
        "toward",
        "towards",
        "under",
        "until",
        "upon",
        "within",
    ]
)
# A capitalised word, a function word and a capitalised name glued: "MountaintoWuwei".
_TITLE_FUNCTION = regex.compile(r"^(\p{Lu}\p{Ll}{3,}?)(to|of|in|on|at|and|the|for|from|with)$")
# Short words that open a run glued to the next word ("Ithas", "asubtropical", "ofthe").
_HEADS = ("the", "this", "it", "an", "a", "of", "on", "in", "to", "at", "is", "and", "for", "from")
# A head glued to "the" is never an English word, however often the web writes it ("ofthe").
# "It" glued to its verb likewise ("Ithas").
_GLUED_PAIRS = frozenset(
    [f"{head}the" for head in _HEADS if head not in ("the", "this", "a", "an")]
    + ["ithas", "itis", "itwas", "itwill"]
)
# An article before a long word: the word may be rarer than SHORT_PART ("a subtropical").
LONG_AFTER_ARTICLE = 2.5
# Columnar prefilter (Rust regex): a case change inside a word, or a letter-digit seam.
SEAMS = (
    r"\p{Ll}\p{Lu}|\p{L}\d|\d\p{Ll}{4}|\d(?:st|nd|rd|th)\p{Lu}|s[’']\p{Ll}{3}"
    r"|\p{Ll}[’']s\p{L}\p{Ll}{2}"
)


# Suffixes that are words as well: a content word before one is a derived word, rare or
# not ("hearable", "shareable", "reasonless"), never two words run together; a function
# word before one may be ("beable": be able).
_SUFFIX_WORDS = frozenset(("able", "less"))


# Two-letter pronouns that run into the next word or the word before as function words do
# ("whenwe made", "comments on myreport").
_GLUED_PRONOUNS = frozenset(("we", "my"))


# Pieces of web addresses, frequent in the word list only as parts of addresses ("com" of
# ".com"): no word of a sentence, so "comminute" is no "com minute".
_ADDRESS_PIECES = frozenset(
    ("com", "org", "net", "www", "http", "https", "html", "htm", "gov", "edu")
)


def _common(part: str) -> bool:
    lower = part.lower()
    if lower in FUNCTION_WORDS or lower in _GLUED_PRONOUNS:
        return True
    if lower in _ADDRESS_PIECES:
        return False
    if len(lower) < 3:
        return False
    return zipf(lower) >= (LONG_PART if len(lower) >= 6 else SHORT_PART)


def _inflects_known_word(token: str) -> bool:
    """Whether a token is an inflection (-ing, -ed, -s) or an adverb (-ly) of a word English knows.

    An inflected form can be rarer than its stem while no gluing is involved: "withstanding"
    is rare, "withstand" is not, and "with standing" would be wrong; "inconstantly" is rare,
    "inconstant" is not, and "in constantly" would be wrong.
    """
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if not token.endswith(suffix) or len(token) - len(suffix) < 4:
            continue
        base = token[: -len(suffix)]
        # An adverb is rarer still than its adjective ("inconstant", "inconstantly").
        floor = KNOWN_WORD if suffix == "ly" else RARE_TOKEN
        if any(zipf(base + end) >= floor for end in ("", "e")):
            return True
    # A noun of quality made from an adjective in "-able" or "-ible" is rarer than its
    # adjective ("honorability", "honorable"), and "honor ability" would be wrong.
    for noun, adjective in (("ability", "able"), ("ibility", "ible")):
        stem = token[: -len(noun)]
        if token.endswith(noun) and len(stem) >= 3 and zipf(stem + adjective) >= RARE_TOKEN:
            return True
    return False


def _has_verb_forms(token: str) -> bool:
    """Whether a rare token English knows is a verb: its past or its -ing form is in common
    use ("intone", "intoned"). Two words run together have no such forms ("inorder",
    "tomake"), however often the web writes them glued."""
    if zipf(token) == 0:
        return False
    stem = token[:-1] if token.endswith("e") else token
    forms = (token + "d", token + "ed", token + "ing", stem + "ing")
    return any(zipf(form) >= KNOWN_WORD for form in forms)


# Words that end a compound adjective written with a hyphen ("coal-rich", "export-oriented",
# "labor-intensive"): glued to the noun before them, the fix is the hyphen, not a space,
# which would leave "coal rich province".
_ADJECTIVE_TAILS = frozenset(
    ["rich", "based", "related", "oriented", "intensive", "friendly", "driven", "owned", "free"]
)


def _solid_head(word: str) -> bool:
    """Whether `word` is one of `SOLID_HEADS` or its plural ("berries", "flowers", "fish")."""
    if word in SOLID_HEADS:
        return True
    if word.endswith("ies"):
        return word[:-3] + "y" in SOLID_HEADS
    return (word.endswith("es") and word[:-2] in SOLID_HEADS) or word[:-1] in SOLID_HEADS


def _split_lower(token: str) -> tuple[str, str] | None:
    """The best split of an unknown all-lowercase token into two everyday words, if any."""
    whole = zipf(token)
    if whole >= RARE_TOKEN or _inflects_known_word(token) or _has_verb_forms(token):
        return None
    # A plural of a solid compound English knows, rarer than its singular ("watchkeepers",
    # "watchkeeper"): as known as the singular when two content words would make it.
    # "-ies" is the plural of "-y" ("wolfberries", "wolfberry").
    solid = (
        whole > 0
        or (token.endswith("s") and zipf(token[:-1]) > 0)
        or (token.endswith("ies") and zipf(token[:-3] + "y") > 0)
    )
    best: tuple[float, str, str] | None = None
    for i in range(2, len(token) - 1):
        a, b = token[:i], token[i:]
        if len(b) < 2 or (len(a) < 3 and a not in FUNCTION_WORDS and a not in _GLUED_PRONOUNS):
            continue
        if len(b) < 3 and b not in FUNCTION_WORDS and b not in _GLUED_PRONOUNS:
            continue
        # A function word glued to a long word English knows but seldom writes
        # ("andrevitalizing"): the whole is no word at all.
        rare_after_function = (
            whole == 0 and a in FUNCTION_WORDS and len(b) >= 6 and zipf(b) >= KNOWN_WORD
        )
        if a in PREFIXES or not ((_common(a) and _common(b)) or rare_after_function):
            continue
        if _solid_head(b) and a not in FUNCTION_WORDS:
            continue  # a plant's or creature's name, written solid ("globeflower")
        if b in _SUFFIX_WORDS and a not in FUNCTION_WORDS:
            continue  # a word derived with a suffix that is a word too ("hearable")
        if solid and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS:
            continue  # two content words English also writes solid (firefighting, bridgehead)
        if whole >= KNOWN_WORD and b in FUNCTION_WORDS and a not in FUNCTION_WORDS:
            continue  # a word that ends like a function word ("councilor", "lessor", "satin")
        if (
            whole >= KNOWN_WORD
            and a in FUNCTION_WORDS
            and b not in FUNCTION_WORDS
            and b not in _DETERMINERS
        ):
            continue  # a word that begins like one ("byline", "onsite"); not "ofthis"
        score = min(zipf(a), zipf(b))
        if score - whole >= GAP and (best is None or score > best[0]):
            best = (score, a, b)
    if best is None and whole == 0:
        for pair in _FUNCTION_PAIRS:
            head = token[: -len(pair)]
            if token.endswith(pair) and len(head) >= 4 and _common(head):
                article = "the" if pair.endswith("the") else "an"
                return head, f"{pair[: -len(article)]} {article}"  # "focusonthe": focus on the
    if best and best[2][:1] == "s" and best[2][1:] in FUNCTION_WORDS and _common(best[1] + "s"):
        return best[1] + "s", best[2][
            1:
        ]  # "departmentsand": departments and, not "department sand"
    return (best[1], best[2]) if best else None


def _split_title(token: str) -> tuple[str, str] | None:
    """A capitalised word unknown to English that is a word or a pinyin place with a function
    word glued before or after it: "Thedemonstration", "Suzhoufrom"."""
    lower = token.lower()
    if split_syllables(lower) is not None:
        return None
    if zipf(lower) > 0:
        return _english_head(token) if zipf(lower) < GLUED_KNOWN else None
    for f in _GLUED_FUNCTION:
        rest = lower[len(f) :]
        if lower.startswith(f) and len(rest) >= 4 and _common(rest):
            return token[: len(f)], rest
    for f in _GLUED_FUNCTION + _GLUED_AFTER:
        head = token[: -len(f)]
        known_head = _common(head.lower()) or split_syllables(head) is not None
        if lower.endswith(f) and len(head) >= 4 and known_head:
            return head, f
    english = _english_head(token)
    if english is not None:
        return english
    pinyin = _split_pinyin_head(token)
    if pinyin is not None:
        return pinyin
    best: tuple[float, int] | None = None
    for i in range(4, len(lower) - 3):
        a, b = lower[:i], lower[i:]
        if a in _FEATURE_HEADS and len(b) >= 4 and _common(b):
            score = zipf(b)
        elif b in _PREPOSITIONS and _common(a):
            score = zipf(a)
        else:
            continue
        if best is None or score > best[0]:
            best = (score, i)
    return (token[: best[1]], lower[best[1] :]) if best else None


def _english_head(token: str) -> tuple[str, str] | None:
    """A long everyday English word with a function word glued after it: "Governmentin",
    "Memberof". The caller has made sure the whole is no word English knows (or one wordfreq
    counts below `GLUED_KNOWN`) and no pinyin."""
    lower = token.lower()
    for f in _GLUED_FUNCTION + _GLUED_AFTER + _GLUED_AFTER_ENGLISH:
        head = lower[: -len(f)]
        long_word = len(head) >= _ENGLISH_HEAD and _common(head)
        if lower.endswith(f) and long_word and split_syllables(head) is None:
            return token[: -len(f)], f
    return None


# The English word glued after a pinyin name: long and common ("government", "welcomed"), so
# that no run of pinyin syllables ("Anshan", "Kaifeng") is read as one.
PINYIN_TAIL = 3.5
_PINYIN_TAIL_LENGTH = 6


def _split_pinyin_head(token: str) -> tuple[str, str] | None:
    """A pinyin name with an everyday English word glued after it: a place of two syllables or
    more ("Kaifenggovernment") or a surname ("Gaowelcomed"). The caller has made sure the
    whole is neither English nor pinyin."""
    lower = token.lower()
    for i in range(2, len(lower) - _PINYIN_TAIL_LENGTH + 1):
        head, rest = token[:i], lower[i:]
        syllables = split_syllables(head.lower())
        if syllables is None or not (len(syllables) >= 2 or head in pinyin_surnames()):
            continue
        if head.lower() in PREFIXES:
            continue  # "Anti" and "Mini" read as pinyin: "Antiepidemic" is one word
        if len(syllables) == 1 and rest in _COMPANY_TAILS:
            continue  # "Minmetals", "Ansteel": a firm's name, one syllable and its trade
        if zipf(rest) >= PINYIN_TAIL and split_syllables(rest) is None:
            return head, rest
    return None


# The trades that Chinese firms glue to one syllable of their name in English ("Minmetals",
# "Ansteel", "Sinochem" is another shape): nouns, where a glued slip is mostly a verb or a
# function word ("Gaowelcomed").
_COMPANY_TAILS = frozenset(
    [
        "metals",
        "steel",
        "power",
        "energy",
        "chem",
        "tech",
        "soft",
        "net",
        "mobile",
        "telecom",
        "coal",
        "auto",
        "motors",
        "electric",
        "pharma",
        "cement",
        "glass",
        "textile",
        "textiles",
        "shipping",
        "logistics",
    ]
)


def _split_name_verb(surname: str, rest: str) -> tuple[str, str] | None:
    """A surname and a given name of two syllables run together, a word glued after them:
    "XinChangxinginspected" is "Xin Changxing inspected"."""
    lower = rest.lower()
    if surname not in pinyin_surnames() or zipf(lower) > 0 or split_syllables(lower):
        return None
    found = _split_pinyin_head(rest)
    given = split_syllables(found[0].lower()) if found else None
    if found is None or given is None or len(given) < 2:
        return None
    return surname, f"{found[0]} {found[1]}"


def _split_head(token: str) -> tuple[str, str] | None:
    """A short function word glued to the next word: "Ithas" is "It has", "asubtropical" "a
    subtropical", "Theterrainis" "The terrain is", "ofthe" "of the". Pinyin ("Anshan",
    "Anhui", "Ande") and words English knows ("ahead", "anew", "Ithaca") are left alone."""
    lower = token.lower()
    if not (token.islower() or token[1:].islower()):
        return None  # CamelCase names are judged elsewhere
    if lower in _GLUED_PAIRS:
        cut = 2 if lower.startswith("it") else len(lower) - 3
        return token[:cut], token[cut:]
    if zipf(lower) > 0 or split_syllables(lower) is not None or _inflects_known_word(lower):
        return None
    meant = correction(lower)
    if meant is not None and not lower.endswith(meant):
        return None  # one slip from a word ("inded" is "indeed"): E802's; "aworld" is glued
    for head in _HEADS:
        rest = lower[len(head) :]
        if not lower.startswith(head) or len(rest) < 3:
            continue
        if token[:1].isupper() and rest in _COMPANY_TAILS and split_syllables(head):
            continue  # "Ansteel": a firm's name, a pinyin syllable and its trade
        if head in ("a", "an", "the") and len(rest) >= 6 and zipf(rest) >= LONG_AFTER_ARTICLE:
            return token[: len(head)], rest
        if _common(rest) and not (head == "a" and len(rest) < 5):
            return token[: len(head)], rest
        inner = _split_lower(rest) if len(rest) >= 5 else None
        # Three words only when the last is a function word too: "in dust rail" is not a
        # reading of "industrail".
        if inner is not None and inner[1] in FUNCTION_WORDS:
            return token[: len(head)], " ".join(inner)  # "Theterrainis": The terrain is
    return None


def _split_title_function(first: str, tail: str) -> tuple[str, str] | None:
    """A capitalised word with a function word glued on, before a capitalised name:
    "MountaintoWuwei" is "Mountain to Wuwei", "MountaintoWuweiand" "Mountain to Wuwei and"."""
    m = _TITLE_FUNCTION.match(first)
    if m is None or zipf(first.lower()) > 0 or split_syllables(first.lower()) is not None:
        return None
    head = m.group(1)
    if not (_common(head.lower()) or split_syllables(head.lower()) is not None):
        return None
    if not (_common(tail.lower()) or split_syllables(tail.lower()) is not None):
        glued = _split_title(tail)  # "MountaintoWuweiand": the name has a word glued on too
        if glued is None:
            return None
        tail = " ".join(glued)
    return head, f"{m.group(2)} {tail}"


# The units of China's administration: a pinyin place glued to one ("ZhuangheCity",
# "JiangsuProvince") has lost its space, as a pinyin name glued to a feature has.
_ADMIN_UNITS = frozenset(["City", "County", "District", "Province", "Prefecture", "Township"])
# A place or a level word glued to a body's initialism ("XianningMPC", "ProvincialCPCCommittee"):
# these initialisms name bodies of the Party and the state only, and no firm or brand is built
# on them with a place or a level word before.
_BODY_INITIALISMS = "CPPCC|CPC|NPC|MPC|PPC"
_LEVEL_WORDS = frozenset(["Provincial", "Municipal", "District", "County", "City", "Central"])
_GLUED_INITIALISM = regex.compile(
    rf"^(\p{{Lu}}\p{{Ll}}{{2,}})({_BODY_INITIALISMS})(\p{{Lu}}\p{{Ll}}{{2,}})?$"
)
# The article "a" glued to a capitalised everyday word ("aParty member"); "iPhone" and
# "eBay" open with other letters.
_GLUED_ARTICLE = regex.compile(r"^a(\p{Lu}\p{Ll}{3,})$")


def _split_initialism(token: str) -> tuple[str, str] | None:
    """A place or level word, a body's initialism and the noun after it, run together."""
    m = _GLUED_INITIALISM.match(token)
    if m is None:
        return None
    first, initials, noun = m.groups()
    if first not in _LEVEL_WORDS and split_syllables(first) is None:
        return None
    return first, f"{initials} {noun}" if noun else initials


def _split_camel_pinyin(first: str, second: str) -> bool:
    """Whether two capitalised parts are a pinyin name and a place noun ("YuandangLake") or an
    administrative unit ("ZhuangheCity"), or a pinyin surname and a given name of two
    syllables ("XinChangxing"), run together."""
    if zipf((first + second).lower()) > 0:
        return False
    if second in _FEATURES or second in _ADMIN_UNITS:
        return split_syllables(first) is not None
    syllables = split_syllables(second)
    return first in pinyin_surnames() and syllables is not None and len(syllables) >= 2


# A capitalised word glued to a capitalised surname: "PresidentXi", "MayorWang".
_CAMEL_SURNAME = regex.compile(r"^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{1,5})$")


def _glued_surname(word: str, surname: str) -> bool:
    """Whether an everyday English word (a title: "President", "Mayor", "Governor") stands
    glued before a pinyin surname, the whole being no word English knows."""
    if surname not in pinyin_surnames() or zipf((word + surname).lower()) > 0:
        return False
    return split_syllables(word.lower()) is None and _common(word)


def glued_split(token: str) -> tuple[str, str] | None:
    """Where a token is two words run together, the two words; else None."""
    if initialism := _split_initialism(token):
        return initialism  # "XianningMPC", "ProvincialCPCCommittee"
    m = _GLUED_ARTICLE.match(token)
    if m and _common(m.group(1)) and zipf(token.lower()) == 0:
        return "a", m.group(1)  # "aParty member"
    m = _CAMEL_LOWER.match(token)
    if m and _common(m.group(1)) and (m.group(1) in FUNCTION_WORDS or len(m.group(1)) >= 4):
        return m.group(1), m.group(2)
    m = _CAMEL_FUNCTION.match(token)
    # The first word may be a place ("YunnanAt"): known to English, if not an everyday word.
    if m and zipf(m.group(1).lower()) >= 2.5 and zipf(token.lower()) < 2.5:
        return m.group(1), m.group(2)  # not "LinkedIn": a known word
    m = _CAMEL_SURNAME.match(token)
    if m and _glued_surname(m.group(1), m.group(2)):
        return m.group(1), m.group(2)  # "PresidentXi", "MayorWang"
    m = _CAMEL_UPPER.match(token)
    if m:
        second = regex.match(r"\p{Lu}\p{Ll}+", m.group(2))
        tail = second.group(0) if second else ""
        if tail == m.group(2) and _split_camel_pinyin(m.group(1), tail):
            return m.group(1), tail
        if tail == m.group(2) and (named := _split_name_verb(m.group(1), tail)):
            return named
        if tail.lower() in _BRAND_TAILS:
            return None  # a name built on a continent or country: PetroChina, ChinAfrica
        if tail == m.group(2) and (three := _split_title_function(m.group(1), tail)):
            return three
        if len(tail) >= 6 and _common(tail) and zipf(token.lower()) < 2.5:
            return m.group(1), m.group(2)
        return None
    m = _ORDINAL_WORD.match(token)
    if m:
        return m.group(1), m.group(2)
    m = _ORDINAL_LOWER.match(token)
    if m and (_common(m.group(2)) or m.group(2) in _ORDINAL_NOUNS):
        return m.group(1), m.group(2)
    m = _WORD_DIGIT.match(token)
    if m:
        word = m.group(1).lower()
        if word in MONTHS or (word in FUNCTION_WORDS and m.group(1).islower()):
            return m.group(1), m.group(2)
        return None
    m = _DIGIT_WORD.match(token)
    # A long word is rarer than a short one and as plainly a word: "14consecutive".
    if m and (_common(m.group(2)) or m.group(2) in _UNIT_WORDS):
        return m.group(1), m.group(2)
    found = None
    if _TITLE.match(token):
        found = _split_title(token)
    elif _LOWER.match(token):
        found = _split_lower(token)
    if found is None and _HEAD_SHAPE.match(token):
        found = _split_head(token)
    return found


# Pinyin sets an apostrophe only before a syllable opening with a, o or e ("Tian’anmen",
# "Xi’an"): after a capitalised word, such a token is the rest of one name.
_PINYIN_SYLLABLE = regex.compile(r"[aoe]\p{Ll}*$")
_AFTER_APOSTROPHE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*['’]$")

# A web address written with commas for dots ("chinadaily,com,cn"): a token before one of
# these is part of the address.
_COMMA_DOMAIN = regex.compile(r",(?:com|cn|net|org|gov|edu)\b")
# ... or with a space typed after its dot ("rednet. cn"): a site's name, not two words.
_SPACED_DOMAIN = regex.compile(r"\.[ \u00a0](?:com|cn|net|org|gov|edu)\b(?![ \u00a0]*\p{Ll})")


def _tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, token) for each token, each part of a hyphenated compound on its own."""
    for m in _TOKEN.finditer(text):
        if _COMMA_DOMAIN.match(text, m.end()):
            continue
        token = m.group(0).rstrip(".")
        offset = m.start()
        if _SPACED_DOMAIN.match(text, offset + len(token)):
            continue
        for part in regex.finditer(r"[^-]+", token):
            yield offset + part.start(), offset + part.end(), part.group(0)


@rule("P320", "glued-words", Severity.WARNING, Fix.UNSAFE)
def glued_words(ctx: Context) -> pl.DataFrame:
    """Two words run together with no space between them.

    A pinyin syllable and an English noun glued in capitals before more capitalised words
    is a firm's name ("Longmaster Information and Technology Company") and is left alone.

    ## What it does
    Finds tokens that are two everyday English words written as one: a function word glued to
    the next word ("theconstruction", "ofthis", "inDalian"), two capitalised words run together
    ("HongyanheNuclear Power"), a pinyin name glued to a place noun or a surname to a given
    name ("YuandangLake", "XinChangxing"), a capitalised word or pinyin place glued to a
    function word ("Thedemonstration", "Suzhoufrom"), a place noun or any everyday word glued
    to the next word or a preposition ("Rivervalley", "Mountainsbetween", "MountaintoWuwei"),
    a long everyday word glued to a short preposition ("Governmentin", "Memberof", even where
    the web writes the pair rarely), a pinyin place or surname glued to a long everyday word ("Kaifenggovernment",
    "Gaowelcomed"; not an English prefix such as "Anti"), a word glued to two function words
    ("focusonthe", "exchangesatan"), a pinyin place glued to an administrative unit
    ("ZhuangheCity", "JiangsuProvince"), a place or level word glued to the initialism of a
    body of the Party or the state ("XianningMPC", "ProvincialCPCCommittee"), "a" glued to a
    capitalised everyday word ("aParty member"; "iPhone", "eBay" open with other letters),
    a short function word glued to the next word ("Ithas",
    "asubtropical", "ofthe"; never a pinyin name such as Anshan), a word glued to a number
    ("September21", "50million", "by16.9%", "of691km") or an ordinal to a word or a body's
    initialism ("16thMunicipal", "20thCPC"), a figure glued to its unit word
    ("10,094yuan", "300hectares"; abbreviations such as "5km" are written solid), and a
    hyphenated compound glued to the next word ("high-qualitydevelopment"), and a pinyin
    surname and a one-syllable given name run together where an official's name stands,
    before a comma and a post, with no surname or title before it ("Liujian, deputy
    director" for Liu Jian; "Wang Yubo" and one-word Tibetan names such as Nima are left).
    A firm's
    name made of one pinyin syllable and its trade ("Minmetals", "Ansteel") is left alone.
    A lowercase token counts only when it is rare in English (word frequencies from wordfreq)
    and both halves are common; two capitalised words only when the second is a common word of
    six letters or more and the whole is not itself a known word, so brand names such as
    WeChat or PetroChina are left alone. Tokens inside addresses, paths and handles are skipped,
    and so is the syllable after a pinyin apostrophe ("Tian’anmen"); a plural glued to a
    function word keeps its "s" ("departmentsand": departments and).

    ## Why is this bad?
    Text pasted from PDFs and web layouts loses its spaces; the reader trips on every such
    token, and search engines and glossary checks cannot find the words inside it.

    ## Example
    ```text
    The city completed theconstruction of 12 projects by September21.
    ```

    ## Use instead
    ```text
    The city completed the construction of 12 projects by September 21.
    ```

    ## Fix safety
    Unsafe: the split is a suggestion. A rare word or a name can look like two words, so a
    person confirms each one.
    """
    # Columnar: the case-change and digit seams by regex; for run-together lowercase words,
    # the run's vocabulary is judged once per distinct word and the rows holding a suspect are
    # found by Aho-Corasick. A translation memory repeats its units: each text is read once.
    vocabulary = distinct_words(ctx.segments, "tgt", r"\b\p{L}\p{Ll}{3,}\b")
    suspects = [w for w in vocabulary if glued_split(w)]
    wanted = pl.col("tgt").str.contains(SEAMS) | pl.col("tgt").str.contains(_NAME_PREFILTER)
    if suspects:
        wanted = wanted | pl.col("tgt").str.contains_any(suspects)
    candidates = filter_distinct(ctx.segments, "tgt", wanted)
    return each_distinct(candidates, ("tgt",), _glued)


def _glued(text: str) -> list[Found]:
    """The findings in one English text."""
    found = []
    for start, end, token in _tokens(text):
        if _PINYIN_SYLLABLE.match(token) and _AFTER_APOSTROPHE.search(text, 0, start):
            continue  # "Tian’anmen": the apostrophe parts pinyin syllables of one name
        split = glued_split(token)
        if split is None or _brand(text, end, split):
            continue
        fixed = f"{split[0]} {split[1]}"
        if " " in split[1]:
            pass  # three words, already spaced: "Mountain to Wuwei"
        elif split[1] in _ADJECTIVE_TAILS and split[0] not in FUNCTION_WORDS:
            fixed = f"{split[0]}-{split[1]}"  # "coalrich": "coal-rich", one describing word
        elif _CAMEL_LOWER.match(token) or _CAMEL_UPPER.match(token):
            fixed = _CAMEL_SEAM.sub(" ", token)  # ofSichuanProvincialCongress: every seam
        message = f"“{token}” looks like two words run together: “{fixed}”"
        found.append(Found(start, end, message, fixed))
    for m in _NAME_BEFORE_POST.finditer(text):
        spaced = _glued_name(text, m)
        if spaced is None:
            continue
        message = (
            f"“{m.group('name')}” looks like a surname and a given name run together: “{spaced}”"
        )
        found.append(Found(m.start("name"), m.end("name"), message, spaced))
    for m in _AFTER_PLURAL.finditer(text):
        plural, mark, word = m.groups()
        if not (_common(plural) and _common(word)):
            continue
        message = f"“{m.group()}” looks like two words run together: “{plural}{mark} {word}”"
        found.append(Found(m.start(), m.end(), message, f"{plural}{mark} {word}"))
    for m in _AFTER_POSSESSIVE.finditer(text):
        owner, mark, word = m.groups()
        if not _possessed(owner, word):
            continue
        fixed = f"{owner}{mark} {word}"
        message = f"“{m.group()}” looks like two words run together: “{fixed}”"
        found.append(Found(m.start(), m.end(), message, fixed))
    return found


_CAPITAL_NEXT = regex.compile(r"[ \u00a0]+\p{Lu}\p{Ll}")


def _brand(text: str, end: int, split: tuple[str, str]) -> bool:
    """Whether a pinyin syllable and an English noun glued in capitals start a run of
    capitalised words: a firm's name ("Longmaster Information and Technology Company"), not a
    slip, which a lower-case word follows ("Gaowelcomed the guests")."""
    head, tail = split
    return (
        head[:1].isupper()
        and tail.islower()
        and tail not in FUNCTION_WORDS
        and split_syllables(head.lower()) is not None
        and _CAPITAL_NEXT.match(text, end) is not None
    )


def _possessed(owner: str, word: str) -> bool:
    """Whether a possessive and the word glued after it are both words: an everyday word or
    a name English knows ("city'sdevelopment", "China'sJiangsu"), or a pinyin place after a
    capitalised owner."""
    if not (_common(owner) or (owner[0].isupper() and zipf(owner.lower()) > 0)):
        return False
    if _common(word):
        return True
    return word[0].isupper() and (
        zipf(word.lower()) > 0 or split_syllables(word.lower()) is not None
    )


# A capitalised word standing where an official's name stands: before a comma and the
# official's post ("Liujian, deputy director of the district").
_POSTS = (
    r"deputy|vice|executive|director|head|chief|secretary|chairman|chairwoman|mayor|governor"
    r"|member|president|magistrate|(?i:party)[ \u00a0]+secretary"
)
_NAME_BEFORE_POST = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’.-])(?P<name>\p{{Lu}}\p{{Ll}}{{3,7}}),[ \u00a0]+(?:{_POSTS})(?![\p{{L}}-])"
)
_NAME_PREFILTER = rf"\b\p{{Lu}}\p{{Ll}}{{3,7}},[ \u00a0]+(?:{_POSTS})\b"
# A capitalised word (a surname, "LV", "Mr.") just before: the token is a given name.
_WORD_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}]*\.?|\p{Lu}\.)[ \u00a0]+$")
# Tibetan names are one word, whose pinyin can open with a Han surname's syllable ("Nima",
# "Gesang", "Baima"): never two names run together.
_ONE_WORD_NAMES = frozenset(
    [
        "nima",
        "gesang",
        "baima",
        "basang",
        "zhaxi",
        "danzeng",
        "suolang",
        "pubu",
        "qiangba",
        "zhuoma",
        "yangjin",
        "quzhen",
        "bianba",
        "luosang",
        "gongga",
        "sangzhu",
        "renzeng",
        "wangdui",
        "bianjiu",
        "dawa",
        "ciren",
        "duoji",
        "deji",
        "lazhen",
    ]
)


def _glued_name(text: str, m: regex.Match[str]) -> str | None:
    """The name spaced, where the word before an official's post is a pinyin surname and a
    one-syllable given name run together ("Liujian" for Liu Jian) and no surname stands
    before it: "Wang Yubo" is a surname and a given name, "Yubo" alone is not read so."""
    name = m.group("name")
    lower = name.lower()
    syllables = split_syllables(lower)
    if syllables is None or len(syllables) != 2 or lower in _ONE_WORD_NAMES:
        return None
    surname = syllables[0].capitalize()
    if surname not in pinyin_surnames() or zipf(lower) > 0 or is_place(name):
        return None
    if _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None  # "Wang Yubo", "Mr. Yubo": a given name after its surname or a title
    return f"{surname} {syllables[1].capitalize()}"
