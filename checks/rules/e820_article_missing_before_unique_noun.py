"""E820 article-missing-before-unique-noun."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import add_the, running_text
from tifa.checks.context import Context
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# The words after which the noun phrase starts: a preposition, or "and" / "or" joining it
# to another ("the Party and whole nation").
_BEFORE = (
    r"(?:of|from|in|at|on|to|into|with|for|by|under|across|throughout|among|around|over"
    r"|and|or)"
)
# Noun phrases that name one thing and take "the" in English: the whole nation, the
# international community, the Chinese revolution, the Bai ethnic group.
_UNIQUE = (
    rf"(?:entire|whole){_S}(?:nation|country|society|world|[Pp]arty|province|city|county"
    r"|region|district|town|village)"
    rf"|international{_S}community|outside{_S}world"
    rf"|Chinese{_S}revolution"
    # 中国式现代化道路: "the Chinese path to modernization", one path ("Chinese
    # modernization" itself is written bare)
    rf"|Chinese{_S}path{_S}to{_S}moderni[sz]ation"
    rf"|\p{{Lu}}\p{{Ll}}+{_S}ethnic{_S}(?:group|minority)"
    # A plan of so many years: "the three-year action plan"
    rf"|(?:two|three|four|five|six|ten|\d{{1,2}})-year(?:{_S}action)?{_S}plan"
    # The country's anthem, flag and emblem, where the phrase ends its own ("started with
    # national anthem"; not "at national flag raising ceremonies")
    rf"|national{_S}(?:anthem|flag|emblem)(?=[ \u00a0]*(?:[,.;:)!?]|$)|{_S}(?:and|or|to|in|on"
    r"|of|at|by|with|for|as|is|was|are|were|played|raised|hoisted|flew|flying|fluttering"
    r"|being)(?![\p{L}]))"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<before>{_BEFORE}){_S}(?P<name>{_UNIQUE})"
    r"(?![\p{L}\p{N}-])"
)
_PREFILTER = (
    r"(?:entire|whole)[ \u00a0]+\p{L}|international[ \u00a0]+community|outside[ \u00a0]+world"
    r"|Chinese[ \u00a0]+(?:revolution|path)\b|ethnic[ \u00a0]+(?:group|minority)\b|-year[ \u00a0]+"
    r"|national[ \u00a0]+(?:anthem|flag|emblem)\b"
)
# The economy or the population of the place the article is about, or of the world: "the
# impact on the local economy", "the aging of the rural population", "its share of the world
# economy". Only where the phrase ends its own (a noun after it is its head: "of local
# economy development"), so a separate pattern that leaves the ones above as they were.
_SHARED = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<before>{_BEFORE}){_S}(?P<name>(?:local|rural|urban){_S}"
    rf"(?:economy|population)|(?:world|global){_S}economy)(?![\p{{L}}\p{{N}}'’-])"
    r"(?=[ \u00a0]*(?:[,.;:)!?]|$)|[ \u00a0]+(?:and|or|to|in|on|of|at|by|with|for|as|is|was|are"
    r"|were|has|have|had|will|from|through|since|during|under|into|which|that|grew|rose|fell"
    r"|\p{Ll}{2,}(?<!e)ed)(?![\p{L}]))"
)
_SHARED_PREFILTER = r"(?:local|rural|urban|world|global)[ \u00a0]+(?:economy|population)\b"
# An industry named by the nouns of its trade ("of tourism industry", "by big data
# industry", "such as electronic industry") and the national average ("than national
# average level"): one whole, which English writes with "the". Only after a preposition,
# where the phrase ends its own ("of tourism industry development" has its head after it);
# an adjective or a determiner first makes it a kind or gives it its own ("of heavy
# industry", "of high-tech industry", "its tourism industry"), and the primary, secondary
# and tertiary industries are written both ways.
_KIND = (
    r"(?:the|a|an|its|their|our|his|her|this|that|these|those|whole|entire|such|each|every"
    r"|which|what|any|some|no|one|two|three|primary|secondary|tertiary|heavy|light|modern"
    r"|new|emerging|traditional|high-tech|hi-tech|high-end|advanced|strategic|local"
    r"|national|domestic|global|foreign|private|state-owned|key|pillar|leading|green"
    r"|related|relevant|specific|certain|other|same|supportive|sunrise|sunset|whose|and|or"
    # 规模工业 word for word ("of scale industry"): a statistics category, T119's to name
    r"|scale"
    # a size makes a kind too: Marx's "modern large-scale industry" (现代大工业), "of
    # small-scale industry"
    r"|large-scale|small-scale|large|small"
    r"|of|in|for|to|with|by|as|on|at|from|is|was|are|were|be|been|has|have|had"
    # a preposition inside the words before "industry" ends the phrase: "in fields like
    # industry, trade and culture" names fields and gives industry as one of them
    r"|like|unlike|including|among|between|via|about|than)"
)
_TRADE = r"(?![\p{L}-])"
_INDUSTRY = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<before>(?<!(?:areas?|fields?|sectors?|spheres?|domains?)"
    # A field named after "the fields of" ("cooperate in the fields of chemical industry,
    # new energy and materials") is one field among others, which takes no "the".
    r"[ \u00a0]+)of|in|by|for|from|with|as|into|on|at|under|than|above|below|over)"
    # No verb first: "for boosting tourism industry" has its object after the verb ("to" is
    # left out: "to develop breeding industry").
    rf"{_S}(?P<name>(?!{_KIND}{_TRADE})(?!\p{{Ll}}+ing{_S}\p{{Ll}})\p{{Ll}}[\p{{Ll}}-]*(?:{_S}(?!{_KIND}{_TRADE})"
    rf"\p{{Ll}}[\p{{Ll}}-]*){{0,2}}{_S}industry|national{_S}average(?:{_S}level)?)"
    r"(?![\p{L}\p{N}-])"
    r"(?=[ \u00a0]*(?:[,.;:)!?]|$)|['’]s(?![\p{L}])|[ \u00a0]+(?:and|or|to|in|on|of|at|by"
    r"|with|for|as|is|was|are|were|has|have|had|will|from|through|since|during|under|into"
    r"|which|that|grew|rose|fell|contributed|accounted|mainly|also|recently|today|last|this"
    r"|next|every|\p{Ll}{2,}(?<!e)ed)(?![\p{L}]))"
)
_INDUSTRY_PREFILTER = r"\p{Ll}[ \u00a0]+industry\b|national[ \u00a0]+average\b"

# What may follow a phrase that ends its own: punctuation, the end, or a function word; a
# noun after it would be its head ("at county level governments").
_PHRASE_END = (
    r"(?=[ \u00a0]*(?:[,.;:)!?]|$)|[ \u00a0]+(?:and|or|to|in|on|of|at|by|with|for|as|is|was"
    r"|are|were|has|have|had|will|from|through|since|during|under|into|which|that|so|should"
    r"|must|can|could|would|shall|may|across|throughout|more|better|further|first|also|again"
    r"|too|now|especially)(?![\p{L}]))"
)
# The government of the place in hand as the owner of its officials, its reports or its
# support ("officers of local government attended", "heard the work reports of local
# government"): the one government the story is about, which English marks with "the".
# Only after "of" that follows such a noun, and where the phrase ends its own: "local
# government" as a kind of rule ("the role of local government", "reform of local
# government") is written bare and left alone.
_OWN_GOVERNMENT = regex.compile(
    r"(?<=(?<![\p{L}-])(?i:officials|officers|leaders|heads|staff|departments|reports?"
    r"|representatives|support|help|invitation|request|approval)[ \u00a0]+)(?P<before>of)"
    rf"{_S}(?P<name>local{_S}government)(?![\p{{L}}\p{{N}}'’-])"
    # Spread over levels ("heads of local government at all levels are named river chiefs")
    # it is the tier of government, one of which each level has, written bare: not the one
    # government of the story.
    rf"(?!{_S}(?:at|on|of){_S}(?:all|various|different|every|each|multiple|several|the{_S}"
    r"(?:various|different))(?![\p{L}'’-]))"
    # or a verb in the past or "including" after it: "officers of local government
    # attended", "officials of local government including …"
    rf"(?:{_PHRASE_END}|(?={_S}(?:including|\p{{Ll}}{{2,}}(?<!e)ed)(?![\p{{L}}])))"
)
_OWN_GOVERNMENT_PREFILTER = r"\bof[ \u00a0]+local[ \u00a0]+government\b"
# A level of government or of society named as the place where something happens: "at the
# grassroots level", "to the provincial level". The level is one of a known set, so it
# takes "the" as "the top" does; English translations of the genre drop it word for word.
_LEVEL = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<before>at|to|from){_S}(?P<name>(?:grassroots|grass-roots"
    r"|local|community|county|township|village|municipal|provincial|prefectural|city"
    rf"|primary|central|national|state|ministerial|district|regional){_S}level)(?![\p{{L}}\p{{N}}'’-]){_PHRASE_END}"
)
# A whole named by its kind or its name, one of its sort that writer and reader share: the
# digital, real, private or marine economy (the sector of the country in hand), the new era,
# a spirit named after a person, place or event ("the Lei Feng spirit", "the Long March
# spirit"), and the grassroots. Only where the phrase ends its own ("of digital economy
# industry" has its head after it), after a preposition, "and", or a verb of carrying a
# spirit on. "Party spirit" (党性) is a quality, written without "the", and "an open
# economy" takes "an": both are left alone.
_WHOLE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<before>{_BEFORE}|forward|promot(?:e|es|ed|ing)"
    r"|inherit(?:s|ed|ing)?|uph(?:old|olds|eld|olding)|spread(?:s|ing)?|carr(?:y|ies|ied|ying)"
    rf"{_S}on){_S}(?P<name>(?:digital|real|private|marine|sharing|platform|low-altitude"
    rf"|night-time|silver|socialist{_S}market){_S}economy|[Nn]ew{_S}[Ee]ra"
    rf"|(?!Party{_S})\p{{Lu}}[\p{{Ll}}'’-]+(?:{_S}\p{{Lu}}[\p{{Ll}}'’-]+){{0,2}}{_S}spirit"
    rf"|grass-?roots)(?![\p{{L}}\p{{N}}'’-]){_PHRASE_END}"
)
_WHOLE_PREFILTER = r"(?:economy|[Ee]ra|spirit|grass-?roots)\b"
# The mind that is freed (解放思想: "emancipate the mind"): the one mind of those urged,
# which English writes with "the"; word-for-word English drops it ("we must emancipate
# mind, break new ground"). Only right after a verb of freeing it and where the phrase
# ends its own; the plural ("emancipate their minds") is left alone.
_MIND = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<before>(?:emancipat|liberat)(?:e|es|ed|ing))"
    rf"{_S}(?P<name>mind)(?![\p{{L}}\p{{N}}'’-]){_PHRASE_END}"
)
_MIND_PREFILTER = r"\b(?:emancipat|liberat)\w*[ \u00a0]+mind\b"
# Someone working or serving "at county level" names a rung of a career, which English
# writes without "the" as it writes "at board level": left alone.
_CAREER_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}-])(?:work|works|worked|working|serve|serves|served|serving|post|posts"
    r"|posted|posting|cadres?|officials?|leaders?|positions?|jobs?)\s+$"
)
_LEVEL_PREFILTER = r"(?:at|to|from)[ \u00a0]+[\p{Ll}-]+[ \u00a0]+level\b"
# Two bare levels as the ends of a range ("chiefs named from county level to village
# level"): English drops the article from both ends of a from-to pair, as in "from door to
# door" and "from top to bottom". Both ends bare: one with "the" leaves the other to be found.
_RANGE_START = regex.compile(
    r"(?<![\p{L}\p{N}'’-])from[ \u00a0]+[\p{Ll}-]+[ \u00a0]+level[ \u00a0]+$"
)
_RANGE_END = regex.compile(r"[ \u00a0]+to[ \u00a0]+[\p{Ll}-]+[ \u00a0]+level(?![\p{L}\p{N}'’-])")
# The business environment of the place in hand, improved, optimised or spoken of: "to
# optimize the business environment", "complaints about the business environment". One
# place has one; word-for-word English drops the article (优化营商环境). Only the bare
# phrase right after a verb of improving or a preposition, where it ends its phrase: an
# adjective before it makes a kind ("a first-class business environment", E812's), and a
# noun after it is its head ("business environment bureau").
# The investment environment and the (rural or urban) living environment of the place are
# its one environment as surely ("promote investment environment of Hangzhou", "the
# improvement of rural living environment"), and "promote" improves it as well.
_BUSINESS = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<before>(?:improv|optimi[sz]|upgrad|regulat|enhanc|creat"
    r"|perfect|promot)(?:e|es|ed|ing)|of|on|about|concerning|regarding|in|for|to)"
    rf"{_S}(?P<name>(?:business|investment|(?:(?:rural|urban){_S})?living){_S}environment)"
    rf"(?![\p{{L}}\p{{N}}'’-]){_PHRASE_END}"
)
_BUSINESS_PREFILTER = (
    r"[\p{Ll}][ \u00a0]+(?:business|investment|rural|urban|living)[ \u00a0]+"
    r"(?:living[ \u00a0]+)?environment\b"
)
# The economic or international situation: the one of the day, which a meeting studies
# (形势: "analyze the current economic situation", "a meeting on the economic situation").
# Only after a verb of studying it or a preposition of its topic; "of" too ("a report of
# economic situation").
_SITUATION = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<before>analy[sz](?:e|es|ed|ing)|stud(?:y|ies|ied|ying)"
    r"|assess(?:es|ed|ing)?|review(?:s|ed|ing)?|discuss(?:es|ed|ing)?|grasp(?:s|ed|ing)?|of|on"
    r"|about|concerning|regarding)"
    rf"{_S}(?P<name>(?:(?:current|present|overall){_S})?(?:economic|international){_S}situation)"
    rf"(?![\p{{L}}\p{{N}}'’-]){_PHRASE_END}"
)
_SITUATION_PREFILTER = r"\b(?:economic|international)[ \u00a0]+situation\b"

# The revitalization or rejuvenation of a place or a people, and the fight against
# corruption: one campaign each, which English writes with "the" ("lead the revitalization
# of Liaoning", "progress in the fight against corruption"). Only after a verb of pushing
# it on or a preposition: "to" and "will" before "fight" make it a verb.
_CAMPAIGN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<before>promot(?:e|es|ed|ing)|lead(?:s|ing)?|led"
    r"|accelerat(?:e|es|ed|ing)|realiz(?:e|es|ed|ing)|realis(?:e|es|ed|ing)|achiev(?:e|es|ed|ing)"
    r"|advanc(?:e|es|ed|ing)|boost(?:s|ed|ing)?|deepen(?:s|ed|ing)?|strengthen(?:s|ed|ing)?"
    r"|intensif(?:y|ies|ied|ying)|of|for|in|on|into|toward|towards)"
    rf"{_S}(?P<name>(?:revitali[sz]ation|rejuvenation)(?={_S}of{_S})|fight{_S}against{_S}"
    r"corruption)(?![\p{L}\p{N}'’-])"
)
_CAMPAIGN_PREFILTER = r"(?:revitali[sz]ation|rejuvenation)[ \u00a0]+of\b|fight[ \u00a0]+against"
# An act named by its noun with its own of-phrase, right after a preposition: "opinions
# about further promotion of cooperation", "talks on development of tourism", "a ceremony
# for joint commencement and signing of projects". The of-phrase makes it the one
# act of that thing, which English marks with "the"; word-for-word English drops it
# (就进一步推进合作交换意见). Only after a preposition ("and" or "of" before it joins it to
# a noun that has its determiner, "the planning and construction of"), with at most one
# word of manner before the noun, and a second act joined by "and" shares the one "the".
# "upon" is left out ("upon establishment of the company", a legal formula).
_ACTS = (
    r"(?:development|construction|implementation|protection|promotion|establishment"
    r"|improvement|optimi[sz]ation|transformation|upgrading|building|renovation"
    r"|reconstruction|expansion|commencement|introduction|cultivation|integration"
    r"|formulation|revision|preservation|moderni[sz]ation|deepening|strengthening"
    r"|enhancement|consolidation|popularization|standardization|signing)"
)
_MANNER = (
    r"(?:further|continued|continuous|steady|sound|healthy|orderly|overall|comprehensive"
    r"|centrali[sz]ed|rapid|smooth|accelerated|coordinated|joint|full|effective|in-depth"
    r"|high-quality|sustainable|all-round|vigorous|gradual|systematic|thorough)"
)
_NO_DETERMINER = (
    r"(?!(?:the|a|an|its|their|our|his|her|this|that|these|those|each|every|any|some)"
    r"(?![\p{L}'’-]))"
)
_ACT = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<before>(?i:from|in|at|on|to|into|with|for|by|under|about"
    r"|through|during|toward|towards|via|regarding|concerning|after|before))"
    # The word before a second act is one of manner, never a determiner: "in high-quality
    # development and the construction of new towns" gives the second act its own "the", and
    # the of-phrase is that act's alone.
    rf"{_S}(?P<name>(?:{_MANNER}{_S})?{_ACTS}(?:{_S}and{_S}(?:{_NO_DETERMINER}\p{{Ll}}[\p{{Ll}}-]*{_S})?{_ACTS})?)"
    rf"(?={_S}of(?![\p{{L}}\p{{N}}'’-]))"
)
_ACT_PREFILTER = r"(?:ment|tion|ing|sion)[ \u00a0]+of\b"
# The body of a meeting or an office named by its common noun alone: the presidium of a
# session, the inspection group sent to a place, the supervisory commission of a level
# ("chairman of presidium", "reported to inspection group", "director of Supervisory
# Committee"). There is one of each in the story, which English marks with "the"; only
# where the phrase ends its own ("inspection group members" has its head after it).
# The economy of the place or the nation after "of" ("growth of economy", "the plan of
# national economy"), likewise; but not a field named in a list of fields ("in the areas of
# economy, trade and culture", "of economy, trade, tourism and ..."), where no field takes
# "the".
# So too any body named by its common noun alone, the one the story is about: a committee,
# commission, secretariat, procuratorate, bureau or council in capitals with nothing of
# its own before it ("departments of Commission attended"; before an of- or for-phrase
# in capitals it is E807's), and a committee or commission of a kind in lower case —
# management, working, organizing, preparatory, steering, supervisory ("director of
# management committee of the zone"). Where the phrase ends its own, or a verb in the past
# follows ("Commission attended").
_BODY_ALONE = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<before>of|to|for|by|from|with|at|on|in|into|under)"
    rf"{_S}(?P<name>(?:Committee|Commission|Secretariat|Procuratorate|Bureau|Council)"
    rf"(?!{_S}(?:of|for){_S}(?:the{_S})?\p{{Lu}})"
    r"|(?:management|managing|administrative|working|organizing|organising|preparatory"
    rf"|steering|supervisory){_S}(?:committee|commission))(?![\p{{L}}\p{{N}}'’-])"
    rf"(?:{_PHRASE_END}|(?={_S}\p{{Ll}}{{2,}}(?<!e)ed(?![\p{{L}}])))"
)
_BODY_ALONE_PREFILTER = (
    r"\b(?:of|to|for|by|from|with|at|on|in|into|under)[ \u00a0]+(?:Committee|Commission"
    r"|Secretariat|Procuratorate|Bureau|Council)\b|\p{Ll}[ \u00a0]+commi(?:ttee|ssion)\b"
)
_ONE_BODY = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<before>of|to|for|by|from|with|at|on|in|into|under)"
    rf"{_S}(?P<name>[Pp]residium|(?:central{_S}|provincial{_S}|municipal{_S})?inspection{_S}"
    rf"(?:group|team)|Supervisory{_S}(?:Committee|Commission)|(?<=(?<!(?:sake|terms|class|grounds|reasons?"
    rf"|areas?|fields?|sectors?|spheres?|domains?|realms?){_S})of{_S})"
    rf"(?:national{_S})?economy(?!,{_S}\p{{Ll}}+(?:,|{_S}and{_S}|{_S}or{_S})))"
    rf"(?![\p{{L}}\p{{N}}'’-]){_PHRASE_END}"
)
_ONE_BODY_PREFILTER = (
    r"[Pp]residium\b|inspection[ \u00a0]+(?:group|team)\b|Supervisory[ \u00a0]+Commi"
    r"|\bof[ \u00a0]+(?:national[ \u00a0]+)?economy\b"
)

# The capital of a province or country said of a city with a verb of being or "as" ("Guiyang
# is capital city of Guizhou", "serves as capital of the province"): a place has one
# capital, which English marks with "the". An appositive after a comma drops it by design
# ("Xi'an, capital city of Shaanxi"), so only after the verb. And "on the spot", where the
# phrase ends its own ("solved problems on spot"; not "on spot checks").
_CAPITAL = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<before>is|was|are|were|be|been|being|as|became|becomes|become"
    rf"|remains|remained){_S}(?P<name>capital(?:{_S}city)?)(?={_S}of{_S}(?:the{_S})?\p{{Lu}})"
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<before>on){_S}(?P<name>spot)(?![\p{{L}}\p{{N}}'’-]){_PHRASE_END}"
)
_CAPITAL_PREFILTER = r"\bcapital[ \u00a0]+(?:city[ \u00a0]+)?of\b|\bon[ \u00a0]+spot\b"

# The partnership of two named countries or places, described or not ("deepen China-Vietnam
# comprehensive strategic partnership", "the progress of Russia-China all-round partnership
# of strategic coordination"): the two sides have one, which English names with "the" as
# the Xinhua and Foreign Ministry renderings do. Only right after a preposition or a verb
# of pushing it on, and where "partnership" ends its own phrase ("China-Africa partnership
# programs" has its head after it); an article or a possessive before the pair ("a
# China-EU partnership", "our China-Laos partnership") is a determiner of its own.
_PARTNERSHIP = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<before>{_BEFORE}|between|forward|push(?:es|ed|ing)?"
    r"|promot(?:e|es|ed|ing)|deepen(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|enrich(?:es|ed|ing)?"
    r"|enhanc(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|consolidat(?:e|es|ed|ing)"
    r"|upgrad(?:e|es|ed|ing)|elevat(?:e|es|ed|ing)|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?)"
    rf"{_S}(?P<name>(?:\p{{Lu}}\p{{L}}+|Sino)(?:-\p{{Lu}}\p{{L}}+)+"
    # Describing words, not nouns of their own: "of China-Africa cooperation and
    # partnership" joins two things, and a plural ("relations") heads its own phrase.
    rf"(?:{_S}(?!(?:and|or|of|to|in|on|for|with|the|a|an)(?![\p{{L}}-]))"
    r"(?!\p{Ll}[\p{Ll}-]*(?:tion|ship|ment|(?<!s)s)(?![\p{L}-]))\p{Ll}[\p{Ll}-]*"
    rf"(?:{_S}and(?={_S}\p{{Ll}}))?){{0,5}}{_S}partnership)"
    rf"(?![\p{{L}}\p{{N}}'’-])(?:{_PHRASE_END}|(?={_S}between(?![\p{{L}}])))"
)
_PARTNERSHIP_PREFILTER = r"\p{Lu}\p{L}+-\p{Lu}[^.!?;]*?[ \u00a0]partnership\b"

# A span of time fixed by an ordinal or by "next", "past" or "last" and a count: "in the
# first quarter", "for the next five years", "over the past few months". There is one
# such span, which English marks with "the"; word-for-word English drops it (在一季度,
# 未来五年). Only right after a preposition, and a quarter or half only where its phrase
# ends or "of" follows ("in first-quarter GDP" is a modifier). Without a count ("in past
# years", "in coming days") the phrase is good English and is left alone.
_COUNT = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|hundred|few|several)"
)
_SPAN = regex.compile(
    # (a capital too: the phrase often opens its sentence, "Over past five years, …")
    r"(?<![\p{L}\p{N}'’-])(?P<before>(?i:in|for|during|over|within|through|throughout|since"
    r"|until|till|by|from|to|of|before|after|across|into))"
    rf"{_S}(?P<name>(?:first|second|third|fourth|final|last){_S}(?:quarter|half)"
    rf"(?![\p{{L}}\p{{N}}'’-])(?:{_PHRASE_END}|(?={_S}(?:this|last|next){_S}year))"
    rf"|(?:next|past|last|coming|previous|following){_S}{_COUNT}{_S}(?:years|months|weeks"
    r"|days|decades)(?![\p{L}\p{N}'’-]))"
)
_SPAN_PREFILTER = (
    r"(?:first|second|third|fourth|final|last)[ \u00a0]+(?:quarter|half)\b"
    r"|(?:next|past|last|coming|previous|following)[ \u00a0]+[\p{L}\p{N}]+[ \u00a0]+"
    r"(?:years|months|weeks|days|decades)\b"
)
# The world, the country, the nation or the Party spoken of in the possessive: "in line
# with the world's top 500 companies", "the anniversary of the CPC's founding". Each is
# one thing and keeps its article before "'s"; right after a preposition the bare
# possessive is the slip ("with world's top 500", "of CPC's founding").
_POSSESSIVE = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<before>of|from|in|at|on|to|into|with|for|by|under|across"
    r"|throughout|among|around|over|about|than|like|as)"
    rf"{_S}(?P<name>(?:world|country|nation|CPC|Party|NPC|CPPCC)['’]s)(?![\p{{L}}\p{{N}}])"
)
_POSSESSIVE_PREFILTER = r"(?:world|country|nation|CPC|Party|NPC|CPPCC)['’]s\b"

# The Belt and Road, by its short name, after a preposition: "promote the construction of
# the Belt and Road", "the first assembly of the Belt and Road Local Cooperation
# Committee". Official English writes it with "the" where it heads its phrase, alone or
# as a body's or a forum's name; before a lower-case noun it modifies it bare ("for Belt
# and Road cooperation", "Belt and Road countries"), which is left alone. The initiative
# is E807's.
_BELT_AND_ROAD = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<before>of|from|in|at|on|to|into|with|for|by|under|along"
    rf"|among|about|between|across){_S}(?P<name>Belt{_S}and{_S}Road"
    rf"(?:(?:{_S}\p{{Lu}}\p{{Ll}}+){{0,3}}{_S}(?:Committee|Forum|Alliance|Summit|Conference"
    rf"|Council|Association|Fund|Office)(?![\p{{L}}\p{{N}}'’-])|(?![\p{{L}}\p{{N}}'’-]){_PHRASE_END}))"
)
_BELT_AND_ROAD_PREFILTER = r"\bBelt[ \u00a0]+and[ \u00a0]+Road\b"


# A first conjunct that is itself a bare common noun phrase after a preposition ("the essence
# of Chinese culture and Chinese spirit"): both share the zero article, or one determiner
# before the preposition, and the second is no slip of its own. A first conjunct with "the"
# ("of the Party and whole nation") or a proper name ("in Shenyang and whole province") is
# not this: its head is the place's name, and the second wants "the".
_BARE_FIRST_CONJUNCT = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?:of|in|for|on|to|with|from|by|at)[ \u00a0]+"
    r"(?!(?i:the|a|an|its|our|their|his|her|this|that|these|those|whole|entire)\b)"
    # a singular head: after a plural ("strategy for five major districts and three-year
    # action plan") "and" joins the phrases around the preposition, not its objects
    r"(?:[\p{L}'’-]+[ \u00a0]+){0,2}\p{Ll}[\p{L}'’-]*(?<![^s]s)[ \u00a0]+$"
)


def _shares_bare_first(text: str, m: regex.Match[str]) -> bool:
    """Whether `m` follows "and"/"or" after a first conjunct that is a bare common noun."""
    if m.group("before") not in ("and", "or"):
        return False
    return _BARE_FIRST_CONJUNCT.search(text, max(0, m.start() - 60), m.start()) is not None


def _bare_range(text: str, m: regex.Match[str]) -> bool:
    """Whether the level `m` found is one end of a from-to pair of bare levels."""
    if m.group("before") == "to":
        return _RANGE_START.search(text, max(0, m.start() - 40), m.start()) is not None
    return m.group("before") == "from" and _RANGE_END.match(text, m.end()) is not None


@rule("E820", "article-missing-before-unique-noun", Severity.WARNING, Fix.UNSAFE)
def article_missing_before_unique_noun(ctx: Context) -> pl.DataFrame:
    """A noun phrase that names one thing, after a preposition or "and", without "the".

    ## What it does
    Finds "whole" or "entire" before nation, country, society, world, Party, province,
    city, county, region, district, town or village; "international community"; "outside
    world" ("opening up to outside world"); "Chinese
    revolution"; "Chinese path to modernization" (not "Chinese modernization", written
    bare); and a people named with "ethnic group" or "ethnic
    minority" in the singular ("Bai ethnic group"), and a plan of so many years
    ("three-year action plan"), and the local, rural or urban economy or population or the
    world or global economy where the phrase ends its own ("impact on local economy",
    "aging of rural population"; not "of local economy development"), and the local
    government after "of" that follows its officials, officers, reports, support or the
    like ("officers of local government attended"; not "the role of local government",
    a kind of rule, nor "of local government debt"), and the national
    anthem, flag or emblem where the phrase ends its own ("opened with national anthem";
    not "national flag raising ceremonies"), an industry named by the nouns of its trade
    where it ends its phrase ("growth of tourism industry", "by big data industry", "such
    as electronic industry"; not "of heavy industry", "of high-tech industry" or "of
    tertiary industry", which an adjective makes a kind, nor "of tourism industry
    development", nor "in fields like industry", a field among others) and the national average ("than national average level"); a level
    named as the place where work is done, after "at", "to" or "from" ("settled at
    grassroots level", "handed down to county level"; not the rung of a career, "has
    worked at county level", nor the two bare ends of a range, "from county level to
    village level"), and the business environment after a
    verb of improving or a preposition ("optimize business environment"; so too the
    investment environment and the rural or urban living environment, "promote investment
    environment", "improvement of rural living environment"), the (current)
    economic or international situation after a verb of studying it or a preposition of
    its topic ("to analyze current economic situation", "a meeting on economic
    situation"), and the
    revitalization or rejuvenation of a place or people and the fight against corruption
    after a verb of pushing it on or a preposition ("lead revitalization of Liaoning",
    "promote fight against corruption"), the presidium, an inspection group or team and
    the Supervisory Committee or Commission named by the common noun alone ("chairman of
    presidium", "reported to inspection group", "director of Supervisory Committee"), and
    the economy, or the national economy, after "of" ("steady growth of economy"; not a field in a list
    of fields, "in the areas of economy, trade and culture"), the
    capital of a place after a verb of being or "as" ("Guiyang is capital city of
    Guizhou"; not the appositive "Guiyang, capital city of Guizhou"), and "on the spot"
    where the phrase ends its own ("solved problems on spot"; not "on spot checks"), the
    partnership of two countries or places named by a hyphenated pair, with its
    describing words, after a preposition or a verb of pushing it on ("enrich
    China-Vietnam comprehensive strategic partnership", "progress of Russia-China
    all-round partnership of strategic coordination"; not "a China-EU partnership", nor
    "China-Africa partnership programs"), and a
    whole named by its kind or name where it ends its phrase, also after a verb of carrying
    a spirit on: the digital, real, private or marine economy ("development of digital
    economy"), the new era ("in new era"), a spirit named after a person, place or event
    ("carried forward Lei Feng spirit"; not "Party spirit", a quality) and the grassroots
    ("at grassroots"), and the national, state, district or regional level, and a body
    named by its common noun alone — a Committee, Commission, Secretariat, Procuratorate,
    Bureau or Council in capitals where its phrase ends or a verb in the past follows
    ("departments of Commission attended"; before its of- or for-phrase it is E807's), a
    management, working, organizing, preparatory, steering or supervisory committee or
    commission in lower case ("director of management committee"), a span of time fixed
    by an ordinal, or by "next", "past" or "last" and a count ("in first quarter of
    2024", "for next five years"; not "in past years" nor "in first-quarter GDP"), and
    the world, the country, the nation or the Party in the possessive ("with world's top
    500", "of CPC's founding"), and the Belt and Road by its short name, alone or as a
    body's or forum's name ("construction of Belt and Road to …"; not "for Belt and Road
    cooperation", a modifier), and the mind after a verb of freeing it, "emancipate" or
    "liberate" ("we must emancipate mind"; not "emancipate their minds"), and an act
    named by its noun with its own of-phrase — development, construction,
    implementation, protection, promotion, upgrading, signing and their like, perhaps
    after one word of manner ("further", "joint", "coordinated") — right after a
    preposition ("views about further promotion of trade", "talks on development of
    tourism"; not "the planning and construction of", which shares one "the", nor "upon
    establishment of", a legal formula) — right after a preposition ("of",
    "from", "in", "for", "across", "throughout"…) or after "and" or "or", with no article.
    Prose only: headings drop articles by design. Left alone: the phrase with its
    article, a possessive or a determiner ("the whole nation", "our entire city", "its
    Bai ethnic group"), the plural ("ethnic groups", "three-year plans"), and a compound
    ("whole-country"), and a phrase after "and" whose first conjunct is a bare common
    noun after a preposition ("the essence of Chinese culture and Chinese spirit": both
    share one determiner, or none).

    ## Why is this bad?
    Each of these names one thing that writer and reader share, which English marks with
    "the": "the whole nation", "the international community", "the Chinese revolution",
    "the Chinese path to modernization".
    Chinese has no articles, and a word-for-word rendering drops it.

    ## Example
    ```text
    The plan won praise across whole country and from international community.
    Disputes are settled at grassroots level, and the town will optimize business environment.
    The mayors held talks on development of tourism.
    ```

    ## Use instead
    ```text
    The plan won praise across the whole country and from the international community.
    Disputes are settled at the grassroots level, and the town will optimize the business
    environment.
    The mayors held talks on the development of tourism.
    ```

    ## Fix safety
    Unsafe: "the" is suggested; a writer may prefer another determiner ("our").
    """
    rows = new_rows()
    segments = running_text(ctx)
    for prefilter, pattern in (
        (_PREFILTER, _PATTERN),
        (_SHARED_PREFILTER, _SHARED),
        (_OWN_GOVERNMENT_PREFILTER, _OWN_GOVERNMENT),
        (_INDUSTRY_PREFILTER, _INDUSTRY),
        (_LEVEL_PREFILTER, _LEVEL),
        (_WHOLE_PREFILTER, _WHOLE),
        (_BUSINESS_PREFILTER, _BUSINESS),
        (_SITUATION_PREFILTER, _SITUATION),
        (_CAMPAIGN_PREFILTER, _CAMPAIGN),
        (_ACT_PREFILTER, _ACT),
        (_ONE_BODY_PREFILTER, _ONE_BODY),
        (_BODY_ALONE_PREFILTER, _BODY_ALONE),
        (_CAPITAL_PREFILTER, _CAPITAL),
        (_PARTNERSHIP_PREFILTER, _PARTNERSHIP),
        (_SPAN_PREFILTER, _SPAN),
        (_POSSESSIVE_PREFILTER, _POSSESSIVE),
        (_BELT_AND_ROAD_PREFILTER, _BELT_AND_ROAD),
        (_MIND_PREFILTER, _MIND),
    ):
        for doc, base, text, m in prose_matches(segments, "tgt", prefilter, pattern):
            if inside_title(text, m.start(), m.end()):
                continue
            if pattern is _LEVEL and _CAREER_BEFORE.search(
                text[max(0, m.start() - 20) : m.start()]
            ):
                continue
            if pattern is _LEVEL and _bare_range(text, m):
                continue
            if _shares_bare_first(text, m):
                continue
            name = m.group("name")
            if pattern is _SPAN:
                message = f"“{name}”: a span of time fixed so takes “the”"
            elif pattern is _ACT:
                message = f"“{name} of”: an act named with its of-phrase takes “the”"
            else:
                message = f"“{name}” names one thing and takes “the” after “{m.group('before')}”"
            add_the(rows, doc, base, m, message)
    return output(rows)
