"""E841 distant-subject-singular-verb."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.agreement import COMMON_STEM, also_a_verb, singular_of
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.frequency import zipf

# A subject opening its sentence (or a clause after a comma that follows a word in lower
# case): perhaps a determiner, up to three modifiers, and a head word ending in "s"; then a
# phrase that hangs on the head — a preposition ("Party representatives of the county",
# "officials from every district") or "and" and a second noun ("countries and region") —
# and, with no punctuation between, "was", "is" or "has". The head must be a regular plural
# (agreement.singular_of) and the phrase must hold no clause of its own (checked below).
_DETERMINER = (
    r"(?:[Tt]he|These|these|All|all|Many|many|Some|some|Its|its|Their|their|Our|our|His|his"
    r"|Her|her)"
)
_MODIFIER = r"\p{L}[\p{L}'’-]*"
_PATTERN = regex.compile(
    r"(?:^|(?<=[.!?][\"”’]?[ ])|(?<=(?<![\p{L}'’-])\p{Ll}[\p{L}-]*,[ ]))"
    rf"(?P<subject>(?:{_DETERMINER}[ ])?(?P<mods>(?:{_MODIFIER}[ ]){{0,3}}?)(?P<head>\p{{L}}+s))"
    r"[ ](?P<link>of|from|in|at|for|with|across|throughout|under|on|to|and)[ ]"
    # A dash ends the subject's phrase: the words after it open a clause of their own, often
    # with a "this" that sums up what came before ("Rows of new houses along the river —
    # this is the village today").
    r"(?P<phrase>[^,.;:!?()\[\]\"“”\n—–]{2,100}?)[ ](?P<verb>was|is|has)(?![\p{L}'’-])",
    regex.MULTILINE,
)
_PREFILTER = (
    r"\p{L}s (?:of|from|in|at|for|with|across|throughout|under|on|to|and) [^,.;:\n]{2,100}? (?:was|is|has)\b"
    r"|\p{Ll}s (?:was|is|has)\b"
)
# The same subject with nothing but its determiner and modifiers before the verb ("Local
# enterprises has", "Many villages is"), also opening a clause after "that" ("said that the
# two cities has"): the head in lower case, so that a surname or a
# name in capitals ("Williams is", "Mr. Evans has") is never read as a plural. A first word
# in "-ing" makes the subject a gerund's phrase, one action ("Serving local enterprises is").
# After "that" the subject must open with its determiner ("said that the two cities has"):
# a relative "that" is followed by its own verb ("the one that really matters is").
_DETERMINED = regex.compile(rf"{_DETERMINER}[ ]")
_ADJACENT = regex.compile(
    r"(?:^|(?<=[.!?][\"”’]?[ ])|(?<=(?<![\p{L}'’-])\p{Ll}[\p{L}-]*,[ ])|(?<=(?<![\p{L}'’-])that[ ]))"
    rf"(?P<subject>(?:{_DETERMINER}[ ])?(?P<mods>(?:{_MODIFIER}[ ]){{0,3}}?)(?P<head>\p{{Ll}}+s))"
    r"[ ](?P<verb>was|is|has)(?![\p{L}'’-])",
    regex.MULTILINE,
)
# Links that follow a noun, never a verb: after them a head that may be a verb is a noun.
_NOUN_LINKS = frozenset({"across", "throughout"})
_PLURAL = {"has": "have", "is": "are", "was": "were"}
# A phrase that ends in "and", "or" or "but" joins the verb to an earlier one of its
# sentence ("… and convictions and was disloyal"): the verb is not the head's.
_COORDINATED = regex.compile(r"(?:^|[ ])(?:and|or|but)$")
# A plural after a comma joined by "and" to the next noun closes a series ("people from
# foreign countries, regions and international organizations was"): the series hangs on a
# head further back, which the verb may rightly agree with.
_AFTER_COMMA = regex.compile(r",[ ]$")


def _words(text: str) -> frozenset[str]:
    """The words of a list written as one string."""
    return frozenset(text.split())


# Words that cannot be a subject's modifier: they open or join phrases, so the subject
# read from the clause's start would be wrong ("In 2020 the projects of …").
_NOT_MODIFIERS = _words(
    "a an the of in on at to for from with by as and or but that this these those which who "
    "what when where while if after before since during under over about into it he she we "
    "they there here one each every either neither none no any most more less such "
    "according thanks his her my your"
)
# Heads that count or measure what follows: "Two years of work has paid off", "Thousands
# of tons of grain is stored": English lets the measured thing govern the verb. Titles of
# documents are left too: "Measures for the Administration of … is" names one document.
_MEASURE_HEADS = _words(
    "years months weeks days hours minutes decades centuries times percent points tons "
    "tonnes kilometers kilometres meters metres hectares kinds types sorts lots tens "
    "hundreds thousands millions billions dozens pairs sets rounds parts pieces units yuan "
    "dollars measures regulations opinions rules guidelines provisions procedures methods "
    "standards articles terms notes minutes proceedings"
)
# A word in the phrase that shows a clause of its own (a pronoun, a relative, a verb that
# takes a clause, an auxiliary): "Experts from the institute believe the economy is",
# "Leaders of the city said it was". The verb then belongs to that clause.
_CLAUSE_WORDS = _words(
    "it he she they we i you this that these those there which who whom whose where when "
    "while as because if whether although though than are were have had will would can "
    "could should shall may might must do does did be been being said says say told tell "
    "tells believe believes think thinks expect expects hope hopes know knows agree agrees "
    "feel feels find finds found show shows showed indicate indicates note notes noted "
    "stress stresses predict predicts estimate estimates warn warns claim claims argue "
    "argues insist insists suggest suggests add adds made make makes held hold holds met "
    "meet meets led lead leads took take takes gave give gives went go goes saw see sees "
    "became become becomes began begin begins set put built build builds brought bring came "
    "come comes got get gets kept keep keeps left paid pay pays sent send sends spent won "
    "win wins wrote write writes ran run runs stood stand stands sold sell sells bought buy "
    "buys chose choose grew grow grows knew rose rise rises spoke speak speaks mean means "
    "meant need needs want wants help helps allow allows"
)
# A word in "-ed" after one of these is an attribute ("of the affected areas", "and
# related departments"); elsewhere it is a clause's verb ("Leaders of the city visited …").
_BEFORE_ATTRIBUTE = _words("the a an of in from at for on to and with all its their our")


def _clause_in(phrase: str, link: str) -> bool:
    """Whether the phrase after the head holds a clause of its own, so that the verb found
    after it need not agree with the head."""
    words = phrase.split(" ")
    before = link
    for word in words:
        low = word.lower()
        if low in _CLAUSE_WORDS:
            return True
        if len(low) >= 6 and low.endswith("ed") and before.lower() not in _BEFORE_ATTRIBUTE:
            return True
        before = word
    return False


def _subject_plural(m: regex.Match[str]) -> bool:
    """Whether the clause's subject is a plural the verb must agree with."""
    head = m.group("head")
    low = head.lower()
    if low in _MEASURE_HEADS:
        return False
    singular = singular_of(low) or _plural_in_ys(low)
    if singular is None:
        return False
    mods = m.group("mods").split()
    if any(w.lower() in _NOT_MODIFIERS for w in mods):
        return False
    first = m.start("subject") == m.start("head")
    if head[:1].isupper() and not first:
        return False  # a name in capitals ("Dalian Ports of …") or a document's title
    link = m.groupdict().get("link")
    if link is None:
        # Nothing between the head and its verb: no phrase to hold a clause, and a head that
        # may be a verb cannot be one before "is" ("The city plans is" is no clause).
        return not (mods and mods[0].lower().endswith("ing"))
    if link == "and" and regex.search(r"['’]s\b", m.group("phrase")):
        return False  # "Farmers and herdsmen's income has": the income is the subject
    if _gerund_object(m, mods):
        return False  # "Requiring suppliers to upgrade grids is": the gerund is the subject
    # "The city plans to build …", "The plan consists of …": a word that is also a verb
    # after a modifier may be the clause's verb, its subject the modifier before it; only a
    # link no verb takes ("across", "throughout") shows it a noun.
    return not (mods and also_a_verb(singular) and m.group("link") not in _NOUN_LINKS)


def _gerund_object(m: regex.Match[str], mods: list[str]) -> bool:
    """Whether the plural is the object of a gerund that opens the subject and asks it to
    do something ("Requiring power suppliers to upgrade the grid is", "Helping farmers to
    sell online has"): the subject is the gerund's phrase, one action, and takes "is". A
    participle as an adjective ("Leading officials of the county was") has no "to" and a
    verb after its noun."""
    if not mods or m.start("subject") != m.start("mods") or m.group("link") != "to":
        return False
    gerund = mods[0]
    if len(gerund) < 6 or not gerund.lower().endswith("ing"):
        return False
    verb = m.group("phrase").split(" ", 1)[0]
    return verb.islower() and zipf(verb) > 0 and also_a_verb(verb)


def _plural_in_ys(word: str) -> str | None:
    """The singular of a plural in "-ys" that is no verb's "-s" form ("ways", "railways"),
    which agreement.singular_of leaves out for the verbs ("says", "pays", "surveys")."""
    if not word.endswith(("ays", "eys", "oys")) or word in ("says", "always"):
        return None
    stem = word[:-1]
    return stem if zipf(stem) >= COMMON_STEM and not also_a_verb(stem) else None


@rule("E841", "distant-subject-singular-verb", Severity.WARNING, Fix.UNSAFE)
def distant_subject_singular_verb(ctx: Context) -> pl.DataFrame:
    """A plural subject with a phrase after it, and then a verb in the singular.

    ## What it does
    Finds a clause that opens with a plural noun ("Party representatives", "officials",
    "enterprises", "countries"), a phrase hanging on it — "of", "from", "in" and the like
    with their noun ("of the two districts", "from every county"), or "and" and a second
    noun ("countries and region") — and then "was", "is" or "has", and suggests "were",
    "are" or "have". The subject must open its sentence (or a clause after a comma) with at
    most a determiner and three modifiers before its head. Also the same subject with
    nothing after it but the verb ("Local enterprises has", "Many villages is", or after
    "that" with its determiner: "said that the two cities has"), its head in
    lower case, so that a surname ("Williams is") is never read as a plural, and not after a
    first word in "-ing" ("Serving local enterprises is": the gerund's phrase is the
    subject). Left alone: a head that counts
    or measures ("Two years of work has"), a document's title ("Measures for … is"), a
    capitalised head after other words (a name), a head that may be the clause's verb ("The
    city plans to …"), the object of a gerund that opens the subject and asks it to act
    ("Requiring suppliers to upgrade their grids is": the gerund's phrase is the subject,
    singular), and a phrase holding a clause of its own — a pronoun, a relative, an
    auxiliary, a verb of saying or thinking, or a past form not used as an attribute
    ("Experts from the institute believe the economy is", "Leaders of the city visited the
    port that is").

    ## Why is this bad?
    Chinese marks no number on its verbs, so a translator who writes the verb after a long
    phrase agrees it with the nearest noun ("county", "districts' work") instead of the
    head. A native reader stops at "Party representatives from every county was".

    ## Example
    ```text
    Party representatives from every county of the city was present at the meeting.
    ```

    ## Use instead
    ```text
    Party representatives from every county of the city were present at the meeting.
    ```

    ## Fix safety
    Unsafe: the plural verb is suggested, but the clause may be built in a way the rule
    cannot see (a title in lower case, a head that names one thing).
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if not _subject_plural(m) or _clause_in(m.group("phrase"), m.group("link")):
            continue
        if _COORDINATED.search(m.group("phrase")):
            continue  # "… lost his ideals and convictions and was disloyal": a second verb
        if (
            m.group("link") == "and"
            and m.start("subject") > 0
            and _AFTER_COMMA.search(m.string, 0, m.start("subject"))
        ):
            continue  # "… from foreign countries, regions and organizations was": a series
        verb = m.group("verb")
        message = f"the subject “{m.group('subject')}” is plural: “{_PLURAL[verb]}”, not “{verb}”"
        add_row(rows, doc, base + m.start("verb"), base + m.end("verb"), message, _PLURAL[verb])
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _ADJACENT):
        if not _subject_plural(m):
            continue
        if m.string.endswith("that ", 0, m.start()) and not _DETERMINED.match(m.group("subject")):
            continue  # "the thing that really matters is": a relative clause's verb
        verb = m.group("verb")
        message = f"the subject “{m.group('subject')}” is plural: “{_PLURAL[verb]}”, not “{verb}”"
        add_row(rows, doc, base + m.start("verb"), base + m.end("verb"), message, _PLURAL[verb])
    return output(rows)
