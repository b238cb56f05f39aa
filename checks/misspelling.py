"""Misspelt common words, for E802: a word English does not know, one slip of the keyboard
from a word it uses every day ("exsisting" for existing, "cooperatoin" for cooperation).

A word counts as unknown when wordfreq has it below `RARE` on the Zipf scale (about once in
30 million words) — real English words that rare are almost never one letter from an
everyday word in this genre, while typing slips are. Slips common enough on the web for
wordfreq to count them are taken up to `KNOWN` when they are one of the two shapes of fast
typing — two letters swapped ("recieve"), a doubled letter written once ("comission") — of a
word far commoner, or a letter inside a long word dropped ("opportunites"); a handful of others ("goverment") are listed in `KNOWN_SLIPS`. The everyday
words are wordfreq's words at `COMMON` or above; candidates are a suspect's own edits (every
deletion, swap, substitution and insertion of one letter) looked up among them, so a suspect
costs a few hundred dictionary look-ups, not a scan of the vocabulary nor an index of it.

A capitalised word (a sentence's first word, a word of a name in Title Case) is taken only
when wordfreq has never seen it, it has six letters or more and the word it misspells is
very common: foreign names one letter from an English word are many, but seldom that long
and unknown. One wordfreq counts is taken only opening a sentence, where a name is less
likely, and only when its lower-case form is a slip of eight letters or more ("Activites"). Left alone: pinyin (a word that splits wholly into pinyin syllables: "hukou",
"xiaokang", a lower-case given name), places the gazetteer knows, British and American
spellings, and the genre's own rare words.
"""

from __future__ import annotations

from functools import cache

from tifa.caches import kept, source_digest
from tifa.checks.spelling import variant_keys
from tifa.glossary.frequency import frequencies, table_key, zipf
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import split_syllables

RARE = 1.5  # below this wordfreq does not know the word as English
KNOWN = 2.5  # below this, a typing slip of a far commoner word (GAP more) is still a slip
GAP = 2.0
COMMON = 3.5  # an everyday word: once in 300,000 words or more
MIN_LENGTH = 5  # shorter words have too many neighbours to name the one meant
DROPPED_LENGTH = 9  # a word this long with a letter dropped is a slip even if wordfreq counts it
# ... and a word this long when the word meant is this common ("futher" for further, 5.3)
DROPPED_COMMON_LENGTH = 7
DROPPED_COMMON = 5.0
OPENING_LENGTH = (
    8  # a capitalised word wordfreq counts is judged only this long, opening a sentence
)
# ... and only as a slip of a word this common: first names one letter from a commoner name
# ("Cathrine", "Patteson") fall below it (Catherine 4.1, Patterson 3.7).
OPENING_MEANT = 4.5
# A capitalised word may be a name from any language: taken only when wordfreq has never
# seen it, it is long, and the word it is one slip from is very common ("Districat").
CAPITALISED_LENGTH = 6
CAPITALISED_MEANT = 4.0
# ... or, two neighbouring letters swapped in a word this long, from a word this common
# ("Dyansty" for Dynasty, 3.9).
SWAPPED_LENGTH = 7
SWAPPED_MEANT = 3.5

# A word that splits wholly into pinyin is still a slip when it has this many syllables or
# more and is a word this common with one letter typed twice ("openning": o-pen-ning).
PINYIN_SLIP_SYLLABLES = 3
DOUBLED_MEANT = 4.0
# A lower-case word that splits into pinyin but that wordfreq has never seen as a word
# (below `RARE`) is still a slip when it has this many letters or more and is one of the
# commonest words (`PINYIN_SHAPED_MEANT`) with two neighbouring letters swapped or a letter
# inside it dropped ("eralier" for earlier, "leding" for leading): a lower-case place or given
# name is another pinyin word with a letter changed or added ("linze", "heze"), seldom the
# commonest English word with a letter lost. E802 leaves such a word alone where a name
# stands (after a capitalised word, before a level word: `pinyin_shaped_slip`).
PINYIN_SHAPED_LENGTH = 6
PINYIN_SHAPED_MEANT = 4.5

# Slips so frequent on the web that wordfreq counts them (Zipf 2 to 3), each one edit from
# the word meant: looked up directly, whatever their frequency.
KNOWN_SLIPS = frozenset(
    {
        "goverment",
        "offical",
        "accomodation",
        "accomodations",
        "officals",
        "goverments",
        "govermental",
        "enviroment",
        "enviroments",
        "enviromental",
        "developement",
        "developements",
        "recieve",
        "recieved",
        "recieves",
        "recieving",
        "seperate",
        "seperately",
        "occured",
        "occuring",
        "untill",
        "thier",
        "begining",
        "comission",
        "parliment",
        "diference",
        "annouced",
        "buisness",
        "beleive",
        "acheive",
        "acheived",
        "acheivement",
        "acheivements",
        "sucessful",
        "sucessfully",
        "neccessary",
        "publically",
        "independant",
        "existance",
        "occurence",
        "refered",
        "commited",
        "transfered",
        "succesful",
        "goverance",
        "infomation",
        "managment",
        "progam",
    }
)

# Real words that wordfreq counts rarely and that look like a typing slip of a commoner one
# (or a long word with a letter dropped: "libration", "recoding", "contactor").
RARE_WORDS = frozenset(
    {
        "alterative",
        "aventure",
        "celerity",
        "contactor",
        "contactors",
        "eduction",
        "libration",
        "minsters",
        "predicable",
        "principes",
        # Economists' and reporters' words: "to reflate the economy", "vaunting its record".
        "reflate",
        "reflated",
        "reflates",
        "reflating",
        "vaunting",
        "recoding",
        "selectin",
        "substate",
        "arcing",
        "coeds",
        "flied",
        "framer",
        "garbs",
        "maters",
        "metes",
        "meting",
        "minuet",
        "minuets",
        "nomine",
        "outre",
        "preformed",
        "regraded",
        "regrading",
        "retried",
        "reveres",
        "sties",
        "toady",
        "trialing",
        "tsars",
        "wiling",
        "wroth",
    }
)

# Rare words of Chinese-government English that are not slips, whatever they are near.
GENRE_WORDS = frozenset(
    {
        "informatization",
        "informatisation",
        "digitalization",
        "digitalisation",
        "marketization",
        "marketisation",
        "urbanization",
        "xiaokang",
        "hukou",
        "danwei",
        "guanxi",
        "putonghua",
        "fengshui",
        "taikonaut",
        "taikonauts",
    }
)


# A verb's -ing or -ed form is rarer than the verb ("accelerating" is under COMMON while
# "accelerate" is over it): such forms count as everyday from this frequency, so that their
# slips ("acceletating") are found like the verb's own.
COMMON_VERB_FORM = 3.0
# A long word is rarer than a short one however plain it is ("mountainous" 3.4, "coronavirus"
# 3.2 in wordfreq's counts): words of this many letters count as everyday from
# `COMMON_LONG_WORD`, so that their slips ("mountainious", "coronovirus") are found. A long
# word has few neighbours one edit away, so the one meant is seldom in doubt.
LONG_WORD = 9
COMMON_LONG_WORD = 3.0


def _table_key() -> str | None:
    """The key of this module's tables in tifa's cache folder (tifa.caches): they change
    with its code (the thresholds above) and with the word list."""
    words = table_key()
    return None if words is None else source_digest(__file__, extra=words)


@cache
def _everyday() -> dict[str, float]:
    """The everyday words (lower-case letters, three or more) and their frequencies: the
    same on every run, so read from tifa's cache folder (the whole word list costs 0.13 s
    of CPU to read, the table 2 ms)."""
    return kept("everyday-words-1", _table_key(), _computed_everyday, dict)


def _computed_everyday() -> dict[str, float]:
    floor = 10 ** (COMMON - 9)  # Zipf is log10 of the frequency per billion words
    verb_floor = 10 ** (COMMON_VERB_FORM - 9)
    long_floor = 10 ** (COMMON_LONG_WORD - 9)
    return {
        w: frequency
        for w, frequency in frequencies().items()
        if (
            frequency >= floor
            or (frequency >= verb_floor and w.endswith(("ing", "ed")))
            or (frequency >= long_floor and len(w) >= LONG_WORD)
        )
        and len(w) >= 3
        and w.isascii()
        and w.isalpha()
        and w.islower()
    }


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit_away(word: str) -> set[str]:
    """Every string one deletion, substitution, insertion or swap of two neighbouring
    letters from `word` (lower-case letters), as Norvig's speller spells them out."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in _LETTERS),
        *(a + c + b for a, b in splits for c in _LETTERS),
    }


def _rank(word: str) -> tuple[float, str]:
    return (-_everyday()[word], word)


def one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one insertion, deletion, substitution or swap of two
    neighbouring letters."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return True  # substitution
        return a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1]
    if len(a) > len(b):
        return a[i + 1 :] == b[i:]
    return b[i + 1 :] == a[i:]


def _neighbours(word: str) -> list[str]:
    """Everyday words one edit from `word`, most frequent first (then alphabetical)."""
    # Spelling out the edits of one word costs far less than indexing every everyday word's
    # deletions, which a run with one suspect word would pay in full.
    everyday = _everyday()
    found = {c for c in _one_edit_away(word) if c in everyday and one_edit(word, c)}
    return sorted(found, key=_rank)


def _inflected(word: str, base: str) -> bool:
    """Whether `word` is a regular inflection or derivation of `base` ("fevers", "livings"),
    or the other way round: a rare form of a common word is not a slip ("citiess" is)."""
    longer, shorter = (word, base) if len(word) > len(base) else (base, word)
    if not longer.startswith(shorter):
        return False
    end = longer[len(shorter) :]
    return (
        (end == "s" and not shorter.endswith("s"))
        or (end in ("d", "r", "n") and shorter.endswith("e"))
        or end == "y"
    )


def _swapped(word: str, meant: str) -> bool:
    """Whether `word` is `meant` with two neighbouring letters swapped ("dyansty")."""
    if len(word) != len(meant) or word == meant:
        return False
    i = 0
    while word[i] == meant[i]:
        i += 1
    return word[i : i + 2] == meant[i : i + 2][::-1] and word[i + 2 :] == meant[i + 2 :]


def _typing_slip(word: str, meant: str) -> bool:
    """Whether `word` is `meant` with two neighbouring letters swapped ("recieve") or a
    doubled letter written once ("comission"): the slips of fast typing, seldom real words."""
    i = 0
    while i < min(len(word), len(meant)) and word[i] == meant[i]:
        i += 1
    if len(word) == len(meant):
        return word[i : i + 2] == meant[i : i + 2][::-1] and word[i + 2 :] == meant[i + 2 :]
    if len(word) + 1 != len(meant) or word[i:] != meant[i + 1 :]:
        return False
    return meant[i] in (meant[i - 1 : i] + meant[i + 1 : i + 2])


@cache
def correction(word: str) -> str | None:
    """The everyday word `word` (letters only) misspells, or None if it is not a
    misspelling: English, pinyin, a British spelling, a word of the genre, or too short or
    too far from any everyday word to say which one was meant. A capitalised word keeps its
    capital in the answer."""
    if not (word.isascii() and word.isalpha()):
        return None
    if word[1:].islower() and word[:1].isupper():
        meant = _capitalised(word)
        return meant[:1].upper() + meant[1:] if meant else None
    if len(word) < MIN_LENGTH or not word.islower():
        return None
    if word in GENRE_WORDS or word in RARE_WORDS or word in variant_keys():
        return None
    frequency = zipf(word)
    if frequency >= KNOWN and word not in KNOWN_SLIPS:
        return None
    syllables = split_syllables(word)
    if syllables is not None:
        # Pinyin, unless it is three syllables or more and an everyday word with one letter
        # doubled ("openning" splits as o-pen-ning): a given name has one or two syllables,
        # and no name is a common English word with a letter typed twice.
        doubled = _doubled(word) if len(syllables) >= PINYIN_SLIP_SYLLABLES else None
        return doubled or pinyin_shaped_slip(word)
    if _prefixed(word) or _agent_noun(word):
        return None
    candidates = _candidates(word)
    if not candidates:
        return _pair_dropped(word) if frequency < RARE else None
    meant = candidates[0]
    if frequency < RARE or word in KNOWN_SLIPS:
        return meant
    # A word wordfreq knows, if rarely: only a typing slip of a far commoner word, or a long
    # word with a letter inside it dropped ("activites", "govenment").
    slip = _typing_slip(word, meant) or _dropped_letter(word, meant)
    # A shorter word with a letter inside it dropped is a slip too when the word meant is
    # among the commonest ("futher", "postion"): such a word's other neighbours are rare.
    slip = slip or (
        zipf(meant) >= DROPPED_COMMON and _dropped_letter(word, meant, DROPPED_COMMON_LENGTH)
    )
    return meant if zipf(meant) - frequency >= GAP and slip else None


# A long word with two neighbouring letters inside it left out ("competiveness",
# "mucipalities"): two edits, taken only for words English does not know that are this long,
# from everyday words this long, where no other word is that near.
PAIR_DROPPED_LENGTH = 9
PAIR_MEANT_LENGTH = 11


@cache
def _pair_dropped_index() -> dict[str, frozenset[str]]:
    """Each long everyday word with two neighbouring letters inside it left out (never its
    first or last letter), and the words that make it; from tifa's cache folder, as
    `_everyday` (0.04 s of CPU to build, 7 ms to read)."""
    return kept("pair-dropped-1", _table_key(), _computed_pair_dropped, dict)


def _computed_pair_dropped() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for w in _everyday():
        if len(w) >= PAIR_MEANT_LENGTH:
            for i in range(1, len(w) - 2):
                index.setdefault(w[:i] + w[i + 2 :], set()).add(w)
    return {k: frozenset(v) for k, v in index.items()}


def _pair_dropped(word: str) -> str | None:
    """The one long everyday word `word` is, two neighbouring letters inside it left out."""
    if len(word) < PAIR_DROPPED_LENGTH:
        return None
    meant = _pair_dropped_index().get(word, frozenset())
    return next(iter(meant)) if len(meant) == 1 else None


# Prefixes English builds new words with: "pretreating" is pre + treating, a word of its
# own, not a slip of "retreating".
_PREFIXES = ("pre", "re", "un", "non", "co", "sub", "over", "under", "inter", "multi", "micro")


def _doubled(word: str) -> str | None:
    """The very common word `word` is with one of its letters typed twice ("openning" for
    opening, "chineese"), the most frequent if several; None if there is none."""
    found = {
        word[:i] + word[i + 1 :]
        for i in range(len(word) - 1)
        if word[i] == word[i + 1] and zipf(word[:i] + word[i + 1 :]) >= DOUBLED_MEANT
    }
    return max(sorted(found), key=zipf) if found else None


@cache
def pinyin_shaped_slip(word: str) -> str | None:
    """The commonest word a lower-case word that reads as pinyin misspells, when wordfreq has
    never seen it and it is that word with two neighbouring letters swapped or a letter
    inside it dropped ("eralier", "leding"); None otherwise."""
    if len(word) < PINYIN_SHAPED_LENGTH or not word.islower() or zipf(word) >= RARE:
        return None
    if split_syllables(word) is None:
        return None
    meant = [
        c
        for c in _candidates(word)
        if zipf(c) >= PINYIN_SHAPED_MEANT
        and (_swapped(word, c) or _dropped_letter(word, c, PINYIN_SHAPED_LENGTH + 1))
    ]
    return meant[0] if meant else None


def _prefixed(word: str) -> bool:
    """Whether `word` is a prefix and a word English knows ("pretreating", "nonfarm")."""
    return any(
        word.startswith(p) and len(word) - len(p) >= 4 and zipf(word[len(p) :]) >= KNOWN
        for p in _PREFIXES
    )


# A common word English builds an agent noun from with -r or -er ("revise", "reviser"): the
# noun is a word of its own, however rare, not a slip of the verb's other forms ("revised").
AGENT_BASE = 3.0


def _agent_noun(word: str) -> bool:
    """Whether `word` is a common word with -r or -er after it ("reviser", "revisers",
    "planner"), which English builds as it builds "adviser" from "advise"."""
    noun = word[:-1] if word.endswith("ers") else word
    if not noun.endswith("er"):
        return False
    bases = [noun[:-1], noun[:-2]]
    if len(noun) > 4 and noun[-3] == noun[-4]:
        bases.append(noun[:-3])  # a doubled consonant: "planner" from "plan"
    return any(len(b) >= 4 and zipf(b) >= AGENT_BASE for b in bases)


def _dropped_letter(word: str, meant: str, length: int = DROPPED_LENGTH) -> bool:
    """Whether `word` is `meant`, a word of `length` letters or more, with one letter
    inside it left out ("activites", "contruction"): a slip of long words that wordfreq's
    web text repeats often enough to count. A first or last letter dropped is left alone:
    that is how names and foreign words differ from English ones ("informatio",
    "ambridge")."""
    if len(meant) < length or len(word) + 1 != len(meant):
        return False
    i = 0
    while i < len(word) and word[i] == meant[i]:
        i += 1
    return 0 < i < len(meant) - 1 and word[i:] == meant[i + 1 :]


@cache
def opening_correction(word: str) -> str | None:
    """For a capitalised word that opens a sentence, where a name is less likely than inside
    one: the everyday word it misspells when wordfreq counts it rarely ("Activites"), as its
    lower-case form would be corrected, keeping the capital; None otherwise (and for words
    `correction` already takes). Only words of `OPENING_LENGTH` letters or more."""
    if len(word) < OPENING_LENGTH or not (word[:1].isupper() and word[1:].islower()):
        return None
    lower = word.lower()
    if zipf(lower) == 0 or correction(word) is not None or is_place(word):
        return None
    meant = correction(lower)
    if meant is None or zipf(meant) < OPENING_MEANT:
        return None
    return meant[:1].upper() + meant[1:]


def _candidates(word: str) -> list[str]:
    return [c for c in _neighbours(word) if not _inflected(word, c)]


def _capitalised(word: str) -> str | None:
    lower = word.lower()
    if lower in KNOWN_SLIPS:
        return correction(lower)
    if len(word) < CAPITALISED_LENGTH or zipf(lower) > 0 or lower in GENRE_WORDS:
        return None
    if is_place(word) or split_syllables(lower) is not None:
        return None
    candidates = _candidates(lower)
    if not candidates:
        return None
    # Two letters swapped in a long word ("Dyansty") is how fast typing slips, not how a
    # foreign name differs from an English word: taken for a less common word too.
    swapped = len(word) >= SWAPPED_LENGTH and _swapped(lower, candidates[0])
    if zipf(candidates[0]) < (SWAPPED_MEANT if swapped else CAPITALISED_MEANT):
        return None
    # At the shortest length only a dropped letter ("Vetnam"): names a letter changed
    # from an English word are many at six letters.
    if len(word) == CAPITALISED_LENGTH and len(candidates[0]) != len(word) + 1:
        return None
    return candidates[0]


# A capitalised word one slip from a word of the glossary's renderings ("Poliburo" for
# Politburo, "Minstry" for Ministry): the words of titles and bodies, which an everyday
# word list may rank too rare to take. Taken only when wordfreq hardly knows the word, it is
# this long, and the glossary's word is one English knows.
GLOSSARY_SLIP_LENGTH = 7
GLOSSARY_MEANT = 2.5
# The words officials' titles and bodies are made of, whether the glossary holds an entry
# with them or not.
TITLE_WORDS = frozenset(
    {
        "administration",
        "autonomous",
        "chairman",
        "chairwoman",
        "commission",
        "committee",
        "conference",
        "congress",
        "consultative",
        "council",
        "department",
        "district",
        "government",
        "minister",
        "ministry",
        "municipal",
        "politburo",
        "political",
        "prefecture",
        "premier",
        "president",
        "provincial",
        "secretary",
        "standing",
    }
)


def glossary_slip(word: str, vocabulary: frozenset[str]) -> str | None:
    """The word of `vocabulary` (the glossary's words, in lower case) or of `TITLE_WORDS` that the capitalised
    `word` misspells, keeping the capital; None for a word English or the gazetteer knows,
    pinyin, a short word, or one no single slip from a glossary word."""
    if len(word) < GLOSSARY_SLIP_LENGTH or not (word.isascii() and word.isalpha()):
        return None
    if not (word[:1].isupper() and word[1:].islower()):
        return None
    lower = word.lower()
    if zipf(lower) >= RARE or lower in vocabulary or lower in GENRE_WORDS:
        return None
    if is_place(word) or split_syllables(lower) is not None:
        return None
    found = [
        c
        for c in _one_edit_away(lower)
        if (c in vocabulary or c in TITLE_WORDS)
        and zipf(c) >= GLOSSARY_MEANT
        and not _inflected(lower, c)
    ]
    if not found:
        return None
    meant = min(found, key=lambda c: (-zipf(c), c))
    return meant[:1].upper() + meant[1:]
