"""Slips of number, agreement and wording for E801 (`wording`): nouns this register counts
where English does not, a verb that does not agree with a subject the parse is sure of, and
prepositions and verbs rendered word for word from Chinese.

Countability: "talents" for talented people (人才), "experiences" for the lessons learnt
(经验: "good experiences", "valuable experiences in"), "works" for the work in hand ("key
works", "preparatory works"; not "public works", "works of art"). Agreement: "personnel" (a
plural) with a singular verb ("professional personnel needs"), a country or a place word
opening its sentence with a plural verb ("China still have", "The city are"), and "A total
investment of … were". Calques: "concentrate in" a task (on), "guided with" (by), "granted
with" (granted), "congratulated the establishment of" (on), "more simple" (simpler),
"according the" (according to), "firstly visited" (first), "took places on the rostrum"
(their seats), "in the respect of", "on the ground of what" (according to) and "gained the
recognition from" (recognition). Number in a set list: "countries and region" (regions).
Verb forms: a modal before a past form or "be" and a bare verb ("should made", "will be
become"). A noun for its adjective before a noun ("environment governance", "culture
heritage"). A verb that takes its object directly with a preposition ("visited to Beijing",
"He stressed on studying"). The prepositions of set phrases ("attached great importance in",
"briefed to the delegation", "their impression on", "the first half year") and "a series of
consensus".
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from tifa.checks.textcase import capital_as

# One slip as `wording.Slip` takes it (pattern, why, mend, keep): `wording` imports this
# module and makes each its `Slip`, so the record is plain here and there is no cycle.
Mend = dict[str, str] | Callable[[str], str | None]
Keep = Callable[[regex.Match[str]], bool] | None

# A headline or a caption drops articles and counts loosely; the slips of number are read
# only on a line that ends as a sentence does, with its stop.
_IN_A_SENTENCE = r"""(?=[^\n]*[.!?]["”’)]*[ \t]*(?:\n|$))"""


def _keep_case(old: str, new: str) -> str:
    return capital_as(old, new)


# --- talents -------------------------------------------------------------------------------
# "talents" are gifts ("her talents", "showcase their talents"); 人才 is "talent" or
# "talented people". A possessive or a verb of showing a few words before it keeps the gifts
# ("their unique perspectives and talents"), as does "of many" ("a man of many talents";
# not "attracted many talents"), and a
# capitalised "Talents" inside a sentence is a scheme's name ("the Thousand Talents Plan").
_GIFTS_BEFORE = regex.compile(
    r"(?i)\b(?:his|her|their|its|your|my|one['’]s|own|whose|show|shows|showed|shown|showing"
    r"|showcase|showcased|showcases|showcasing|display|displayed|displaying|displays"
    r"|demonstrate|demonstrated|demonstrating|exhibit|exhibited|musical|artistic|natural"
    r"|hidden|innate|special|(?:of|with)\s+(?:many|varied|diverse))"
    r"\s+(?:[\p{Ll}-]+\s+)?(?:(?:[\p{Ll}-]+,?\s+){0,3}and\s+)?$"
)


def _gifts(m: regex.Match[str]) -> bool:
    """Not 人才: talents that are someone's gifts, or a name with "Talents" in it."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    if _GIFTS_BEFORE.search(before):
        return True
    if m.group()[:1].isupper():
        # A capital inside a sentence is a name; at a sentence's head it is the word.
        return regex.search(r"""(?:^|[.!?:]["”’]?)\s*$""", before) is None
    return regex.match(r"\s+(?:show|shows|contest|competition)\b", m.string[m.end() :]) is not None


# --- experiences ---------------------------------------------------------------------------
# 经验 are lessons learnt and are "experience": "good experiences" is the calque. Things lived
# through stay counted ("unforgettable experiences", "share their experiences").
_LESSON_ADJECTIVES = (
    r"good|valuable|successful|useful|advanced|practical|rich|replicable|typical|effective"
    r"|mature|beneficial|precious|fresh|sound|innovative|workable|transferable|applicable"
    r"|important|exemplary|instructive"
)

# Events lived through keep their plural: "one of the most valuable experiences", "gained
# valuable experiences during her years abroad" (a time or a place after the word, not the
# field of a lesson: "valuable experiences in poverty relief"). A number word alone is no
# sign: "accumulated some good experiences" is still 经验.
_LIVED_BEFORE = regex.compile(
    r"(?i)(?:\bone\s+of\s+(?:the|my|our|his|her|their|its)\s+(?:most\s+)?|\b(?:most|the\s+best)"
    r"\s+)$"
)
# Experiences shared are told one by one, as English says it ("participants shared valuable
# experiences and achievements"), unless the field of the lesson follows ("shared good
# experiences in rural revival" is 经验).
_SHARED_BEFORE = regex.compile(
    r"(?i)\bshar(?:e|es|ed|ing)\s+(?:(?:their|our|his|her|its|some|many)\s+)?$"
)
_FIELD_AFTER = regex.compile(r"(?i)\s+(?:in|on|of|for|from)(?![\p{L}-])")
_LIVED_AFTER = regex.compile(
    r"(?i)\s+(?:during|while|when|through|throughout|abroad|overseas|there|together|as\s+an?"
    r"|in\s+(?:my|our|his|her|their)\s+(?:life|lives|time|career|youth))(?![\p{L}-])"
)


def _lived(m: regex.Match[str]) -> bool:
    """Not 经验: experiences lived through, a number of them or with the time they took."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    if _SHARED_BEFORE.search(before) and not _FIELD_AFTER.match(m.string, m.end()):
        return True
    return (
        _LIVED_BEFORE.search(before) is not None
        or _LIVED_AFTER.match(m.string, m.end()) is not None
    )


# --- works -----------------------------------------------------------------------------------
# 工作 is "work": "key works", "preparatory works". "public works", "water conservancy
# works", "engineering works" and "works of art" are right and are not listed.
_WORK_ADJECTIVES = (
    r"key|relevant|related|preparatory|preparation|routine|daily|specific|overall|grassroots"
    r"|follow-up"
)

# --- agreement -------------------------------------------------------------------------------
_PLURAL_VERB = {"have": "has", "are": "is", "were": "was", "do": "does"}
_SINGULAR_VERB = {"is": "are", "was": "were", "has": "have", "needs": "need", "does": "do"}


def _singular_subject_mended(text: str) -> str:
    """ "China still have" → "China still has"."""
    head, verb = text.rsplit(" ", 1)
    return f"{head} {_PLURAL_VERB[verb.lower()]}"


def _personnel_mended(text: str) -> str:
    """ "personnel needs" → "personnel need"."""
    head, verb = text.rsplit(" ", 1)
    return f"{head} {_SINGULAR_VERB[verb.lower()]}"


# A sports team takes a plural verb in British English ("China have won the final").
_TEAM_VERBS = regex.compile(r"\s+(?:\p{Ll}+\s+)?(?:won|beaten|lost|drawn|qualified|scored)\b")


def _team(m: regex.Match[str]) -> bool:
    return _TEAM_VERBS.match(m.string, m.end()) is not None


# --- more + a short adjective ------------------------------------------------------------------
_COMPARATIVES = {
    "simple": "simpler",
    "easy": "easier",
    "big": "bigger",
    "small": "smaller",
    "fast": "faster",
    "quick": "quicker",
    "strong": "stronger",
    "high": "higher",
    "low": "lower",
    "large": "larger",
    "cheap": "cheaper",
    "clean": "cleaner",
    "close": "closer",
    "deep": "deeper",
    "great": "greater",
    "hard": "harder",
    "rich": "richer",
    "safe": "safer",
    "wide": "wider",
    "tight": "tighter",
    "busy": "busier",
    "happy": "happier",
    "healthy": "healthier",
    "clear": "clearer",
    "green": "greener",
    "smooth": "smoother",
    "broad": "broader",
    "firm": "firmer",
    "wealthy": "wealthier",
    "tidy": "tidier",
    "short": "shorter",
    "long": "longer",
}


def _comparative(text: str) -> str:
    """ "is more simple" → "is simpler"."""
    words = text.split()
    return " ".join([*words[:-2], _COMPARATIVES[words[-1].lower()]])


def _words(table: dict[str, str]) -> str:
    return "|".join(sorted(table, key=lambda w: (-len(w), w)))


def _congratulated(text: str) -> str:
    """ "congratulated the establishment" → "congratulated … on the establishment"."""
    verb, rest = text.split(" ", 1)
    return f"{verb} … on {rest}"


def _to_by(text: str) -> str:
    return text.split(" ", 1)[0] + " by"


_EVENTS = (
    r"establishment|founding|opening|success|successful|holding|completion|convening|launch"
    r"|inauguration|signing|victory|election"
)

# --- a passive that loses its particle, or keeps a stray one --------------------------------
# A verb that needs its particle keeps it in the passive ("was presided over by", "was
# participated in by"); a verb that takes its object directly takes none in the passive
# either ("was stressed on" the need: was stressed). The shape is the passive: a form of "be"
# (an adverb may stand between) and the participle.
_BE = r"(?:is|are|was|were|be|been|being)"
_PARTICLES = {
    "presided": "over",
    "participated": "in",
    "dealt": "with",
    "listened": "to",
    "complied": "with",
}


def _particle_mended(text: str) -> str:
    """ "was presided by" → "was presided over by"."""
    head, by = text.rsplit(" ", 1)
    return f"{head} {_PARTICLES[head.rsplit(' ', 1)[1].lower()]} {by}"


# "was stressed on Monday", "was emphasized on the occasion": "on" opens a time or a place,
# not the object the active verb would take.
_ON_TIME_OR_PLACE = (
    r"\s+(?:(?:the\s+)?(?:\d|first|second|third|last|morning|afternoon|evening|day|eve"
    r"|occasion|sidelines|same|meeting|conference|forum|session|symposium|seminar|ceremony"
    r"|website|site|spot|basis|ground|whole|other)|that\s+day|this\s+occasion|behalf|top|one\s+hand"
    r"|(?-i:\p{Lu}))"
)

# --- ordinals of a numbered list ---------------------------------------------------------------
# 第四, 第五 opening the points of a speech: "Fourth, …", not the cardinal "Four, …". A
# cardinal with its comma before a number word ("Two, three or four times") counts.
_CARDINALS = {
    "Two": "Second",
    "Three": "Third",
    "Four": "Fourth",
    "Five": "Fifth",
    "Six": "Sixth",
    "Seven": "Seventh",
    "Eight": "Eighth",
    "Nine": "Ninth",
    "Ten": "Tenth",
}
_NUMBER_WORD = regex.compile(
    r",\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d|or|and)\b"
)


# A cardinal as a count of things, not a point: "Ten, including two foreign firms, signed",
# "Three, however, closed": a word that opens an aside or stands for the things after it.
_ASIDE = regex.compile(
    r",\s+(?:including|however|meanwhile|though|moreover|besides|too|each|both|all|in|of"
    r"|with|among|like|such|he|she|they|it|we|who|which|that|said|according)\b"
)


def _counting(m: regex.Match[str]) -> bool:
    """Not a point of a list: a count ("Two, three or four times", "Ten, including …")."""
    at = m.end() - 1
    return _NUMBER_WORD.match(m.string, at) is not None or _ASIDE.match(m.string, at) is not None


# --- a plural of people heading its sentence, a singular verb after it --------------------------
# "Leaders of the district investigates": the subject is certain only where it opens its
# sentence or line and is a plural of people by its form (leaders, officials, deputies,
# delegates, representatives, participants, experts …), perhaps with an of-phrase of
# capitalised words ("Leaders of Ganjingzi District"); the verb is one of a report's, in its
# singular present, which no plural noun takes. A capitalised word before a capitalised
# head is a person's name ("Tom Rogers visits"), and "says" is left out: a surname alone
# heads many a quote in the present ("Sanders says").
_PEOPLE = (
    r"\p{L}\p{Ll}+(?:er|or|ant|ent|ist|ian|ee|ate|ive|ial|ert|ie|ber)s"
    r"(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4})?"
)
_SINGULAR_REPORT_VERBS = (
    r"investigates|inspects|visits|attends|stresses|emphasi[sz]es|urges|presides|requires"
    r"|studies|conducts|carries|expresses|delivers|receives|discusses|points|calls"
    r"|goes|pays|meets|holds"
)


def _plural_verb(text: str) -> str:
    """ "Leaders of the district investigates" → "… investigate"."""
    head, verb = text.rsplit(" ", 1)
    if verb.endswith("ies"):
        plural = verb[:-3] + "y"
    elif regex.search(r"(?:ss|sh|ch|x|z|go)es$", verb):
        plural = verb[:-2]
    else:
        plural = verb[:-1]
    return f"{head} {plural}"


# --- implementation the --------------------------------------------------------------------
# 落实……责任, 实施……规定: "the implementation of the responsibilities"; the "of" dropped
# leaves two noun phrases side by side. A clause may follow the noun with its "that"
# dropped ("the implementation the city chose was …"): a verb in the words after "the" up
# to the phrase's end keeps the text.
_RELATIVE_VERB = regex.compile(
    r"(?i)(?<![\p{L}'’-])(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may"
    r"|might|shall|did|does|do|\p{Ll}+ed)(?![\p{L}'’-])"
)
# The phrase after the noun ends at punctuation or a preposition, whose phrase the verb of
# the sentence may follow ("the Implementation the Regulation of the Committee were …").
_PHRASE_AFTER = regex.compile(
    r"(?:(?!(?<![\p{L}-])(?:of|in|for|on|at|by|to|with|from)(?![\p{L}-]))[^,.;:!?()\n]){0,80}"
)


def _relative_clause(m: regex.Match[str]) -> bool:
    """Not a slip: a clause whose "that" was dropped follows the noun."""
    rest = _PHRASE_AFTER.match(m.string, m.end())
    return rest is not None and _RELATIVE_VERB.search(rest.group()) is not None


# --- a modal before a past form, or before "be" and a bare verb -------------------------------
# A modal takes the bare verb: "It should made clear" (make), "so that the island will be
# become a model" (become). "will", "can", "may" and "might" are nouns too ("the political
# will made it possible", "a tin can", "military might"): after a determiner, a possessive or
# an adjective of such a noun the text is kept. The modal is in lower case: "May" is a month.
_MODALS = r"will|shall|would|should|can|could|must|may|might"
_BARE_OF = {
    "made": "make",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "did": "do",
    "done": "do",
    "got": "get",
    "held": "hold",
    "brought": "bring",
    "built": "build",
    "became": "become",
    "began": "begin",
    "begun": "begin",
    "came": "come",
    "kept": "keep",
    "sent": "send",
    "knew": "know",
    "known": "know",
    "wrote": "write",
    "written": "write",
    "chose": "choose",
    "chosen": "choose",
    "grew": "grow",
    "grown": "grow",
    "drew": "draw",
    "drawn": "draw",
    "paid": "pay",
    "sold": "sell",
    "told": "tell",
    "taught": "teach",
    "bought": "buy",
    "spoke": "speak",
    "spoken": "speak",
    "seen": "see",
    "won": "win",
    "met": "meet",
    "led": "lead",
}
# Bare verbs that are never an adjective or a participle after "be" ("will be open", "may
# be complete" and "will be done" are English); "be go" is left to "all systems will be go".
_BARE_AFTER_BE = (
    r"become|make|take|give|get|hold|bring|build|achieve|promote|implement|improve"
    r"|strengthen|develop|accelerate|deepen|create|provide|carry|play|serve|enhance|ensure"
    r"|realize|realise|form|launch|push|boost|expand|speed"
)
# A regular past after a modal: a verb's "-ed" of four letters or more before it, not "need",
# "proceed" (an "e" before "ed") nor "embed" and "shred", whose "ed" is their own.
_REGULAR_PAST = r"(?!(?:embed|shred)(?![\p{L}-]))\p{Ll}{3,}(?<!e)ed"
_MODAL_SLIP = regex.compile(
    rf"(?<![\p{{L}}'’-])(?:{_MODALS})\s+(?:(?:not|also|further|still|only|then|jointly)\s+)?"
    rf"(?:be\s+(?:{_BARE_AFTER_BE})|(?:{_words(_BARE_OF)}|{_REGULAR_PAST}))(?![\p{{L}}'’-])"
)
# The noun "will", "can", "may" or "might" after a word that makes it one.
_MODAL_AS_NOUN = regex.compile(
    r"(?i)(?:(?<![\p{L}-])(?:the|a|an|this|that|his|her|its|their|our|my|your|whose|political"
    r"|popular|good|ill|free|own|strong|firm|common|collective|iron|general|public|people|last"
    r"|military|economic|national|main|all|tin|beer|trash|garbage|spray|paint|watering)"
    r"|['’]s?)\s+$"
)


def _modal_as_noun(m: regex.Match[str]) -> bool:
    """Not a modal: "the political will made", "a tin can sold"."""
    return _MODAL_AS_NOUN.search(m.string[max(0, m.start() - 30) : m.start()]) is not None


def _bare_verb(text: str) -> str | None:
    """ "should made" → "should make", "will be become" → "will become"; a regular past has
    no sure bare form ("planned", "used")."""
    be = regex.search(r"\s+be\s+(\p{L}+)$", text)
    if be is not None:
        return text[: be.start()] + " " + be.group(1)
    head, verb = text.rsplit(" ", 1)
    bare = _BARE_OF.get(verb)
    return None if bare is None else f"{head} {bare}"


# --- a noun for its adjective before a noun ---------------------------------------------------
# 环境治理, 文化遗产, 传统文化, 生态环境: the Chinese noun serves as a modifier, and English
# wants its adjective ("environmental governance", "cultural heritage"). Only pairs English
# never writes with the noun. "Ecological environment governance" names the environment
# itself, and "resources and environment" two nouns, as `wording`'s "environment protection"
# leaves them ("economic transition and environment governance" is the slip); a capital inside a sentence is a name ("the Culture Heritage Society").
_NOUN_AS_ADJECTIVE = {
    "environment governance": "environmental governance",
    "culture heritage": "cultural heritage",
    "tradition culture": "traditional culture",
    "tradition revolutionary": "traditional revolutionary",
    "ecology environment": "ecological environment",
    "ecology civilization": "ecological civilization",
}
_NOUN_AS_ADJECTIVE_SLIP = regex.compile(
    r"(?i)(?<![\p{L}-])(?:(?<!(?:ecological|ecology|eco|resources?(?:\s+and)?)[\s-])environment"
    r"\s+governance|culture\s+heritage(?=s?(?![\p{L}-]))|tradition\s+(?:culture|revolutionary)|ecology\s+"
    r"(?:environment|civilization))(?![\p{L}-])"
)


def _named_pair(m: regex.Match[str]) -> bool:
    """Not a slip: a name in capitals, inside its sentence."""
    first, second = m.group().split(None, 1)
    if second[:1].isupper():
        return True
    before = m.string[max(0, m.start() - 4) : m.start()]
    return first[:1].isupper() and regex.search(r"""(?:^|[.!?:]["”’]?\s+|\n\s*)$""", before) is None


def _adjective_pair(text: str) -> str:
    """ "environment governance" → "environmental governance", keeping the first capital."""
    first, rest = text.split(None, 1)
    key = f"{first.lower()} {rest.lower()}"
    fixed = _NOUN_AS_ADJECTIVE.get(key, _NOUN_AS_ADJECTIVE.get(key.rstrip("s"), key))
    adjective = fixed.split(" ", 1)[0]
    return _keep_case(first, adjective) + " " + rest


# --- a preposition after a verb that takes its object directly -------------------------------
# "visited to Beijing" (visited), "He stressed on studying" (stressed). "visited to see" is a
# purpose and is left: only "the" or a name in capitals after "to". "stressed on Monday" or
# "on the occasion" opens a time or a place, and "workers stressed on the job" a state; the
# passive, "was stressed on", is the slip before.
_ACTIVE_STRESSED_ON = regex.compile(
    rf"(?i)(?<![\p{{L}}-])(?<!(?<![\p{{L}}-]){_BE}\s+(?:\p{{Ll}}+ly\s+)?)stressed\s+on(?![\p{{L}}-])"
    rf"(?!{_ON_TIME_OR_PLACE})(?!\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:job|jobs|work)\b)"
)
_VISITED_TO = regex.compile(r"(?<![\p{L}-])[Vv]isited\s+to(?=\s+(?:the\s|\p{Lu}))")


# --- "discussed with" people "about" a topic -------------------------------------------------
# 与……探讨/交流: "discussed with the villagers about how to …", "discussed with participants on
# theme education". "Discuss" takes its topic as its object ("discussed the plan with them");
# with the people first and the topic after "about" or "on", the verb is "talk". Only the
# active verb after its subject or "and", "also" or "to": a passive or a participle ("the plan
# was discussed with experts on flood control") has its topic already, and "experts on" a
# field are its specialists. The people are a few words with no other preposition than "of"
# ("the persons in charge of the office"), and an "on" of time or place ("on Monday", "on the
# sidelines", "on site") dates the talk instead.
_DISCUSSED_WITH = regex.compile(
    r"(?i)(?<=(?<![\p{L}'’-])(?:and|also|then|later|further|jointly|fully|warmly|he|she|they|we"
    r"|who|to|had|has|have|(?-i:\p{Lu}\p{Ll}+))\s+)discuss(?:ed|es|ing)?\s+with\s+"
    r"(?:(?:in\s+charge|(?!(?:about|on|for|in|at|during|over|after|before|from|to|by|into|through"
    r"|under|that|which|where|when|how|what|whether|and\s+(?:agreed|decided|said|reached"
    r"|exchanged))(?![\p{L}'’-]))[\p{L}'’-]+)\s+){1,14}"
    rf"(?:about|on(?!{_ON_TIME_OR_PLACE}))(?![\p{{L}}'’-])"
)


def _talked_with(text: str) -> str:
    """ "discussed with them on the plan" → "talked with them about the plan"."""
    head, _ = text.split(None, 1)
    talk = {"discuss": "talk", "discussed": "talked", "discusses": "talks", "discussing": "talking"}
    verb = _keep_case(head, talk.get(head.lower(), "talked"))
    middle = text[len(head) : text.rstrip().rfind(" ")]
    return f"{verb}{middle} about"


# --- a clause with its subject and an "-ing" form, no finite verb ----------------------------
# "the guests who attending the fair", "When Li Wei presiding over the lecture, he …": the
# relative pronoun or the named subject of a clause of time wants a finite verb ("who
# attended", "When Li Wei presided over"). Only "who" itself, or "when" or "while" before a
# name in pinyin (two capitalised words); nouns in "-ing" are no verbs ("who during …").
_NO_FINITE_VERB = regex.compile(
    r"(?<![\p{L}'’-])(?:(?<!\b(?i:those|one|anyone|people|all)\s+)who|(?:When|when|While|while)\s+"
    r"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+"
    r"(?!(?:during|morning|evening|nothing|something|anything|everything|thing|king|spring"
    r"|building|meeting|training|being|having|according|including)(?![\p{L}'’-]))\p{Ll}{2,}ing"
    r"(?![\p{L}'’-])"
)


# --- prepositions of set phrases -----------------------------------------------------------
# 重视: importance is attached "to" a thing, never "in" it ("attached great importance in
# promoting" → to).
_IMPORTANCE_IN = regex.compile(
    r"(?i)(?<![\p{L}-])attach(?:es|ed|ing)?[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2}?"
    r"importance[ \u00a0]+in(?![\p{L}-])(?![ \u00a0]+principle\b)"
)
# 向代表团介绍: one briefs people directly ("briefed the delegation"); "briefed to the
# delegation" puts the "to" of "explained to" on it. Not the passive "were briefed to
# expect …", where "to" opens an infinitive.
_BRIEFED_TO = regex.compile(
    r"(?<![\p{L}-])(?<!(?:was|were|been|being|be|is|are|get|got|gets)[ \u00a0]+)"
    r"[Bb]riefed[ \u00a0]+to(?=[ \u00a0]+(?:the|a|an|them|him|her|us|me|visitors|guests"
    r"|reporters|journalists|members|delegates|participants|leaders|officials|attendees)\b)"
)
# 对……的印象: one's impression "of" a thing; a thing makes or leaves an impression "on"
# someone ("left a deep impression on him" is left alone). Only an impression someone has or
# holds: after a possessive or "have".
_IMPRESSION_ON = regex.compile(
    r"(?i)(?<![\p{L}-])(?<!(?:made|make|makes|making|left|leave|leaves|leaving)[ \u00a0]+)"
    r"(?:(?:their|his|her|its|our|my|your)[ \u00a0]+|(?:have|has|had|having)[ \u00a0]+"
    r"(?:an?[ \u00a0]+)?)"
    r"(?:(?:deep|deeper|good|better|strong|profound|first|overall|lasting|positive|favou?rable"
    r"|new|fresh|general|great|bad|negative|initial)[ \u00a0]+){0,2}impressions?[ \u00a0]+on"
    r"(?![\p{L}-])"
)
# 上半年 / 下半年 word for word: "the first half year". English says "the first half of the
# year" (of 2024: "the first half of 2024"); "half-year" as a compound and "first half year
# results", a noun it modifies, are left alone.
_HALF_YEAR = regex.compile(
    r"(?i)(?<![\p{L}-])(?:first|second)[ \u00a0]+half[ \u00a0]+year(?![\p{L}'’-])"
    r"(?:[ \u00a0]+of(?=[ \u00a0]+(?:19|20)\d\d\b))?"
    r"(?=[ \u00a0]*(?:[,.;:)!?]|$)|[ \u00a0]+(?:of|and|to|in|on|at|by|with|for|as|is|was|were"
    r"|are|has|have|had|will|from|compared|than|when|while|the|this|we|it|its|our|their)\b"
    r"|[ \u00a0]+(?:19|20)\d\d\b)",
    regex.MULTILINE,
)


def _half_of_the_year(text: str) -> str:
    """ "first half year" → "first half of the year"; "first half year of" → "first half of"."""
    ordinal = text.split(None, 1)[0]
    return f"{ordinal} half of" if text.rstrip().endswith("of") else f"{ordinal} half of the year"


# 一系列共识 / 一系列进展 word for word: "consensus" and "progress" are uncountable, and "a
# series of" counts, with adjectives between too ("a series of hard-won new progress").
# Heading its phrase only ("a series of consensus documents" is left).
_SERIES_OF_MASS = regex.compile(
    r"(?i)(?<![\p{L}-])a[ \u00a0]+series[ \u00a0]+of[ \u00a0]+(?:(?:new|important|major"
    r"|significant|positive|remarkable|broad|hard-won|substantial|fresh|initial)[ \u00a0]+){0,3}"
    r"(?:consensus|progress)"
    r"(?=[ \u00a0]*(?:[,.;:)!?]|$)|[ \u00a0]+(?:on|in|and|with|for|to|at|that|which|between"
    r"|among|over|during|since|as)\b)",
    regex.MULTILINE,
)

# A year of the Chinese zodiac named without the animal's article: "the Year of Dog", "Year
# of Fire Monkey" (狗年, 金鸡年). English names it "the Year of the Dog".
_ZODIAC_YEAR = regex.compile(
    r"(?<=(?<![\p{L}-])Year[ \u00a0]+of[ \u00a0]+)(?:(?:Golden|Fire|Earth|Metal|Water|Wood"
    r"|Iron)[ \u00a0]+)?(?:Rat|Ox|Tiger|Rabbit|Hare|Dragon|Snake|Horse|Goat|Sheep|Ram|Monkey"
    r"|Rooster|Dog|Pig|Boar)(?![\p{L}'’-])"
)
# 共有/总计 word for word at a sentence's head: "Total 85 deputies attended". English opens
# with "A total of 85 deputies"; "Total: 85" (a table's label) has its colon and is left.
_TOTAL_OPENING = regex.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?][\"”’]?[ \u00a0]+))Total(?=[ \u00a0]+\d[\d,.]*[ \u00a0]+"
    r"(?:(?:million|billion|thousand|hundred)[ \u00a0]+)?\p{Ll})"
)
# A consul general serves in a city, not to it ("Consul General to Houston"): an
# ambassador is accredited to a country, a consul general posted in a city.
_CONSUL_TO = regex.compile(
    r"(?<![\p{L}-])Consuls?[- \u00a0]General[ \u00a0]+to(?=[ \u00a0]+(?!the\b)\p{Lu}\p{Ll})"
)

# 关于 rendered "over": a forum, a seminar or proposals "over the supervisory work", and
# "discuss over the work report". English holds a forum "on" a subject and discusses it
# directly. "Over" of time, a meal or a medium is left alone ("a forum over the weekend",
# "discussed over dinner", "proposals over the years").
_OVER_FOR_ON = regex.compile(
    r"(?i)(?<![\p{L}-])(?:forums?|seminars?|symposiums?|symposia|proposals?|suggestions?"
    r"|discuss(?:es|ed|ing)?)[ \u00a0]+over(?=[ \u00a0]+(?:the|its|their|this|these|a|an)"
    r"[ \u00a0]+(?!(?:past|next|last|first|coming|same|whole|entire|weekend|years?|months?"
    r"|weeks?|days?|decades?|summer|winter|spring|autumn|holidays?|phone|telephone|internet"
    r"|web|video|radio|dinner|lunch|breakfast|meal|tea|coffee|course|period|border)\b))"
)


def _over_mended(text: str) -> str:
    """ "forum over" → "forum on"; "discussed over" → "discussed"."""
    head = text.rsplit(None, 1)[0]
    if head.lower().startswith("discuss"):
        return head
    return f"{head} on"


SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        _ZODIAC_YEAR,
        "a zodiac year names its animal with “the”: “the Year of the Dog”",
        lambda text: f"the {text}",
        None,
    ),
    (
        _TOTAL_OPENING,
        "a count opens its sentence as “A total of 85 …”, not “Total 85 …”",
        lambda text: "A total of",
        None,
    ),
    (
        _CONSUL_TO,
        "a consul general is posted “in” a city (“Consul General in Houston”); an "
        "ambassador is accredited “to” a country",
        lambda text: text[: -len("to")] + "in",
        None,
    ),
    (
        regex.compile(r"(?i)(?<![\p{L}-])implementation(?=\s+the\s+\p{L})"),
        "a noun of action takes its object with “of”: “the implementation of the …”",
        lambda text: text + " of",
        _relative_clause,
    ),
    (
        regex.compile(
            rf"(?:(?<=^)|(?<=\n)|(?<=[.!?][\"”’]?\s+))(?:The\s+)?(?:\p{{L}}\p{{Ll}}+\s+(?=\p{{Ll}}))?{_PEOPLE}"
            r"(?:\s+(?:also|then|later|further|jointly|together))?"
            rf"\s+(?:{_SINGULAR_REPORT_VERBS})(?![\p{{L}}'’-])"
        ),
        "a plural subject takes a plural verb: “Leaders … investigate”",
        _plural_verb,
        None,
    ),
    (
        regex.compile(
            rf"(?i)(?<![\p{{L}}-]){_BE}\s+(?:\p{{Ll}}+ly\s+)?(?:{'|'.join(_PARTICLES)})\s+by"
            r"(?![\p{L}-])"
        ),
        "the verb keeps its particle in the passive: “was presided over by”, “participated in by”",
        _particle_mended,
        None,
    ),
    (
        regex.compile(
            rf"(?i)(?<![\p{{L}}-]){_BE}\s+(?:\p{{Ll}}+ly\s+)?(?:stressed"
            r"|highlighted|underlined|underscored)\s+on(?![\p{L}-])"
            rf"(?!{_ON_TIME_OR_PLACE})"
        ),
        "the verb takes its object directly, in the passive too: “was stressed”, not “stressed on”",
        lambda text: text[: -len(" on")],
        None,
    ),
    (
        # 指出: "pointed out that"; "pointed that way" is a direction.
        regex.compile(
            r"(?i)(?<![\p{L}-])point(?:ed|ing)\s+that(?![\p{L}-])"
            r"(?!\s+(?:way|direction|out|finger|gun|camera|arrow)\b)"
        ),
        "指出 is “pointed out that”: the particle is missing",
        lambda text: regex.sub(r"\s+that$", " out that", text),
        None,
    ),
    (
        # 支持 as help given is "support", uncountable: "provide support for", "supports for".
        regex.compile(
            r"(?i)(?<![\p{L}-])supports\s+for(?![\p{L}-])"
            r"(?!\s+(?:example|instance|now|years|decades|the\s+(?:first|second|third|last|sake)"
            r"|a\s+(?:while|long)))"
        ),
        "support given is uncountable: “support for”",
        lambda text: text.replace("upports", "upport", 1),
        None,
    ),
    (
        # 四是, 五是: "Fourth, …" opening a point, after "First, … Third, …".
        regex.compile(
            rf"(?:(?<=^)|(?<=\n)|(?<=[.;!?:][\"”’]?\s+))(?:{'|'.join(_CARDINALS)}),(?=\s+\p{{Ll}})"
        ),
        "a point of a numbered list is counted with its ordinal: “Fourth,”, not “Four,”",
        lambda text: _CARDINALS[text[:-1]] + ",",
        _counting,
    ),
    (
        regex.compile(rf"(?<![\p{{L}}-])(?:[Tt]alents)(?![\p{{L}}-]){_IN_A_SENTENCE}"),
        "人才 is “talent” (uncountable) or “talented people”; “talents” are someone's gifts",
        lambda text: _keep_case(text, "talent"),
        _gifts,
    ),
    (
        regex.compile(
            rf"(?i)(?<![\p{{L}}-])(?:{_LESSON_ADJECTIVES})(?:\s+and\s+(?:{_LESSON_ADJECTIVES}))?"
            rf"\s+experiences(?![\p{{L}}-]){_IN_A_SENTENCE}"
        ),
        "经验, the lessons learnt, is “experience”: “valuable experience”",
        lambda text: text[: -len("experiences")] + "experience",
        _lived,
    ),
    (
        regex.compile(
            rf"(?i)(?<![\p{{L}}-])(?:{_WORK_ADJECTIVES})\s+works(?![\p{{L}}-])"
            r"(?!\s+(?:of|by|on\s+display|exhibited|were\s+exhibited|displayed))"
            rf"{_IN_A_SENTENCE}"
        ),
        "工作 is “work”, not counted: “key work”, “preparatory work”",
        lambda text: text[:-1],
        None,
    ),
    (
        # 人员 is plural in English: "personnel need", "personnel are".
        regex.compile(
            r"(?i)(?<!\bof\s)(?<![\p{L}-])(?:professional|medical|technical|skilled"
            r"|management|managerial|administrative|relevant|qualified|research|teaching"
            r"|security|service|military|key)\s+personnel\s+(?:needs|has|is|was|does)"
            r"(?![\p{L}-])"
        ),
        "“personnel” is plural: “personnel need”, “personnel are”",
        _personnel_mended,
        None,
    ),
    (
        # A country or a place word heading its sentence, a plural verb after it.
        regex.compile(
            r"(?:(?<=^)|(?<=[.!?][\"”’]?\s+)|(?<=\bthat\s+))(?:China|(?:[Tt]he\s+)?(?:city|province"
            r"|county|district|country|town|township|village|region))"
            r"(?:\s+(?:still|also|now|already|always|never|currently|mainly|usually))?"
            r"\s+(?:have|are|were)(?![\p{L}-])"
        ),
        "one subject, one verb: “China still has”, “the city is”",
        _singular_subject_mended,
        _team,
    ),
    (
        # "A total investment of 3 billion yuan were made": the subject is one total.
        regex.compile(
            r"(?:(?<=^)|(?<=[.!?:][\"”’]?\s+))(?:[Aa]\s+|[Tt]he\s+)?[Tt]otal\s+(?:planned\s+"
            r"|estimated\s+|contracted\s+)?investment\s+of\s+(?:[^,.;:()\n]|[.,](?=\d)){1,40}?\s+were"
            r"(?![\p{L}-])"
        ),
        "one total, one verb: “A total investment of … was”",
        lambda text: text[: -len("were")] + "was",
        None,
    ),
    (
        # 国家和地区, 省、自治区、直辖市: the plural, each kind counted ("from 40 countries and
        # regions", "provinces, autonomous regions and municipalities").
        regex.compile(
            r"(?i)(?<=(?<![\p{L}-])countries\s+and\s+)region(?![\p{L}-])"
            r"|(?<![\p{L}-])(?<=provinces,?\s+|\(\s*)(?:autonomous\s+)?region"
            r"(?=,?\s+and\s+municipalities(?![\p{L}-]))"
        ),
        "each kind is counted: “countries and regions”, “autonomous regions and municipalities”",
        lambda text: text + "s",
        None,
    ),
    (
        # 集中于 a task: "concentrate on"; "concentrated in" a place is right, and so are
        # efforts concentrated in a place ("in Beijing", "in rural areas").
        regex.compile(
            r"(?i)(?<![\p{L}-])concentrat(?:e|es|ed|ing)\s+(?:(?:our|their|its|his|her|the|all"
            r"|more)\s+)?(?:efforts?|energy|energies|attention|resources|strength|forces"
            r"|minds?)\s+in(?![\p{L}-])(?!\s+(?:the\s+)?(?:hands|(?-i:\p{Lu})|(?:\p{Ll}+\s+)?(?:areas?|regions?"
            r"|cit(?:y|ies)|count(?:y|ies)|towns?|villages?|places?|east|west|north|south|centre"
            r"|center)(?![\p{L}-])))"
            r"|(?<![\p{L}-])(?:will|to|should|must|shall|would|and)\s+concentrate\s+in"
            r"(?=\s+(?:an?\s+(?:number|series|few|handful|batch)|\p{Ll}+ing)(?![\p{L}-]))"
        ),
        "one concentrates “on” a task: “concentrate on”",
        lambda text: text[: -len("in")] + "on",
        None,
    ),
    (
        # 在……指导下: "guided by"; one is guided "with" care, or "with the help of" a guide.
        regex.compile(
            r"(?<![\p{L}-])[Gg]uided\s+with(?![\p{L}-])(?!\s+(?:care|caution|patience|skill"
            r"|(?:an?\s+)?(?:firm|steady|gentle|sure|light)\s+hands?|(?:the\s+)?(?:help|aid|assistance"
            r"|support)\s+of))"
        ),
        "a guide is named with “by”: “guided by”",
        _to_by,
        None,
    ),
    (
        # 被授予: "was granted the title", "was awarded the title"; "with" is surplus.
        regex.compile(
            r"(?i)(?<![\p{L}-])(?<!for\s)(?:granted|awarded|conferred)\s+with(?=\s+(?:the\s+"
            r"|an?\s+|more\s+|greater\s+)?(?:\p{Ll}+\s+)?(?:titles?|powers?|authority|rights?"
            r"|autonomy|honou?rs?|awards?|prizes?|medals?|certificates?|licen[cs]es?)(?![\p{L}-]))"
        ),
        "“granted” and “awarded” take their object directly: “granted more power”",
        lambda text: text.split()[0],
        None,
    ),
    (
        regex.compile(
            rf"(?i)(?<![\p{{L}}-])congratulat(?:e|es|ed|ing)\s+the\s+(?:{_EVENTS})"
            r"(?![\p{L}-])"
        ),
        "one congratulates a person “on” an event: “congratulated the city on the opening”",
        _congratulated,
        None,
    ),
    (
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:is|are|was|were|be|been|being|become|becomes|became|becoming"
            r"|getting|gets|got|even|much|far|a\s+lot|increasingly)(?:\s+(?:now|still|also"
            r"|even|much|far))?\s+more\s+(?-i:"
            rf"{_words(_COMPARATIVES)})(?![\p{{L}}-])"
            r"(?=\s+than|\s*[,.;:!?]|\s+and\s+(?:more\s+)?\p{Ll}+(?:\s*[,.;:!?]|\s+than))"
        ),
        "a short adjective forms its comparative with “-er”: “simpler”, not “more simple”",
        _comparative,
        None,
    ),
    (
        regex.compile(
            r"(?<![\p{L}-])[Aa]ccording(?=\s+(?:the|its|his|her|their|our|this|these)\s)"
        ),
        "“according to”: the “to” is missing",
        lambda text: text + " to",
        None,
    ),
    (
        # 首先来到: "first visited"; "firstly" orders points in an argument, not events.
        regex.compile(
            r"(?<=\p{Ll}\s+)firstly\s+(?:went|came|visited|arrived|inspected|toured|attended"
            r"|met|viewed|stopped|listened)(?![\p{L}-])"
        ),
        "an event that comes first is told with “first”: “first visited”",
        lambda text: text.replace("firstly", "first", 1),
        None,
    ),
    (
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:took|take|takes|taking|taken)\s+places\s+(?:at|on|in)\s+the\s+"
            r"(?:rostrum|podium|stage|presidium|front\s+row)(?![\p{L}-])"
        ),
        "入座: people “took their seats on the rostrum”",
        lambda text: regex.sub(r"\s+places\s+\p{L}+", " their seats on", text, count=1),
        None,
    ),
    (
        regex.compile(r"(?i)(?<![\p{L}-])in\s+the\s+respect\s+of(?![\p{L}-])"),
        "“in respect of”, “with respect to” or “in terms of”: no “the”",
        lambda text: _keep_case(text, "in terms of"),
        None,
    ),
    (
        regex.compile(r"(?i)(?<![\p{L}-])on\s+the\s+grounds?\s+of\s+what(?![\p{L}-])"),
        "据……所说: “according to what … said”, or “according to …”",
        lambda text: _keep_case(text, "according to what"),
        None,
    ),
    (
        regex.compile(
            r"(?i)(?<![\p{L}-])(?:gain|gains|gained|gaining|win|wins|won|winning|receive"
            r"|receives|received|receiving|obtain|obtains|obtained|obtaining|earn|earns|earned"
            r"|earning)\s+the\s+(?:recognition|acclaim|approval|praise)\s+from(?![\p{L}-])"
        ),
        "recognition “from” others takes no article: “won recognition from”",
        lambda text: regex.sub(r"\s+the\s+", " ", text, count=1),
        None,
    ),
    (
        _MODAL_SLIP,
        "a modal takes the bare verb: “should make”, “will become”",
        _bare_verb,
        _modal_as_noun,
    ),
    (
        _NOUN_AS_ADJECTIVE_SLIP,
        "the noun before a noun wants its adjective: “environmental governance”, “cultural heritage”",
        _adjective_pair,
        _named_pair,
    ),
    (
        _ACTIVE_STRESSED_ON,
        "the verb takes its object directly: “stressed the need”, not “stressed on”",
        lambda text: text.rsplit(None, 1)[0],
        None,
    ),
    (
        _VISITED_TO,
        "the verb takes its object directly: “visited Beijing”, not “visited to”",
        lambda text: text.rsplit(None, 1)[0],
        None,
    ),
    (
        _NO_FINITE_VERB,
        "the clause has its subject but no finite verb: “who attended”, “When Li Wei "
        "presided over”",
        lambda text: None,
        None,
    ),
    (
        _DISCUSSED_WITH,
        "“discuss” takes its topic as its object (“discussed the plan with them”); with the "
        "people first, they are “talked with … about” it",
        _talked_with,
        None,
    ),
    (
        _IMPORTANCE_IN,
        "importance is attached “to” a thing: “attached great importance to”",
        lambda text: text[: text.rstrip().rfind(" ") + 1] + "to",
        None,
    ),
    (
        _BRIEFED_TO,
        "one briefs people directly: “briefed the delegation”, not “briefed to”",
        lambda text: text.split(None, 1)[0],
        None,
    ),
    (
        _IMPRESSION_ON,
        "one's impression is “of” a thing (one makes an impression “on” someone): “their "
        "impression of the city”",
        lambda text: text[: text.rstrip().rfind(" ") + 1] + "of",
        None,
    ),
    (
        _HALF_YEAR,
        "上半年 is “the first half of the year” (“the first half of 2024”)",
        _half_of_the_year,
        None,
    ),
    (
        _OVER_FOR_ON,
        "关于 is not “over”: a forum or proposals “on” a subject, and one discusses it "
        "directly (“discussed the report”)",
        _over_mended,
        None,
    ),
    (
        _SERIES_OF_MASS,
        "“consensus” and “progress” are uncountable, and “a series of” counts: “consensus "
        "on a series of issues”, “progress in a series of areas”",
        lambda text: None,
        None,
    ),
)

# Columnar prefilter (Rust regex): each slip's key word.
PREFILTER = (
    r"(?i)\b(?:implementation the|talents|experiences|works|countries\s+and\s+region|region,?\s+and\s+municipalities"
    r"|personnel\s+(?:needs|has|is|was|does)"
    r"|(?:china|city|province|county|district|country|town|township|village|region)"
    r"(?:\s+\p{L}+)?\s+(?:have|are|were)|investment\s+of|concentrat\p{L}*|guided\s+with|(?:granted|awarded|conferred)\s+with"
    r"|congratulat\p{L}*\s+the|more\s+\p{Ll}+|according\s+(?:the|its|his|her|their|our|this"
    r"|these)|firstly|places|respect\s+of|grounds?\s+of\s+what|the\s+(?:recognition|acclaim"
    r"|approval|praise)\s+from|(?:presided|participated|dealt|listened|complied)\s+by"
    r"|(?:stressed|highlighted|underlined|underscored)\s+on|point(?:ed|ing)\s+that"
    r"|supports\s+for|(?:investigat|inspect|visit|attend|stress|emphasi[sz]|urg|presid|requir"
    r"|studi|conduct|carri|express|deliver|receiv|discuss|point|call|go|pay|meet|hold)e?s)\b|\b(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten),"
    # A modal before a past form or "be" (the verb is read by the slip itself), a noun for
    # its adjective, "visited to".
    rf"|\b(?:{_MODALS})\s+(?:\p{{Ll}}+\s+)?(?:be\s+\p{{Ll}}+|\p{{Ll}}+ed|{_words(_BARE_OF)})\b"
    r"|\b(?:environment\s+governance|culture\s+heritages?|tradition\s+(?:culture|revolutionary)"
    r"|ecology\s+(?:environment|civilization)|visited\s+to|discuss(?:ed|es|ing)?\s+with"
    r"|(?:who|[Ww]h(?:en|ile)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+\p{Ll}{2,}ing)\b"
    # The prepositions of set phrases, and the uncountable nouns after "a series of".
    r"|(?i:\bimportance\s+in\b|\bbriefed\s+to\b|\bimpressions?\s+on\b|\bhalf\s+year\b"
    r"|\bseries\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?:consensus|progress)\b)"
    # A zodiac year, a count opening with "Total", a consul general "to" a city.
    r"|\bYear\s+of\s|\bTotal\s+\d|\bConsuls?[- ]General\s+to\b"
    # 关于 rendered "over" after a forum, proposals or "discuss".
    r"|\b(?:forums?|seminars?|symposiums?|symposia|proposals?|suggestions?|discuss\w*)\s+over\b"
)
