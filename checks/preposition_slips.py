"""Slips of a preposition for E801 (`wording`): a verb that reaches its object only through a
preposition used with the object straight after it, and a noun or a set phrase with the
wrong preposition. Chinese joins a verb to its object and a noun to what it concerns without
a preposition (主持会议, 关注, 追求), so English renderings lose the one English fixes, or take
the commonest one ("on", "for", "to") in its place.

- A verb with no object of its own: "presided the meeting" (presided over), "inquired the
  situation" (inquired about), "give full play Suzhou's advantages" (give full play to),
  "listened the report" (listened to), "participated the fair" (participated in), "thrive
  the city" (thrive takes no object: help the city thrive) and "rise the level" (raise).
  Only a determiner, a name or a possessive after the verb, and no word of time after the
  determiner, so that "presided as chairman", "the presiding judge", "thrive this year"
  and "rose the fastest" are left alone.
- A noun or a set phrase with the wrong preposition: "pursuit for" (pursuit of), "expressed
  appreciation on" (for; not "on behalf of"), "pay more attention on" (to), "in the aim
  of" (with the aim of), "regarding to" (regarding), "focused at" (focused on; the noun
  "the focus at the forum" is left alone), and "at this critical period" or "at this year"
  (in, during; "at this year's fair" and "at this stage" are English).
- An idiom of time with the wrong article or preposition: "for a long term" (in the long
  term), "in a long run" (in the long run; not "in a long run of wins"), "for the coming
  future" (for the foreseeable future).
- A day opening its sentence with no preposition, as a Chinese dateline does (4月14日，):
  "April 14, the conference opened" (On April 14,), "March 22-24, the mayor led" (From March
  22 to 24,); not a date with its year ("May 28, 2019"), nor a dateline ("HEFEI, April 14").
"""

from __future__ import annotations

import regex

from tifa.checks.grammar_slips import Keep, Mend
from tifa.checks.textcase import capital_as

_S = r"[ \u00a0]+"
_START = r"(?<![\p{L}'’-])"
_END = r"(?![\p{L}'’-])"
# What opens a verb's object: a determiner, a possessive pronoun or a number.
# A word of time after it is an adverbial ("thrive this year", "listened this morning").
_DETERMINER = (
    r"(?:the|a|an|its|their|his|her|our|this|these|those)(?![\p{L}'’-])"
    r"(?![ \u00a0]+(?:year|years|month|week|morning|afternoon|evening|spring|summer|autumn"
    r"|winter|time|season|day|days|whole|same|past|next|last|first)(?![\p{L}'’-]))"
)
# A name or a possessive after the verb ("presided Symposium", "full play Suzhou's"); a
# capitalised particle or preposition is a Title Case headline's own ("Presides Over the
# Meeting", "Gives Full Play To"), not a name.
_NAME = (
    r"(?-i:(?!(?:Over|At|As|In|On|To|For|Of|By|With|From|Into|And|Or|Upon)(?![\p{L}'’-]))"
    r"\p{Lu}\p{L}*)"
)
_POSSESSIVE = r"\p{L}+['’]s"


def _insert(word: str) -> Mend:
    """The verb with `word` put after it: "presided the" → "presided over the"."""

    def mend(text: str) -> str:
        parts = text.split(" ")
        return " ".join([*parts[:-1], word, parts[-1]])

    return mend


# --- presided the meeting ------------------------------------------------------------------
# "presiding" before a noun is an adjective ("the presiding judge"), so it is read before a
# determiner only; the other forms also before a name ("Presided Symposium" in a headline).
_PRESIDED = regex.compile(
    rf"(?i){_START}(?:presid(?:e|es|ed){_S}(?:{_DETERMINER}{_END}|{_NAME})"
    rf"|presiding{_S}{_DETERMINER}{_END})"
)


# --- inquired the situation ----------------------------------------------------------------
# A person asked and "about" later in the clause ("inquired the villagers about their
# income") wants "asked", not "about" before the person: left alone.
_INQUIRED = regex.compile(
    rf"(?i){_START}(?:inquir|enquir)(?:e|es|ed|ing){_S}{_DETERMINER}{_END}"
    r"(?![^.;:\n]{0,60}(?<![\p{L}-])about(?![\p{L}-]))"
)

# --- give full play Suzhou's advantages ----------------------------------------------------
_FULL_PLAY = regex.compile(
    rf"(?i){_START}(?:give|gives|gave|given|giving){_S}(?:full|fuller){_S}play{_S}"
    rf"(?:{_DETERMINER}{_END}|{_POSSESSIVE}|{_NAME})"
)

# --- listened the report, participated the fair ----------------------------------------------
_LISTENED = regex.compile(rf"(?i){_START}listen(?:s|ed|ing)?{_S}{_DETERMINER}{_END}")
_PARTICIPATED = regex.compile(rf"(?i){_START}participat(?:e|es|ed|ing){_S}{_DETERMINER}{_END}")


# --- thrive the city, rise the level ------------------------------------------------------
# "thriving the most", "rose the fastest": a superlative, not an object.
_THRIVE = regex.compile(
    rf"(?i){_START}(?:thriv(?:e|es|ed|ing)|throve){_S}{_DETERMINER}{_END}"
    rf"(?!{_S}(?:most|best|least|fastest|\p{{L}}+est){_END})"
)
# Only before what is raised (a level, a standard, awareness), so that "rose the fastest"
# and "the rise the city saw" are left alone.
_RAISED = (
    r"(?:level|levels|standard|standards|quality|awareness|income|incomes|capacity"
    r"|capability|capabilities|efficiency|ability|abilities|proportion|share|status|profile"
    r"|competitiveness|productivity|threshold|bar|flag|flags|living)"
)
_RISE_THE = regex.compile(
    rf"(?i){_START}(?:rise|rises|rising|rose|risen){_S}"
    rf"(?:the|its|their|our|his|her|this|these){_S}(?:[\p{{Ll}}-]+{_S}){{0,2}}?{_RAISED}{_END}"
)


def _raise(text: str) -> str:
    """ "rise the level" → "raise the level", in the verb's own form."""
    verb, rest = text.split(" ", 1)
    raised = {"rise": "raise", "rises": "raises", "rising": "raising", "rose": "raised"}
    return capital_as(verb, raised.get(verb.lower(), "raised")) + " " + rest


# --- pursuit for, appreciation on, attention on -------------------------------------------
# "their pursuit for 40 years": a length of time, not what is pursued.
_PURSUIT_FOR = regex.compile(
    rf"(?i){_START}pursuits?{_S}for{_END}"
    rf"(?!{_S}(?:\d|a{_S}long|(?:many|several|two|three|four|five|ten){_S}|years|decades|centuries))"
)
_MONTHS_DAYS = (
    r"(?:behalf|the\s+occasion|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
_APPRECIATION_ON = regex.compile(rf"(?i){_START}appreciation{_S}on{_END}(?!{_S}{_MONTHS_DAYS})")
_ATTENTION_ON = regex.compile(
    rf"(?i){_START}(?:pay|pays|paid|paying){_S}(?:(?:more|much|great|greater|close|closer"
    rf"|special|particular|full|enough|serious|high|higher|sufficient|due|no|little|the"
    rf"|most|utmost|adequate|extra|increasing){_S}){{0,2}}attention{_S}(?:on|for){_END}"
    rf"(?!{_S}(?:\d|a{_S}long|many{_S}years|years|decades))"
)


def _preposition_to(new: str) -> Mend:
    """The phrase with its last word (the preposition) made `new`."""

    def mend(text: str) -> str:
        head, _ = text.rsplit(" ", 1)
        return f"{head} {new}"

    return mend


# --- in the aim of, regarding to, focused at ------------------------------------------------
_IN_THE_AIM = regex.compile(rf"(?i){_START}in{_S}the{_S}aim{_S}(?:of|to){_END}")


def _with_the_aim(text: str) -> str:
    """ "in the aim of" → "with the aim of"; "in the aim to" → "with the aim of" loses the
    verb's form, so only the first word is mended."""
    return capital_as(text[:2], "with") + text[2:]


_REGARDING_TO = regex.compile(rf"(?i){_START}(?<!with{_S})regarding{_S}to{_END}")
# The verb only: the noun "the focus at the forum" is a place.
_FOCUSED_AT = regex.compile(
    rf"(?i){_START}(?:focus(?:es|ed|ing)|focuss(?:es|ed|ing)"
    rf"|(?<=(?:to|will|would|should|must|shall|can|could|also|further|better|and|we|they)"
    rf"{_S})focus){_S}(?:(?:more|mainly|chiefly|closely){_S})?at{_END}"
)
# --- at this period ----------------------------------------------------------------------------
# "at this year's fair", "at this stage", "at this time of year" are English; a season of
# festivals ("at this festive season") is too.
_AT_THIS_PERIOD = regex.compile(
    rf"(?i){_START}at{_S}(?:this|that){_S}"
    rf"(?:(?!(?:time|of|point|moment|stage|the|a){_END})[\p{{L}}\d-]+{_S}){{0,2}}?"
    r"(?:period|year|month|era)"
    rf"(?![\p{{L}}'’-])"
)

# --- for a long term, in a long run, for the coming future ----------------------------------
# Idioms of time with the wrong article or preposition: "in the long term", "in the long
# run", "for the foreseeable future". "for a long term" and "in long term" only before a
# stop or a comma ("a long term plan" lacks only its hyphen), "in a long run" not before
# "of" ("in a long run of wins").
_LONG_TERM = regex.compile(
    rf"(?i){_START}(?:for{_S}a{_S}long{_S}term|in{_S}(?:a{_S})?long{_S}term"
    rf"|in{_S}(?:a{_S})?long{_S}run){_END}(?=[ \u00a0]*(?:[.,;:!?)]|$))"
)


def _in_the_long(text: str) -> str:
    """ "for a long term" → "in the long term"; "in a long run" → "in the long run"."""
    last = text.rsplit(" ", 1)[-1]
    return capital_as(text[:1], "i") + "n the long " + last


_COMING_FUTURE = regex.compile(rf"(?i){_START}(?:for|in){_S}the{_S}coming{_S}future{_END}")

# --- April 14, the conference opened -------------------------------------------------------
# A day opening its sentence with no preposition (a Chinese dateline, 4月14日，): "On April
# 14,", "From March 22 to 24,". A date with its year is a dateline or a caption's date
# ("May 28, 2019"), and a year after the comma is read so too; after a colon only where a
# source's name ends ("Changzhi news: February 13, Luzhou district …").
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_BARE_DAY = regex.compile(
    r"(?:^|(?<=[.!?][\"”’]?[ \u00a0]+)|(?<=(?i:news|report|daily|xinhua):[ \u00a0]*))"
    rf"{_MONTH}[ \u00a0]\d{{1,2}}(?:st|nd|rd|th)?(?:[-–]\d{{1,2}}(?:st|nd|rd|th)?)?,"
    r"(?=[ \u00a0]*\p{L})(?![ \u00a0]*(?:19|20)\d\d)",
    regex.MULTILINE,
)


def _on_day(text: str) -> str:
    """ "April 14," → "On April 14,"; "March 22-24," → "From March 22 to 24,"."""
    day = text[:-1]
    parts = regex.split(r"[-–]", day)
    if len(parts) == 2:
        return f"From {parts[0]} to {parts[1]},"
    return f"On {text}"


SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        _PRESIDED,
        "“preside” takes its meeting through “over”: “presided over the meeting”",
        _insert("over"),
        None,
    ),
    (
        _INQUIRED,
        "“inquire” takes its matter through “about”: “inquired about the situation”",
        _insert("about"),
        None,
    ),
    (
        _FULL_PLAY,
        "the set phrase is “give full play to”: “give full play to the city's strengths”",
        _insert("to"),
        None,
    ),
    (
        _LISTENED,
        "“listen” takes its object through “to”: “listened to the report”",
        _insert("to"),
        None,
    ),
    (
        _PARTICIPATED,
        "“participate” takes its object through “in”: “participated in the fair”",
        _insert("in"),
        None,
    ),
    (
        _THRIVE,
        "“thrive” takes no object: “help the city thrive”, “make the city prosper”",
        {},
        None,
    ),
    (
        _RISE_THE,
        "“rise” takes no object; one “raises” a level or a standard",
        _raise,
        None,
    ),
    (
        _PURSUIT_FOR,
        "one's pursuit is “of” a thing: “the pursuit of harmony”",
        _preposition_to("of"),
        None,
    ),
    (
        _APPRECIATION_ON,
        "appreciation is “for” a thing: “expressed appreciation for the support”",
        _preposition_to("for"),
        None,
    ),
    (
        _ATTENTION_ON,
        "one pays attention “to” a thing: “pay more attention to”",
        _preposition_to("to"),
        None,
    ),
    (
        _IN_THE_AIM,
        "not an English phrase: “with the aim of”, “in a bid to”",
        _with_the_aim,
        None,
    ),
    (
        _REGARDING_TO,
        "“regarding” takes no “to”: “regarding entry” (or “with regard to entry”)",
        lambda text: text.rsplit(" ", 1)[0],
        None,
    ),
    (
        _FOCUSED_AT,
        "one focuses “on” a thing: “focused on the key tasks”",
        _preposition_to("on"),
        None,
    ),
    (
        _LONG_TERM,
        "the idiom is “in the long term” or “in the long run”",
        _in_the_long,
        None,
    ),
    (
        _COMING_FUTURE,
        "not an English idiom: “for the foreseeable future”, “in the near future”, “in the "
        "years to come”",
        {},
        None,
    ),
    (
        _BARE_DAY,
        "a day that opens the sentence takes its preposition: “On April 14, the conference "
        "opened”, “From March 22 to 24, …”",
        _on_day,
        None,
    ),
    (
        _AT_THIS_PERIOD,
        "a period or a year is “in” or “during”, not “at”: “during this critical period”, "
        "“this year”",
        {},
        None,
    ),
)

# Columnar prefilter (Rust regex): each slip's key words.
PREFILTER = (
    r"(?i)\bpresid(?:e|es|ed|ing) \S|\b[ie]nquir(?:e|es|ed|ing) \p{L}|\bfull play \S"
    r"|\blisten(?:s|ed|ing)? \p{L}|\bparticipat(?:e|es|ed|ing) \p{L}"
    r"|\b(?:thriv(?:e|es|ed|ing)|throve) \p{L}|\b(?:rise|rises|rising|rose|risen) \p{L}"
    r"|\bpursuits? for\b|\bappreciation on\b|\battention (?:on|for)\b|\bin the aim\b"
    r"|\bregarding to\b|\bfocus\p{L}* (?:\p{L}+ )?at\b"
    r"|\bat (?:this|that) [^.;:\n]{0,40}?(?:period|year|month|era)\b"
    r"|\b(?:for a|in a|in) long (?:term|run)\b|\bthe coming future\b"
    r"|(?:^|[.!?:] *)(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}(?:st|nd|rd|th)?"
    r"(?:[-–]\d{1,2}(?:st|nd|rd|th)?)?, *\p{L}"
)
