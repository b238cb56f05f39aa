"""Slips of a verb's complement for E801 (`wording`): the form of the verb after another verb
that English fixes, where Chinese has one form for every verb.

- An "-ing" form after a verb that takes the infinitive ("strive to achieving the targets",
  "help enterprises to solving their problems"): the bare verb ("to achieve", "to solve").
  Verbs that take a gerund after "to" ("committed to", "look forward to", "contribute to")
  are not in the list.
- "make" or "let" with people and "to" before the verb ("make the villagers to enjoy", "let
  more residents to benefit"): both take the bare verb ("make the villagers enjoy"). Only
  people or bodies as the object, and a verb after "to", so that "made visitors to the city
  welcome" (a phrase on "visitors") and "made efforts to improve" (a purpose) are left alone.
- 促进/推动 with a body and "to" ("facilitate overseas companies to open branches", "promote
  enterprises to go global"): "help overseas companies open", "encourage enterprises to go
  global"; a person promoted in rank ("promoted him to head the bureau") is left alone.
- 表示要 "expressed to strengthen cooperation": one expresses a wish, willingness or hope to
  do a thing ("expressed the hope to strengthen", "said the city would strengthen").
- 推动 "promote to build a modern system": "promote" takes a noun ("promote the building of")
  and an infinitive only in the passive of rank ("was promoted to head the bureau"), whose
  verbs are not the verbs of development read here.
- "many" before a noun English does not count ("has many experience", "made many
  progress"): "much", or "a lot of"; only after a verb of having, gaining or making, so that
  "many experience hardship" (many people) is left alone.
"""

from __future__ import annotations

import regex

from tifa.checks.grammar_slips import Keep, Mend
from tifa.checks.textcase import capital_as
from tifa.glossary.frequency import zipf

_S = r"[ \u00a0]+"
_END = r"(?![\p{L}'’-])"

# Verbs that take "to" and the bare verb, never "to" and a gerund. "agree", "object",
# "commit", "contribute", "devote", "look forward" and "get used" take the gerund and are
# not here; nor is "pledged", which may be an adjective ("pledged to building").
_TAKES_INFINITIVE = (
    r"(?:striv(?:e|es|ed|ing)|strove|striven|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought"
    r"|tr(?:y|ies|ied|ying)|manag(?:e|es|ed|ing)|fail(?:s|ed|ing)?|want(?:s|ed|ing)?"
    r"|decid(?:e|es|ed|ing)|plan(?:s|ned|ning)?|hop(?:e|es|ed|ing)|intend(?:s|ed|ing)?"
    r"|attempt(?:s|ed|ing)?|vow(?:s|ed|ing)?|continu(?:e|es|ed|ing)|endeavou?r(?:s|ed|ing)?"
    r"|(?:un)?able|in" + _S + r"order|so" + _S + r"as)"
)
# People and bodies that a verb of helping or bidding takes before "to": "help enterprises
# to", "urged local governments to", "encourage them to".
_PEOPLE = (
    r"(?:them|him|her|us|you|me|everyone|everybody|people|residents|citizens|villagers"
    r"|farmers|herdsmen|enterprises|companies|firms|businesses|investors|entrepreneurs"
    r"|workers|employees|students|children|youth|young\s+people|tourists|visitors|consumers"
    r"|households|officials|cadres|members|Party\s+members|departments|governments|units"
    r"|institutions|organizations|organisations|authorities|the\s+masses|others|cities"
    r"|counties|districts|villages|localities|regions|countries|partners|talents?|experts"
    r"|(?:the\s+)?(?:city|county|district|province|country|town|village|region)"
    r")"
)
_PEOPLE_PHRASE = (
    r"(?:(?:the|all|more|local|these|those|its|their|our|small|medium-sized|private|foreign"
    r"|key|rural|urban|relevant|leading|young|new|many|other|both|and|\d+|[\p{Ll}]+-[\p{Ll}]+)"
    + _S
    + r"){0,3}"
    + _PEOPLE
)
_BIDS = (
    r"(?:help(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?|encourag(?:e|es|ed|ing)"
    r"|urg(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|ask(?:s|ed|ing)?|requir(?:e|es|ed|ing)"
    r"|call(?:s|ed|ing)?" + _S + r"on|guid(?:e|es|ed|ing)|push(?:es|ed|ing)?)"
)
# Words in "-ing" that are no verb's form, or whose stem would be read as one.
_NOT_GERUNDS = (
    r"(?:during|morning|evening|nothing|something|anything|everything|thing|things|king|spring"
    r"|string|wing|ring|sing|bring|ceiling|offspring|wedding|pudding|darling|sibling"
    r"|according|including|regarding|concerning|notwithstanding|pending|following)"
)
# What opens the object of the "-ing" verb, which makes it a verb and not a noun: "to
# solving their problems", "to achieving the targets" (E810 reads its past forms so).
_OBJECT = (
    r"(?:the|a|an|its|their|his|her|our|this|these|those|all|more|new|some|local|key"
    r"|high-quality|greater|further|better)"
)
_GERUND = rf"(?!{_NOT_GERUNDS}{_END})(?P<ing>\p{{Ll}}{{2,}}ing){_END}(?={_S}{_OBJECT}{_END})"
_TO_GERUND = regex.compile(
    rf"(?i)(?<![\p{{L}}'’-])(?:{_TAKES_INFINITIVE}|{_BIDS}{_S}{_PEOPLE_PHRASE})"
    rf"{_S}to{_S}(?-i:{_GERUND})"
)
COMMON_VERB = 3.0  # the bare verb must be an everyday word (Zipf)


def bare_of_gerund(gerund: str) -> str | None:
    """The everyday verb `gerund` is the "-ing" form of ("solving" -> "solve", "building"
    -> "build", "planning" -> "plan", "using" -> "use"), or None."""
    stem = gerund[:-3]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    # The stem alone may be another word ("us" for "using", "hop" for "hoping"): the
    # commonest everyday verb of the three is taken, pronouns and particles aside.
    words = [c for c in candidates if c not in ("us", "be", "th") and zipf(c) >= COMMON_VERB]
    return max(words, key=lambda c: (zipf(c), c)) if words else None


def _no_gerund(m: regex.Match[str]) -> bool:
    """Not a slip: the "-ing" word is no everyday verb's form ("to Nanjing" is read in
    capitals only; "to pudding" has no verb)."""
    return bare_of_gerund(m.group("ing")) is None


def _infinitive(text: str) -> str | None:
    """ "strive to achieving" -> "strive to achieve"."""
    head, gerund = text.rsplit(" ", 1)
    bare = bare_of_gerund(gerund)
    return None if bare is None else f"{head} {bare}"


# --- make the villagers to enjoy ------------------------------------------------------------
# The verbs the register puts after make … to and let … to: verbs of gaining, feeling and
# taking part, which are never a noun a "to" of place or purpose would open.
_AFTER_MAKE = (
    r"(?:enjoy|feel|have|get|become|benefit|share|see|know|understand|live|work|realize"
    r"|realise|achieve|participate|play|take|gain|find|experience|access|buy|use|learn|go"
    r"|come|stay|travel|visit|invest|start|develop|grow|improve|increase|reach|return|join"
    r"|truly|really|better|fully|further|more)"
)
_MAKE_TO = regex.compile(
    rf"(?i)(?<![\p{{L}}'’-])(?<!(?:be|been|being|is|are|was|were|get|got){_S})"
    rf"(?:make|makes|made|making|let|lets|letting){_S}{_PEOPLE_PHRASE}{_S}to{_S}"
    rf"{_AFTER_MAKE}{_END}"
)


def _bare_after_make(text: str) -> str:
    """ "make the villagers to enjoy" -> "make the villagers enjoy"."""
    return regex.sub(r"[ \u00a0]+to([ \u00a0]+\S+)$", r"\1", text)


# --- facilitate overseas companies to open --------------------------------------------
# 促进/推动 with a body and "to": "facilitate overseas companies to open branches", "promote
# enterprises to go global". "facilitate" and "promote" take a noun ("facilitate their
# participation"), or the thing done becomes the object ("help overseas companies open"). Only
# bodies and groups as the object, never a person, so that a promotion in rank ("promoted
# him to head the bureau") is left alone.
_GROUPS = (
    r"(?:(?:the|all|more|local|these|those|its|their|our|small|medium-sized|private|foreign"
    r"|overseas|domestic|chinese|large|key|rural|urban|relevant|leading|new|many|other|both|and|\d+|[\p{Ll}]+-[\p{Ll}]+)"
    + _S
    + r"){0,3}(?:enterprises|companies|firms|businesses|industries|projects|investors"
    r"|entrepreneurs|farmers|villagers|residents|citizens|cities|counties|districts|villages"
    r"|regions|countries|institutions|universities|departments|governments|units)"
)
_FACILITATE_TO = regex.compile(
    rf"(?i)(?<![\p{{L}}'’-])(?<!(?:be|been|being|is|are|was|were){_S})"
    rf"(?:facilitat(?:e|es|ed|ing)|promot(?:e|es|ed|ing)){_S}{_GROUPS}{_S}to{_S}"
    # Verbs only: "promote local brands to more buyers" markets them to an audience.
    r"(?:enjoy|feel|have|get|become|benefit|share|achieve|realize|realise|participate|take"
    r"|gain|invest|start|develop|grow|improve|increase|reach|join|go|open|play|expand|upgrade|transform|settle|land|carry|build|make"
    rf"|accelerate|strengthen|enhance|innovate|cooperate|explore|enter|move|shift|adopt"
    rf"|apply|integrate|compete|export|operate|contribute|tap){_END}"
)


# --- expressed to strengthen ------------------------------------------------------------------
_DEVELOPMENT_VERBS = (
    r"(?:strengthen|enhance|deepen|expand|promote|continue|cooperate|support|carry|make|seek"
    r"|boost|push|advance|invite|welcome|learn|build|develop|implement|increase|invest"
    r"|maintain|establish|explore|step|work|further|actively|jointly|vigorously|fully"
    r"|accelerate|achieve|realize|realise|improve|create|form|upgrade|speed|construct"
    r"|transform|optimize|optimise|facilitate|consolidate|share|join|contribute)"
)
_EXPRESSED_TO = regex.compile(
    rf"(?i)(?<![\p{{L}}'’-])express(?:ed|es|ing)?{_S}to{_S}{_DEVELOPMENT_VERBS}{_END}"
)
# --- promote to build -------------------------------------------------------------------------
# Active "promote" only: a passive of rank ("was promoted to", "has been promoted to") and a
# participle after a comma ("Li, promoted to …") are English.
_PROMOTE_TO = regex.compile(
    rf"(?i)(?<![\p{{L}}'’-])(?<!,[ \u00a0])(?<!(?:be|been|being|is|are|was|were|get|got|gets"
    rf"|newly|recently|later|then|once|and){_S})promot(?:e|es|ed|ing){_S}to{_S}"
    r"(?:build|accelerate|achieve|realize|realise|form|establish|create|develop|upgrade"
    r"|implement|expand|strengthen|deepen|enhance|improve|boost|speed|push|advance|transform"
    rf"|optimize|optimise|construct|increase){_END}"
)
# --- has many experience ---------------------------------------------------------------------
_MANY_MASS = regex.compile(
    rf"(?i)(?<=(?<![\p{{L}}'’-])(?:has|have|had|having|gained|gain|gains|gaining|accumulated"
    rf"|accumulate|accumulates|learned|learnt|acquired|obtained|made|make|makes|making"
    rf"|achieved|provided|provide|provides|offered|offer|offers|with){_S})"
    rf"(?:so{_S}|too{_S})?many{_S}(?:(?:valuable|useful|practical|successful|rich|important"
    rf"|new|great|good|advanced|positive|substantial|significant){_S})?"
    r"(?:experience|progress|information|equipment|advice|knowledge|cooperation|guidance"
    rf"|assistance|evidence|feedback|research|infrastructure|achievement){_END}"
)


def _much(text: str) -> str:
    """ "many experience" -> "much experience"; "so many" keeps its "so"."""
    return regex.sub(r"(?i)\bmany\b", lambda m: capital_as(m.group(), "much"), text, count=1)


SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        _TO_GERUND,
        "this verb takes the infinitive: “to” and the bare verb (“strive to achieve”, “help "
        "enterprises to solve”), not an “-ing” form",
        _infinitive,
        _no_gerund,
    ),
    (
        _MAKE_TO,
        "“make” and “let” take the bare verb after their object: “make the villagers enjoy”, "
        "“let more residents benefit”",
        _bare_after_make,
        None,
    ),
    (
        _FACILITATE_TO,
        "“facilitate” and “promote” take a noun, not a body and “to”: “help overseas "
        "companies open branches”, “encourage enterprises to go global”",
        {},
        None,
    ),
    (
        _EXPRESSED_TO,
        "表示要 is not “expressed to” do a thing: one “expressed the hope (or willingness) to” "
        "do it, or “said the city would” do it",
        {},
        None,
    ),
    (
        _PROMOTE_TO,
        "“promote” takes a noun, not “to” and a verb: “promote the building of”, “push ahead "
        "with building”",
        {},
        None,
    ),
    (
        _MANY_MASS,
        "an uncountable noun is not counted with “many”: “much experience”, “a lot of progress”",
        _much,
        None,
    ),
)

# Columnar prefilter (Rust regex): each slip's key words.
PREFILTER = (
    r"(?i)\bto \p{Ll}{2,}ing \p{Ll}|\b(?:make|makes|made|making|let|lets|letting) [^.;:]{2,60}? to "
    r"|\b(?:facilitat|promot)\p{L}* [^.;:]{2,60}? to \p{Ll}|\bexpress(?:ed|es|ing)? to \p{Ll}|\bpromot(?:e|es|ed|ing) to \p{Ll}|\bmany (?:\p{Ll}+ )?"
    r"(?:experience|progress|information|equipment|advice|knowledge|cooperation|guidance"
    r"|assistance|evidence|feedback|research|infrastructure|achievement)\b"
)
