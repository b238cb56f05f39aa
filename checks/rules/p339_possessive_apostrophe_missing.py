"""P339 possessive-apostrophe-missing."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.frequency import zipf
from tifa.glossary.names import split_syllables, syllables

# Three shapes of one slip, each with no plural reading:
# - "Chinas" or "Chinas’" before a word ("Chinas development"), not after a number or "both" ("the two
#   Chinas", a phrase of its own);
# - "Peoples" before the word of a body that is the people's ("Peoples Daily", "Peoples
#   Republic"): "peoples of all ethnic groups" is a plural and is not read;
# - a capitalised word not ending in s, an apostrophe and a space ("China’ Cuju"): the s
#   after the apostrophe was lost. Not where a quote opened before it in the sentence (a
#   closing single quote: "the ‘Belt and Road’ policy").
_BODIES = (
    r"Daily|Republic|Congress|Government|Liberation|Bank|Court|Procuratorate|Political|Police"
    r"|Armed|Insurance|Square|Hall|Park|Hospital|Broadcasting|Radio|Publishing|University"
)
# The words after a plural noun that are no noun it owns: a preposition, a conjunction, a verb.
_NOT_OWNED = (
    r"(?:of|and|or|in|at|on|to|for|from|with|by|as|that|which|who|are|were|have|had|will|"
    r"would|can|could|should|must|may|do|did|all|each|both)\b"
)
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?:"
    r"(?P<china>Chinas['’]?)(?=[ \u00a0]\p{L})"
    rf"|(?P<peoples>Peoples)(?=[ \u00a0](?:{_BODIES})\b)"
    # a space between the apostrophe and its s ("the city' s development", "Dalian’ s port")
    r"|(?P<spaced>\p{L}+['’])[ \u00a0]s(?![\p{L}\p{N}'’])"
    r"|(?P<word>\p{Lu}\p{Ll}*[^\P{Ll}s])(?P<mark>['’])(?=[ \u00a0](?P<next>\p{L}+))"
    # a noun in -y with a bare s before a word ("the citys economy", "the Partys will"):
    # the plural is -ies, so "citys" is a possessive that lost its apostrophe
    r"|(?P<ys>\p{L}+[b-df-hj-np-tv-xz]ys)(?=[ \u00a0]\p{L})"
    # the Party by its initials ("CPCs overall leadership"): one party, no plural
    r"|(?P<acronym>(?:CPC|PLA)s)(?=[ \u00a0]\p{Ll})"
    # the one Central Committee of the Party with an s ("the CPC Central Committees
    # authority"), and one province named ("Shandong Provinces economy")
    # (a plural goes on with a preposition or a verb: "the central committees of both parties")
    rf"|(?<=(?:CPC|Party|the)[ \u00a0])(?P<central>Central[ \u00a0]Committees)(?=[ \u00a0](?!{_NOT_OWNED})\p{{Ll}})"
    rf"|(?<=(?<!(?:\band|,)[ \u00a0])\b(?P<place>\p{{Lu}}\p{{Ll}}+)[ \u00a0])(?P<level>Provinces)(?=[ \u00a0](?!{_NOT_OWNED})\p{{Ll}})"
    # a name in pinyin with a bare s before a word it owns ("Comrade Xi Jinpings core
    # position", "learn from Wujiangs experience"): no pinyin syllable ends in s
    rf"|(?P<pinyin>\p{{Lu}}\p{{Ll}}+s)(?=[ \u00a0](?!{_NOT_OWNED})\p{{Ll}})"
    r")"
)
_PREFILTER = (
    rf"\bChinas['’]? \pL|\bPeoples (?:{_BODIES})\b|\p{{Lu}}\p{{Ll}}*[a-rt-z]['’] \pL"
    r"|[b-df-hj-np-tv-xz]ys \pL|\b(?:CPC|PLA)s \p{Ll}|Central Committees \p{Ll}|\bProvinces \p{Ll}"
    r"|\pL['’] s\b|\p{Lu}\p{Ll}+s \p{Ll}"
)
# A common noun in -y ("city", "party"): its -ys form is no word of its own, as a name's
# plural ("the Kennedys") or a word in -ys ("always") would be.
_COMMON_NOUN = 4.0
_RARE_FORM = 2.5
# A number or "both" before "Chinas": the two Chinas of a policy debate are a plural.
_COUNTED = regex.compile(r"(?i:two|both|\d+)[ \u00a0]+$")
# A word that counts what follows: "many citys" is a misspelt plural, not a possessive.
_QUANTIFIED = regex.compile(
    r"(?i:\d+|two|three|four|five|six|seven|eight|nine|ten|both|many|several|some|all|these|"
    r"those|other|more|most|few|various|numerous|such)[ \u00a0]+$"
)
# An opening quote earlier in the sentence: the apostrophe may close it. A full stop with a
# figure or a small letter after it ends no sentence but an abbreviation inside the quotation
# ("‘Decree No. 1 on River Chief’ to protect").
_OPENED = regex.compile(r"(?<![\p{L}\p{N}])[‘']\p{L}(?:[^.!?]|\.(?=[ \u00a0]?[\p{N}\p{Ll}]))*$")
# An opening quote right before the word: the apostrophe closes a quoted word ("Taking
# ‘Party’ as the surname"), as _OPENED finds for a longer quotation.
_QUOTED_WORD = regex.compile(r"(?<![\p{L}\p{N}])[‘']$")
_VOWEL_START = regex.compile(r"[aeo]")
# A pinyin name read as a possessive has two syllables at least ("Wujiang", "Jinping"): a
# one-syllable stem is a family's plural ("the Zhangs") or an English word ("Hans", "Fans").
_NAME_SYLLABLES = 2
# "the" or a count before the name: a family's or a name's plural ("the Ouyangs").
_PLURAL_BEFORE = regex.compile(r"(?i:the|two|three|both|many|several|all)[ \u00a0]+$")
# A capitalised word of the document: the name stands alone elsewhere ("Xi Jinping",
# "Wujiang"), so its form in -s is the same name's.
_CAPITALISED = regex.compile(r"(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?![\p{L}'’-])")
# A Malay honorific written with its apostrophe before the name ("Raja Dato’ Nushirwan",
# an ambassador's title): no possessive.
_HONORIFICS = frozenset({"Dato"})


def _dropped_s(text: str, m: regex.Match[str]) -> bool:
    """Whether `word’ next` lost the s of a possessive (not a closing quote, not a pinyin
    apostrophe spaced off, as in "Xi’ an")."""
    if _OPENED.search(text, 0, m.start()) or _QUOTED_WORD.search(text, 0, m.start()):
        return False
    word, following = m.group("word"), m.group("next")
    if word in _HONORIFICS:
        return False
    return not (word.lower() in syllables() and _VOWEL_START.match(following))


def _pinyin_possessive(word: str, text: str, start: int, names: set[str]) -> bool:
    """Whether `word` ("Wujiangs") is a pinyin name of the document with a bare s: two
    syllables at least, the form in -s no English word, no plural reading before it."""
    stem = word[:-1]
    parts = split_syllables(stem)
    if parts is None or len(parts) < _NAME_SYLLABLES or zipf(word.lower()) >= _RARE_FORM:
        return False
    return stem in names and not _PLURAL_BEFORE.search(text, 0, start)


def _lost_apostrophe(word: str) -> bool:
    """Whether `word` ("citys") is a common noun in -y with a bare s: the noun is common
    and the form in -ys is rare (a family's name in the plural and words in -ys are not)."""
    return zipf(word[:-1]) >= _COMMON_NOUN and zipf(word) < _RARE_FORM


@rule("P339", "possessive-apostrophe-missing", Severity.WARNING, Fix.UNSAFE)
def possessive_apostrophe_missing(ctx: Context) -> pl.DataFrame:
    """A possessive written without its apostrophe, or without its s ("Chinas", "citys", "China’ X").

    ## What it does
    Finds "Chinas" before a word ("Chinas economy"), "Peoples" before the name of a body
    that belongs to the people ("Peoples Daily", "Peoples Republic"), and a capitalised word
    not ending in s followed by an apostrophe and a space ("China’ Cuju"), and a possessive
    with a space between its apostrophe and its s ("the city' s development"). Also a common
    noun in -y with a bare s before a word ("the citys economy", "the Partys will": the
    plural is "cities"), "CPCs" before a word, "Central Committees" after CPC, Party or
    "the" before a noun it owns ("the Central Committees authority"), and "Provinces" after
    one province's name before such a noun ("Shandong Provinces economy"). Also a name in
    pinyin of two syllables or more with a bare s before a word in lower case that it owns
    ("Comrade Xi Jinpings core position", "learn from Wujiangs experience"), where the
    document writes the name alone elsewhere: no pinyin syllable ends in s, so the s is the
    possessive's. "The Ouyangs", an English word ("Games") and a verb after the name ("Jinpings
    have") are left alone. "The two
    Chinas", "peoples of all ethnic groups", a counted plural ("many citys"), a family's name
    ("the Kennedys"), "the Central Committees of both parties", "Hebei and Shandong
    Provinces", a single quote closing a quotation ("the ‘Belt and Road’ policy", also over an
    abbreviation's full stop: "‘Decree No. 1 on River Chief’ to protect") and a Malay
    honorific with its apostrophe ("Raja Dato’ Ahmad") are left alone.

    ## Why is this bad?
    None of these has a plural reading: "Chinas development" can only mean China's, and
    "Peoples Daily" is the name of People's Daily. Readers see a typo in the name of the
    country or of a national body.

    ## Example
    ```text
    Chinas development benefits the world, Peoples Daily said.
    ```

    ## Use instead
    ```text
    China's development benefits the world, People's Daily said.
    ```

    ## Fix safety
    Unsafe: the possessive is suggested; the apostrophe style (' or ’) is the document's
    choice, and a stray quote may have been meant instead of the lost s.
    """
    rows = new_rows()
    # The capitalised words of each document a pinyin name in -s is found in, read once.
    names: dict[int, set[str]] = {}
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("china"):
            if _COUNTED.search(text, 0, m.start()):
                continue
            start, end, suggestion = m.start(), m.end(), "China's"
        elif m.group("peoples"):
            start, end, suggestion = m.start(), m.end(), "People's"
        elif ys := m.group("ys"):
            if _QUANTIFIED.search(text, 0, m.start()) or not _lost_apostrophe(ys):
                continue
            start, end, suggestion = m.start(), m.end(), f"{ys[:-1]}'s"
        elif acronym := m.group("acronym"):
            start, end, suggestion = m.start(), m.end(), f"{acronym[:-1]}'s"
        elif m.group("central"):
            start, end, suggestion = m.start(), m.end(), "Central Committee's"
        elif spaced := m.group("spaced"):
            suggestion = f"{spaced}s"
            message = f"“{m.group()}” is a possessive with a space inside it: “{suggestion}”"
            add_row(rows, doc, base + m.start(), base + m.end(), message, suggestion)
            continue
        elif pinyin := m.group("pinyin"):
            if doc not in names:
                # Each distinct text once: a translation memory repeats its units.
                texts = ctx.segments.filter(pl.col("doc") == doc)["tgt"].drop_nulls().unique()
                names[doc] = {w for t in texts for w in _CAPITALISED.findall(t)}
            if not _pinyin_possessive(pinyin, text, m.start(), names[doc]):
                continue
            start, end, suggestion = m.start(), m.end(), f"{pinyin[:-1]}'s"
        elif m.group("level"):
            if split_syllables(m.group("place")) is None:
                continue
            start, end, suggestion = m.start(), m.end(), "Province's"
        else:
            if not _dropped_s(text, m):
                continue
            start, end = m.start(), m.end()
            suggestion = f"{m.group('word')}{m.group('mark')}s"
        message = f"“{m.group()}” is a possessive: its apostrophe or its s is missing"
        add_row(rows, doc, base + start, base + end, message, suggestion)
    return output(rows)
