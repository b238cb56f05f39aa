"""E829 article-missing-in-verb-frame."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import add_a, add_the, running_text
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Fixed frames of news English: a verb, in any of its forms, and the singular count nouns
# it takes as its object with "a" or "an" ("made an effort", "paid a visit", "played a
# role", "held a meeting", "signed an agreement", "established a relationship", "extended
# a welcome"). Each verb keeps its own nouns: "held signing ceremony" is a slip, "signing
# ceremony" alone is not; "reach agreement" and "make progress" are English as they stand
# and are in no frame.
_FRAMES: tuple[tuple[str, str], ...] = (
    (
        r"make|makes|made|making",
        r"effort|contribution|difference|breakthrough|decision|speech|statement|proposal"
        r"|commitment|visit|analysis",
    ),
    (r"pay|pays|paid|paying", r"visit|call"),
    (r"play|plays|played|playing", r"role|part"),
    (
        r"hold|holds|held|holding",
        r"ceremony|meeting|symposium|seminar|forum|conference|workshop|banquet|reception"
        r"|briefing|session|dialogue",
    ),
    (r"sign|signs|signed", r"agreement|contract|memorandum|deal|treaty"),
    (
        r"establish|establishes|established|establishing|set[ \u00a0]+up|sets[ \u00a0]+up"
        r"|setting[ \u00a0]+up",
        r"relationship|partnership|mechanism|platform|alliance|fund",
    ),
    (r"extend|extends|extended|extending", r"welcome"),
    (
        r"(?:carry|carries|carried|carrying)[ \u00a0]+out",
        r"inspection|investigation|survey|campaign|policy",
    ),
    (
        r"give|gives|gave|given|giving|deliver|delivers|delivered|delivering",
        r"speech|lecture|report|talk|explanation|presentation",
    ),
    # A base laid for what follows ("lay a solid foundation for"), and a chance taken
    # ("seized an opportunity", "seized the opportunity brought by …").
    (r"lay|lays|laid|laying", r"foundation"),
    (r"seize|seizes|seized|seizing", r"opportunity|chance"),
    # A meeting called: "convened an information session", "convened a briefing".
    (
        r"convene|convenes|convened|convening",
        r"meeting|session|briefing|conference|symposium|seminar|forum",
    ),
)
# One member of many: "is a member of", "also a member of" (an appositive after a name: "Li
# Wei, also a member of the Standing Committee"). Only a describing word of rank between
# them: "was elected member of" is a title conferred, which the writer may leave bare.
_MEMBER = regex.compile(
    rf"(?<![\p{{L}}'’-])(?:is|was|also|become|becomes|became|becoming){_S}(?P<phrase>(?:(?:key"
    rf"|founding|full|important|core|active|permanent|honorary|new){_S})?member)"
    rf"(?![\p{{L}}\p{{N}}'’-])(?={_S}of{_S})"
)
_MEMBER_PREFILTER = r"\b(?:is|was|also|becom\w*|became)[ \u00a0]+(?:[a-z]+[ \u00a0])?member\b"
# Words that do an article's work or are no description of the noun: determiners,
# possessives, quantifiers, function words and adverbs ("made every effort", "played its
# role", "held further talks", "signed more agreements").
_NOT_DESCRIPTIVE = (
    r"(?:a|an|the|its|their|our|his|her|my|your|this|that|these|those|one|each|every"
    r"|another|such|no|any|some|more|most|much|many|few|little|less|further|own|same|what"
    r"|which|whose|all|both|either|neither|enough|several|other"
    r"|of|and|or|to|in|on|at|for|with|as|into|from|by|up|out|over|under|through|after"
    r"|before|during|about|against|than|between|among|via|per|not|also|again|jointly"
    # Describing words of quantity make an effort a mass ("made considerable effort").
    r"|considerable|great|huge|tremendous|enormous|substantial|extra|greater|utmost|best)"
)
_DESCRIPTIVE = rf"(?!{_NOT_DESCRIPTIVE}(?![\p{{L}}-]))\p{{Ll}}[\p{{Ll}}-]*"
# Two describing words joined by "and" or a comma ("gave comprehensive and systematic
# explanation"): the first must end like an adjective, so that a plural noun and a second
# object ("made efforts and decision") is no pair of describing words.
_PAIRED = (
    rf"(?!{_NOT_DESCRIPTIVE}(?![\p{{L}}-]))\p{{Ll}}[\p{{Ll}}-]*(?:ive|ic|al|ous|ful|ent|ant"
    rf"|ible|able|ary|ory|ar|ed)(?:,?{_S}and|,){_S}"
)
# The noun must end its phrase: punctuation, the end or a function word after it, never a
# noun it modifies ("held meeting rooms", "paid visit records").
_END = (
    r"[ \u00a0]*(?:[,.;:)”\"’'!?]|$)|[ \u00a0]+(?:and|or|to|in|on|of|at|by|with|for|as"
    r"|between|among|from|during|that|which|where|when|under|through|within|across|since"
    r"|after|before|together|yesterday|today|last|this|next"
    # A participle of what gave the chance: "seized opportunity brought by …".
    r"|brought|offered|presented|afforded)(?![\p{L}])"
)
# What names the one meant right after the noun: the chance a thing brought, the ceremony of
# the project ("seized opportunity brought by the new route", "held signing ceremony of the
# project"): that one, so "the", not "a".
_DEFINED_AFTER = regex.compile(
    r"[ \u00a0]+(?:(?:brought|offered|presented|afforded|created|provided)[ \u00a0]+by"
    r"|of[ \u00a0]+the)(?![\p{L}])"
)
_PATTERN = regex.compile(
    r"|".join(
        rf"(?<![\p{{L}}'’-])(?:{verbs}){_S}(?P<phrase>(?:{_PAIRED})?(?:{_DESCRIPTIVE}{_S}){{0,3}}?"
        rf"(?:{nouns}))(?![\p{{L}}\p{{N}}'’-])(?={_END})"
        for verbs, nouns in _FRAMES
    )
)
# A trip described by its purpose after "on" ("on inspection tour", "on study visit"):
# one trip, "on an inspection tour".
_TRIP = regex.compile(
    rf"(?<![\p{{L}}'’-])on{_S}(?P<phrase>(?:inspection|study|research|business|fact-finding"
    rf"|working|official|state|friendly|goodwill|investigation){_S}(?:tour|visit|trip))"
    rf"(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_PREFILTER = (
    r"\b(?:ma[dk]e?|mak|pa[iy]|play|h[eo]ld|sign|establish|set|sets|setting|extend|carr"
    r"|gi?ve|gave|deliver|conven|la[iy]|seiz)\w*[ \u00a0]+(?:out[ \u00a0]+|up[ \u00a0]+)?(?:[a-z][a-z -]*?[ \u00a0])?"
    r"(?:effort|contribution|difference|breakthrough|decision|speech|statement|proposal"
    r"|commitment|visit|call|role|part|ceremony|meeting|symposium|seminar|forum|conference"
    r"|workshop|banquet|reception|briefing|session|dialogue|agreement|contract|memorandum"
    r"|deal|treaty|relationship|partnership|mechanism|platform|alliance|fund|welcome"
    r"|inspection|investigation|survey|campaign|policy|lecture|report|talk|explanation"
    r"|presentation|analysis|foundation|opportunity|chance)\b"
)
# A life or a future described as good, after a verb of living or making, or after "for"
# or "toward": "enjoy better life", "build bright future", "work for common future". One
# such life or future, "a better life", where a bare "life" is life in general ("enjoy
# life", "rural life"); so only with a word that rates it.
_LIFE = regex.compile(
    rf"(?<![\p{{L}}'’-])(?:enjoy|enjoys|enjoyed|enjoying|lead|leads|led|leading|live|lives"
    rf"|lived|living|pursue|pursues|pursued|pursuing|build|builds|built|building|create"
    rf"|creates|created|creating|embrace|embraces|embraced|embracing|start|starts|started"
    rf"|starting|have|has|had|having|for|toward|towards){_S}(?P<phrase>(?:(?:much|even|still)"
    rf"{_S})?(?:better|brighter|bright|happy|happier|good|shared|common|prosperous|beautiful"
    rf"|promising|peaceful|decent|comfortable|wonderful|rosy|new){_S}(?:life|future))"
    rf"(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_LIFE_PREFILTER = (
    r"(?:better|brighter|bright|happy|happier|good|shared|common|prosperous|beautiful"
    r"|promising|peaceful|decent|comfortable|wonderful|rosy|new)[ \u00a0]+(?:life|future)\b"
)
_TRIP_PREFILTER = r"\bon[ \u00a0]+[a-z-]+[ \u00a0]+(?:tour|visit|trip)\b"
# A thing rated as one of its kind after "as" or a verb of being: "serves as important
# bridge", "is good reference for", "joined as non-voting attendee". A word that rates
# (important, key, major, good, effective, typical …) makes the noun after it one thing of
# many, and a singular count noun cannot stand bare. Only a singular noun that ends its
# phrase; a mass noun, which may stand bare ("is important work", "as strong support", "is
# good practice"), an adverb that ends the clause ("remained strong today", "was good
# overall") and a title, which takes "the" or nothing ("as new Party chief"), are left
# alone, and so are "as well as", "such as", "so as".
_RATING = (
    r"important|key|major|significant|good|effective|powerful|useful|vital|crucial|typical"
    r"|successful|excellent|valuable|new|non-voting|strong|solid|unique|fundamental"
    r"|essential|landmark|historic|milestone"
)
_NOT_COUNT = (
    # Mass nouns.
    r"work|business|practice|value|territory|ground|energy|research|information|evidence"
    r"|support|guidance|help|progress|advice|knowledge|momentum|impetus|importance"
    r"|significance|quality|land|water|food|money|time|space|development|growth|cooperation"
    r"|management|governance|security|protection|training|education|infrastructure"
    r"|investment|potential|demand|input|output|capital|technology|content|software"
    r"|equipment|data|access|attention|care|concern|interest|weight|meaning|news"
    r"|ties|health|safety|stability|order|reform|innovation|opening-up|material"
    r"|strength|power|faith|confidence|impact|influence|leadership|experience|normal"
    r"|proof|luck|weather|personnel|staff|feedback|revenue|income|heritage|fuel|traffic"
    # Adverbs and conjunctions that end a clause.
    r"|enough|because|since|when|while|if|here|there|now|then|too|yet|still|indeed|already"
    r"|today|tomorrow|overall|therefore|thereafter|afterwards?|again|though|however|instead"
    r"|anyway|overseas|abroad|nationwide|worldwide|alike|ahead|forward|home|online|offline"
    r"|first|anew|nonetheless|nevertheless|meanwhile|otherwise|altogether|once|twice|even"
    # Titles of office.
    r"|chief|secretary|mayor|governor|director|head|chair|chairman|chairwoman|president"
    r"|minister|leader|commander|ambassador|consul|premier|envoy|deputy|spokesperson"
    r"|spokesman|spokeswoman"
)
_RATED = regex.compile(
    rf"(?<![\p{{L}}'’-])(?:(?<!(?:well|such|so|soon|same|far|long|much){_S})as|is|was"
    rf"|becomes?|became|remains?|remained){_S}(?P<phrase>(?:{_RATING}){_S}(?:Party{_S})?"
    rf"(?!(?:{_NOT_DESCRIPTIVE}|{_NOT_COUNT})(?![\p{{L}}-]))\p{{Ll}}[\p{{Ll}}-]*(?<!s)(?<!ly)"
    rf"(?<!ed)(?<!ing))(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
# A rated word that is the first of two describing words over a plural or mass head ("as
# strong domestic and overseas orders lifted output", "as strong political and
# financial support"): the word describes, the head needs no "a". Only a word that ends
# like an adjective, before "and", "or" or a comma and one or two words that end in that
# head, so that a noun joined to a second one ("is important hub and gateway", "was good
# example and sets standards", "is important portal and gateway for exports") is still
# found.
_ADJECTIVE_ENDING = regex.compile(r"(?:ive|ic|al|ous|ful|ent|ant|ible|able|ary|ory|ar)$")
_SHARED_HEAD = regex.compile(
    rf"(?:,|,?{_S}(?:and|or)){_S}(?:(?!{_NOT_DESCRIPTIVE}(?![\p{{L}}-]))\p{{Ll}}[\p{{Ll}}-]*{_S}){{1,2}}?"
    rf"(?:(?:{_NOT_COUNT})|\p{{Ll}}[\p{{Ll}}-]*[^s\W]s)(?![\p{{L}}\p{{N}}'’-])"
)
_RATED_PREFILTER = (
    rf"\b(?:as|is|was|becomes?|became|remains?|remained)[ \u00a0]+(?:{_RATING})[ \u00a0]+\p{{L}}"
)
# The verb's form used as an adjective after a determiner ("under the established
# mechanism", "a newly signed agreement"), or a noun before "making" ("decision making
# mechanism"): no verb and no frame.
_DETERMINER_BEFORE = regex.compile(
    r"(?<![\p{L}'’-])(?i:a|an|the|its|their|our|his|her|this|that|these|those|each|every"
    r"|any|no|newly|recently|already|well|decision|policy|law|rule|money|peace|film|profit"
    r"|history)(?:[ \u00a0]+\p{Ll}+ly)?[ \u00a0-]+$"
)

# "Inspection", "investigation" and "policy" are also activities English does not count
# ("the goods are open to inspection", "carry out government policy"). Listed with other bare
# activities after "carry out" ("carried out investigation and research", "carry out quality
# inspection, equipment upkeep and staff training", "carrying out health inspection,
# cleaning wards"), each is such an activity, not one count noun stripped of its article.
_MASS_ACTIVITY = regex.compile(
    rf"(?i)(?:carry|carries|carried|carrying){_S}out{_S}.*(?:inspection|investigation|policy)$"
)
_LISTED_WITH = regex.compile(
    rf"[ \u00a0]*(?:,|{_S}and|{_S}or){_S}"
    rf"(?!(?:a|an|the|its|their|this|that|these|those|his|her|our|we|they|he|she|it|and"
    rf"|which|who|but|so|then)(?![\p{{L}}-]))"
    # A verb after "and" is the next clause's, not a second activity ("carried out
    # inspection and found faults" still wants "an inspection").
    rf"(?!\p{{Ll}}+ed(?![\p{{L}}-])|(?:found|made|took|gave|held|sent|met|put|set|saw|began"
    rf"|urged|called)(?![\p{{L}}-]))\p{{Ll}}"
)


@rule("E829", "article-missing-in-verb-frame", Severity.WARNING, Fix.UNSAFE)
def article_missing_in_verb_frame(ctx: Context) -> pl.DataFrame:
    """A singular count noun of a fixed verb frame with no article ("made all-out effort").

    ## What it does
    Finds a verb of a fixed frame, in any of its forms, and the singular count noun it
    takes as its object, with up to three describing words and no article or other
    determiner between them, where the noun ends its phrase: make an effort, a
    contribution, a difference, a breakthrough, a decision, a speech, a statement, a
    proposal, a commitment, a visit or an analysis; pay a visit or a call; play a role or a part; hold a
    ceremony, meeting, symposium, seminar, forum, conference, workshop, banquet, reception,
    briefing, session or dialogue; sign an agreement, a contract, a memorandum, a deal or
    a treaty; establish or set up a relationship, partnership, mechanism, platform,
    alliance or fund; extend a welcome; carry out an inspection, investigation, survey,
    campaign or policy; give or deliver a speech, a lecture, a report, a talk, an
    explanation or a presentation; convene a meeting, session, briefing, conference,
    symposium, seminar or forum; lay a foundation; seize an opportunity or a chance
    ("lay solid foundation for", "seized opportunity brought by"); two describing words joined by "and" count as one
    ("gave comprehensive and systematic explanation") ("made all-out effort",
    "paid friendly visit to", "played important role", "held signing ceremony of",
    "signed cooperation agreement", "established cooperative relationship", "extended
    warm welcome"); be or become a member, and "also a member" after a name ("is member
    of", "Li Wei, also member of the Standing Committee"; a title after "elected" or "as"
    is left alone). Also a trip named by its purpose after "on" ("on inspection tour"),
    and a life or future rated good (better, bright, happy, shared, common, prosperous…)
    after a verb of living or making (enjoy, lead, live, build, create, pursue, have…) or
    after "for" or "toward" ("enjoy better life", "for common future"); a bare "life" is
    life in general ("enjoy life", "rural life") and is left alone. Also a singular count
    noun rated one of its kind (important, key, major, good, effective, vital, typical,
    essential…) after "as" or a verb of being ("serves as important gateway", "is good
    example for", "joined as non-voting observer"); a mass noun ("is important work", "as
    strong support"), an adverb that ends the clause ("remained strong today") and a title
    of office, which takes "the" or nothing ("as new Party chief"), and the first of two
    describing words over a plural or mass head ("as strong domestic and overseas orders
    lifted output") are left alone.
    Suggests "a" or "an", or "the" where what follows the noun names the one meant ("seized
    opportunity brought by the new route", "held signing ceremony of the project"). Left alone: a determiner, possessive or quantifier before the
    noun ("made every effort", "played its role", "made considerable effort", a mass),
    the plural ("made efforts", "held talks"), a noun that modifies the next one ("held
    meeting rooms"), the verb's form used as an adjective after a determiner ("the
    established mechanism"), frames that take no article ("reach agreement", "make
    progress"), and headings and titles, which drop articles by design.

    ## Why is this bad?
    Chinese has no articles, and a word-for-word rendering of 做出了不懈努力 or 举行签约仪式
    drops one; in English a singular count noun cannot stand bare, so "held signing
    ceremony" reads as a machine translation in the sentence that reports what was done.

    ## Example
    ```text
    The county made all-out effort to cut red tape and held signing ceremony with the
    investors.
    ```

    ## Use instead
    ```text
    The county made an all-out effort to cut red tape and held a signing ceremony with the
    investors.
    ```

    ## Fix safety
    Unsafe: "a" or "an" is suggested; the phrase may want "the" (one named before) or the
    plural, so a person decides.
    """
    rows = new_rows()
    segments = running_text(ctx)
    for prefilter, pattern in (
        (_PREFILTER, _PATTERN),
        (_TRIP_PREFILTER, _TRIP),
        (_LIFE_PREFILTER, _LIFE),
        (_MEMBER_PREFILTER, _MEMBER),
        (_RATED_PREFILTER, _RATED),
    ):
        for doc, base, text, m in prose_matches(segments, "tgt", prefilter, pattern):
            # No Title Case check: the frame's words are in lower case, so it is never part
            # of a title, and a lower-case word ends a title run around it. The determiner
            # test is for a verb's form used as an adjective; "as" and "is" are no such
            # form ("This is important step").
            if pattern is not _RATED and _DETERMINER_BEFORE.search(text, 0, m.start()):
                continue
            if _MASS_ACTIVITY.match(m.group()) and _LISTED_WITH.match(text, m.end()):
                continue
            if (
                pattern is _RATED
                and _ADJECTIVE_ENDING.search(m.group())
                and _SHARED_HEAD.match(text, m.end())
            ):
                continue
            if pattern is _PATTERN and _DEFINED_AFTER.match(text, m.end()):
                phrase = m.group("phrase")
                add_the(
                    rows,
                    doc,
                    base,
                    m,
                    f"“{phrase}” is the one named after it and takes “the”",
                    "phrase",
                )
                continue
            add_a(rows, doc, base, m)
    return output(rows)
