"""Slips of verb form for E801 (`wording`): a passive built wrong before its agent, and an
adjective doubled up or used as an adverb.

- A passive on the bare verb ("was head by", "were come up by"): the passive takes the
  participle, "was headed by"; 提出 is "put forward by".
- A relative clause that lost its auxiliary ("the forum, which hosted by the city, …"): a
  relative pronoun before a participle and its agent needs "was" or "were" between them.
- "orderly" paired with an adverb ("promote reform steadily and orderly", "Resume Work Stably
  and Orderly"): 有序 rendered as if "orderly" were an adverb; it is an adjective ("in a
  steady and orderly way"). Adjectives in "-ly" ("a timely and orderly response") are left.
- "timely" used as an adverb ("release the results to the public timely,", "should timely
  report", "and timely consolidate the gains"): 及时 rendered by the adjective; "promptly" or
  "in a timely manner". The adjective ("The move is timely.", "a timely report") is left.
- "urged to" or "ordered to" with no one bidden, after the meeting or a named official
  ("The meeting urged to pay attention to …"): 要求 rendered without its object; and
  "asked to", "requested to", "required to" or "demanded to" so, before an act a leader
  sets others to ("Wang requested to take strict measures").
- A verb with the wrong complement: "deserve being learned" (deserve to be), and "devote
  to" or "dedicate to" with no object after a verb of leading and its people ("leading the
  villagers to devote to farming": devote themselves to).
"""

from __future__ import annotations

import regex

from tifa.checks.grammar_slips import Keep, Mend
from tifa.checks.scan import phrase_alternation

# --- a passive on the bare verb ----------------------------------------------------------------
# Bare verbs of organising and leading with their participles. "lead" is E844's ("was lead
# by" is read as the metal for "led"); "issue" is left out for "issue by issue".
_PARTICIPLE_OF = {
    "head": "headed",
    "host": "hosted",
    "co-host": "co-hosted",
    "organize": "organized",
    "organise": "organised",
    "co-organize": "co-organized",
    "co-organise": "co-organised",
    "sponsor": "sponsored",
    "co-sponsor": "co-sponsored",
    "chair": "chaired",
    "fund": "funded",
    "support": "supported",
    "attend": "attended",
    "guide": "guided",
    "initiate": "initiated",
    "launch": "launched",
    "approve": "approved",
    "hold": "held",
    "come up": "put forward",
}
_BARE_VERBS = phrase_alternation(_PARTICIPLE_OF)
_BARE_PASSIVE = regex.compile(
    r"(?i)(?<![\p{L}-])(?P<be>is|are|was|were|be|been|being)\s+(?P<adverb>\p{Ll}+ly\s+)?"
    rf"(?P<verb>{_BARE_VERBS})\s+by(?![\p{{L}}-])"
)


def _passive_mended(text: str) -> str | None:
    """ "was head by" → "was headed by", "were come up by" → "were put forward by"."""
    m = _BARE_PASSIVE.fullmatch(text)
    if m is None:
        return None
    verb = _PARTICIPLE_OF[" ".join(m.group("verb").lower().split())]
    return f"{m.group('be')} {m.group('adverb') or ''}{verb} by"


# --- a relative without its auxiliary ---------------------------------------------------------
# "which hosted by": participles that name who arranged or led a thing, so "by" brings its
# agent. "by" of a time or a measure belongs to an active verb ("which hosted by then over
# 300 events"), as does "led by example"; "led" counts only before a capital, a name or a
# title ("which led by Vice Mayor …"), since "the path which led by the river" went past it.
_AGENT_PARTICIPLES = (
    r"hosted|co-hosted|organized|organised|co-organized|co-organised|sponsored|co-sponsored"
    r"|chaired|headed|funded|initiated|launched|attended|supported|held|presided\s+over"
    r"|approved|jointly\s+(?:hosted|organized|organised|held|sponsored|launched)"
)
_NOT_AGENT = (
    r"far|then|now|turns|example|means|way|year|month|day|week|the\s+(?:end|time|close"
    r"|middle|beginning)|\d"
    # How people took part or came: "the officials who attended by video link", "who
    # launched by hand"; the verb is active and needs no "was".
    r"|video|videolink|phone|telephone|teleconference|online|invitation|proxy|satellite"
    r"|hand|car|bus|train|air|plane|ship|boat|land|sea|road|rail|bicycle|foot|chance"
    r"|accident|default|law"
)
_RELATIVE_WITHOUT_BE = regex.compile(
    r"(?i)(?<![\p{L}-])(?:which|who)\s+(?:\p{Ll}+ly\s+)?"
    rf"(?:(?:{_AGENT_PARTICIPLES})\s+by(?![\p{{L}}-])(?!\s+(?:{_NOT_AGENT})(?![\p{{L}}-]))"
    r"|led\s+by(?=\s+(?-i:\p{Lu})))"
)

# --- orderly as an adverb ---------------------------------------------------------------------
# Adjectives in "-ly": beside them "orderly" is the adjective it is ("a timely and orderly
# response", "friendly and orderly").
_LY_ADJECTIVE_WORDS = (
    "timely untimely friendly unfriendly lively likely unlikely costly early elderly only "
    "daily weekly monthly yearly quarterly hourly nightly orderly disorderly lovely lonely "
    "holy ugly silly deadly kindly manly womanly brotherly sisterly fatherly motherly "
    "neighborly neighbourly scholarly worldly heavenly stately homely lowly leisurely "
    "cowardly masterly comely sickly surly burly curly hilly chilly jolly bodily ghastly "
    "unruly family assembly supply apply reply rally ally italy july"
)
_LY_ADJECTIVES = frozenset(_LY_ADJECTIVE_WORDS.split())
_ORDERLY_AS_ADVERB = regex.compile(
    r"(?i)(?<![\p{L}-])(?P<adverb>\p{L}{3,}ly),?\s+and\s+orderly(?![\p{L}-])"
)


# A document's title keeps the wording it was issued under ("the Guiding Opinions on Actively
# and Orderly Promoting the Resumption of Work"): a translator cites it, not mends it.
_TITLE_BEFORE = regex.compile(
    r"(?:Opinions|Guidelines|Notice|Circular|Decision|Measures|Plan|Regulations|Provisions"
    r"|Rules)\s+(?:of\s+[^\n]{0,120}?\s+)?on\s+$"
)


def _an_adjective(m: regex.Match[str]) -> bool:
    """Not a slip: the word before "and orderly" is an adjective in "-ly" itself, or the
    words stand in a document's title."""
    if m.group("adverb").lower() in _LY_ADJECTIVES:
        return True
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    return _TITLE_BEFORE.search(m.string, line_start, m.start()) is not None


# --- timely as an adverb ----------------------------------------------------------------------
# 及时 rendered "timely" where English wants an adverb: after the verb's phrase at the close of
# a clause ("release information to the public timely,"), after a modal or an auxiliary
# ("should timely report", "were timely handled"), or before a verb that is no noun ("and
# timely consolidate the gains"). "timely" is an adjective ("a timely response", "The move
# is timely."): a form of "be", a linking verb, a degree word, an article or a list's "and"
# before it keeps it (see `_timely_adjective`); a verb that is also a noun after it ("timely
# report", "timely release of data") is left alone.
_TIMELY_VERBS = (
    "implement|handle|solve|resolve|rectify|adjust|eliminate|investigate|inform|notify"
    "|disclose|detect|discover|remind|submit|transmit|dispose|coordinate|convey|summarize"
    "|summarise|communicate|remove|organize|organise|grasp|consolidate|respond|deliver|carry"
    "|take|make|publish|announce|deploy|restore|evacuate|analyze|analyse|reflect|collect"
    "|verify|identify|warn|stop|prevent|curb|contain|treat|settle|inspect|examine|find|learn"
    "|understand|master|follow|fill|allocate|distribute|improve|promote|optimize|optimise"
    "|mobilize|mobilise|guide|pass|push|send|dispatch|arrange|fulfil|fulfill|upload|share|feed"
)
_TIMELY_AS_ADVERB = regex.compile(
    r"(?i)(?<![\p{L}'’-])(?:"
    r"(?<=(?<![\p{L}'’-])\p{L}+[ \u00a0]+)timely(?=[ \u00a0]*[,.;:!?]"
    r"|\s+and\s+\p{Ll}+ly(?![\p{L}-]))"
    r"|(?<=(?<![\p{L}'’-])(?:should|must|shall|will|would|can|could|may|might)\s+)timely"
    r"(?=\s+\p{Ll})"
    r"|(?<=(?<![\p{L}'’-])(?:is|are|was|were|be|been|being|has|have|had)\s+)timely"
    r"(?=\s+\p{Ll}+ed(?![\p{L}'’-]))"
    rf"|timely(?=\s+(?:{_TIMELY_VERBS})(?![\p{{L}}'’-]))"
    r")(?![\p{L}'’-])"
)
_TIMELY_AND_ADVERB = regex.compile(r"\s+and\s+\p{Ll}+ly(?![\p{L}-])")
_DETERMINER_WORDS = "a an the its their his her our your my this that these those"
_DETERMINERS = frozenset(_DETERMINER_WORDS.split())
# Words before which "timely" is the adjective: "is timely,", "very timely.", "accurate and
# timely.", "in a timely, accurate way", "considered it timely.".
_TIMELY_ADJECTIVE_WORDS = (
    "am is are was were be been being 's become becomes became becoming seem seems seemed "
    "remain remains remained prove proves proved proven appear appears appeared look looks "
    "looked sound sounds sounded deem deemed consider considered find found very more most "
    "so quite highly extremely particularly especially fairly too less least not rather "
    "really truly equally also always still both and or but nor a an the as how it them "
    "this that all"
)
_TIMELY_ADJECTIVE_AFTER = frozenset(_TIMELY_ADJECTIVE_WORDS.split())


def _timely_adjective(m: regex.Match[str]) -> bool:
    """Not a slip: "timely" closing a clause after a word that makes it the adjective ("The
    move is timely.", "accurate and timely."), before a verb after an article ("a timely
    find"), or with no word before it."""
    before = regex.search(r"(\p{L}+['’]?\p{L}*)\s+$", m.string[max(0, m.start() - 40) : m.start()])
    word = None if before is None else before.group(1).lower().replace("’", "'")
    if regex.match(r"\s+\p{L}", m.string[m.end() :]) and not _TIMELY_AND_ADVERB.match(
        m.string, m.end()
    ):
        # "timely" before a verb: an article before it makes the verb a noun.
        return word in _DETERMINERS
    return word is None or word in _TIMELY_ADJECTIVE_AFTER or word.endswith("'s")


# --- a verb of bidding without the people bidden ---------------------------------------------
# "urge" and "order" take the people they bid: "urged officials to focus on …". `wording`
# reads "He urged to"; here the subjects a report gives them besides: the meeting or its
# document ("The meeting urged to pay attention"), and a named official with the post set
# off by commas ("Shen Hua, the city's Party secretary, ordered to look for …"). A post is
# asked for between the commas: "Residents, ordered to leave, …" is a passive aside. "asked
# to" is left: "He asked to speak" is English.
_BIDDING_BODY = (
    r"(?<=(?<![\p{L}'’-])[Tt]he\s+(?:meeting|session|plenary\s+session|conference|forum"
    r"|symposium|notice|circular)\s+)"
)
_BIDDING_OFFICIAL = (
    r"(?<=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,\s+[^,\n]{0,60}?\b(?i:secretary|mayor|governor|head"
    r"|director|chairman|chairwoman|president|minister|chief|premier|leader)\b[^,\n]{0,30},\s+)"
)
_BIDDING_WITHOUT_OBJECT = regex.compile(
    rf"(?:{_BIDDING_BODY}|{_BIDDING_OFFICIAL})(?:urged|ordered)\s+to(?=\s+\p{{Ll}}+)"
    r"(?!\s+(?:the|a|an|this|that|date)\b)"
    # A headline drops "is" ("Meeting urged to act"): only a line with a full stop after
    # the words is read (not its end: a page cut off mid-sentence keeps its slips).
    r"(?=[^\n]*[.!?])"
)

# 要求 rendered "asked to", "requested to", "required to" or "demanded to" with no one asked,
# after an official or the meeting ("Wang requested to take strict measures", "She asked to
# attach great importance to safety"): these verbs may take an infinitive of the asker's own
# act ("He asked to speak", "She requested to meet the mayor"), so only the verbs a leader
# sets others to (take measures, strengthen, ensure, attach importance), or an adverb of
# such an order before a verb ("asked to continuously overcome"), are read after them.
_ORDERED_ACTS = phrase_alternation(
    (
        "accelerate",
        "adhere",
        "attach",
        "build",
        "carry out",
        "consolidate",
        "deepen",
        "do a good job",
        "enhance",
        "ensure",
        "establish",
        "focus",
        "further",
        "grasp",
        "implement",
        "improve",
        "increase",
        "intensify",
        "make efforts",
        "make every effort",
        "optimize",
        "pay attention",
        "pay close attention",
        "prevent",
        "promote",
        "push forward",
        "speed up",
        "step up",
        "stick",
        "strengthen",
        "strictly",
        "strive",
        "take",
        "tighten",
    )
)
_ASKER = r"(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}\p{Ll}+(?<!s))"
_ASKING_WITHOUT_OBJECT = regex.compile(
    rf"(?:(?<=(?<![\p{{L}}'’-]){_ASKER}\s+)|{_BIDDING_BODY}|{_BIDDING_OFFICIAL})"
    r"(?:asked|requested|required|demanded)\s+to"
    rf"(?=\s+(?:(?:{_ORDERED_ACTS})(?![\p{{L}}-])|\p{{Ll}}+ly\s+\p{{Ll}}{{3,}}(?<!ly)(?![\p{{L}}-])))"
    # A headline drops "is" ("Firms asked to step up checks"): only a line with a full
    # stop after the words is read.
    r"(?=[^\n]*[.!?])"
)

# --- a verb with the wrong complement ---------------------------------------------------------
# "deserve" takes the infinitive, "deserve to be learned from"; "deserve being" is the "-ing"
# of 值得 carried over. "devote" and "dedicate" take their object before "to" ("devote
# themselves to"); after a verb of leading or bidding and its people ("leading the villagers
# to devote to the development of …") the object is simply missing. Elsewhere "devote to"
# may have its object moved ahead ("the time firms want to devote to training"): left.
_DESERVE_BEING = regex.compile(
    r"(?i)(?<![\p{L}-])(?P<verb>deserv(?:e|es|ed|ing))\s+being(?![\p{L}-])"
)
_DEVOTE_BARE = regex.compile(
    r"(?i)(?<=(?<![\p{L}-])(?:lead|leads|leading|led|encourag(?:e|es|ed|ing)|guid(?:e|es|ed|ing)"
    r"|mobili[sz](?:e|es|ed|ing)|inspir(?:e|es|ed|ing)|motivat(?:e|es|ed|ing)|urg(?:e|es|ed|ing)"
    r"|call(?:s|ed|ing)?\s+on|help(?:s|ed|ing)?)\s+(?:[\p{Ll}-]+\s+){1,3}to\s+)"
    r"(?:devote|dedicate)\s+to(?![\p{L}-])"
)


def _deserve_mended(text: str) -> str | None:
    """ "deserve being" → "deserve to be", keeping the verb's form."""
    m = _DESERVE_BEING.fullmatch(text)
    return None if m is None else f"{m.group('verb')} to be"


SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        _BARE_PASSIVE,
        "the passive takes the participle: “was headed by”, “were put forward by”",
        _passive_mended,
        None,
    ),
    (
        _RELATIVE_WITHOUT_BE,
        "the relative clause has no verb: “which was hosted by”, “who were led by”",
        lambda text: None,
        None,
    ),
    (
        _ORDERLY_AS_ADVERB,
        "“orderly” is an adjective, not an adverb: “in a steady and orderly way”",
        lambda text: None,
        _an_adjective,
    ),
    (
        _TIMELY_AS_ADVERB,
        "“timely” is an adjective, not an adverb: “promptly”, “in a timely manner”",
        lambda text: "Promptly" if text[:1].isupper() else "promptly",
        _timely_adjective,
    ),
    (
        _BIDDING_WITHOUT_OBJECT,
        "“urge” and “order” take the people bidden: “urged officials to”, “ordered the "
        "departments to”",
        lambda text: None,
        None,
    ),
    (
        _ASKING_WITHOUT_OBJECT,
        "要求 takes the people asked: “asked the departments to”, “requested that strict "
        "measures be taken”",
        lambda text: None,
        None,
    ),
    (
        _DESERVE_BEING,
        "“deserve” takes the infinitive: “deserve to be learned from”",
        _deserve_mended,
        None,
    ),
    (
        _DEVOTE_BARE,
        "“devote” and “dedicate” take their object: “devote themselves to”",
        lambda text: None,
        None,
    ),
)

# Columnar prefilter (Rust regex): each slip's key word.
PREFILTER = (
    rf"(?i)\b(?:is|are|was|were|be|been|being) (?:\p{{Ll}}+ly )?(?:{_BARE_VERBS}) by\b"
    r"|\b(?:which|who) (?:\p{Ll}+ly )?(?:\p{L}+ed|held|led|presided over|jointly \p{L}+) by\b"
    r"|\b\p{L}+ly,? and orderly\b|\b(?:urged|ordered) to\b"
    r"|\b(?:asked|requested|required|demanded) to\b"
    r"|\btimely\b"
    r"|\bdeserv\p{L}* being\b|\bto (?:devote|dedicate) to\b"
)
