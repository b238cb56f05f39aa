"""Wording slips common in English translated from Chinese, for E801: each a pattern, what is
wrong with it and the mended form.

Only slips that are wrong wherever they stand are listed: an uncountable noun made plural
("cooperations"), a preposition after a verb that takes none ("discuss about"), a perfect
tense built on a simple past or a bare verb ("has took", "has hold"), a few fixed
phrases cut short ("well-know", "on agenda", "influence home and abroad", "the import
speeches"), an adjective
standing for the adverb before a verb that opens a sentence ("Extensive promote"), a past
participle for the present one ("the participated delegates"), the people serving at a
meeting for those attending it ("other attendants"), a consulate "to" its city, and an
article left wrong in two fixed frames ("with the history of 600 years", "renamed to current
name", "of Chinese nation"), a compound adjective of "world" left open ("world
famous"), compound modifiers of this register left open before their noun (the table is in
`open_compounds`), and fixed phrases with a wrong number or a stray word ("in recent year",
"since ancient time", "the year of 2018", "in nowadays", "expressed that", "locates in",
"is called also", "seek for", "toward to", "spare no efforts", "a headquarter"), and set
phrases of Chinese news rendered word for word ("introduced that", "It is learned that",
"Since this year", "grandly held", "responsible comrades", "in an aim to", "short board",
"occupation education", "were enlisted as", "It's learned that", "raising a climax of",
"seriously listened to"), "a" before a vowel sound ("a intimate bond")
and "two sides" as a subject without "the" (双方), and a tour, visit or agreement without
its "a" ("on inspection tour", "paid friendly visit", "signed cooperation agreement"),
and more set phrases ("uphold high", "took seats at the rostrum", "so that to", "on a
daily base", "put forwards", "a speech, respectively", "the only one provincial-level",
"gave an inspection tour", "a visit in China", "in your point of view", "economy
development", "pollutants emissions", "economic downturn pressure", "have reduced by",
"among which 13", "the Xi Jinping Thought", "He urged to"), and the frames of a dated
report ("in the morning of May 5", "with the accompany of", "taken full use of", "push
ahead construction", "than the same period of last year"), and slips of form ("during his
visit in Hunan", "boosting economy growth", "of last five years", "can not", "many in
common", "located at the eastern part", "briefed the current situation"), and calques of
word form ("contributions to build", "accelerating to promote", "an exchange of view",
"economical and social", "environmental-friendly", "as following", "in regard of", "in real
practice", "vice-general manager", "gross regional production", "world top 500", "a
guidance on", "In the meeting,", "in this winter", "in this year", "less than 200
households"), and an article before a place's possessive ("the Quzhou's").
And general frames (`MORE_SLIPS`): a quantifier and "of" before a bare noun ("one of famous
cities"), "included into", "has been always", "with no doubt", a bare verb after a
preposition ("on jointly build") or after "look forward to" and "on its way to", "today
morning", a pronoun and a verb that do not agree ("they has"), "a ban of", "hosted the meeting"
after a title, "investigated in" a place, "introduced at the event that" and "more than and 60".
And the frames of a report (`REPORT_SLIPS`): "The reporter learned from" (记者了解到), "the same
period of last year", "an increase of 6% and 7%", "per cubic meters", "such industries like",
"is featured with", "numerous attention", "On March 2019", "and etc.", "a big batch of",
"agriculture modernization", "All deputies," and "report to you the work", and "The number of
visitors have" (has), "deputy major" (mayor), "set a new climax" and "elected on the
first session" (at). And the slips of a meeting's report (`MEETING_SLIPS`): "successively made a
speech", "are welcomed to visit", "practical works", "30 foreign media", "in various occasions",
"Under the context of", "start point", "environment protection", "the national song", "pursing",
"new glorious new", "attended held" and "the 1st half of" (first).
House style and debatable usage are not slips.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import polars as pl
import regex

from tifa.checks import (
    calque_slips,
    complement_slips,
    form_slips,
    grammar_slips,
    honorific_slips,
    mass_nouns,
    measures,
    open_compounds,
    order_slips,
    possessive_slips,
    preposition_slips,
    series_slips,
)
from tifa.checks.articles import indefinite
from tifa.checks.distinct import filter_distinct
from tifa.checks.numbers import MONTH
from tifa.checks.outlet_slips import PREFILTER as OUTLET_PREFILTER
from tifa.checks.outlet_slips import SPECS as OUTLET_SPECS
from tifa.checks.textcase import capital_as
from tifa.glossary.frequency import zipf
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import split_syllables

# A headline drops its articles ("Jinzhou and Dandong sign tourism agreement", "Mayor pays
# official visit to Singapore"): a slip about a missing article is read only on a line that
# ends as a sentence does, with its stop.
_IN_A_SENTENCE = r"""(?=[^\n]*[.!?]["”’)]*[ \t]*(?:\n|$))"""


@dataclass(frozen=True)
class Slip:
    """One kind of slip: `pattern` finds it, `why` explains it, `mend` maps a match to the
    mended text (None where only a person can mend it), by a table or a function; `keep`,
    where given, tells a match that is not a slip after all; `headline` leaves the slip
    alone in a headline, which drops its articles."""

    pattern: regex.Pattern[str]
    why: str
    mend: dict[str, str] | Callable[[str], str | None]
    keep: Callable[[regex.Match[str]], bool] | None = None
    # An article cut from an idiom, which headlinese drops by design: left alone in a
    # headline proper (prose.headline_segments).
    headline: bool = False


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
    "merchandises": "merchandise",
    "sceneries": "scenery",
    "heritages": "heritage",
    "staffs": "staff",
    "medias": "media",
    "pollutions": "pollution",
    "attentions": "attention",
    "potentials": "potential",
    "folklores": "folklore",
    "softwares": "software",
    "hardwares": "hardware",
    # 新动能 ("new growth drivers") counted: English's momentum is one.
    "momentums": "momentum",
    # The genre's fields of work and what is given in them ("infrastructures", "trainings").
    **mass_nouns.PLURALS,
}
# Words that open a time phrase after a verb ("emphasized on Tuesday"), not its object.
_TIME_WORDS = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    r"|Sept?|Oct|Nov|Dec|\d{1,2}(?:st|nd|rd|th)?|the (?:\d{1,2}|first|last|morning|afternoon"
    r"|evening|day|eve|occasion|sidelines)|that day|this occasion"
)
# Days and months that name a day after "the morning of" ("May 5", "Monday", "Jan. 4").
_DAY_WORDS = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}(?![\d,]\d)"
)
_MONTH_WORDS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
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
    "highlighting on": "highlighting",
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
    "underwent": "undergone",
    "overtook": "overtaken",
    "withdrew": "withdrawn",
    "became": "become",
    "came": "come",
    "ran": "run",
    "did": "done",
    "ate": "eaten",
    "threw": "thrown",
    "forgot": "forgotten",
    "froze": "frozen",
    "shook": "shaken",
    "stole": "stolen",
    "drank": "drunk",
    "sang": "sung",
    "rang": "rung",
    "swam": "swum",
}
FIXED = {
    "well-know": "well-known",
    "so-call": "so-called",
}
# Irregular verbs given the regular "-ed": no dictionary has these forms ("flied" only in
# baseball, "flied out", which is left alone).
OVER_REGULAR = {
    "teached": "taught",
    "buyed": "bought",
    "catched": "caught",
    "thinked": "thought",
    "bringed": "brought",
    "seeked": "sought",
    "speaked": "spoke",
    "writed": "wrote",
    "taked": "took",
    "maked": "made",
    "choosed": "chose",
    "growed": "grew",
    "knowed": "knew",
    "throwed": "threw",
    "drawed": "drew",
    "gived": "gave",
    "goed": "went",
    "flied": "flew",
    "fighted": "fought",
    "spended": "spent",
    "sended": "sent",
    "builded": "built",
    "holded": "held",
    "meeted": "met",
    "leaded": "led",
    "winned": "won",
    "feeled": "felt",
    "keeped": "kept",
    "sleeped": "slept",
    "standed": "stood",
    "understanded": "understood",
}
# Adjectives whose adverb an auxiliary and a participle want: "has steady developed",
# "was effective implemented". Only words that are never adverbs themselves.
AUX_ADJECTIVES = (
    "steady|rapid|effective|successful|smooth|active|stable|swift|continuous|comprehensive"
    "|extensive|vigorous|solid|thorough|strict|significant|remarkable|substantial|efficient"
    "|proper|careful|gradual|sharp|notable|considerable|complete|initial|preliminary|basic"
    "|fundamental|healthy|sustainable|rational|scientific|full|close"
)
# "important" cut short to another word: "the import speeches" of a leader.
CUT_SHORT = {"import": "important"}

# Verbs that open an instruction ("promote the integration of ...") and are never nouns, so
# an adjective before one cannot be describing it: "Extensive promote" wants the adverb.
OPENING_VERBS = frozenset(
    {
        "accelerate",
        "broaden",
        "carry",
        "consolidate",
        "create",
        "cultivate",
        "deepen",
        "develop",
        "encourage",
        "enhance",
        "ensure",
        "establish",
        "expand",
        "explore",
        "facilitate",
        "foster",
        "implement",
        "improve",
        "innovate",
        "integrate",
        "intensify",
        "modernise",
        "modernize",
        "optimise",
        "optimize",
        "popularize",
        "promote",
        "protect",
        "pursue",
        "rectify",
        "reduce",
        "regulate",
        "revitalize",
        "stabilize",
        "standardize",
        "streamline",
        "strengthen",
        "tighten",
        "transform",
        "uphold",
        "utilize",
        "widen",
    }
)
# Words whose "-ly" form is no adverb of theirs, or that are adverbs already ("Further
# promote", "Jointly develop").
_NOT_ADJECTIVES = frozenset(
    {"further", "first", "still", "fast", "hard", "well", "also", "only", "even", "just"}
)
# Who takes part: "participated" before one of these is the past participle standing for
# the present one.
PARTICIPANTS = (
    "representatives|delegates|deputies|guests|members|units|enterprises|companies|"
    "countries|experts|teams|students|schools|departments|parties|institutions|leaders"
)
# Meeting words: "attendants" in a sentence with one of these means those attending.
_MEETING = regex.compile(
    r"(?i)\b(?:meetings?|conferences?|forums?|symposiums?|symposia|seminars?|sessions?"
    r"|ceremon(?:y|ies)|congress|plenary|summit|workshops?|talks)\b"
)
# People who serve, not attend: "flight attendants", "parking attendants".
_SERVING = frozenset(
    {
        "flight",
        "cabin",
        "parking",
        "gas",
        "petrol",
        "station",
        "shop",
        "funeral",
        "medical",
        "nursing",
        "ward",
        "toilet",
        "health",
        "service",
        "hotel",
        "train",
        "bus",
        "car",
        "museum",
        "security",
        "care",
    }
)


def _adverb(adjective: str) -> str | None:
    """The everyday adverb made from `adjective` ("Extensive" -> "Extensively"), if any."""
    lower = adjective.lower()
    if lower in _NOT_ADJECTIVES:
        return None
    if lower.endswith("ic"):
        adverb = lower + "ally"
    elif lower.endswith("le"):
        adverb = lower[:-1] + "y"
    elif lower.endswith("y"):
        adverb = lower[:-1] + "ily"
    else:
        adverb = lower + "ly"
    return adverb if zipf(adverb) >= 2.5 else None


def _adverb_mend(text: str) -> str | None:
    adjective, verb = text.split(" ", 1)
    adverb = _adverb(adjective)
    return None if adverb is None else f"{adverb[:1].upper()}{adverb[1:]} {verb}"


def _no_adverb(m: regex.Match[str]) -> bool:
    return _adverb(m.group(1)) is None


def _serving(m: regex.Match[str]) -> bool:
    """Not a slip: attendants who serve ("flight attendants"), or no meeting in the
    sentence."""
    text = m.string
    previous = regex.search(r"(\p{L}+)\s*$", text[: m.start()])
    if previous and previous.group(1).lower() in _SERVING:
        return True
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    ends = [i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0]
    return _MEETING.search(text, start, min(ends, default=len(text))) is None


# Words before "home and abroad" that need no "at": "from home and abroad", "both at home
# and abroad" written "both home and abroad".
_HOME_BEFORE = frozenset({"at", "from", "both", "to", "of", "between", "across", "and", "or"})


def _home_kept(m: regex.Match[str]) -> bool:
    return m.group(1).lower() in _HOME_BEFORE


# Prepositions before "the world" where "world" is the noun, not part of a compound.
_BEFORE_THE_WORLD = frozenset(
    {"in", "around", "across", "of", "throughout", "over", "to", "from", "all", "round"}
)


def _world_is_a_noun(m: regex.Match[str]) -> bool:
    before = regex.search(r"(\p{L}+) the\s*$", m.string[: m.start()])
    return before is not None and before.group(1).lower() in _BEFORE_THE_WORLD


# Words before "progresses" that make it the noun (uncountable), not the verb ("as the work
# progresses"): a verb taking it as object or an adjective.
_PROGRESS_BEFORE = (
    "made|make|makes|making|achieved|achieve|achieves|achieving|new|great|significant"
    "|remarkable|positive|substantial|steady|notable|considerable|major|gratifying|solid"
    "|tremendous|marked|important|good|much|more|further|some|many|historic|historical"
    "|rapid|tangible|encouraging|fresh|big|huge|initial|early|gradual|continuous|overall"
    "|comprehensive|visible|concrete|enormous|impressive|outstanding|unprecedented|landmark"
)
# What "expressed that" reports is a clause ("Wang said that China...", "expressed that,
# upholding the purpose of …, the forum serves"); "expressed that hope" or "expressed that
# in a letter" uses "that" as a determiner or a pronoun: a noun of feeling or view, a
# preposition, an adverb or a stop follows it, where a clause would have its subject.
_THAT_NOT_A_CLAUSE = (
    r"hope|hopes|view|views|wish|wishes|belief|sentiment|sentiments|concern|concerns|opinion"
    r"|opinions|idea|ideas|position|feeling|feelings|desire|willingness|confidence|support"
    r"|stance|attitude|commitment|gratitude|appreciation|determination|intention|interest"
    r"|thought|thoughts|point|message|spirit|same|sense|one|kind|notion|conviction|worry"
    r"|in|to|at|on|by|with|for|through|during|before|after|again|clearly|publicly|strongly"
    r"|too|also|as|when|while|and|but|or|of|from|over|via|here|there|once|repeatedly|openly"
)
# A clause opener, for the verbs of 介绍 and 讲话 rendered word for word before a clause.
_CLAUSE_OPENER = (
    r"(?:the|we|they|he|she|it|there|both|his|her|their|its|our|this|these|those|all"
    r"|each|every|since|looking|under|after|(?-i:\p{Lu}\p{Ll}+))"
)


def _said(text: str) -> str:
    verb = text.split(" ", 1)[0]
    said = {"expressed": "said", "expresses": "says", "expressing": "saying"}[verb.lower()]
    return capital_as(verb, said) + " that"


def _said_for_introduced(text: str) -> str:
    verb = text.split(" ", 1)[0]
    lower = verb.lower()
    said = "saying" if lower.endswith("ing") else "says" if lower.endswith("es") else "said"
    return capital_as(verb, said) + " that"


def _flied_out(m: regex.Match[str]) -> bool:
    """Not a slip: "flied out" (baseball)."""
    return m.group().lower() == "flied" and m.string[m.end() : m.end() + 4].lower() == " out"


def _adverb_before_participle(text: str) -> str | None:
    aux, adjective, participle = text.split(" ", 2)
    adverb = _adverb(adjective)
    return None if adverb is None else f"{aux} {adverb} {participle}"


def _not_a_pinyin_place(m: regex.Match[str]) -> bool:
    """Not a slip: "Introduction of Talents" (引进, bringing in) rather than a place."""
    return split_syllables(m.group(1)) is None


# A measured quantity a place "has" or is "with": its population, area, GDP, length or a
# rate, given with its figure ("with a population of 2.6 million", "has an area of 500
# square kilometres"). It is one of many possible figures, so it takes "a" or "an"; "the"
# or no article is a slip. "History" is left to the slip of its own below and to E812. The
# nouns are E812's too: one table (`measures.MEASURES`).
MEASURE_NOUN = "(?:" + measures.nouns(space=r"[ \u00a0]+", slip=True) + ")"
_MEASURE_LEAD = (
    r"(?:[Ww]ith|has|have|had|having|boasts?|boasting|boasted|recorded|records|recording"
    r"|registered|registers|covers?|covering|covered)"
)
_MEASURE_FIGURE = (
    r"[ \u00a0]+of[ \u00a0]+(?:(?:about|around|nearly|almost|over|more[ \u00a0]+than|approximately"
    r"|some|roughly|up[ \u00a0]+to|at[ \u00a0]+least|just[ \u00a0]+over)[ \u00a0]+)?"
    r"(?:RMB|US\$|HK\$|\$|¥)?[ \u00a0]?(?P<figure>\d[\d,.]*)(?P<unit>[ \u00a0]*\S*)"
)
# Words before the noun that make "the" right or stand for the article: a superlative or
# an ordinal picks one figure out ("with the highest growth rate of 7%"), and a
# determiner or possessive is an article already ("with its population of").
_MEASURE_PICKED_WORDS = (
    "a an the its their his her our this that these those whose same such any no each "
    "highest lowest largest smallest biggest greatest fastest slowest most least first "
    "second third fourth fifth top"
)
_MEASURE_PICKED = frozenset(_MEASURE_PICKED_WORDS.split())
_MEASURE_SUMS_WORDS = "the total planned estimated combined registered expected overall"
_MEASURE_SUMS = frozenset(_MEASURE_SUMS_WORDS.split())
# "compared with the growth rate of 6% a year earlier" names one figure: "the" is right.
_MEASURE_COMPARED = regex.compile(
    r"(?i)(?:compared|comparing|compare|comparison|contrast|line|consistent|along|together"
    r"|coupled|par)[ \u00a0]+$"
)


def _measure_kept(m: regex.Match[str]) -> bool:
    """Whether a quantity with its figure is rightly without "a": a determiner, superlative
    or ordinal comes before it, it follows "compared with", or the figure is a year ("with
    the population of 2010")."""
    words = m.group("np").split()
    if any(w.lower() in _MEASURE_PICKED for w in words[1 if words[0] == "the" else 0 : -1]):
        return True
    if words[0] != "the" and words[0].lower() in _MEASURE_PICKED:
        return True
    if _MEASURE_COMPARED.search(m.string, 0, m.start("lead")):
        return True
    # An investment is one sum only as a total or a plan ("with a total investment of");
    # "recorded foreign investment of $5 billion" is the inflow, a mass noun, and so is a
    # bare "investment" ("145 deals with investment of 84.76 billion yuan").
    if words[-1] == "investment" and (len(words) == 1 or not _MEASURE_SUMS.issuperset(words[:-1])):
        return True
    figure = m.group("figure")
    is_year = regex.fullmatch(r"(?:19|20)\d\d", figure) is not None
    return is_year and not regex.match(
        r"[ \u00a0]*(?:million|billion|trillion|thousand|square"
        r"|sq|km|kilomet|met|hectare|mu|yuan|people|residents"
        r"|persons|percent|%)",
        m.group("unit"),
    )


def _measure_mended(text: str) -> str:
    """The quantity with "a" or "an" in place of "the" or of no article."""
    bare = text[4:] if text.startswith("the ") else text
    return f"{indefinite(bare, u_takes_an=True)} {bare}"


# Verbs that are never nouns (or whose noun is another word), for the "-ing" after a "to"
# that is a preposition: "contributions to build" is the slip, "contributions to growth" not.
_BARE_VERBS = frozenset(
    [
        "promote",
        "build",
        "construct",
        "develop",
        "implement",
        "advance",
        "achieve",
        "realize",
        "realise",
        "improve",
        "accelerate",
        "deepen",
        "strengthen",
        "create",
        "ensure",
        "seek",
        "guarantee",
        "expand",
        "enhance",
        "safeguard",
        "cultivate",
        "foster",
        "pursue",
        "upgrade",
        "boost",
        "consolidate",
        "optimize",
        "optimise",
        "innovate",
        "modernize",
        "modernise",
        "revitalize",
        "revitalise",
        "rejuvenate",
        "facilitate",
        "serve",
        "tackle",
        "maintain",
        "explore",
        "protect",
        "transform",
    ]
)


# A capitalised word between two capitalised words of a sentence in running text is part
# of a name ("Tieling Heavy Machineries Co., Ltd.", "Advanced Equipments Manufacturing
# Co."): a company keeps the words it registered. A headline in Title Case capitalises
# every word, so there a capital proves nothing and the plural is still a slip.
_NAME_WORD_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’.-]*[ \u00a0]+$")
_NAME_WORD_AFTER = regex.compile(r"[ \u00a0]+(?:\p{Lu}|&|\()")
_RUNNING_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}{4,}(?![\p{L}'’-])")


def _inside_a_name(m: regex.Match[str]) -> bool:
    text = m.string
    if not m.group()[:1].isupper():
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return (
        _NAME_WORD_BEFORE.search(text, line_start, m.start()) is not None
        and _NAME_WORD_AFTER.match(text, m.end()) is not None
        and len(_RUNNING_WORD.findall(line)) >= 3
    )


def _ing(verb: str) -> str:
    """The "-ing" form of a verb of `_BARE_VERBS`."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + "ing"


def _to_ing(text: str) -> str:
    """ "contributions to build" → "contributions to building"; "accelerating to promote"
    → "accelerating promoting" is no English, so "accelerate" and "keep" drop the "to"."""
    head, verb = text.rsplit(" ", 1)
    word = head.split(" ", 1)[0].lower()
    if word.startswith(("accelerat", "keep", "kept")):
        return f"{head[:-3]} {_ing(verb.lower())}"
    return f"{head} {_ing(verb.lower())}"


def _manager_mended(text: str) -> str:
    """ "vice-general manager" → "deputy general manager", "general manager assistant" →
    "assistant general manager"."""
    lower = text.lower()
    plural = "s" if lower.endswith("s") else ""
    if lower.startswith("vice"):
        return "deputy general manager" + plural
    return "assistant general manager" + plural


def _officials(text: str) -> str:
    """ "responsible comrades", "comrades in charge" → "officials in charge"; "relevant
    comrades" → "relevant officials"; one comrade, one official."""
    low = text.lower()
    plural = "comrades" in low
    if low.startswith(("relevant", "related")):
        new = "relevant officials" if plural else "relevant official"
    else:
        new = "officials in charge" if plural else "official in charge"
    return capital_as(text, new)


SLIPS = (
    Slip(
        regex.compile(rf"(?i)(?<![\p{{L}}-])(?:{_words(UNCOUNTABLE)})(?![\p{{L}}-])"),
        "an uncountable noun has no plural",
        UNCOUNTABLE,
        _inside_a_name,
    ),
    Slip(
        # Research and construction as activities are uncountable: "scientific researches",
        # "the constructions of roads". "He researches …" is the verb and "temporary
        # constructions" are buildings: only after an adjective of the field, or "the … of".
        regex.compile(
            r"(?i)(?<=(?<![\p{L}-])(?:scientific|academic|joint|further|technological"
            r"|medical|agricultural|market|field|basic|applied) )researches(?![\p{L}-])"
            r"|(?<=(?<![\p{L}-])the )constructions(?= of\b)"
        ),
        "an uncountable noun has no plural",
        lambda text: text[:-1] if text.lower().endswith("constructions") else text[:-2],
    ),
    Slip(
        # "emphasized on Tuesday the need …": "on" opens a time phrase, not the object.
        regex.compile(
            rf"(?i)(?<![\p{{L}}-])(?:{_words(NO_PREPOSITION)})(?![\p{{L}}-])"
            rf"(?! (?:{_TIME_WORDS})\b)"
        ),
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
        regex.compile(rf"(?i)(?<![\p{{L}}-])(?:{_words(OVER_REGULAR)})(?![\p{{L}}-])"),
        "an irregular verb: its past is not made with “-ed”",
        OVER_REGULAR,
        _flied_out,
    ),
    Slip(
        # An auxiliary, an adjective and a past participle: "have steady developed". The
        # participle is a word in "-ed" straight after, so "has steady growth" and "is full
        # of" are left alone.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:has|have|had|is|are|was|were|be|been|being) "
            rf"(?:{AUX_ADJECTIVES}) \p{{Ll}}{{2,}}ed(?![\p{{L}}-])"
        ),
        "an adjective cannot qualify a verb: the adverb is wanted",
        _adverb_before_participle,
    ),
    Slip(
        # "a national famous brand": the adverb qualifies "famous" (nationally famous).
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:national|international|provincial) "
            r"(?:famous|renowned|known|well-known|acclaimed|recogni[sz]ed)(?![\p{L}-])"
        ),
        "an adjective cannot qualify an adjective: the adverb is wanted",
        lambda text: text.replace(" ", "ly ", 1),
    ),
    Slip(
        # Fixed phrases: "in detail" (in the singular), "in the face of", "rank first".
        regex.compile(r"(?i)(?<![\p{L}-])in details(?![\p{L}-])(?! of\b)"),
        "a fixed phrase: “in detail”",
        lambda text: text[:-1],
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])in face of(?![\p{L}-])"),
        "a fixed phrase cut short: “in the face of”",
        lambda text: text[:3] + "the " + text[3:],
    ),
    Slip(
        # A place in a ranking takes no article: "ranked first in the country".
        regex.compile(
            r"(?i)(?<![\p{L}-])rank(?:s|ed|ing)? the (?:first|second|third|top)"
            r"(?=\s*(?:[,.;]|$)|\s+(?:in|among|nationwide|worldwide|globally|place)\b)"
        ),
        "a place in a ranking takes no article: “ranks first”",
        lambda text: text.replace(" the ", " ", 1),
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])import(?= (?:series of )?(?:speech|speeches|remarks)\b)"),
        "“important” cut short",
        CUT_SHORT,
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])the early of(?![\p{L}-])"),
        "“early” is not a noun: “early this year”, “the beginning of”",
        {},
    ),
    Slip(
        # At the start of a sentence, a line or a clause after a colon or semicolon.
        regex.compile(
            rf"(?:^|(?<=[.;:!?]\s)|(?<=^\s*(?:\d+[.)]|\(\d+\)|[-•*])\s*))"
            rf"(\p{{Lu}}\p{{Ll}}{{3,}}) (?:{_words(dict.fromkeys(OPENING_VERBS, ''))})"
            r"(?= [\p{Ll}'\"‘“(])",  # its object follows, perhaps in quotes
            regex.MULTILINE,
        ),
        "an adjective cannot qualify a verb: the adverb is wanted",
        _adverb_mend,
        _no_adverb,
    ),
    Slip(
        regex.compile(rf"(?i)(?<![\p{{L}}-])participated (?:{PARTICIPANTS})(?![\p{{L}}-])"),
        "those taking part are “participating”",
        lambda text: "participating " + text.split(" ", 1)[1],
    ),
    Slip(
        regex.compile(r"(?<![\p{L}-])attendants(?![\p{L}-])"),
        "those at a meeting are “attendees”; “attendants” serve them",
        {"attendants": "attendees"},
        _serving,
    ),
    Slip(
        regex.compile(
            r"(?i)(?<![\p{L}-])on agenda"
            r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:is|are|was|were|will|for|at|of|during|in|this)\b)"
        ),
        "a fixed phrase cut short: “on the agenda”",
        lambda text: text[:2] + " the agenda",
        headline=True,
    ),
    Slip(
        regex.compile(r"(?<![\p{L}-])(\p{Ll}+) home and abroad(?![\p{L}-])"),
        "a fixed phrase cut short: “at home and abroad”",
        lambda text: text.replace(" home", " at home", 1),
        _home_kept,
    ),
    Slip(
        # A population, area, GDP or rate given with its figure is one of many: "with a
        # population of 2.6 million", "has an area of 500 square kilometres".
        regex.compile(
            rf"(?<=(?<![\p{{L}}-])(?P<lead>{_MEASURE_LEAD})[ \u00a0]+)"
            rf"(?P<np>(?:the[ \u00a0]+)?(?:[\p{{Ll}}-]+[ \u00a0]+){{0,3}}?{MEASURE_NOUN})"
            rf"(?={_MEASURE_FIGURE})"
        ),
        "a quantity given with its figure takes “a” or “an”",
        _measure_mended,
        _measure_kept,
    ),
    Slip(
        # A history of a stated length is one of many: "a city with a history of 2,000
        # years"; "the history of" is the one story told ("the history of the city").
        regex.compile(
            r"(?i)(?<=(?<![\p{L}-])(?:with|has|have|had|boasts?|boasting|enjoys?|enjoying) )"
            r"the history of(?= (?:(?:more than|over|nearly|almost|about|around|some) )?"
            r"[\d,]+(?:[ \u00a0]+|-)(?:years?|centuries)(?![\p{L}-]))"
        ),
        "a history of a stated length takes “a”",
        lambda text: text[:1].replace("t", "a").replace("T", "A") + " history of",
    ),
    Slip(
        # A body renamed takes "its" (or "their") before "current name".
        regex.compile(
            r"(?i)(?<=(?<![\p{L}-])(?:changed|renamed|switched|restored)(?: back)? (?:to|into|as) )"
            r"current name(?![\p{L}-])"
        ),
        "a name is someone's: “its current name”",
        lambda text: "its " + text,
    ),
    Slip(
        # 中华民族 is one nation, named with "the" ("the rejuvenation of the Chinese
        # nation"); straight after a preposition the article is missing.
        regex.compile(
            r"(?<=(?<![\p{L}-])(?:of|for|to|by|in|on|with|from|among|into) )"
            r"Chinese [Nn]ation(?![\p{L}\p{N}-])"
        ),
        "the one Chinese nation takes “the”",
        lambda text: "the " + text,
        # "Xi's article on forging sense of community for Chinese nation to be published":
        # a headline drops its articles, this one's with the rest.
        headline=True,
    ),
    Slip(
        # A compound adjective of "world" is hyphenated ("a world-famous brand", "world-class
        # city"); "world first class" mixes two ("world-class"). After "in the", "around
        # the" and the like, "world" is the noun ("the best in the world famous for").
        regex.compile(
            r"(?i)(?<![\p{L}-])world (?:first[ -]class|famous|renowned|class|leading)(?![\p{L}-])"
        ),
        "a compound adjective is hyphenated",
        lambda text: text[:5] + "-class" if "first" in text.lower() else text.replace(" ", "-"),
        _world_is_a_noun,
    ),
    Slip(
        open_compounds.PATTERN,
        "a compound modifier before its noun is hyphenated",
        open_compounds.hyphenated,
    ),
    Slip(
        regex.compile(rf"(?i)(?<=(?<![\p{{L}}-])(?:{_PROGRESS_BEFORE}) )progresses(?![\p{{L}}-])"),
        "an uncountable noun has no plural",
        {"progresses": "progress"},
    ),
    Slip(
        # Fixed phrases whose noun is plural: "in recent years", "since ancient times",
        # "people's living standards".
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:in recent year|(?:since|from|in) ancient time"
            r"|people['’]s living standard)(?![\p{L}\p{N}'’-])"
        ),
        "a fixed phrase with a plural noun",
        lambda text: text + "s",
    ),
    Slip(
        # "the year 2018": the year is named by its number in apposition, not "of" it.
        regex.compile(r"(?<![\p{L}-])[Tt]he year of(?= (?:19|20)\d\d(?![\p{N}-]))"),
        "a year is named without “of”: “the year 2018”",
        lambda text: text[: -len(" of")],
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])in nowadays(?![\p{L}-])"),
        "“nowadays” takes no preposition",
        lambda text: text[3:],
    ),
    Slip(
        regex.compile(
            rf"(?i)(?<![\p{{L}}-])express(?:ed|es|ing) that(?![\p{{L}}-])"
            rf"(?!\s+(?:{_THAT_NOT_A_CLAUSE})(?![\p{{L}}-]))(?![ \t]*(?:[.;:!?)]|$))"
        ),
        "表示 rendered word for word: one “says that”, one “expresses” a view or a hope",
        _said,
    ),
    Slip(
        # 介绍 and 讲话 rendered word for word before a clause: one introduces a guest or a
        # policy and addresses a meeting, but "says that" what follows.
        regex.compile(
            rf"(?i)(?<![\p{{L}}-])(?:introduc|address)(?:ed|es|ing) that"
            rf"(?= {_CLAUSE_OPENER}(?![\p{{L}}-]))"
        ),
        "介绍 or 讲话 rendered word for word: a speaker “says that” or “explains that”",
        _said_for_introduced,
    ),
    Slip(
        # 据悉 rendered word for word: English news states the fact or names its source.
        # The contracted "It's learned that" is the same phrase.
        regex.compile(
            r"(?i)(?<![\p{L}-])it(?: is| was| has been|['’]s) learn(?:ed|t) that(?![\p{L}-])"
        ),
        "据悉 rendered word for word: state the fact, or name the source (“officials said”)",
        {},
    ),
    Slip(
        # 今年以来: "so far this year"; "since this year's election" is another matter.
        regex.compile(r"(?i)(?<![\p{L}-])since this year(?![\p{L}'’-])"),
        "今年以来 rendered word for word: “so far this year” or “since the start of the year”",
        lambda text: ("S" if text[:1] == "S" else "s") + "o far this year",
    ),
    Slip(
        # 隆重举行: an event is held, opened or launched; "grandly" adds nothing in English.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:grandly (?:held|opened|launched|convened|inaugurated|hosted"
            r"|celebrated|kicked off)|(?:held|opened|launched|convened) grandly)(?![\p{L}-])"
        ),
        "隆重举行 rendered word for word: the event was “held” or “opened”",
        lambda text: text.replace("grandly", "").strip(),
    ),
    Slip(
        # 负责同志: the officials in charge, whether "responsible comrades" or "comrades in
        # charge" (of the relevant departments); 相关同志 likewise "relevant comrades".
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:(?:responsible|relevant|related) comrades?"
            r"|comrades? in charge)(?![\p{L}-])"
        ),
        "负责同志 or 相关同志 rendered word for word: “officials in charge”, “relevant officials”",
        _officials,
    ),
    Slip(
        # 掀起热潮/高潮: a wave or a drive of study, not a climax.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:(?:set|sets|setting|raise|raised|raises|raising|form|formed"
            r"|forming) off )?an? (?:new )?(?:climax|upsurge)s? (?:of|in) (?:studying|learning"
            r"|study|implementing|publicizing|publicising)(?![\p{L}-])"
        ),
        "掀起热潮 rendered word for word: “a wave of”, “a drive to study”",
        {},
    ),
    Slip(
        # 掀起高潮 with its verb: English news "sets off" or "raises" no climax of anything
        # ("setting off a climax of tree planting across the county": a new wave of). The
        # noun alone is left alone: "the climax of the festival" is English.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:set|sets|setting|raise|raised|raises|raising) (?:off )?an? "
            r"(?:new )?climax(?:es)? of(?![\p{L}-])(?! (?:studying|learning|study|implementing"
            r"|publicizing|publicising)(?![\p{L}-]))"
        ),
        "掀起高潮 rendered word for word: “a new wave of”, “a drive for”",
        {},
    ),
    Slip(
        # 认真 rendered word for word before a verb of official work: officials listen
        # "carefully", implement or compare "conscientiously"; "seriously" in English means
        # gravely ("seriously ill", "seriously damaged", "take it seriously").
        regex.compile(
            r"(?i)(?<![\p{L}-])seriously (?:listen(?:s|ed|ing)? to|compar(?:e|es|ed|ing)"
            r"|implement(?:s|ed|ing)?)(?![\p{L}-])"
        ),
        "认真 rendered word for word: one listens “carefully” and implements “conscientiously”;"
        " “seriously” means gravely",
        {},
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])locates(?= (?:in|at|on) )"),
        "a place “is located” somewhere; “locates” means “finds”",
        lambda text: "is located",
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])(?:is|was|are|were) called also(?![\p{L}-])"),
        "word order: “is also called”",
        lambda text: text.split(" ")[0] + " also called",
    ),
    Slip(
        # A welcome one extends is "a warm welcome"; "his warm welcome" and "warmly
        # welcomed" are right. "warmest" takes "the" and is left alone.
        regex.compile(
            r"(?i)(?<=(?<![\p{L}-])(?:express|extend|give|gave|given|offer|bid)\p{L}* )"
            r"(?:warm|heartfelt|sincere|cordial|hearty|enthusiastic) welcome(?![\p{L}-])"
        ),
        "a welcome extended takes “a”: “a warm welcome”",
        lambda text: "a " + text,
    ),
    Slip(
        # A page heading on a place: 介绍 is "Introduction to"; "Introduction of Talents"
        # (引进, bringing in) is another word and is left alone.
        regex.compile(
            r"(?m)^[ \t]*\KIntroduction of(?= (\p{L}+)(?: (?:City|County|Province|District"
            r"|Town|Village|Prefecture|Municipality))?[ \t]*$)"
        ),
        "a text about a place is an “introduction to” it",
        lambda text: "Introduction to",
        _not_a_pinyin_place,
    ),
    Slip(
        regex.compile(r"Consulate[- ]General(?: of (?:the )?\p{Lu}[\p{L} ]*?)? to(?= \p{Lu})"),
        "a consulate is “in” the city it serves",
        lambda text: text[: -len("to")] + "in",
    ),
    Slip(
        # "a" before a vowel sound: "a intimate bond". Only words spelt with a, e, i or o
        # first, less those said with a consonant ("a one-day visit", "a European city",
        # "a ewe"); a letter named "a" ("plan a", "type a") is left alone.
        regex.compile(
            r"(?<![\p{L}\p{N}'’.\-(/])(?<!(?i:type|grade|class|plan|item|section|part|vitamin"
            r"|letter|option|category|level|phase|group|point|line|block|zone)[ \u00a0]+)"
            # A word in brackets counts as well: "a (enlarged) meeting".
            r"a[ \u00a0]+\(?(?!one\b|once\b|onesie|eu|ew|oui)[aeio]\p{Ll}+(?:-\p{Ll}+)*"
            r"(?![\p{L}\p{N}'’-])"
        ),
        "“an” before a vowel sound: “an intimate bond”",
        lambda text: "an " + text.split(maxsplit=1)[1],
    ),
    Slip(
        # 近年来 word for word: "in the recent years". English says "in recent years"; the
        # article stays where an of-phrase or a clause makes the years definite ("in the
        # recent years of reform", "in the recent years since …").
        regex.compile(
            r"(?<![\p{L}])(?:[Ii]n|[Oo]ver|[Dd]uring)[ \u00a0]+the[ \u00a0]+recent"
            r"(?:[ \u00a0]+(?:few|several|two|three|five|ten))?[ \u00a0]+years(?![\p{L}])"
            r"(?![ \u00a0]+(?:of|since|when|that|in[ \u00a0]+which)\b)"
        ),
        "“in recent years” takes no article",
        lambda text: regex.sub(r"[ \u00a0]the(?=[ \u00a0])", "", text, count=1),
    ),
    Slip(
        # An article before a possessive of a day, of China or of a city or province ("during
        # the Tuesday's ceremony", "the China's reform", "the Quzhou's Municipal Party
        # Committee"): the possessive is the determiner already. A place of the gazetteer
        # only: "the People's Congress", "the Women's Federation" and "the Party's" are
        # no places' possessives.
        regex.compile(
            r"(?<![\p{L}])(?:[Tt]he|an?|A)[ \u00a0]+(?:Monday|Tuesday|Wednesday|Thursday"
            r"|Friday|Saturday|Sunday|today|yesterday|tomorrow|China"
            r"|(?P<place>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))['’]s(?![\p{L}])"
        ),
        "an article before a possessive: the possessive is the noun's determiner",
        lambda text: text.split(maxsplit=1)[1],
        keep=lambda m: (
            m.group("place") is not None
            and not all(is_place(part) for part in m.group("place").split("-"))
        ),
    ),
    Slip(
        # 更好地利用 / 充分利用 word for word with an article: "make a better use of",
        # "made a full use of". The idiom takes none ("make better use of"); only "make
        # the best use of" and "make the most of" take "the".
        regex.compile(
            r"(?<![\p{L}])(?:make|makes|made|making)[ \u00a0]+(?:a[ \u00a0]+(?:better|full"
            r"|good|effective|rational|efficient|reasonable)|the[ \u00a0]+(?:better|full|good))"
            r"[ \u00a0]+use[ \u00a0]+of(?![\p{L}])"
        ),
        "the idiom is “make better use of”, “make full use of”, with no article",
        lambda text: regex.sub(r"[ \u00a0](?:a|the)(?=[ \u00a0])", "", text, count=1),
    ),
    Slip(
        # 双方: "the two sides" as the subject of a clause; "on two sides of the river" and
        # "has two sides" are left alone.
        regex.compile(
            r"(?:(?<=^|[.!?;:,“\"][ \u00a0]*)|(?<=(?<![\p{L}])(?i:that|and|as|when|where|while"
            r"|after|before|because|since|if|so)[ \u00a0]+))(?:[Tt]wo sides)(?=[ \u00a0]+(?:have"
            r"|has|had|will|would|should|shall|can|could|may|must|are|is|were|was|also|jointly"
            r"|agreed|signed|reached|exchanged|held|discussed|expressed|pledged|vowed|\p{Ll}+ed)\b)"
        ),
        "双方 as the subject: “the two sides”",
        lambda text: ("The " if text[:1] == "T" else "the ") + text.lower(),
    ),
    Slip(
        # A tour or a visit is counted: "on an inspection tour", "paid a friendly visit".
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:on|during) (?:inspection|research|study|fact-finding"
            r"|investigation) (?:tour|trip)(?![\p{L}-])"
            r"|(?<![\p{L}-])pa(?:id|ys?|ying) (?:official|friendly|working|state|courtesy"
            r"|goodwill|return|formal|brief|special|historic|successful) visit(?![\p{L}-])"
            + _IN_A_SENTENCE
        ),
        "a tour or a visit takes “a” or “an”: “on an inspection tour”, “paid a friendly visit”",
        lambda text: _with_article(text),
        # "Li Ming on Inspection Tour in Jinzhou": a headline in Title Case drops its
        # articles by design; running text does not capitalise "tour" or "visit".
        keep=lambda m: m.group().rsplit(" ", 1)[-1][:1].isupper(),
        # "Xi urges new ground for growth during inspection tour in Yunnan": a headline in
        # sentence case drops them too.
        headline=True,
    ),
    Slip(
        # A day takes "on", a span of days "from … to": "In July 22nd" is "On July 22", "On
        # November 13 to 14" is "From November 13 to 14". "In May 2019", "In May 1,000
        # people came" and "In May 12 projects" are left alone: the day must carry an
        # ordinal suffix, a year or a punctuation mark after it.
        regex.compile(
            rf"(?<![\p{{L}}-])[Ii]n {MONTH} \d{{1,2}}(?:(?:st|nd|rd|th)\b|(?=,? \d{{4}}\b"
            r"|[,.;](?!\d)))"
        ),
        "a day takes “on”: “on July 22”",
        lambda text: ("O" if text[:1] == "I" else "o") + text[1:],
    ),
    Slip(
        regex.compile(rf"(?<![\p{{L}}-])[Oo]n {MONTH} \d{{1,2}}(?:st|nd|rd|th)? to \d{{1,2}}\b"),
        "a span of days runs “from … to”: “from November 13 to 14”",
        lambda text: ("F" if text[:1] == "O" else "f") + "rom" + text[2:],
    ),
    Slip(
        # The idiom is "pave the way for"; "paved ways" and "paved the way" are left alone.
        regex.compile(r"(?i)(?<![\p{L}-])pav(?:e|es|ed|ing) way(?![\p{L}-])"),
        "the idiom is “pave the way”",
        lambda text: text.replace(" way", " the way"),
        # "Small steps pave way for stability": a headline drops the article.
        headline=True,
    ),
    Slip(
        # Set phrases of time, place and rank that keep their "the" in English: "at the
        # same time" (同时), "in the near future", "in the presence of", "at the forefront
        # of" (前列), "in the first quarter" and "in the first half" (一季度, 上半年) after a
        # preposition. Not "presence of mind", "first-quarter" as a modifier, nor a word
        # that runs on ("in first quarterly report").
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:at same time|in near future|(?:in|with) presence of(?! mind\b)"
            r"|(?:at|be) forefront (?:of|in)|on other hand(?=,)"
            r"|(?:in|during|for|of|over|since|by) (?:first|second|third|fourth) (?:quarter|half))"
            r"(?![\p{L}'’-])"
        ),
        "a set phrase keeps its “the”: “at the same time”, “in the near future”, “in the "
        "presence of”, “at the forefront of”, “in the first quarter”",
        lambda text: _with_the(text),
        # "Output jumps in first quarter": a headline drops the article.
        headline=True,
    ),
    Slip(
        # An agreement signed is counted: "signed a cooperation agreement" (not "signed
        # cooperation agreements", "signed the cooperation agreement").
        regex.compile(
            r"(?i)(?<![\p{L}-])sign(?:ed|s|ing)? (?:(?:cooperation|cooperative|framework"
            r"|strategic|investment|trade|purchase|supply|loan|partnership|friendship|project"
            r"|service|lease|sales|procurement|construction|sister-city) ){1,2}(?:agreement"
            r"|contract|memorandum|pact|deal)(?![\p{L}-])" + _IN_A_SENTENCE
        ),
        "an agreement signed takes “a” (or “the”): “signed a cooperation agreement”",
        lambda text: _with_article(text),
    ),
    Slip(
        # 以期, 旨在 rendered word for word: English says "with the aim of" or "in a bid to".
        regex.compile(r"(?i)(?<![\p{L}-])in an aim to(?![\p{L}-])"),
        "not an English phrase: “with the aim of”, “in a bid to”, “to”",
        lambda text: ("I" if text[:1] == "I" else "i") + "n a bid to",
    ),
    Slip(
        # "seek" takes its object directly in modern English ("seek cooperation"); "sought-
        # for" as an adjective is left alone.
        regex.compile(r"(?i)(?<![\p{L}-])(?:seek|seeks|seeking) for(?![\p{L}-])"),
        "“seek” takes its object directly: “seek cooperation”",
        lambda text: text.split(" ")[0],
    ),
    Slip(
        # "involves in" for "is involved in", and "firms involving in the water supply" for
        # "involved in"; "involves, in practice, …" is another matter.
        regex.compile(
            r"(?i)(?<![\p{L}-])involv(?:es|ing) in(?![\p{L}-])"
            r"(?! (?:practice|total|particular|part|addition|general|principle|effect|turn)\b)"
        ),
        "“involve” takes its object directly; a body taking part “is involved in” it",
        lambda text: _involved_in(text),
    ),
    Slip(
        # 短板: a weak link or a shortcoming; "a short board meeting" is left alone.
        regex.compile(
            r"(?i)(?<![\p{L}-])short boards?(?![\p{L}-])(?! (?:meeting|member|game)s?\b)"
        ),
        "短板 rendered word for word: “weak link”, “shortcoming”, “weakness”",
        lambda text: "weak links" if text.lower().endswith("s") else "weak link",
    ),
    Slip(
        # 职业教育: vocational education.
        regex.compile(
            r"(?i)(?<![\p{L}-])occupation (?:education|school|schools|college|colleges"
            r"|training)(?![\p{L}-])"
        ),
        "职业教育 is “vocational” education or training",
        lambda text: "vocational " + text.split(" ", 1)[1],
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])towards? to(?= (?:the |a |an )?\p{L})"),
        "“toward” takes no “to”: “toward the goal”",
        lambda text: text.split(" ")[0],
    ),
    Slip(
        # The idiom is "spare no effort"; the plural is a common slip.
        regex.compile(r"(?i)(?<![\p{L}-])spar(?:e|es|ed|ing) no efforts(?![\p{L}-])"),
        "the idiom is “spare no effort”",
        lambda text: text[: -len("s")],
    ),
    Slip(
        # A firm's "headquarters" is one word with its "s"; the verb "headquarter in" and
        # "headquartered" are left alone.
        regex.compile(
            r"(?i)(?:(?<=(?<![\p{L}-])(?:the|a|its|their|our|regional|national) )headquarter"
            r"|(?<![\p{L}-])headquarter(?= (?:base|bases|building|buildings|economy|area|park|office"
            r"|offices)\b))(?![\p{L}-])"
        ),
        "“headquarters” keeps its “s”, as a noun and before one",
        lambda text: text + "s",
    ),
    Slip(
        # 某某说 after a quotation rendered as a passive: the quote is followed by "said" and
        # the speaker ("…,” said Li Hua"), never "said by".
        regex.compile(r"(?<=[”\"](?:[ \u00a0]*,)?[ \u00a0]*|,[”\"][ \u00a0]*)said by(?= \p{Lu})"),
        "a quotation is followed by “said” and the speaker (“…,” said Li Hua), not “said by”",
        lambda text: "said",
    ),
    Slip(
        regex.compile(
            r"(?i)(?<![\p{L}-])investment promotions(?= (?:departments?|bureaus?|offices?"
            r"|cent(?:er|re)s?|agency|agencies|work|teams?|organi[sz]ations?|institutions?"
            r"|authorities|authority|committees?|activities|events?|conferences?|meetings?"
            r"|platforms?|projects?|policies|policy|services?)\b)"
        ),
        "a noun before a noun stays singular: “investment promotion department”",
        lambda text: text[: -len("s")],
    ),
    Slip(
        # 入选 rendered as "enlisted" (joining the forces): a site or a project is "listed".
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:is|are|was|were|been|be|being) enlisted"
            r"(?= (?:as|on|in|into)\b| ?[.,;])(?! (?:in|into) (?:the )?(?:army|navy|military|air force"
            r"|forces|ranks)\b)"
        ),
        "入选 is “listed” (or “selected”); “enlisted” is joining the armed forces",
        lambda text: text.rsplit(" ", 1)[0] + " listed",
    ),
    Slip(
        # 高举旗帜: the idiom is "hold high the banner"; "uphold the banner" is fine.
        regex.compile(r"(?i)(?<![\p{L}-])uph(?:old|olds|olding|eld) high(?![\p{L}-])"),
        "高举 is “hold high”: “hold high the banner”",
        lambda text: _uphold_mended(text),
    ),
    Slip(
        # 在主席台就座: people "took their seats on the rostrum" or "were seated on" it; a
        # seat without its determiner is the calque ("took seats at the rostrum").
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:take|takes|took|taking|taken) seats (?:at|on|in) the"
            r" (?:rostrum|podium|presidium|platform|dais)(?![\p{L}-])"
        ),
        "在主席台就座: “took their seats on the rostrum” or “were seated on the rostrum”",
        lambda text: _seats_mended(text),
    ),
    Slip(
        # 以便: "so as to" (or "so that" with a clause); "so that to" mixes the two.
        regex.compile(r"(?i)(?<![\p{L}-])so that to(?= \p{Ll})"),
        "“so as to” before a verb (or “so that” before a clause)",
        lambda text: text[:2] + " as to",
    ),
    Slip(
        # The phrase is "on a daily basis"; a "base" is a place.
        regex.compile(
            r"(?i)(?<![\p{L}-])on an? (?:daily|weekly|monthly|yearly|annual|quarterly|regular"
            r"|case-by-case|voluntary|trial|rolling) base(?![\p{L}-])"
        ),
        "the phrase is “on a daily basis”",
        lambda text: text[: -len("base")] + "basis",
    ),
    Slip(
        # 提出: "put forward"; "forwards" is not part of the phrasal verb.
        regex.compile(r"(?i)(?<![\p{L}-])(?:put|puts|putting) forwards(?![\p{L}-])"),
        "the phrasal verb is “put forward”",
        lambda text: text[: -len("s")],
    ),
    Slip(
        # 分别讲话: one speech cannot be made "respectively"; "each spoke", "spoke in turn".
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:made|make|makes|delivered|gave) an? (?:\p{Ll}+ )?speech,?"
            r" respectively(?![\p{L}-])"
        ),
        "分别讲话: “each spoke” or “spoke in turn”; one speech is not made “respectively”",
        {},
    ),
    Slip(
        # 唯一一个: "the only provincial-level region", not "the only one provincial-level";
        # "the only one in China", "the only one left" are English.
        regex.compile(
            r"(?i)(?<![\p{L}-])the only one(?= (?:\p{Ll}+-\p{Ll}+|city|county|province|country"
            r"|region|town|village|district|enterprise|company|project|university|national"
            r"|provincial|municipal)(?![\p{L}-]))"
        ),
        "唯一一个: “the only” before its noun, not “the only one”",
        lambda text: text[: -len(" one")],
    ),
    Slip(
        # 视察: one "makes" (or "is on") an inspection tour; one does not "give" it.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:give|gives|gave|given|giving) an? inspection (?:tour|trip)"
            r"(?![\p{L}-])"
        ),
        "an inspection tour is “made”: “made an inspection tour of”",
        lambda text: _made_tour(text),
    ),
    Slip(
        # A visit is paid "to" a country or a city, not "in" it; "during his visit in Jiangxi"
        # is the same slip ("after concluding his visit in Qinghai", his stay there, is left
        # alone). A visit "in May" or "in the spring" is a time, and a visit "in Chinese" or
        # "in Person" is no place: only a place name after it.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:pa(?:y|ys|id|ying) an?|(?<=(?i:during) )(?:his|her|their|its)"
            r"(?: (?:first|second|third|last|recent|current|official|state|working|goodwill"
            r"|friendly|inspection|study|two-day|three-day|four-day|five-day))?)"
            r" (?:\p{Ll}+ )?visits? in(?= (?:the )?(?!(?:"
            rf"{_MONTH_WORDS}|Spring|Summer|Autumn|Winter|Person|English|Chinese|The)\b)"
            r"(?-i:\p{Lu}))"
        ),
        "a visit is paid “to” a place: “paying a visit to China”, “his visit to Jiangxi”",
        lambda text: text[: -len("in")] + "to",
    ),
    Slip(
        # "In your view" or "From your point of view"; "in … point of view" mixes the two.
        regex.compile(
            r"(?i)(?<![\p{L}-])in (?:my|your|his|her|our|their|its) point of view(?![\p{L}-])"
        ),
        "“in your view” or “from your point of view”",
        lambda text: text.replace(" point of view", " view"),
    ),
    Slip(
        # 经济发展 is "economic development"; "the digital economy development plan" is a
        # compound and is left alone: the slip wants a possessive right before it.
        regex.compile(
            r"(?i)(?<=(?<![\p{L}-])(?:our|its|their|his|the city['’]s|the country['’]s|China['’]s"
            r"|local|national|the|in|of|for|as|and|on|boost|boosts|boosted|boosting|promote|promotes"
            r"|promoted|promoting|spur|spurs|spurred|spurring|drive|drives|drove|driving"
            r"|stimulate|stimulates|stimulated|stimulating|sustain|sustains|sustained"
            r"|sustaining|steady|rapid|sound|stable) )economy (?:development|growth)"
            r"(?![\p{L}-])(?! (?:plans?|zones?|strategy|strategies|models?|index|rates?)\b)"
        ),
        "经济发展 and 经济增长 are “economic development” and “economic growth”",
        lambda text: ("E" if text[:1] == "E" else "e") + "conomic " + text.split(" ", 1)[1],
    ),
    Slip(
        # 污染物排放: "pollutant emissions", the modifier singular.
        regex.compile(r"(?i)(?<![\p{L}-])pollutants emissions?(?![\p{L}-])"),
        "a noun before a noun stays singular: “pollutant emissions”",
        lambda text: "pollutant emissions",
    ),
    Slip(
        # 经济下行压力: "downward pressure on the economy".
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:economic|economy) (?:downturn|downside|downgoing) pressures?"
            r"(?![\p{L}-])"
        ),
        "经济下行压力 is “downward pressure on the economy”",
        lambda text: "downward pressure on the economy",
    ),
    Slip(
        # "reduce" takes an object: figures "have fallen by 5%" or "have been reduced by 5%".
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:has|have|had) reduced by(?= (?:\d|half\b|a third\b|one\b))"
        ),
        "“reduce” takes an object: “have fallen by” or “have been reduced by”",
        lambda text: text.split(" ", 1)[0] + " fallen by",
    ),
    Slip(
        # 其中: "of whom 13 were women", "of which 13 are new"; "among which" before a
        # number is the calque.
        regex.compile(r"(?i)(?<=, )among (?:which|whom)(?= \d)"),
        "其中 before a number: “of whom 13 …”, “of which 13 …”",
        {},
    ),
    Slip(
        # A named Thought or Theory is a proper name without the article: "Xi Jinping
        # Thought", "Deng Xiaoping Theory" (not "the Thought" alone).
        regex.compile(
            r"(?<![\p{L}-])[Tt]he (?:Xi Jinping|Mao Zedong) Thought(?![\p{L}-])"
            r"|(?<![\p{L}-])[Tt]he Deng Xiaoping Theory(?![\p{L}-])"
        ),
        "a named Thought or Theory takes no article: “Xi Jinping Thought”",
        lambda text: text.split(" ", 1)[1],
    ),
    Slip(
        # A part of a named day takes "on": "on the morning of May 5", "on the evening of the
        # same day"; "in the morning" is right alone, and so is "in the evening of his life".
        regex.compile(
            r"(?i)(?<![\p{L}-])in the (?:morning|afternoon|evening|night) of(?= (?:the same day"
            r"|that day|the (?:next|following|previous|first|second|last) day|the \d"
            rf"|(?:{_DAY_WORDS})(?![\p{{L}}-])|\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH_WORDS})"
            r"(?![\p{L}-])))"
        ),
        "a part of a named day takes “on”: “on the morning of May 5”",
        lambda text: ("On" if text[:1] == "I" else "on") + text[2:],
    ),
    Slip(
        # 陪同: "accompanied by" the officials; "with the accompany of" is a noun that English
        # does not have, and "with the company of" a calque of the same.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:with|under) the accompany of(?![\p{L}-])"
            r"|(?<![\p{L}-])with the company of(?= (?-i:\p{Lu})|(?: \p{Ll}+){0,3} (?:mayor|governor"
            r"|secretary|director|chairman|chairwoman|head|leaders?|officials?)\b)"
        ),
        "陪同 is “accompanied by”: “accompanied by the mayor”",
        lambda text: ("A" if text[:1].isupper() else "a") + "ccompanied by",
    ),
    Slip(
        # 充分利用: one "makes" full use of a thing; one does not "take" it.
        regex.compile(r"(?i)(?<![\p{L}-])(?:take|takes|took|taken|taking) full use of(?![\p{L}-])"),
        "one “makes” full use of a thing: “made full use of”",
        lambda text: _made_use(text),
    ),
    Slip(
        # "push ahead" takes "with" before its object: "push ahead with construction".
        regex.compile(
            r"(?i)(?<![\p{L}-])push(?:es|ed|ing)? ahead(?= (?:the|its|their|our|this|these"
            r"|construction|reforms?|development|implementation|projects?)(?![\p{L}-]))"
        ),
        "“push ahead” takes “with” before its object: “push ahead with construction”",
        lambda text: text + " with",
    ),
    Slip(
        # A figure compared with a period takes "in": "higher than in the same period last
        # year"; "of last year" is the calque of 去年同期.
        regex.compile(
            r"(?i)(?<![\p{L}-])than(?= the same period (?:of )?(?:last|the (?:last|past|previous))"
            r"(?![\p{L}-]))"
        ),
        "a figure compared with a period takes “in”: “than in the same period last year”",
        lambda text: text + " in",
    ),
    Slip(
        # "urge" takes the people urged: "He urged officials to focus on …"; a person who
        # "urged to focus" has lost the object (the passive "was urged to" is English).
        regex.compile(
            r"(?<=(?<![\p{L}'’-])(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}\p{Ll}+) )urged to(?= \p{Ll}+)"
            r"(?! (?:the|a|an|this|that|date)\b)"
            # A headline drops "is": "Ningxia urged to deepen reforms" is passive. Only a
            # sentence that ends with its stop is read as the active "He urged to …".
            r"(?=[^\n]*[.!?][\"”’)]*[ \t]*(?:\n|$))"
        ),
        "“urge” takes the people urged: “urged officials to”",
        {},
    ),
    Slip(
        # A span of years counted back from now takes "the": "the highest of the past five
        # years", "in the last two years"; "last year" alone is right.
        regex.compile(
            r"(?i)(?<=(?<![\p{L}-])(?:of|in|over|during|for|within) )last(?= (?:two|three|four"
            r"|five|six|seven|eight|nine|ten|several|few|\d{1,2}) (?:years|decades|months)"
            r"(?![\p{L}-]))"
        ),
        "a span of years before now takes “the”: “of the past five years”",
        lambda text: "the past",
    ),
    Slip(
        # "cannot" is one word; "can not only … but also" is two.
        regex.compile(r"(?i)(?<![\p{L}-])can not(?![\p{L}-])(?! only\b)"),
        "“cannot” is written as one word",
        lambda text: text[:3] + "not",
    ),
    Slip(
        # "have much in common": "many" wants a plural noun after it.
        regex.compile(r"(?i)(?<![\p{L}-])(?:so |a great )?many in common(?![\p{L}-])"),
        "“have much in common”",
        lambda text: "much in common",
    ),
    Slip(
        # A place lies "in" a part of a larger one: "located in the eastern part of"; "at"
        # is for a point ("at the foot of", "at the junction of").
        regex.compile(
            r"(?i)(?<=(?<![\p{L}-])(?:located|situated|lies|lying|lie|lay|sits|sitting) )at"
            r"(?= the (?:(?:north|south)(?:east|west)?ern|eastern|western|central|middle"
            r"|northern|southern|upper|lower|central-\p{Ll}+) parts?(?![\p{L}-]))"
        ),
        "a place lies “in” a part of a larger one: “located in the eastern part of”",
        lambda text: "in",
    ),
    Slip(
        # One briefs people "on" a matter: "briefed the guests on the progress". "briefed the
        # current situation" makes the matter the one briefed; the people briefed are left
        # out, or come after "on" or "about" (left alone).
        regex.compile(
            r"(?i)(?<![\p{L}-])brief(?:ed|s|ing)?(?= (?:the|its|their|his|her) (?:[\p{Ll}-]+"
            r"(?:,| and)? ){0,5}?(?:situation|conditions?|progress|work|development|achievements"
            r"|plans?|measures|efforts|overview|details|results|preparations?|arrangements"
            r"|performance|status)(?![\p{L}-]))(?!(?: \S+){0,6}? (?:on|about)\b)"
        ),
        "one briefs people “on” a matter: “briefed them on the progress”",
        lambda text: text + " them on",
    ),
    Slip(
        # The people briefed and the matter with no "on" between ("briefed them the
        # conditions of the province"): English gives "brief" no second object.
        regex.compile(
            r"(?i)(?<![\p{L}-])brief(?:ed|s|ing)? (?:them|him|us|you|everyone)"
            r"(?= (?:the|its|their|his|her|our|this|these) )"
        ),
        "one briefs people “on” a matter: “briefed them on the progress”",
        lambda text: text + " on",
    ),
    Slip(
        # A noun or verb that takes "to" as a preposition wants the "-ing" form after it:
        # "contributions to building", "of great significance to promoting", "adhere to
        # seeking". "accelerate" and "keep" take their object or "-ing" directly:
        # "accelerating to promote" is "accelerating the promotion of", "keep to create" is
        # "keep creating". Only verbs that are never nouns follow, so "contribution to growth"
        # and "key to success" are left alone.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:contributions?|significance|importance|adher(?:e|es|ed|ing)"
            r"|committed|dedicated|devoted|conducive|accelerat(?:e|es|ed|ing)"
            r"|keep(?:s|ing)?|kept|stick(?:s|ing)?|stuck) to "
            rf"(?:{_words(dict.fromkeys(_BARE_VERBS, ''))})(?![\p{{L}}-])"
            # "the contribution to improve" is rare; "committed to improve" is the slip, but
            # "kept to improve" after an object ("funds were kept to improve") is a purpose,
            # and so is "accelerated to" in the passive ("efforts should be accelerated to
            # promote"): the efforts are sped up in order to promote.
            r"(?<!(?:were|was|be|been|is|are|being)(?: \p{Ll}+ly| further| also)?"
            r" (?:kept|accelerated) to \p{L}+)"
        ),
        "after a word that takes “to” as a preposition, the verb takes “-ing”: "
        "“contribute to building”",
        lambda text: _to_ing(text),
        # "It is of great significance to build …" puts its subject, the infinitive, last.
        lambda m: (
            regex.search(
                r"(?i)\b(?:it|this|that)(?:'s|’s| is| was| will be| would be| has been)"
                r"[^.,;:]*$",
                m.string[max(0, m.start() - 80) : m.start()],
            )
            is not None
        ),
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])exchanges? of view(?![\p{L}-])"),
        "a fixed phrase: “an exchange of views”",
        lambda text: text + "s",
    ),
    Slip(
        # "economical" is thrifty ("an economical car"); the economy's adjective is
        # "economic": "economic and social development".
        regex.compile(
            r"(?i)(?<![\p{L}-])economical(?= (?:(?:and|as well as) (?:social|cultural|trade"
            r"|technological|political)|development|growth|construction|strength|power"
            r"|cooperation|ties|relations|exchanges|globali[sz]ation|zones?|belts?|circles?"
            r"|corridors?|indicators?|operation|situation|benefits|losses|crimes?|sanctions"
            r"|recovery|reforms?|policy|policies|vitality|output|aggregate|entities|activities"
            r"|prosperity|transformation|security|partnership|integration|work|working)"
            r"(?![\p{L}-]))"
        ),
        "the economy's adjective is “economic” (“economical” is thrifty)",
        lambda text: text[:-2],
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])environmental[- ]friendly(?![\p{L}-])"),
        "the adverb qualifies “friendly”: “environmentally friendly”",
        lambda text: text[:13] + "ly friendly",
    ),
    Slip(
        # "as follows" introduces a list; "such as following the rules" is a gerund.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?<!such )as following(?=\s*(?:[:.;]|$))", regex.MULTILINE
        ),
        "a fixed phrase: “as follows”",
        lambda text: text[:3] + "follows",
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])in regard of(?![\p{L}-])"),
        "a fixed phrase: “with regard to” or “in regard to”",
        lambda text: text[:10] + "to",
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])in real practices?(?![\p{L}-])"),
        "a fixed phrase: “in practice”",
        lambda text: text[:3] + "practice",
    ),
    Slip(
        # 副总经理 and 总经理助理: "deputy general manager" and "assistant general manager".
        regex.compile(
            r"(?i)(?<![\p{L}-])vice[- ]general managers?(?![\p{L}-])"
            r"|(?<![\p{L}-])general manager assistants?(?![\p{L}-])"
        ),
        "a title word for word: “deputy general manager”, “assistant general manager”",
        lambda text: _manager_mended(text),
    ),
    Slip(
        # What a region produces in a year is its "gross regional product".
        regex.compile(
            r"(?i)(?<![\p{L}-])gross (?:regional|domestic|national|provincial|municipal)"
            r" production(?![\p{L}-])"
        ),
        "the figure is the gross regional (or domestic) “product”",
        lambda text: text[:-3],
    ),
    Slip(
        # 世界500强: "the world's top 500 companies" or "the Fortune Global 500".
        regex.compile(r"(?i)(?<![\p{L}'’-])world top(?= \d{2,3}(?![\d\p{L}]))"),
        "“world” before a ranking is the possessive: “the world's top 500 companies”",
        lambda text: text[:5] + "'s top",
    ),
    Slip(
        # Guidance, advice, information, equipment and progress are not counted: "a
        # guidance on", "made a great progress". "a progress report", "an information
        # centre" and "a guidance document" are compounds: the noun must end its phrase.
        regex.compile(
            r"(?i)(?<![\p{L}-])an? (?:(?:great|good|big|significant|substantial|essential"
            r"|remarkable|steady|new|major|positive|solid|notable|important|useful"
            r"|valuable|specific|scientific|clear|detailed) )?(?:guidance|advice|information"
            r"|progress|equipment)(?=\s*(?:[.,;:!?]|$)|\s+(?:on|of|for|to|in|at|from|with"
            r"|about|that|which|will|is|was|has|had|shall|would|can|could|must|should)"
            r"(?![\p{L}-]))",
            regex.MULTILINE,
        ),
        "an uncountable noun takes no “a” or “an”",
        lambda text: text.split(" ", 1)[1],
    ),
    Slip(
        # One speaks "at" a meeting: "At the meeting, Wang said"; "In the meeting," opens a
        # sentence in the calque of 会上.
        regex.compile(
            r"(?:^|(?<=[.!?][\"”’)]?\s))In(?= the (?:(?:signing|opening|closing|unveiling"
            r"|launch|award) )?(?:meeting|conference|forum|symposium|seminar|ceremony"
            r"|session|gathering),)",
            regex.MULTILINE,
        ),
        "one speaks “at” a meeting: “At the meeting, …”",
        lambda text: "At",
    ),
    Slip(
        # People, households and bodies are counted: "fewer than 200 households". "less
        # than 200 yuan", "less than 3 hectares" and "less than 5 percent" are amounts, and
        # "no less than" is a set phrase of emphasis.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?<!\bno )(?<!\bnot )less(?= than \d{1,3}(?:,\d{3})*"
            r" (?:people|persons|households|families|residents|villagers|farmers|students"
            r"|pupils|teachers|workers|employees|visitors|tourists|patients|members"
            r"|enterprises|companies|firms|projects|villages|towns|schools|hospitals"
            r"|cases|children)(?![\p{L}-]))"
        ),
        "people and things counted take “fewer”: “fewer than 200 households”",
        lambda text: "Fewer" if text[:1].isupper() else "fewer",
    ),
    Slip(
        # One attends "at" a ceremony: "At the signing ceremony, …"; "On the ceremony," opens a
        # sentence in the calque of 仪式上.
        # So does a meeting by its name ("On the 2024 Investment Promotion Conference,").
        regex.compile(
            r"(?:^|(?<=[.!?][\"”’)]?\s))On(?= the (?:(?:(?:signing|opening|closing|unveiling"
            r"|launch|award) )?(?:ceremony|meeting|conference|forum)"
            r"|(?:(?:\p{Lu}[\p{L}'’-]*|\d{4}|\d{1,3}(?:st|nd|rd|th)|and|of|for|on|&) ){1,9}"
            r"(?:Conference|Forum|Meeting|Ceremony|Symposium|Seminar|Summit|Expo|Fair)),)",
            regex.MULTILINE,
        ),
        "one speaks “at” a meeting or ceremony: “At the signing ceremony, …”",
        lambda text: "At",
    ),
    Slip(
        # One makes "contributions" or "a contribution": "make more contribution to" and
        # "made important contribution to" have lost the plural or the article. "made a great
        # contribution" and "contribution payments" are left alone.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:make|makes|made|making) (?:(?:more|greater|great|new"
            r"|positive|important|significant|outstanding|bigger|larger|due) )?contribution"
            r"(?= (?:to|for|in)\b|\s*[,.;])"
        ),
        "one makes “contributions” or “a contribution”: “make more contributions to”",
        lambda text: text + "s",
    ),
    Slip(
        # Farm produce is uncountable: "agricultural produce"; "the farm produces rice" is
        # the verb, so "farm produces" counts only at the end of its phrase.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:agricultural|aquatic|(?<=(?:and|of|for|with|as|in|the)"
            r" )farm) produces(?=\s*[,.;:)]|\s+(?:and|or|from|to)\b)"
        ),
        "produce, what farms grow, is uncountable: “farm produce”",
        lambda text: text[:-1],
    ),
    Slip(
        # A place at the end of a ranking: "ranked at the bottom" or "ranked last".
        regex.compile(r"(?i)(?<![\p{L}-])rank(?:s|ed|ing)? the bottom(?![\p{L}-])"),
        "a place in a ranking: “ranked at the bottom”",
        lambda text: text.replace(" the ", " at the ", 1),
    ),
    Slip(
        # A statement, then the speaker and title and ", adding that": the verb of saying
        # is missing ("…, Wang Lin, mayor of the city, adding that …": said Wang Lin). The
        # speaker after "said" or before his own verb is left alone. The finding spans the
        # speaker, title and "adding".
        regex.compile(
            r"(?<=[^\n]{20}, )(?!(?:Xinhua|Beijing|China)\b)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}"
            r", (?!(?:said|says|noted|added|stressed|told)\b)[\p{Ll}\p{Lu}][^,.;:\"“”\n]{2,120}"
            r", adding(?![\p{L}-])"
        ),
        "a statement with its speaker but no verb of saying: “…, said Wang Lin, mayor of the "
        "city, adding that …”",
        lambda text: "said " + text,
    ),
    Slip(
        # 负责人 word for word: "the responsible persons of the bureau" are its heads or the
        # officials in charge; "responsible people" alone ("responsible people recycle") is
        # English, so only before "of" or "from" (also "the responsible person of the bank"),
        # after a possessive, or after "other" closing a list of officials ("and other
        # responsible persons").
        regex.compile(
            r"(?i)(?<![\p{L}-])responsible (?:person|people|persons)(?= (?:of|from)\b)"
            r"|(?<=['’]s )responsible (?:people|persons)(?![\p{L}-])"
            r"|(?<=(?<![\p{L}-])other )responsible persons?(?![\p{L}-])"
            # 主要负责人 likewise: "the main responsible personnel", "the main personnel in
            # charge" of the units are their heads ("the main principals" are the principals
            # slip's, whose reason names the school: one span, one finding).
            r"|(?<=(?<![\p{L}-])main )(?:responsible (?:personnel|persons?|people)"
            r"|(?:personnel|persons?|people) in charge)(?![\p{L}-])"
        ),
        "负责人 is “the heads” or “the officials in charge”, not “responsible persons”",
        lambda text: (
            "official in charge"
            if text.lower().endswith("person") or text.lower() == "person in charge"
            else "officials in charge"
        ),
    ),
    Slip(
        # 各条战线 word for word: deputies "from all regions and all fronts" come from all
        # sectors. Only after "from" (or "from all regions … and"), so "progress on all
        # fronts" and "attacked from all fronts" of a war keep their English sense only
        # where a sector is not meant: the frame wants people before it.
        regex.compile(
            r"(?i)(?<=(?:members|deputies|delegates|representatives|cadres|people|workers"
            r"|participants)(?: of the [\p{L}'’ ]{1,40}?)? from (?:all (?:regions|areas|parts)"
            r" of the (?:province|city|county|region|country) and )?)all fronts(?![\p{L}-])"
        ),
        "各条战线 rendered word for word: people “from all sectors” or “from all walks of life”",
        {"all fronts": "all sectors"},
    ),
    Slip(
        # "this winter", "this summer", "this year": a season or the year named by "this"
        # takes no preposition (今年 word for word: "in this year"). Not "in this year's"
        # nor "in this year of change", whose noun has a phrase of its own.
        regex.compile(
            r"(?i)(?<![\p{L}-])in this (?:winter|summer|spring|autumn|year(?![ \u00a0]+of\b))"
            r"(?![\p{L}'’-])"
        ),
        "a season or the year named by “this” takes no preposition: “this winter”, “this year”",
        lambda text: text[3:],
    ),
)


# Quantifiers that count: the noun after them and "of" is a plural.
_COUNTING = frozenset(["one", "each", "either", "neither", "many", "several", "both"])
# What may follow a quantifier and "of" ("one of them", "most of the imports", "one of more
# than 40"): a determiner, a pronoun, a number word or another quantifier.
_OF_KEPT = frozenset(
    [
        "the",
        "a",
        "an",
        "these",
        "those",
        "this",
        "that",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "them",
        "us",
        "you",
        "whom",
        "which",
        "whose",
        "what",
        "all",
        "many",
        "several",
        "few",
        "fewer",
        "more",
        "less",
        "most",
        "much",
        "some",
        "any",
        "both",
        "each",
        "either",
        "neither",
        "every",
        "such",
        "other",
        "others",
        "last",
        "next",
        "today",
        "yesterday",
        "tomorrow",
        "over",
        "about",
        "around",
        "nearly",
        "almost",
        "up",
        "at",
        "under",
        "only",
        "very",
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
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundreds",
        "thousands",
        "dozens",
        "millions",
        "billions",
        "tens",
        "scores",
        "mine",
        "ours",
        "yours",
        "theirs",
        "it",
        "him",
        "me",
        "another",
        "roughly",
        "approximately",
        "just",
        "merely",
        "barely",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
    ]
)


# The words after "one of" up to where its noun phrase ends.
_PHRASE_WORD = regex.compile(r"[ \u00a0]+([\p{L}-]+)")
_PHRASE_STOP = frozenset(
    {"and", "or", "but", "of", "in", "to", "for", "with", "on", "at", "by", "from", "that"}
    | {"which", "who", "is", "are", "was", "were", "has", "have", "as", "than"}
)


def _plural_follows(m: regex.Match[str]) -> bool:
    """Whether the noun phrase after "one of" holds a plural ("one of famous scenic spots");
    one with none is "one" as a pronoun for a noun before it, a kind of that noun ("two
    miracles: one of rapid growth and one of enduring stability")."""
    words = [m.group("word")]
    pos = m.end()
    while len(words) < 5 and (w := _PHRASE_WORD.match(m.string, pos)) is not None:
        if w.group(1).lower() in _PHRASE_STOP:
            break
        words.append(w.group(1))
        pos = w.end()
    return any(
        w.lower().endswith("s") and not w.lower().endswith(("ss", "us", "is")) for w in words
    )


def _of_kept(m: regex.Match[str]) -> bool:
    """Not a slip: a determiner, pronoun or number after "one of" ("one of them"), or no
    plural in the phrase after a quantifier that counts ("one of rapid growth")."""
    if m.group("word").lower() in _OF_KEPT:
        return True
    counting = m.group(0).split(maxsplit=1)[0].lower() in _COUNTING
    return counting and not _plural_follows(m)


def _of_mended(text: str) -> str:
    """ "Most of imports" → "Most of the imports", "one of famous" → "one of the famous"."""
    head, word = text.rsplit(" ", 1)
    return f"{head} the {word}"


_AGREEMENT = {
    "they has": "they have",
    "they was": "they were",
    "they is": "they are",
    "they does": "they do",
    "we has": "we have",
    "we was": "we were",
    "we is": "we are",
    "we does": "we do",
    "he have": "he has",
    "she have": "she has",
    "it have": "it has",
    "he are": "he is",
    "she are": "she is",
    "it are": "it is",
}
# Words before a pronoun that leave the verb after it bare ("does it have", "let them",
# "made it have"), so "it have" after them is no slip.
_BARE_AFTER = frozenset(
    [
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "let",
        "lets",
        "make",
        "makes",
        "made",
        "making",
        "help",
        "helps",
        "helped",
        "helping",
        "see",
        "saw",
        "watch",
        "watched",
        "hear",
        "heard",
        "why",
        "how",
        "what",
    ]
)


def _agreement_kept(m: regex.Match[str]) -> bool:
    """Not a slip: a pronoun after an auxiliary or a verb that takes a bare infinitive, or a
    capitalised "He" or "She" inside a sentence, which is a Chinese name ("Liu He have
    held talks" after "Vice Premier", "He Lifeng and Liu He are")."""
    before = m.string[max(0, m.start() - 12) : m.start()]
    words = before.split()
    if words and words[-1].lower().strip(",") in _BARE_AFTER:
        return True
    return m.group()[:1].isupper() and regex.search(r"[\p{L},]\s*$", before) is not None


def _adverb_first(text: str) -> str:
    """ "has been always" → "has always been"."""
    aux, been, adverb = text.split(" ")
    return f"{aux} {adverb} {been}"


def _this_time_of_day(text: str) -> str:
    """ "Today morning" → "This morning", "Today (May 4) evening" → "This evening (May 4)",
    "today night" → "tonight"."""
    m = regex.fullmatch(r"(?i)today(?P<date> \([^)]*\))? (?P<part>\p{L}+)", text)
    assert m is not None
    part = m.group("part")
    said = "tonight" if part.lower() == "night" else f"this {part}"
    said = capital_as(text, said)
    return said + (m.group("date") or "")


# Verbs that are never nouns, for a gerund after a preposition ("on jointly building"):
# `_BARE_VERBS` without "build", "advance", "upgrade", "boost", "guarantee", "serve" and
# "seek", which are nouns too ("of slender build", "in advance", "for upgrade").
_NEVER_NOUNS = _BARE_VERBS - {"build", "advance", "upgrade", "boost", "guarantee", "serve", "seek"}
# Words in "-ly" that are not adverbs of manner, so the word after them may be a noun
# ("for daily upgrade", "of early build").
_NOT_LY_ADVERBS = (
    r"(?!(?:early|daily|weekly|monthly|yearly|quarterly|hourly|friendly|family|supply"
    r"|assembly|elderly|only|rally|ally|reply|apply|holy|likely|timely|costly|orderly"
    r"|lively|deadly|italy|july)\b)"
)
# Verbs after "look forward to" and "on its way to", which want "-ing" just the same.
_TO_ING_VERBS = _BARE_VERBS | {"become", "see", "meet", "hear", "welcome", "receive", "join"}


def _gerund_mended(text: str) -> str:
    """ "on jointly build" → "on jointly building"."""
    head, verb = text.rsplit(" ", 1)
    return f"{head} {_ing(verb.lower())}"


# Titles that make the subject of "hosted the meeting" a person who chaired it (主持).
_CHAIR_TITLES = regex.compile(
    r"(?i)(?<![\p{L}-])(?:secretary|chairman|chairwoman|chairperson|director|mayor|governor"
    r"|deputy|vice|head|minister|commissioner)(?![\p{L}-])"
)


def _not_chaired(m: regex.Match[str]) -> bool:
    """Not a slip: a place or a body that hosted the meeting, with no title before it in the
    sentence ("Hangzhou hosted the meeting.")."""
    start = m.string.rfind(". ", 0, m.start()) + 1
    return _CHAIR_TITLES.search(m.string, start, m.start()) is None


def _presided(text: str) -> str:
    """ "hosted the meeting" → "presided over the meeting"."""
    verb, rest = text.split(" ", 1)
    new = {"hosted": "presided", "hosts": "presides", "host": "preside"}[verb.lower()]
    return capital_as(verb, new) + " over " + rest


def _said_at(text: str) -> str:
    """ "introduced at the event that" → "said at the event that"; "introduced to reporters
    that" → "told reporters that"."""
    verb, preposition, rest = text.split(" ", 2)
    past = verb.lower().endswith("ed")
    if preposition.lower() == "to":
        return ("told " if past else "tells ") + rest
    return ("said " if past else "says ") + f"{preposition} {rest}"


MORE_SLIPS = (
    Slip(
        # A quantifier that counts ("one of", "each of", "many of") and "of" want a
        # determiner before the noun: "one of the famous cities", "many of the firms"; "most
        # of" before a bare plural likewise ("Most of imports": most imports, or most of the
        # imports). A pronoun, a number or a determiner after "of" is right ("one of them",
        # "most of its exports", "one of more than 40").
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:(?:one|each|either|neither|many|several|both) of"
            r" (?P<word>(?-i:\p{Ll}[\p{Ll}-]*))"
            r"|(?:most|some|all) of (?P<word>(?-i:\p{Ll}[\p{Ll}-]*s)))(?![\p{L}'’-])"
        ),
        "a noun after a quantifier and “of” wants a determiner: “one of the famous”, “most "
        "of the imports” (or “most imports”)",
        _of_mended,
        _of_kept,
    ),
    Slip(
        # "include in": one is included in a list, a plan or a strategy, not "into" it.
        regex.compile(r"(?i)(?<![\p{L}-])(?:include|includes|included) into(?![\p{L}-])"),
        "one is “included in” a list or a plan",
        lambda text: text[: -len("into")] + "in",
    ),
    Slip(
        # A frequency adverb stands after the first auxiliary: "has always been", "had never
        # been", not "has been always". Before a present participle the adverb sits rightly
        # in the progressive ("have been constantly adjusting"), so "-ing" after it is left.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:has|have|had|having) been (?:always|never|often|usually"
            r"|already|also|seldom|rarely|constantly)(?![\p{L}-])(?! \p{Ll}{2,}ing(?![\p{L}-]))"
        ),
        "a frequency adverb stands after the first auxiliary: “has always been”",
        _adverb_first,
    ),
    Slip(
        regex.compile(r"(?i)(?<![\p{L}-])with no doubt(?![\p{L}-])"),
        "a fixed phrase: “without doubt” or “no doubt”",
        lambda text: ("W" if text[:1] == "W" else "w") + "ithout doubt",
    ),
    Slip(
        # After a preposition a verb takes "-ing": "an agreement on jointly building", "by
        # further improving". Only verbs that are never nouns, after on, in, for, of, by,
        # about, without or through, with at most one adverb ("jointly", "further") between;
        # after an adverb, verbs that are nouns too ("on jointly build").
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:on|in|for|of|by|about|without|through)"
            rf" (?:(?:(?:{_NOT_LY_ADVERBS})(?-i:\p{{Ll}}{{2,}}ly)|further) "
            rf"(?:{_words(dict.fromkeys(_BARE_VERBS, ''))})"
            rf"|(?:{_words(dict.fromkeys(_NEVER_NOUNS, ''))}))(?![\p{{L}}'’-])"
        ),
        "after a preposition the verb takes “-ing”: “on jointly building”",
        _gerund_mended,
    ),
    Slip(
        # "look forward to" and "on its way to" take "to" as a preposition: "look forward to
        # meeting", "on its way to becoming".
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:look(?:s|ed|ing)? forward"
            r"|on (?:its|his|her|their|our|the|my|your|a) way) to "
            rf"(?:{_words(dict.fromkeys(_TO_ING_VERBS, ''))})(?![\p{{L}}'’-])"
        ),
        "“to” is a preposition here: the verb takes “-ing” (“look forward to meeting”, “on "
        "its way to becoming”)",
        _gerund_mended,
    ),
    Slip(
        # 今天上午 word for word: "this morning", "tonight"; "today's morning session" is
        # another matter.
        regex.compile(
            r"(?i)(?<![\p{L}-])today(?: \([^)\n]{1,30}\))? (?:morning|afternoon|evening|night)"
            r"(?![\p{L}'’-])"
        ),
        "今天上午 word for word: “this morning”, “this afternoon”, “tonight”",
        _this_time_of_day,
    ),
    Slip(
        # A pronoun and a verb that do not agree: "they has", "it have"; not "does it have"
        # or "let it have", where the verb is bare after an auxiliary.
        regex.compile(
            r"(?i)(?<![\p{L}'’-])(?:(?:they|we) (?:has|was|is|does)|(?:he|she|it) (?:have|are))"
            r"(?![\p{L}'’-])"
        ),
        "the verb does not agree with its subject: “they have”, “it has”",
        _AGREEMENT,
        _agreement_kept,
    ),
    Slip(
        # A ban is "on" what it forbids: "a ban on logging"; "the ban of 2019" has a figure.
        regex.compile(
            r"(?i)(?<![\p{L}-])bans? of(?= (?-i:(?!(?:the|its|their|his|her|our|this|that|these"
            r"|those|such|sorts?|some|any|all|one|which|whom|a|an)\b)\p{Ll}+)\b)"
        ),
        "a ban is “on” what it forbids: “a ban on logging”",
        lambda text: text[: -len("of")] + "on",
    ),
    Slip(
        # 主持 word for word: a person who chairs a meeting "presided over" it; a city or a
        # body "hosts" it. Only where a title stands before it in the sentence and the
        # meeting ends the clause ("Deputy Secretary Wang Lin hosted the meeting.").
        regex.compile(
            r"(?i)(?<![\p{L}-])host(?:ed|s)? the (?:meeting|session|conference|symposium|seminar"
            r"|forum)(?=\s*[.,;])"
        ),
        "主持 rendered word for word: a chair “presided over” the meeting; a city “hosts” it",
        _presided,
        _not_chaired,
    ),
    Slip(
        # 调研 word for word: officials "inspect" a place or make a fact-finding trip to it;
        # "investigated in Dalian" says they looked into a case there. Not the passive ("was
        # investigated in 2019").
        regex.compile(
            r"(?i)(?<![\p{L}-])(?<!(?<![\p{L}-])(?:was|were|be|been|being|is|are) )(?:investigat(?:ed|es|ing|e)"
            # The noun after an official's possessive: "after his investigation in Jinhua".
            r"|(?<=(?<![\p{L}-])(?:his|her|their) )investigation)"
            r" in(?= (?-i:\p{Lu})|(?i: (?:villages|towns|townships|counties|enterprises"
            r"|companies|communities|the (?:city|county|province|district|village|town|villages"
            r"|enterprises)))(?![\p{L}-]))"
        ),
        "调研 rendered word for word: officials “inspected” a place or “made a fact-finding "
        "trip to” it",
        {},
    ),
    Slip(
        # 介绍 with the occasion between the verb and its clause: "Li introduced at the event
        # that the province …" (said at the event that). Only after a name, a pronoun or the
        # comma that closes a speaker's title, so "the rules introduced at the meeting that
        # the city held" is left alone.
        regex.compile(
            r"(?<=(?:,|(?<![\p{L}-])(?i:he|she|they)|(?<![\p{L}-])\p{Lu}\p{Ll}+) )"
            r"(?i:introduc(?:ed|es)) (?i:at|to|during) [^,.;:\n]{1,40}? that"
            rf"(?= {_CLAUSE_OPENER}(?![\p{{L}}-]))"
        ),
        "介绍 rendered word for word: a speaker “said” at an event “that” …",
        _said_at,
    ),
    Slip(
        # A stray "and" inside a comparison: "more than and 60 departments".
        regex.compile(r"(?i)(?<![\p{L}-])(?:more|less|fewer) than and(?= \d)"),
        "a stray “and” after “than”: “more than 60”",
        lambda text: text[: -len(" and")],
    ),
)


def _plural_change(text: str) -> str:
    """ "increase of 6% and 7%" → "increases of 6% and 7%"."""
    noun, rest = text.split(" ", 1)
    return f"{noun}s {rest}"


def _day_less_month(text: str) -> str:
    """ "On February 2015" → "In February 2015"."""
    return ("I" if text[:1] == "O" else "i") + text[1:]


# Frames of a report and its figures, each in its general form: the reporter who "learned"
# the news (记者了解到), a period "of last year" (去年同期), a change of two figures in the
# singular, a plural after "per", "such … like", "featured with", "numerous" before a noun
# English does not count, a month and year after "on", "and etc.", "a big batch of" (一大批),
# "agriculture modernization", and the salutation and the opening of a work report.
REPORT_SLIPS = (
    Slip(
        # 记者了解到, 记者从……获悉: English news states the fact and names its source; the
        # reporter is not in the story. "A Xinhua reporter learned" names an outlet and is
        # left alone, as is a reporter who is the subject of the story ("the reporter was
        # told to leave": only "told" before "that", "from" or "by").
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:the|this|our) (?:reporters?|journalists?)"
            r" (?:(?:has|have|had) )?(?:learn(?:ed|t|s)|(?:was|were|has been|have been) told"
            r"|found out|got to know|came to know|was informed|were informed)"
            r"(?= (?:from|that|at|during|by)(?![\p{L}-]))"
            r"|(?<![\p{L}-])according to (?:the|this|our) (?:reporters?|journalists?)['’]s?"
            r" (?:understanding|knowledge|investigation|interview)s?(?![\p{L}-])"
        ),
        "记者了解到 rendered word for word: drop the reporter, state the fact and name its "
        "source (“the bureau said”)",
        {},
    ),
    Slip(
        # 去年同期: "the same period last year"; "last year" is an adverb and takes no "of"
        # or "in".
        # "the same period of the previous year" is English and is left alone.
        # After "than" the slip above reports the comparison, one finding for the span.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?<!than (?:the )?)same period (?:of|in) last year(?![\p{L}-])"
        ),
        "去年同期 is “the same period last year”, without “of” or “in”",
        lambda text: text.replace(" of ", " ", 1).replace(" in ", " ", 1),
    ),
    Slip(
        # Two figures of change given together, a noun in the singular: "an increase of 6%
        # and 7% (respectively)" is two increases. A second figure followed by a comparative
        # is no second change but the first one measured against another ("a rise of 8%, 2
        # percentage points higher than the provincial average").
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:increase|rise|decrease|decline|drop|reduction|fall)"
            r" of \d[\d.,]* ?(?:%|percent|per cent|percentage points?)"
            r"(?:,? and|,) \d[\d.,]* ?(?:%|percent|per cent|percentage points?)"
            r"(?![\p{L}-]| (?:higher|lower|faster|slower|more|less|above|below|over|under|ahead"
            r"|behind)(?![\p{L}-]))"
        ),
        "two figures of change are two changes: “increases of 6% and 7% respectively”",
        _plural_change,
    ),
    Slip(
        # "per" takes one unit: "per cubic meter", "per hour".
        regex.compile(
            r"(?i)(?<![\p{L}-])per (?:(?:cubic|square) )?(?:meters|metres|kilometers|kilometres"
            r"|centimeters|centimetres|tons|tonnes|hectares|liters|litres|kilograms|hours"
            r"|persons)(?![\p{L}-])"
        ),
        "“per” takes the singular: “per cubic meter”",
        lambda text: text[: -len("s")],
    ),
    Slip(
        # "such … as" introduces examples; "such industries like" mixes two frames.
        regex.compile(r"(?i)(?<![\p{L}-])such (?:\p{Ll}+ )?\p{Ll}+s like(?![\p{L}-])"),
        "“such … as” or “… like”, not both: “such industries as”",
        lambda text: text[: -len("like")] + "as",
    ),
    Slip(
        # 以……为特色: a place "features" something or "is known for" it.
        regex.compile(r"(?i)(?<![\p{L}-])(?:is|are|was|were) featured with(?![\p{L}-])"),
        "“featured with” is not English: the place “features” it or “is known for” it",
        {},
    ),
    Slip(
        # "numerous" counts; attention, progress or information is "much" or "wide".
        regex.compile(
            r"(?i)(?<![\p{L}-])numerous (?:attention|information|progress|equipment|advice"
            r"|knowledge|publicity|evidence|feedback|infrastructure|pollution)"
            r"(?= ?[.,;:!?]|[ \t]*\n| (?:from|of|in|to|for|at|on|and|with|by|as)(?![\p{L}-]))"
        ),
        "“numerous” counts: “much attention”, “wide attention”",
        lambda text: ("M" if text[:1] == "N" else "m") + "uch" + text[len("numerous") :],
    ),
    Slip(
        # A month takes "in": "On February 2015" is "In February 2015"; "On February 5,
        # 2015" is left alone.
        regex.compile(rf"(?<![\p{{L}}-])[Oo]n {MONTH},? (?:19|20)\d\d(?![\d\p{{L}}])"),
        "a month takes “in”: “in February 2015”",
        _day_less_month,
    ),
    Slip(
        # "etc." already means "and the rest".
        regex.compile(r"(?i)(?<![\p{L}-])and etc\b\.?"),
        "“etc.” already means “and so on”: drop “and”",
        lambda text: text[len("and ") :],
    ),
    Slip(
        # 一大批: "a large number of"; a batch is a lot of goods made or sent together.
        regex.compile(r"(?i)(?<![\p{L}-])an? (?:big|large|huge|great) batch of(?![\p{L}-])"),
        "一大批 rendered word for word: “a large number of”",
        lambda text: ("A" if text[:1] == "A" else "a") + " large number of",
    ),
    Slip(
        # 农业现代化 is "agricultural modernization", as 经济发展 is "economic development".
        regex.compile(r"(?i)(?<![\p{L}-])agriculture moderni[sz]ation(?![\p{L}-])"),
        "农业现代化 is “agricultural modernization”",
        lambda text: ("A" if text[:1] == "A" else "a") + "gricultural" + text[len("agriculture") :],
    ),
    Slip(
        # 各位代表: a work report greets the deputies as "Fellow deputies,".
        regex.compile(r"(?m)(?<=^[ \t]*)All (?:deputies|delegates),"),
        "各位代表 rendered word for word: a work report greets “Fellow deputies,”",
        lambda text: "Fellow " + text[len("All ") :],
    ),
    Slip(
        # A measure agrees with its verb, not with the plural noun it measures: "The number
        # of visitors has risen", "The total amount of the contracts was 3 billion yuan". The
        # words between hold no article, pronoun or preposition, so a relative clause ("the
        # amount of money the villagers have saved") or a second subject ("the number of
        # firms and the output were") is left alone, and "A number of firms were" is English.
        regex.compile(
            r"(?<![\p{L}-])(?:[Tt]he )(?:total |overall )?(?:number|amount|value|volume) of "
            r"(?:(?:the|these|those|its|their|this|our|such|all) )?"
            r"(?:(?!(?i:the|a|an|who|that|which|whom|whose|where|when|it|they|we|he|she|to|in"
            r"|at|on|for|from|by|with|of|as|than|is|was|are|were|has|have|had|be|been|being)"
            r"(?![\p{L}'’-]))[\p{L}'’-]+ ){0,3}"
            r"[\p{L}-]+s['’]? (?:are|were|have)(?![\p{L}-])"
        ),
        "the verb agrees with “number”, “amount” or “value”, not with the noun after “of”: "
        "“The number of visitors has”",
        lambda text: (
            text[: text.rfind(" ") + 1]
            + {"are": "is", "were": "was", "have": "has"}[text[text.rfind(" ") + 1 :]]
        ),
    ),
    Slip(
        # 市长 is "mayor": "deputy major", "Vice Major Yao Qing", "District major Ji Yan"
        # drop a letter and make an officer of the army. Only after a level word and before a
        # name, "of", a comma or a stop, so "Deputy Major General" and "district major roads"
        # are left alone.
        regex.compile(
            r"(?<![\p{L}-])(?:(?:[Vv]ice|[Dd]eputy|[Ee]xecutive[ -][Vv]ice)[ -]|(?:[Dd]istrict"
            r"|[Cc]ity|[Cc]ounty|[Tt]own|[Tt]ownship|[Mm]unicipal)[ \u00a0]+)\K[Mm]ajor(?=s?"
            r"(?:[ \u00a0]*[,.;:)]|[ \u00a0]+of(?![\p{L}-])|[ \u00a0]+(?!General|Generals)\p{Lu}"
            r"\p{Ll}+(?:[ \u00a0]+\p{Lu}\p{Ll}+)?[ \u00a0]*(?:[,.;:]|[ \u00a0]\p{Ll})))"
        ),
        "市长 is “mayor”; a “major” is an officer of the army",
        lambda text: "Mayor" if text[:1] == "M" else "mayor",
    ),
    Slip(
        # 掀起高潮, 把气氛推向高潮: a climax is the end of a story, not a wave of activity or a
        # lively atmosphere ("set a new climax in the construction of": set a new high;
        # "pushed the atmosphere to a climax": brought the event to its high point).
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:(?:set|sets|setting)(?: off)? an? (?:new )?climax(?:es)?"
            # The wave of study has its own slip above.
            r"(?! (?:of|in) (?:studying|learning|study|implementing|publici[sz]ing)(?![\p{L}-]))"
            r"|(?:atmosphere|mood|enthusiasm|excitement)(?: [\p{L}-]+){0,3} (?:to|reached"
            r"|reaches|reach|reaching) (?:an?|its|the) (?:new )?climax)(?![\p{L}-])"
        ),
        "高潮 rendered word for word: a climax ends a story; “a new high”, “its high point”",
        {},
    ),
    Slip(
        # 在……会议上: a thing is done, said or signed "at" a session, meeting or ceremony;
        # "elected on the first session", "signed on the signing ceremony" and "a report
        # made by the mayor on the 7th Plenary Session" are calques. Only after a verb in
        # "-ed" or a name (a word that is no noun asking for "on": "comments on the
        # meeting", "a report on the session", "agreed on the meeting's agenda").
        # "The curtain was raised on the congress" (拉开帷幕) is the idiom, "on" its own.
        regex.compile(
            r"(?<![\p{L}-])(?<!(?i:curtains?)(?: [\p{L}-]+){0,4} )"
            r"(?:(?!(?i:commented|reported|focused|focussed|based|agreed|decided"
            r"|briefed|touched|elaborated|centred|centered|called|relied|depended|reflected"
            r"|embarked|worked|remarked|expounded|insisted|acted|voted|concentrated|dwelt"
            r"|dwelled|drew|hinged|opined|ruled|passed|informed|updated|advised|consulted"
            r"|lectured|spoke|talked|wrote|written|published|broadcast|aired|posted)"
            r"(?![\p{L}-]))\p{Ll}+ed|said|made|signed|held|spoke|delivered|elected|adopted)"
            r" \Kon(?= the (?:(?!(?:of|for|in|at|to|with|and|by|from|on)(?![\p{L}-]))[\p{L}\d-]+ )"
            r"{0,4}(?:[Ss]ession|[Cc]eremony|[Mm]eeting"
            r"|[Cc]onference|[Ff]orum|[Ss]ymposium|[Cc]ongress|[Pp]lenum)(?![\p{L}-]))"
        ),
        "one speaks, signs and is elected “at” a session, meeting or ceremony",
        lambda text: "at",
    ),
    Slip(
        # 有关部门 goes first in English: "leaders from relevant Lu'an government
        # departments", "relevant domestic departments". A place name or an adjective of
        # place before "relevant" keeps the Chinese order ("from Lu'an relevant
        # departments"); a name that opens its sentence, a verb or a determiner before it
        # ("urged relevant departments", "the relevant departments") is another matter.
        regex.compile(
            r"(?<=(?<![\p{L}'’-])(?:from|of|and|with|by|to|for|at|between|among) )"
            r"(?:(?-i:\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?)|(?i:domestic|foreign|overseas|provincial"
            r"|municipal|city|county|district|national|central|local)) relevant (?:(?:government"
            r"|municipal|provincial|state|central|functional|administrative) )?(?:departments"
            r"|units|bureaus|authorities|agencies|organs|institutions|enterprises|leaders"
            r"|officials|offices)(?![\p{L}-])"
        ),
        "word order: “relevant” comes before the place, “relevant city government departments”",
        lambda text: "relevant " + text.replace(" relevant", "", 1),
    ),
    Slip(
        # "report on" the work: "I will now report to you on the work of the government".
        regex.compile(r"(?i)(?<![\p{L}-])report to you(?= the work(?![\p{L}-]))"),
        "one reports “on” the work: “report to you on the work of the government”",
        lambda text: text + " on",
    ),
)


def _speeches(text: str) -> str:
    """ "successively made a speech" → "successively made speeches", "a work report" →
    "work reports": several speakers, one speech each."""
    plural = {
        "speech": "speeches",
        "report": "reports",
        "speech,": "speeches,",
        "report,": "reports,",
    }
    words = [plural.get(word.lower(), word) for word in text.split()]
    return " ".join(word for word in words if word.lower() not in ("a", "an"))


def _welcome(text: str) -> str:
    """ "are welcomed to" → "are welcome to"."""
    return regex.sub(r"(?i)welcomed", lambda m: m.group()[:7], text)


def _replace_word(old: str, new: str) -> Callable[[str], str]:
    """A mender that puts `new` for `old` in the match, keeping the first letter's case."""

    def mend(text: str) -> str:
        def swap(m: regex.Match[str]) -> str:
            return capital_as(m.group(), new)

        return regex.sub(rf"(?i){old}", swap, text, count=1)

    return mend


# A speaker's name in pinyin: a surname and a given name, each capitalised ("Li Ming").
_NAME = r"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+"
# Adjectives of the press before "media": "domestic and foreign media".
_MEDIA_KIND = (
    r"(?:(?:domestic|foreign|overseas|international|Chinese|local|national|news|mainstream"
    r"|central|provincial|municipal|major|well-known|online|new)(?:\s+and\s+|,?\s+))*"
)
# Words after "media" that show it counts outlets, not the press at large: a stop, a list,
# a verb. "media representatives", "media coverage" (a noun after it) are left alone.
_MEDIA_AFTER = (
    r"(?=\s*[,.;:)]|\s+(?:such as|including|from|and|attended|covered|reported|were|have|had"
    r"|participated|gathered|came|joined|took part|will|are)(?![\p{L}-]))"
)
# Slips of number and set phrases in reports of meetings: several speakers and one speech,
# "are welcomed to", uncountable nouns counted, "media" counted, and calques of 场合, 背景下,
# 起点, 环境保护 and 国歌.
_ORDINAL_WORDS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}


def _ordinal_in_words(text: str) -> str:
    """ "the 1st half" -> "the first half", the ordinal figure put in words."""
    return regex.sub(r"\d(?:st|nd|rd|th)", lambda m: _ORDINAL_WORDS[m.group().lower()], text)


MEETING_SLIPS = (
    Slip(
        # 先后讲话, 分别作报告: several speakers "successively" or "respectively" make one
        # speech between them; each makes his own, "made speeches" ("spoke in turn").
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:successively|respectively|in\s+turn|one\s+after\s+another"
            r"|separately)\s+(?:made|delivered|gave|make|deliver|give)\s+an?\s+"
            r"(?:(?:work|keynote|important|brief)\s+)?(?:speech|report)(?![\p{L}-])"
            r"|(?<![\p{L}-])(?:made|make|makes|delivered|gave)\s+an?\s+(?:work\s+)?report,?"
            r"\s+respectively(?![\p{L}-])"
        ),
        "several speakers each make their own: “made speeches” (“made reports”), or “spoke "
        "in turn”",
        _speeches,
    ),
    Slip(
        # Two speakers named and joined by "and" who "delivered a speech" (or, in a
        # headline, "deliver speech") made two speeches.
        regex.compile(
            rf"(?<=(?<![\p{{L}}-]\s)(?<![\p{{L}}-]){_NAME}\s+and\s+{_NAME}\s+(?:also\s+)?"
            r"(?:attended\s+the\s+(?:meeting|ceremony|event|forum|conference)\s+and\s+)?)"
            r"(?:made|delivered|gave|make|deliver|give)s?\s+(?:an?\s+)?(?:speech|report)"
            r"(?![\p{L}-])"
        ),
        "two speakers make two speeches: “delivered speeches”",
        _speeches,
    ),
    Slip(
        # 欢迎……来: guests "are welcome to visit"; "are welcomed to" a place is another
        # thing ("were welcomed to the city"), and only a verb after "to" is read.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:is|are|be|remain|remains)\s+(?:always\s+|warmly\s+)?welcomed"
            r"\s+to(?=\s+(?!(?:the|a|an|our|this|these|that|its|their|his|her|my|your|all|every"
            r"|each|both|any|some|many|more|most|such|one|two|three)"
            r"(?![\p{L}-]))\p{Ll}+(?![\p{L}-]))(?-i:(?=\s+\p{Ll}))"
        ),
        "an invitation is “welcome to” (an adjective): “are welcome to visit”",
        _welcome,
    ),
    Slip(
        # 实事, 获得感: "work" and "a sense of" are not counted.
        regex.compile(
            r"(?i)(?<![\p{L}-])practical\s+works(?![\p{L}-])"
            r"|(?<![\p{L}-])senses\s+of\s+(?:gain|fulfil(?:l)?ment|happiness|security|belonging"
            r"|achievement|accomplishment|satisfaction)(?![\p{L}-])"
        ),
        "“work” and “a sense of …” are not counted: “practical work”, “a stronger sense of gain”",
        lambda text: (
            text.replace("works", "work").replace("senses", "sense").replace("Senses", "Sense")
        ),
    ),
    Slip(
        # "30 domestic and foreign media": "media" is the press at large; outlets are
        # counted ("30 media outlets").
        regex.compile(
            rf"(?<![\p{{L}}\d,.-])(?!(?:19|20)\d\d(?![\d,]))\d[\d,]*\+?\s+{_MEDIA_KIND}media"
            rf"{_MEDIA_AFTER}"
        ),
        "“media” is the press at large and is not counted: count the “media outlets”",
        lambda text: text + " outlets",
    ),
    Slip(
        # 在各种场合: "on various occasions"; "in" takes no occasion.
        regex.compile(
            r"(?i)(?<![\p{L}-])in\s+(?:(?:various|many|several|some|different|such|all|public"
            r"|formal|official|important|major|multiple|numerous|international|diplomatic)"
            r"\s+occasions|(?:this|that|the\s+same)\s+occasion)(?![\p{L}-])"
        ),
        "an occasion takes “on”: “on various occasions”",
        lambda text: ("On" if text[:1] == "I" else "on") + text[2:],
    ),
    Slip(
        # 在……背景下: "in the context of", "against the backdrop of"; "under" a context or
        # background is a calque.
        regex.compile(
            r"(?i)(?<![\p{L}-])under\s+the\s+(?:context|background|backdrop)\s+of(?![\p{L}-])"
        ),
        "a context is “in”: “in the context of”, “against the backdrop of”",
        lambda text: (
            ("In" if text[:1] == "U" else "in") + text[5:]
            if "context" in text.lower()
            else ("Against" if text[:1] == "U" else "against") + text[5:]
        ),
    ),
    Slip(
        # 起点: "a new starting point"; a "start point" is a point on a route.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:new|historic|historical|higher|fresh|important|logical"
            r"|the|a|as)\s+(?-i:start\s+points?)(?![\p{L}-])"
        ),
        "起点 is a “starting point”",
        _replace_word("start point", "starting point"),
    ),
    Slip(
        # 环境保护: "environmental protection" (the Ministry of Environmental Protection);
        # "ecological environment protection" (生态环境保护) names the environment itself
        # and is left alone, as are names abroad ("Environment Protection Department").
        regex.compile(
            r"(?i)(?<![\p{L}-])(?<!(?:ecological|ecology|eco|resources?|and)[\s-])"
            r"environment\s+protection(?![\p{L}-])(?!\s+(?i:department|agency|act|authority"
            r"|council|fund)(?![\p{L}-]))"
        ),
        "the protection of the environment is “environmental protection”",
        _replace_word("environment", "environmental"),
    ),
    Slip(
        # 国歌: "the national anthem"; a "national song" is a song of the nation.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:sang|sing|sings|singing|sung|played|play|plays|playing|with"
            r"|amid|to)\s+the\s+national\s+song(?![\p{L}-])"
        ),
        "国歌 is “the national anthem”",
        _replace_word("song", "anthem"),
    ),
    Slip(
        # "pursing" purses the lips; 追求 is "pursuing".
        regex.compile(r"(?i)(?<![\p{L}-])pursing(?![\p{L}-])(?!\s+(?:\p{Ll}+\s+)?lips)"),
        "“pursing” is “pursuing”",
        _replace_word("pursing", "pursuing"),
    ),
    Slip(
        # "new glorious new achievements": one "new" is surplus.
        regex.compile(
            r"(?i)(?<![\p{L}-])new\s+\p{Ll}+(?:ous|ful|ic|al|ive|ant|ent|ble)\s+new(?![\p{L}-])"
        ),
        "“new” twice: one of the two is surplus",
        lambda text: text.rsplit(" ", 1)[0],
    ),
    Slip(
        # 45周年: one anniversary, counted by its ordinal ("the 45th anniversary of").
        regex.compile(r"(?<![\p{L}\d,.])\d{1,3}\s+anniversaries\s+of(?![\p{L}-])"),
        "one anniversary, counted by its ordinal: “the 45th anniversary of”",
        {},
    ),
    Slip(
        # "attended held plenary session": two verbs where one was meant.
        regex.compile(
            r"(?i)(?<![\p{L}-])attended\s+held(?=\s+(?:an?\s+|the\s+)?(?:\p{Ll}+\s+)?"
            r"(?:session|meeting)(?![\p{L}-]))"
        ),
        "two verbs: “held” (or “attended”), not both",
        {"attended held": "held"},
    ),
    Slip(
        # 上半年, 一季度: the half or quarter of a year by its ordinal in figures ("the 1st half
        # of 2016", "the 2nd half of the year"); news English spells these ordinals out.
        regex.compile(
            r"(?i)(?<![\p{L}-])the\s+(?:1st|2nd|3rd|4th)\s+(?:half|quarter)(?=\s+of(?![\p{L}-]))"
        ),
        "a half or a quarter of the year takes its ordinal in words, as in “the first half of”",
        _ordinal_in_words,
    ),
)


# Slips of number, agreement and calqued prepositions (`grammar_slips`).
GRAMMAR_SLIPS = tuple(Slip(*spec) for spec in grammar_slips.SPECS)

# Calques of the report genre ("our works", "dispatch the work").
CALQUE_SLIPS = tuple(Slip(*spec) for spec in calque_slips.SPECS)

# Mass nouns counted where the words around make the noun certain ("strong supports for").
MASS_SLIPS = tuple(Slip(*spec) for spec in mass_nouns.SPECS)

# Slips of verb form: a passive built wrong before its agent, "orderly" as an adverb.
FORM_SLIPS = tuple(Slip(*spec) for spec in form_slips.SPECS)

# Every slip E801 reads: the phrases above, the general frames, the frames of a report,
# the slips of a meeting's report and those of number and agreement.
ALL_SLIPS: tuple[Slip, ...] = (
    SLIPS + MORE_SLIPS + REPORT_SLIPS + MEETING_SLIPS + GRAMMAR_SLIPS + CALQUE_SLIPS + MASS_SLIPS
)
# Added on a line of their own, so that the list above stays as its neighbours left it.
ALL_SLIPS += FORM_SLIPS
# A foreign outlet's name without its "the" ("reported South China Morning Post").
ALL_SLIPS += tuple(Slip(*spec) for spec in OUTLET_SPECS)
# The form of a verb after another verb ("strive to achieving", "make them to enjoy").
ALL_SLIPS += tuple(Slip(*spec) for spec in complement_slips.SPECS)
# A verb without the preposition its object needs, a noun with the wrong one ("presided the
# meeting", "pursuit for").
ALL_SLIPS += tuple(Slip(*spec) for spec in preposition_slips.SPECS)
# "other" before a number ("other four companies": four other companies).
ALL_SLIPS += tuple(Slip(*spec) for spec in order_slips.SPECS)
# A series of names with no "and" before the last ("Wu Jian, Wang Nan, Fang Dong attended").
ALL_SLIPS += tuple(Slip(*spec) for spec in series_slips.SPECS)
ALL_SLIPS += tuple(Slip(*spec) for spec in honorific_slips.SPECS)
ALL_SLIPS += tuple(Slip(*spec) for spec in possessive_slips.SPECS)


def _uphold_mended(text: str) -> str:
    """ "uphold high" → "hold high", "upheld high" → "held high"."""
    return text[2:] if text[:2] == "up" else text[2:3].upper() + text[3:]


def _seats_mended(text: str) -> str:
    """ "took seats at the rostrum" → "took their seats on the rostrum"."""
    verb, rest = text.split(" seats ", 1)
    return f"{verb} their seats on {rest.split(' ', 1)[1]}"


def _made_use(text: str) -> str:
    """ "taken full use of" → "made full use of", in the verb's own form."""
    verb, rest = text.split(" ", 1)
    made = {"take": "make", "takes": "makes", "took": "made", "taken": "made"}
    new = made.get(verb.lower(), "making")
    return capital_as(verb, new) + " " + rest


def _made_tour(text: str) -> str:
    """ "gave an inspection tour" → "made an inspection tour", in the verb's own form."""
    verb, rest = text.split(" ", 1)
    made = {"give": "make", "gives": "makes", "gave": "made", "given": "made"}
    new = made.get(verb.lower(), "making")
    return capital_as(verb, new) + " " + rest


# Columnar prefilter (Rust regex): every slip's key word.
PREFILTER = (
    rf"(?i)\b(?:{_words(UNCOUNTABLE)}|researches|constructions of|{_words(NO_PREPOSITION)}|{_words(FIXED)}|the early of"
    rf"|(?:has|have|had) (?:{_words(PARTICIPLES)})|participated (?:{PARTICIPANTS})"
    r"|attendants|on agenda|home and abroad|consulate[- ]general|the history of|current name"
    rf"|(?:{measures.slip_keys()}) of"
    r"|world (?:first[ -]class|famous|renowned|class|leading)|chinese nation"
    r"|import (?:series of )?(?:speech|speeches|remarks)|progresses|recent year|ancient time"
    r"|living standard|the year of|in nowadays|express(?:ed|es|ing) that|locates|called also"
    r"|(?:introduc|address)(?:ed|es|ing) that|learn(?:ed|t) that|since this year|grandly"
    r"|(?:responsible|relevant|related) comrades?|comrades? in charge|climax|upsurge|in an aim|seek(?:s|ing)? for|involv(?:es|ing) in"
    r"|seriously (?:listen|compar|implement)\p{L}*"
    r"|short boards?|occupation|towards? to|no efforts|headquarter|investment promotions"
    r"|enlisted|said by|a \(?[aeio]\p{Ll}+|two sides|recent (?:\p{L}+ )?years"
    r"|(?:the|an?) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday"
    r"|tomorrow|china|\p{L}+)['’]s|(?:better|good|effective|rational|efficient|reasonable) use of|(?:inspection|research|study|fact-finding"
    r"|investigation) (?:tour|trip)|pa(?:id|ys?|ying) \p{Ll}+ visit|pav(?:e|es|ed|ing) way"
    r"|same time|near future|presence of|forefront|other hand|(?:first|second|third|fourth) (?:quarter|half)"
    r"|(?:in|on) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.? \d+\p{L}*"
    r"|sign(?:ed|s|ing)? (?:[\p{Ll}-]+ ){1,2}(?:agreement|contract|memorandum|pact|deal)"
    r"|(?:warm|heartfelt|sincere|cordial|hearty|enthusiastic) welcome|introduction of"
    rf"|{_words(OVER_REGULAR)}|(?:{AUX_ADJECTIVES}) \p{{Ll}}+ed"
    r"|(?:national|international|provincial) (?:famous|renowned|known|well-known|acclaimed"
    r"|recogni[sz]ed)|in details|in face of|rank(?:s|ed|ing)? the|uph(?:old|olds|olding|eld) high"
    r"|seats (?:at|on|in) the|so that to|on an? [\p{Ll}-]+ base|forwards|respectively"
    r"|the only one|inspection (?:tour|trip)|visit in|point of view|economy development"
    r"|pollutants emissions?|(?:downturn|downside|downgoing) pressures?|reduced by"
    r"|among wh(?:ich|om)|the (?:xi jinping|mao zedong|deng xiaoping)|urged to"
    r"|in the (?:morning|afternoon|evening|night) of|the (?:ac)?company of|full use of"
    r"|push(?:es|ed|ing)? ahead|than the same period|economy growth|visits? in"
    r"|(?:of|in|over|during|for|within) last|can not|many in common"
    r"|(?:located|situated|lies|lying|lie|lay|sits|sitting) at the"
    r"|brief(?:ed|s|ing)? (?:the|its|their|his|her|them|him|us|you|everyone)"
    r"|(?:contributions?|significance|importance|adher\p{L}*|committed|dedicated|devoted|conducive"
    r"|accelerat\p{L}*|keep\p{L}*|kept|stick\p{L}*|stuck) to|exchanges? of view|economical|environmental[- ]friendly"
    r"|as following|in regard of|in real practices?|vice[- ]general|general manager assistant"
    r"|gross \p{L}+ production|world top|an? (?:\p{L}+ )?(?:guidance|advice|information"
    r"|progress|equipment)|in the (?:\p{L}+ )?(?:meeting|conference|forum|symposium|seminar"
    r"|ceremony|session|gathering)|in this (?:winter|summer|spring|autumn|year)"
    r"|(?:make|makes|made|making) (?:\p{L}+ )?contribution|produces|rank(?:s|ed|ing)? the bottom"
    r"|, adding|responsible (?:people|persons?)|main (?:personnel|persons?|people|principals)|all fronts|less than \d+|on the (?:\p{L}+ )?(?:ceremony|meeting|conference|forum))\b"
    # A meeting by its name after "On the" (its own alternative, as the frames below).
    r"|\b[Oo]n the [^,.]{1,90}(?:Conference|Forum|Meeting|Ceremony|Symposium|Seminar|Summit"
    r"|Expo|Fair)\b"
    # The general frames (`MORE_SLIPS`), as alternatives of their own: one alternation of
    # them all with the phrases above outgrows the lazy DFA's cache (see `prefilter`).
    r"|\b(?:(?:one|each|either|neither|many|several|both|most|some|all) of \p{Ll}+"
    rf"|(?:on|in|for|of|by|about|without|through) (?:\p{{Ll}}+ly |further )?(?:{_words(dict.fromkeys(_BARE_VERBS, ''))}))\b"
    r"|\b(?:includ\p{L}* into|been (?:always|never|often|usually|already|also|seldom|rarely"
    r"|constantly)|with no doubt|forward to|way to|today (?:\(|morning|afternoon|evening|night)"
    r"|(?:they|we) (?:has|was|is|does)|(?:he|she|it) (?:have|are)|bans? of|host(?:ed|s)? the"
    r"|investigat\p{L}* in|introduc(?:ed|es) (?:at|to|during)|than and)\b"
    # The frames of a report (`REPORT_SLIPS`).
    r"|\b(?:the|this|our) (?:reporters?|journalists?)\b|\breporters?['’]s?\b|\bjournalists?['’]s?\b"
    r"|\bsame period (?:of|in) last\b|\b(?:increase|rise|decrease|decline|drop|reduction|fall) of \d"
    r"|\bper (?:cubic |square )?\p{Ll}+s\b|\bsuch (?:\p{Ll}+ )?\p{Ll}+s like\b|\bfeatured with\b"
    r"|\bnumerous \p{Ll}+|\b[Oo]n (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?,? \d{4}"
    r"|\band etc\b|\b(?:big|large|huge|great) batch of\b|\bagriculture moderni|\bAll (?:deputies|delegates),"
    r"|\breport to you the\b|\bthe (?:total |overall )?(?:number|amount|value|volume) of\b"
    r"|\b(?:vice|deputy|district|city|county|town|township|municipal)[ -]majors?\b"
    r"|\b\p{L}+ relevant (?:\p{Ll}+ )?(?:departments|units|bureaus|authorities|agencies|organs"
    r"|institutions|enterprises|leaders|officials|offices)\b"
    r"|\b(?:said|made|signed|held|spoke|delivered|elected|adopted|\p{Ll}+ed) on the\b"
    # The slips of a meeting's report (`MEETING_SLIPS`).
    r"|\b(?:successively|respectively|turn|another|separately)\s+(?:made|delivered|gave|make|deliver|give)\b"
    r"|\breport,?\s+respectively\b|\band\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Ll}"
    r"|\bwelcomed\s+to\b|\bpractical\s+works\b|\bsenses\s+of\b|\d\+?\s+[\p{L}\s,-]*?media\b"
    r"|\boccasions?\b|\bunder\s+the\s+(?:context|background|backdrop)\b|\bstart\s+points?\b"
    r"|\benvironment\s+protection\b|\bnational\s+song\b|\bpursing\b|\bnew\s+\p{Ll}+\s+new\b"
    r"|\battended\s+held\b|\d\s+anniversaries\s+of\b|\bthe\s+[1-4](?:st|nd|rd|th)\s+(?:half|quarter)\b"
    rf"|{open_compounds.PREFILTER}"
    rf"|{grammar_slips.PREFILTER}"
    rf"|{calque_slips.PREFILTER}"
    rf"|{mass_nouns.PREFILTER}"
    rf"|{form_slips.PREFILTER}"
    rf"|{complement_slips.PREFILTER}"
    rf"|{preposition_slips.PREFILTER}"
    rf"|{order_slips.PREFILTER}"
    rf"|{series_slips.PREFILTER}"
    rf"|{honorific_slips.PREFILTER}"
    rf"|{possessive_slips.PREFILTER}"
    rf"|{OUTLET_PREFILTER}"
    rf"|(?-i:\p{{Lu}}\p{{Ll}}{{3,}} (?:{_words(dict.fromkeys(OPENING_VERBS, ''))}) [\p{{Ll}}'\"‘“(])"
)


def _with_the(text: str) -> str:
    """`text` with "the" put after its preposition: "at same time" → "at the same time",
    "be forefront of" → "be at the forefront of"."""
    first, rest = text.split(" ", 1)
    if first.lower() == "be":
        return f"{first} at the {rest}"
    return f"{first} the {rest}"


def _involved_in(text: str) -> str:
    """ "involves in" → "is involved in"; "involving in" → "involved in"."""
    if text[3:].lower().startswith("olving"):
        return capital_as(text, "involved in")
    return ("I" if text[:1] == "I" else "i") + "s involved in"


def _with_article(text: str) -> str:
    """`text` with "a" or "an" put after its first word: "paid friendly visit" → "paid a
    friendly visit", "on inspection tour" → "on an inspection tour"."""
    verb, rest = text.split(" ", 1)
    return f"{verb} {indefinite(rest)} {rest}"


def mended(slip: Slip, text: str) -> str | None:
    """The mended form of `text`, a match of `slip`, keeping its first letter's case."""
    lower = text.lower()
    if callable(slip.mend):
        return slip.mend(text)
    if slip.mend:
        fixed = slip.mend.get(lower)
    elif lower.split(" ", 1)[-1] in PARTICIPLES:
        aux, verb = text.split(" ", 1)
        fixed = f"{aux.lower()} {PARTICIPLES[verb.lower()]}"
    else:
        return None
    if fixed is None:
        return None
    return capital_as(text, fixed)


# A noun joined to itself by "and" or "of": "the agenda and agenda", "exchanges and
# exchanges", "the Institute of Institute". The pairs are found column-wise (the Rust engine
# has no back-references): each "word and word" is cut out and its two ends compared.
_PAIRS = (
    r"(?i)\b\p{L}{4,} and (?:the )?\p{L}{4,}\b",  # apart, so "list of the agenda and
    r"(?i)\b\p{L}{4,} of (?:the )?\p{L}{4,}\b",  # agenda" is not cut at "of"
)
# The second word must end its phrase: "water and water conservancy" is two phrases.
_REPEATED = regex.compile(
    r"(?i)(?<![\p{L}-])(\p{L}{4,}) (?:and|of) (?:the )?\1(?![\p{L}-])"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:of|in|to|for|with|at|on|between|among|and|or|is|are|was"
    r"|were|will|has|have|had|from|by)(?![\p{L}-]))"
)
# Words said twice on purpose: "more and more", "again and again", "over and over", "round
# and round", "through and through", "year after year" (not matched), and comparatives
# ("bigger and bigger").
_SAID_TWICE = frozenset(
    [
        "more",
        "less",
        "again",
        "over",
        "round",
        "through",
        "ever",
        "back",
        "forth",
        "times",
        "years",
        "days",
        "steps",
    ]
)


def _said_twice(word: str) -> bool:
    lower = word.lower()
    return lower in _SAID_TWICE or (lower.endswith("er") and lower not in {"water", "power"})


def repeated_nouns(table: pl.DataFrame, column: str) -> list[tuple[int, int, int, int, str]]:
    """(doc, base, start, end, word) of each noun joined to itself in `column`."""
    same = pl.any_horizontal(
        pl.col(column)
        .str.extract_all(pair)
        .list.eval(
            pl.element().str.extract(r"^(\p{L}+)", 1).str.to_lowercase()
            == pl.element().str.extract(r"(\p{L}+)$", 1).str.to_lowercase()
        )
        .list.any()
        for pair in _PAIRS
    )
    rows = filter_distinct(table, column, same).select("doc", "start", column)
    found = []
    for doc, base, text in zip(
        rows["doc"].to_list(), rows["start"].to_list(), rows[column].to_list(), strict=True
    ):
        for m in _REPEATED.finditer(text):
            if not _said_twice(m.group(1)) and not _two_kinds(text, m) and not _huaqiao(text, m):
                found.append((doc, base, m.start(), m.end(), m.group(1)))
    return found


def _huaqiao(text: str, m: regex.Match[str]) -> bool:
    """Whether the pair is 华侨华人 rendered "overseas Chinese and Chinese": two groups, the
    Chinese citizens abroad and the people of Chinese descent, not a word said twice."""
    return m.group(1).lower() == "chinese" and text[: m.start()].lower().endswith("overseas ")


# The word before a noun that leaves it bare (a determiner, a preposition, a conjunction).
_BARE_BEFORE = regex.compile(
    r"(?i)(?:^|[\s(“\"])(?:the|a|an|its|their|our|his|her|this|that|these|those|of|in|on|at|to|"
    r"for|with|by|from|and|or|as|both|all|[,;:])\s*$"
)
# "of", or "on"/"for" naming the second's subject ("the 5th Practice Conference and the
# Conference on Digital Villages": two events).
_OWN_MODIFIER = regex.compile(r"\s+(?:of|on|for)(?![\p{L}-])")


# The end of a list's earlier item that names a kind of the same noun: "Private investment,
# industrial " before "investment and investment in high-tech industries".
_KINDS_BEFORE = r"(?i)(?<![\p{{L}}-]){noun},[ \u00a0]+(?:[\p{{L}}-]+[ \u00a0]+){{1,3}}$"
# Places and bodies counted one by one: a kind of them named twice, each half with words of
# its own, is two sets of them ("friendly cooperative cities and cities with friendly
# exchanges", "state-owned enterprises and enterprises from abroad"), where an activity said
# twice ("close exchanges and exchanges with cities") is one kind named with a word too many.
_COUNTED_PLACES = frozenset(
    [
        "cities",
        "countries",
        "counties",
        "districts",
        "towns",
        "townships",
        "villages",
        "provinces",
        "regions",
        "municipalities",
        "prefectures",
        "communities",
        "enterprises",
        "companies",
        "firms",
        "schools",
        "hospitals",
        "universities",
        "colleges",
        "units",
        "departments",
        "bureaus",
        "agencies",
        "zones",
        "parks",
        "ports",
    ]
)
# What gives the second half of such a pair words of its own: a phrase or a clause after it.
_OWN_PHRASE = regex.compile(
    r"\s+(?:of|on|for|with|in|from|at|under|along|across|that|which|whose|where)(?![\p{L}-])"
)


def _two_kinds(text: str, m: regex.Match[str]) -> bool:
    """Whether the noun said twice names two kinds, each with its own modifier: a word
    before the first, "the" and an of-phrase for the second ("economic modernization and
    the modernization of culture"), or, for places and bodies counted one by one, a word
    before the first and any phrase after the second ("cooperative cities and cities with
    friendly exchanges"); or the last two items of a list of kinds of the noun ("private
    investment, industrial investment and investment in industry"). ("close exchanges and
    exchanges with cities", with no "the" and no list, is still a slip.)"""
    noun = m.group(1)
    if regex.search(
        _KINDS_BEFORE.format(noun=regex.escape(noun)), text[max(0, m.start() - 80) : m.start()]
    ):
        return True
    before = text[max(0, m.start() - 30) : m.start()]
    modified = bool(before.strip()) and _BARE_BEFORE.search(before) is None
    if not m.group(0).lower().endswith(" the " + m.group(1).lower()):
        counted = m.group(1).lower() in _COUNTED_PLACES and " and " in m.group(0).lower()
        return counted and modified and _OWN_PHRASE.match(text, m.end()) is not None
    if _OWN_MODIFIER.match(text, m.end()) is None:
        return False
    return modified
