"""T113 body-name-without-article."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import add_the, running_text
from tifa.checks.body_list import items_without_article
from tifa.checks.context import Context
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_place
from tifa.glossary.institutions import HEAD_NOUNS
from tifa.glossary.names import split_syllables

_S = r"[ \u00a0]+"
_EDGE_L = r"(?<![\p{L}\p{N}'’-])"
_EDGE_R = r"(?![\p{L}\p{N}'’-])"
# Prepositions after which a noun phrase takes its article ("on behalf of" ends in "of").
_PREPOSITION = r"(?i:of|by|from|with|to|at|under|for|in|on|between|among|via)"
# "and" joins a second body to a first: after a common noun ("the city government and Yantai
# Municipal Bureau of Commerce") the body takes its own article; after a body's full name the
# two share the first one's (see _SHARED_THE, _BODY_BEFORE).
_AND = r"and"
# Verbs of visiting whose object is the body itself: "reporters entered Lanzhou Municipal
# Bureau of Natural Resources".
_VISIT = r"(?i:visited|entered|inspected|toured)"
_PLACE = r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?"
_LEVEL = (
    r"(?:Provincial|Municipal|District|County|Prefectural|Prefecture|City"
    r"|(?:\p{Lu}\p{Ll}+[ \u00a0]+)?Autonomous[ \u00a0]+(?:Regional|Region|Prefectural|Prefecture))"
)
# Capitalised words inside a name: "Development and Reform", "People's", "Party".
_INNER = rf"(?:{_S}(?:\p{{Lu}}[\p{{L}}'’]*|and|of|for))"
_HEAD = (
    r"(?:Government|Committee|Commission|Bureau|Congress|Department|Office|Administration"
    r"|Court|Procuratorate)"
)
_PARTY = rf"(?:Communist{_S}Party{_S}of{_S}China(?:{_S}\(CPC\))?|CPC|CPPCC)"
# What may follow a zone's name for it to be the head of its phrase: punctuation, the end,
# or a function word ("of Yangtze River Delta and …"), never a noun it modifies.
_ZONE_END = (
    # A possessive ends the body's name too: "the highlights of the Hunan Overseas Chinese
    # Federation's work" wants the article as much as the name alone.
    r"['’]s(?![\p{L}])|"
    r"[ \u00a0]*(?:[,.;:)”\"’'!?]|$)|[ \u00a0]+(?:and|to|in|on|of|at|by|with|for|as|is|was"
    r"|were|has|have|had|will|from|through|since|during|under|into)(?![\p{L}])"
)
# The full name of one body, in the shapes local sites use.
_NAME = (
    # "Jilin Municipal Development and Reform Commission"; "Hubei Provincial CPPCC", the
    # provincial committee of the CPPCC by its initials, heading its phrase
    rf"(?P<place>{_PLACE}){_S}{_LEVEL}{_INNER}{{0,5}}?{_S}(?:{_HEAD}|CPPCC(?={_ZONE_END}))"
    # "… Bureau of Natural Resources", "… Department of Culture and Tourism"
    rf"(?:{_S}of{_S}\p{{Lu}}\p{{Ll}}+(?:{_S}(?:and{_S})?\p{{Lu}}\p{{Ll}}+){{0,3}})?"
    # "Communist Party of China (CPC) Shaanxi Provincial Committee", "CPC Central Committee",
    # "CPPCC Hebei Provincial Committee"
    # "CPC Huaian Committee": the level word left out, the place (pinyin) still names it
    # ("Central" is no place: taken as one, "by CPC Central Committee" was dropped below as
    # a name whose place is no place)
    rf"|{_PARTY}{_S}(?:(?P<party_place>(?!Central{_EDGE_R}){_PLACE})(?:{_S}{_LEVEL})?"
    rf"(?:{_S}Party)?|Central)"
    rf"{_S}Committee"
    # "Party Central Committee": the CPC Central Committee by its other allowed name
    rf"|Party{_S}Central{_S}Committee"
    # "People's Congress of Lushunkou District", "People's Government of Jinzhou
    # Municipality": the body named by its place after "of"
    rf"|People['’]s{_S}(?:Congress|Government){_S}of{_S}(?P<pc_place>{_PLACE})"
    rf"(?:{_S}(?:District|County|City|Province|Municipality))?"
    # "Hebei Tourism Development Commission", "Shandong Rural Revitalization Research
    # Center": a body named by a province or city (a gazetteer place, checked below) and
    # capitalised words, without a level word
    # "China Public Diplomacy Association": a national body named by China (its Council
    # for the Promotion of International Trade is E807's); "Shenyang-Fushun Demonstration
    # Zone": a zone named by two places, and a development, demonstration or pilot zone;
    # "Tibet Autonomous Region", "Guangxi Zhuang Autonomous Region": an autonomous region,
    # which official English names with "the"; an autonomous prefecture ("in Liangshan Yi
    # Autonomous Prefecture") is written as a place name, without it
    rf"|(?P<gaz_place>(?!All-){_PLACE}(?:-{_PLACE}|{_S}(?:Mongolia|Kong))?){_INNER}{{0,4}}?{_S}"
    # "of Hong Kong Economic and Trade Office": an office of a place named by its trade
    rf"(?:(?:\p{{Lu}}\p{{L}}+{_S}){{1,3}}Office|Commission|Bureau"
    rf"|Department|Administration|Research{_S}(?:Center|Centre|Institute)|Association"
    # "of Dalian Political Consultative Conference in 2016", "and Dalian Maritime Court"
    rf"|Conference|Council|Court"
    rf"|Federation|Academy{_S}of{_S}(?:\p{{Lu}}\p{{Ll}}+{_S}){{0,2}}(?:Sciences|Engineering)"
    rf"|(?:Development|Demonstration|Pilot){_S}Zone|Autonomous{_S}Region)"
    rf"(?={_ZONE_END})"
    # "19th CPC National Congress", "19th CPC Central Committee", "14th NPC", "13th CPPCC
    # National Committee": a national body by its term
    rf"|\d{{1,2}}(?:st|nd|rd|th){_S}(?:(?:CPC{_S})?(?:National{_S}Congress|Central{_S}Committee)"
    rf"|NPC(?:{_S}Standing{_S}Committee)?|CPPCC(?:{_S}National{_S}Committee)?"
    rf"|National{_S}People['’]s{_S}Congress)(?={_ZONE_END})"
    # "13th CPC Municipal Committee", "7th CPPCC Municipal Committee", "16th Dalian
    # Municipal People's Congress": a local body by its term, which an ordinal makes one
    rf"|\d{{1,2}}(?:st|nd|rd|th){_S}(?:(?:CPC|CPPCC){_S})?(?:{_PLACE}{_S})?{_LEVEL}"
    rf"(?:{_S}(?:Party|People['’]s))?{_S}(?:Committee|Congress)(?={_ZONE_END})"
    # "All-China Federation of Trade Unions", "All-China Women's Federation": a national
    # people's organisation
    rf"|All-[Cc]hina(?:{_S}\p{{Lu}}\p{{Ll}}+(?:['’]s)?){{0,2}}{_S}(?:Federation|Association)"
    # "Ningde People's Congress", "Inner Mongolia People's Government": a gazetteer place
    # and the body, without a level word
    rf"|(?P<pg_place>{_PLACE}(?:{_S}{_PLACE})?){_S}People['’]s{_S}(?:Congress|Government)"
    rf"(?!{_S}(?:of|Office|Standing))"
    # "secretary of Party Group": the body of a title held in it
    rf"|(?<=(?i:secretary|member|members|head|leader){_S}of{_S})(?i:Party{_S}(?:Leadership{_S})?"
    rf"Group)(?={_ZONE_END})"
    # "secretary of CPC Committee of the academy": a Party committee named by the body it
    # sits in, after a title
    rf"|(?<=(?i:secretary|member|members|head|leader){_S}of{_S})(?:CPC|Party){_S}Committee"
    rf"(?={_S}of{_S})"
    # "Standing Committee", "Political Bureau" after a title ("member of Standing Committee
    # of …"), whose "of" names the body that has it
    rf"|(?<=(?i:member|members|secretary|chairman|director){_S}of{_S})"
    rf"(?:Standing{_S}Committee|Political{_S}Bureau)(?={_S}of{_S})"
    # "meeting of Standing Committee of the 16th Municipal People's Congress": the
    # standing committee of a congress named with its article or term, after a
    # preposition (with a bare level name it is T103's glossary term)
    rf"|Standing{_S}Committee(?={_S}of{_S}(?:the|\d{{1,2}}(?:st|nd|rd|th)){_S})"
    # "Hebei CPPCC Committee": a CPPCC committee named by its place alone
    rf"|(?P<cppcc_place>{_PLACE}){_S}CPPCC{_S}(?:Standing{_S})?Committee"
    # "according to Ministry of Commerce", "a research center of Ministry of Agriculture":
    # a ministry named in full is one body (not before a noun it modifies: "Ministry of
    # Commerce spokesperson")
    rf"|Ministry{_S}of{_S}\p{{Lu}}\p{{Ll}}+(?:{_S}(?:and{_S})?(?!Ministry)\p{{Lu}}\p{{Ll}}+){{0,4}}"
    rf"(?={_ZONE_END})"
    # National zones and regions named once, which official English writes with "the":
    # "the China (Shanghai) Pilot Free Trade Zone", "the Guangdong-Hong Kong-Macao Greater
    # Bay Area", "the Yangtze River Delta" — unless they modify a noun ("Yangtze River
    # Delta cities").
    rf"|(?:China{_S}\({_PLACE}\){_S}Pilot{_S}Free{_S}Trade{_S}Zone"
    rf"|(?:Guangdong[- ]Hong{_S}Kong[- ]Macao{_S})?Greater{_S}Bay{_S}Area"
    rf"|Yangtze{_S}River{_S}(?:Delta|Economic{_S}Belt)|Hainan{_S}Free{_S}Trade{_S}Port)"
    rf"(?={_ZONE_END})"
)
_PATTERN = regex.compile(
    rf"{_EDGE_L}(?P<prep>{_PREPOSITION}|{_VISIT}|{_AND}){_S}(?P<name>{_NAME})"
    rf"(?:{_EDGE_R}|(?=['’]s(?![\p{{L}}])))"
)
# A body as the subject of its sentence: at the start of a sentence, or after "said",
# "that" or an opening phrase and its comma, with a verb right after it ("Dalian Municipal
# Bureau of Commerce held …", "Standing Committee of Dalian Municipal People's Congress
# adopted …", "Development and Reform Commission of Dalian said …"). A list of bodies, a
# name that modifies a noun ("Dalian Municipal Government officials said") and a heading
# ("… Holds Meeting") have no lower-case verb right after the name.
_VERB = (
    r"(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|was|are|were|also"
    r"|jointly|recently|\p{Ll}{2,}ed|took|made|gave|held|sent|set|put|built|won|began|said"
    r"|paid|met|led|spent|saw|brought|sought|bought|kept|left|chose|drew|rose|became|issues"
    r"|holds|says|signs|releases|announces|launches|organizes|organises|requires|plans)"
)
_OF_PLACE = rf"{_S}of{_S}(?P<of_place>{_PLACE})(?:{_S}(?:Municipality|Province|City))?"
_SUBJECT_NAME = (
    rf"(?:Standing{_S}Committee{_S}of{_S})?(?:{_NAME})"
    # "Development and Reform Commission of Dalian", "People's Government of Dalian
    # Municipality"
    # (a determiner opening the sentence is no word of the name: "The Civil Aviation
    # Administration of China will …" has its article)
    rf"|(?!(?:The|A|An|This|That|These|Its|Their|Our|Each|Every){_EDGE_R})"
    rf"(?:\p{{Lu}}[\p{{L}}'’]*{_S}(?:(?:and|of|for){_S})?){{0,4}}"
    rf"(?:Government|Commission|Bureau|Department|Administration|Procuratorate){_OF_PLACE}"
    # "Ningbo Institute of Materials Technology and Engineering": a research institute
    # named by its city, head first with its of-phrase, is one body as a bureau is. Not an
    # institute of technology, which names a university ("Harbin Institute of Technology").
    rf"|(?P<inst_place>{_PLACE}){_S}(?:\p{{Lu}}\p{{Ll}}+{_S}){{0,2}}Institute{_S}of{_S}"
    rf"(?!Technology{_EDGE_R})\p{{Lu}}\p{{Ll}}+(?:{_S}(?:and{_S})?\p{{Lu}}\p{{Ll}}+){{0,4}}"
)
_SUBJECT = regex.compile(
    rf"(?:^|(?<=[.!?;][ \u00a0]+|[“\"][ \u00a0]*)|(?<=(?<![\p{{L}}'’-])(?:said|says|that)"
    rf"{_S})|(?<=,{_S}))(?P<name>{_SUBJECT_NAME})(?={_S}{_VERB}(?![\p{{L}}'’-]))"
)
_SUBJECT_PREFILTER = (
    r"(?:Provincial|Municipal|District|County|Prefectural|City|Central|CPPCC)[ \u00a0]\p{Lu}"
    r"|(?:Government|Commission|Bureau|Department|Administration|Procuratorate)[ \u00a0]+of"
    r"|People['’]s[ \u00a0]+Congress[ \u00a0]+of|Institute[ \u00a0]+of"
)
# After a comma the name is a subject only where an opening phrase comes before it ("On
# Monday, Dalian Municipal Bureau of Commerce held …"), not where it ends a list of bodies
# whose article comes first ("the city government, Dalian Municipal Bureau of Commerce and
# …" has "and" after it, not a verb), nor after an apposition with a title ("Li Wei, Dalian
# Municipal …").
_OPENING = regex.compile(
    r"(?:(?:^|[.!?;][ \u00a0]+)(?:On|In|At|By|From|Since|During|After|Before|Last|This"
    r"|Earlier|Recently|Meanwhile|Moreover|Besides|Furthermore|Also|Then|Later|Today"
    r"|Yesterday|According|Under|With|To|As|Since|Over|Currently|So)"
    # The same opening phrase inside a reported clause: "He said that in 2009, Dalian
    # Municipal Government signed …".
    r"|(?<![\p{L}'’-])that[ \u00a0]+(?:on|in|at|by|from|since|during|after|before|last|this"
    r"|earlier|recently|over|currently))\b"
    # A date's abbreviation stop ("On the afternoon of Jan.10th,", "Jan. 10,") ends no
    # sentence.
    r"(?:[^.!?;,]|(?<=\b\p{Lu}\p{Ll}{2})\.(?=[ \u00a0]?\d))*,[ \u00a0]*$"
)
_PREFILTER = (
    r"(?:Provincial|Municipal|District|County|Prefectural|Prefecture|Region|Regional|City"
    r"|Central)[ \u00a0]\p{Lu}"
    r"|(?:CPC|CPPCC)[ \u00a0]+\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?[ \u00a0]+Committee"
    r"|CPPCC[ \u00a0]+(?:Standing[ \u00a0]+)?Committee|People['’]s[ \u00a0]+(?:Congress|Government)[ \u00a0]+of"
    r"|Free[ \u00a0]+Trade[ \u00a0]+(?:Zone|Port)|Greater[ \u00a0]+Bay[ \u00a0]+Area"
    r"|Yangtze[ \u00a0]+River[ \u00a0]+(?:Delta|Economic)"
    r"|(?:Commission|Bureau|Department|Administration|Center|Centre|Institute|Association"
    r"|Federation|Zone|Autonomous|Academy|Office|Conference|Council|Court)\b"
    r"|\d(?:st|nd|rd|th)[ \u00a0]+(?:CPC|National|Central)|Standing[ \u00a0]+Committee[ \u00a0]+of"
    r"|Political[ \u00a0]+Bureau[ \u00a0]+of|\d(?:st|nd|rd|th)[ \u00a0]+(?:NPC|CPPCC)"
    r"|All-[Cc]hina|People['’]s[ \u00a0]+(?:Congress|Government)|(?i:party[ \u00a0]+(?:leadership[ \u00a0]+)?group)"
    r"|Party[ \u00a0]+Central[ \u00a0]+Committee|(?:CPC|Party)[ \u00a0]+Committee[ \u00a0]+of"
    r"|Ministry[ \u00a0]+of[ \u00a0]+\p{Lu}"
)
# The same body with its level word in lower case, as news English often writes it ("of the
# Henan provincial Party committee", "from the Guangdong provincial department of
# commerce"): a place, the level word and the body. A municipal or city government is
# E817's ("Hefei municipal government"); the body must head its phrase ("of Henan
# provincial government officials" has its head in "officials"). Not after "and": the
# article before the first of a list may serve the rest.
_LOWER_PATTERN = regex.compile(
    rf"{_EDGE_L}(?P<prep>{_PREPOSITION}|{_VISIT}){_S}(?P<name>(?P<place>{_PLACE}"
    rf"(?:{_S}{_PLACE})?){_S}(?:(?:provincial|municipal|prefectural|county|district)"
    rf"{_S}(?:[Pp]arty{_S})?committee|(?:provincial|prefectural|county|district){_S}government"
    rf"|(?:provincial|municipal|prefectural|county|district){_S}(?:people['’]s{_S}"
    rf"(?:government|congress)|(?:department|bureau|commission)(?:{_S}of{_S}\p{{Ll}}+"
    rf"(?:{_S}and{_S}\p{{Ll}}+)?)?)))(?={_ZONE_END}|{_S}{_VERB}(?![\p{{L}}'’-]))"
)
_LOWER_PREFILTER = (
    # The place as _PLACE spells it, an apostrophe's syllable too ("Xi'an municipal").
    r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?[ \u00a0]+(?:provincial|municipal|prefectural|county|district)[ \u00a0]+"
    r"(?:[Pp]arty[ \u00a0]+committee|committee|government|people|department|bureau|commission)"
)
_PARTY_OF = regex.compile(r"(?<![\p{L}])Party[ \u00a0]+$")
# A body with its article right before "and": "the Dalian Municipal Party Committee and
# Dalian Municipal People's Government" reads as one article for the pair, as official
# English often writes coordinated bodies; only a second body after "and" with no article
# anywhere before it is flagged.
_SHARED_THE = regex.compile(
    r"(?<![\p{L}'’-])[Tt]he[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*|\([^()]{1,30}\))"
    r"(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*|of|for|and|\([^()]{1,30}\))){0,10}?"
    r"[ \u00a0]+(?:Committee|Government|Congress|Commission|Bureau|Department|Office"
    r"|Administration|Council|Conference|Ministry|Commerce|Affairs|Reform)[ \u00a0]+$"
)
# A body's full name right before "and", itself without an article: "on behalf of CPC Anhui
# Provincial Committee and Anhui Provincial Government", "under the leadership of CPC Shaanxi
# Provincial Committee, Shaanxi Provincial Government and CPC Xi'an Municipal Committee". The
# coordinated bodies share one article, which goes before the first: its own finding says so,
# and once it is there the others need none. (A common noun before "and" — "the city
# government and Dalian Municipal Bureau of Commerce" — shares nothing, and is not matched.)
_BODY_BEFORE = regex.compile(
    rf"(?<![\p{{L}}'’-])(?<!(?<![\p{{L}}'’-])[Tt]he{_S})(?:{_NAME}){_S}$".replace("(?P<", "(?P<b_")
)
_AND_BEFORE = regex.compile(r"(?<![\p{L}'’-])and[ \u00a0]+$")
_COMMA_BEFORE = regex.compile(r",[ \u00a0]*$")
# Plural nouns a body name modifies: "met Jilin Municipal Government officials" needs no
# article, the plural noun is the head of the phrase. So do what a body lays down: "in line
# with the Party constitution and CPC Central Committee requirements" (the requirements).
_PLURAL_HEAD = regex.compile(
    rf"{_S}(?:officials|leaders|members|departments|staff|employees|personnel|cadres"
    r"|representatives|delegates|deputies|bodies|agencies|organs|requirements|rules"
    r"|regulations|guidelines|policies|decisions|arrangements|instructions|directives"
    r"|documents)(?![\p{L}'’-])"
)

# A title a body name modifies, perhaps through a body inside it: "Hunan Provincial
# People's Congress Standing Committee director" is a post, written without an article in
# the style "CPC Hunan Provincial Committee secretary".
_TITLE_HEAD = regex.compile(
    rf"(?:{_S}\p{{Lu}}[\p{{L}}'’-]*){{0,5}}{_S}(?i:secretary|deputy|director|member|chairman"
    r"|chairwoman|head|governor|mayor|chief|president)(?![\p{L}'’-])"
)

# A document's Title Case name that holds the body, its article at the front: "the Plan of
# Changchun Municipal People's Congress Standing Committee on …" is one title, not a body
# after a bare "of".
_DOCUMENT_OF = regex.compile(
    r"(?<![\p{L}'’-])the[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){0,3}?(?:Plan|Decision"
    r"|Regulations|Measures|Opinions|Rules|Notice|Resolution|Program|Programme|Provisions"
    r"|Guidelines|Implementation[ \u00a0]+Plan)[ \u00a0]+$"
)

# An autonomous region after a title or inside a longer body's name: official English
# writes "chairman of Xizang Autonomous Region", "the Development and Reform Commission of
# Xizang Autonomous Region" as labels, without the article it gives the region in prose
# ("the founding of the Tibet Autonomous Region", "Lhasa, capital of the Tibet Autonomous
# Region").
_REGION = regex.compile(r"Autonomous[ \u00a0]+(?:Region|Prefecture)$")
_REGION_LABEL = regex.compile(
    r"(?:(?<![\p{L}'’-])(?i:chairman|chairwoman|chairperson|chair|governor|secretary|deputy"
    r"|director|head|member|members|president|mayor|leader|official|officials)"
    r"|(?<![.!?:;][ \u00a0]*|^[ \u00a0]*)\p{Lu}[\p{L}'’-]*)[ \u00a0]+$"
)


# A body named by its shape after the title of a post held in it and "of": capitalised
# words ending in a body's head noun ("secretary of Mangshi Party Committee", "member of
# Civil Affairs Bureau", "Secretary of District Committee", "deputy secretary of Party
# Working Committee"). A post is held in one body, which takes "the" however short its
# name; the full official names above are only some of the shapes local sites use. Heads of
# firms, schools, media and learned societies are not here, since many of their names stand
# bare ("Chairman of New Hope Group", "President of Peking University", "chairman of the
# Central Committee of Jiusan Society"), nor a name that goes on with "of" or "for" (the
# head-first institution is E807's: "director of General Office of …"). At least one word
# before the head, so a lone "Congress" or "Government" ("member of Congress", "Head of
# Government") is left alone; a possessive inside ("Tokyo's Ota District Council") is a
# determiner of its own.
_POST = (
    r"(?i:secretary|secretary-general|director|director-general|chairman|chairwoman"
    r"|chairperson|president|head|chief|member|members|minister|commissioner|leader|leaders"
    r"|official|officials|spokesperson|spokesman|inspector)"
)
_BODY_WORD = r"(?!(?:The|A|An|This|That|These|Its|Their|Our|His|Her)\b)\p{Lu}[\p{L}-]*(?<![’'])"
_POST_BODY = regex.compile(
    rf"{_EDGE_L}{_POST}{_S}(?P<prep>of){_S}(?P<name>{_BODY_WORD}(?:{_S}(?:(?:and|&){_S})?"
    rf"{_BODY_WORD}){{0,8}}?{_S}(?:Committee|Commission|Bureau|Office|Department"
    rf"|Administration|Council|Federation|Procuratorate|Court|Government|Congress|Conference"
    rf"|Ministry|League))(?![\p{{L}}\p{{N}}'’-])"
    # It heads its phrase: punctuation, the end, a function word, a verb in the past; not a
    # noun it modifies, nor "of" or "for" going on with its name.
    r"(?=[ \u00a0]*(?:[,.;:)”\"’'!?]|$)|[ \u00a0]+(?:and|or|to|in|on|at|by|with|as|is|was"
    r"|were|has|have|had|will|from|through|since|during|under|into|\p{Ll}+ed)(?![\p{L}]))"
)
_QUOTED_OR_OF_TITLE = regex.compile(r"\p{Lu}[\p{L}'’-]*[ \u00a0]+(?:of|for|on)[ \u00a0]+$")


def _open_quote(text: str, end: int) -> bool:
    """Whether a quotation opened before `end` is still open there (curly or straight)."""
    before = text[:end]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_POST_BODY_PREFILTER = (
    r"(?i:secretary|director|chair|president|head|chief|member|minister|commissioner|leader"
    r"|official|spokes|inspector)\S*[ \u00a0]+of[ \u00a0]+\p{Lu}"
)


# "the" and capitalised words right before "and": when none is a body's head noun they are
# places that share one body's name with the place after "and" ("the Hong Kong and Macao
# Affairs Office", "the Overseas Chinese and Taiwan Affairs Office").
_THE_WORDS_BEFORE = regex.compile(
    r"(?<![\p{L}])the((?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){1,3})[ \u00a0]+$"
)


def _places_joined(text: str, end: int) -> bool:
    """Whether the words between "the" and the "and" ending at `end` hold no head noun."""
    m = _THE_WORDS_BEFORE.search(text, max(0, end - 80), end)
    return m is not None and not any(w.lower() in HEAD_NOUNS for w in m.group(1).split())


@rule("T113", "body-name-without-article", Severity.WARNING, Fix.UNSAFE)
def body_name_without_article(ctx: Context) -> pl.DataFrame:
    """A full official body name after a preposition or as a subject, without "the".

    ## What it does
    Finds the full name of a government or Party body right after a preposition ("of",
    "by", "on behalf of", "from", "with", "to", "at", "under", "for", "in"…) or a verb of
    visiting ("visited", "entered", "inspected", "toured") with no article: "<place>
    Municipal|Provincial|District|County … Government|Committee|Commission|Bureau|
    Congress|Department|Office|…" where the place is a gazetteer city or
    province or a name in pinyin, and "CPC <place> Provincial Committee", "Communist Party
    of China (CPC) <place> Municipal Committee", "CPC Central Committee", "CPC <place>
    Committee" without its level word ("secretary of CPC Huaian Committee"), and the national
    zones and regions named once ("China (Hubei) Pilot Free Trade Zone", "Guangdong-Hong
    Kong-Macao Greater Bay Area", "Yangtze River Delta", "Yangtze River Economic Belt",
    "Hainan Free Trade Port") where they head their phrase, not where they modify a noun
    ("Yangtze River Delta cities"); a body named by a gazetteer province or city and
    capitalised words without a level word ("Hebei Tourism Development Commission",
    "Qingdao Marine Research Center", "… Association", "… Federation"; a bureau,
    commission, administration or department also by a district or county in pinyin, "by
    Chancheng Market Supervision and Administration Bureau"), by China for a
    national body ("of China Public Diplomacy Association"), a zone named by one or two
    places ("of Shenyang-Fushun Demonstration Zone": a development, demonstration or pilot
    zone) and an autonomous region ("the founding of Tibet Autonomous Region"; an
    autonomous prefecture is a place name, written without the article), except after a title or inside a longer body's name ("chairman of Xizang
    Autonomous Region", "Department of Commerce of Xizang Autonomous Region"), labels
    that official English writes without the article; a national congress or central
    committee by its term ("from 19th CPC National Congress", "of 11th NPC", "of 13th
    CPPCC National Committee", "of 13th CPC Municipal Committee"); a national people's organisation ("of All-China
    Federation of Trade Unions"); a place's People's Government or Congress without a level
    word ("of Inner Mongolia People's Government", "of Ningde People's Congress", for a
    gazetteer place); a prefecture's or autonomous region's committee ("of CPC Yanbian
    Prefecture Committee") and "CPC <place> Municipal Party Committee"; "Party Group" after
    a title ("secretary of Party Group and …"), and "CPC Committee" or "Party Committee"
    after a title and before "of" ("secretary of CPC Committee of the academy"); "Party
    Central Committee", the CPC Central Committee's other allowed name ("leadership of
    Party Central Committee"); "Standing Committee" or
    "Political Bureau" after a title and before "of" ("member of Standing Committee of
    …"), and "Standing Committee" after any preposition where its congress has its article
    or term ("meeting of Standing Committee of the 16th Municipal People's Congress"), and
    a ministry named in full ("according to Ministry of Commerce"; not before a noun it
    modifies, "Ministry of Commerce spokesperson Li Wen"), and a local CPPCC committee by
    its place, level and initials alone, heading its phrase ("vice chairman of Hubei
    Provincial CPPCC"; not "Hubei Provincial CPPCC members"). The
    body's name after "and" too ("thanked the city's leaders and Yantai Municipal
    Government"), unless a body with its article comes right before "and" ("the CPC
    Yantai Municipal Committee and Yantai Municipal Government": the article serves the
    pair, as official English often writes coordinated bodies) or a body without one
    ("on behalf of CPC Yantai Municipal Committee and Yantai Municipal Government": the
    first is flagged, and its article will serve the second); and the
    name after a title ("secretary of Yantai Municipal Party Committee", "mayor of …")
    as much as any other, as professional English writes it. Also such a name as the subject of its sentence, with
    a verb right after it, at the start of the sentence, after "said" or "that", or after
    an opening phrase and its comma: "Dalian Municipal Bureau of Commerce held …",
    "Standing Committee of Dalian Municipal People's Congress adopted …", "Development
    and Reform Commission of Dalian said …" (a name built on "of <place>" only for a
    gazetteer city or province, or China for a national body: "Civil Aviation
    Administration of China will …"; a determiner opening the sentence is no word of the
    name), and a research institute named by its city, head first with its of-phrase
    ("Ningbo Institute of Materials Technology and Engineering signed …"; not an institute
    of technology, which names a university). A list of bodies, a name before the noun it modifies
    and a name in apposition after a comma have no verb right after them. Prose only:
    headings, titles and bylines (paragraphs that do not end like a sentence) are left
    alone, and so are a place alone ("of Jilin Province", "Mayor of Dalian"), a name
    without a place ("China Promotion Association"), a university or news agency
    ("Peking University", "Xinhua"), a possessive
    ("of Jilin's Municipal Government"), a name with its article, and a name that modifies
    a plural noun ("with Jilin Municipal Government officials", "and CPC Central Committee
    requirements") or a title in lower case
    or capitals ("Hunan Provincial People's Congress Standing Committee Director").
    A body named by its place and capitalised words ending in Conference, Council or Court
    after a preposition ("of Dalian Political Consultative Conference in 2016"). And the
    body a post is held in, named by its shape after the post and "of": capitalised words
    ending in a body's head noun (Committee, Commission, Bureau, Office, Department,
    Administration, Council, Federation, Procuratorate, Court, Government, Congress,
    Conference, Ministry, League) where the name ends its phrase ("secretary of Mangshi
    Party Committee", "Secretary of District Committee", "member of Civil Affairs
    Bureau"); not a firm's, school's or agency's name ("chairman of New Hope Group"), a
    lone head noun ("member of Congress"), a name that goes on with "of" or "for" (E807's)
    or one with a possessive inside ("of Tokyo's Ota District Council").
    And in a heading that writes "the" before a capitalised word elsewhere, so is no
    headlinese, a body's full name after "of" ("Report on the Work of Hubei Provincial
    People's Government", "The Delegation of CPC Yichang Municipal Committee Visits …");
    not a zone or region, nor a body inside a document's title.

    By shape, without a list of names: a body's name — capitalised words ending in a
    body's head noun (Government, Committee, Court, Association, Council, Administration
    …), perhaps with a postposed "of" or "for" phrase — as an item of a list whose other
    bodies carry their own "the" ("on behalf of the CPC Xiamen Municipal Committee, Xiamen
    Municipal Government and the CPPCC Xiamen Municipal Committee"), where only names and
    commas stand between the two items; a pair whose first body has the article before
    "and" is left alone, as above, and so are places joined by "and" inside one body's name
    ("the Hong Kong and Macao Affairs Office"). A body's possessive counts as its name ("of Hunan
    Overseas Chinese Federation's work"), and so does an office named by its place and
    its trade ("of Hong Kong Economic and Trade Office").

    ## Why is this bad?
    The full name of a single body is a definite noun phrase: official English writes
    "on behalf of the Xi'an Municipal People's Government", "under the leadership of the
    CPC Shaanxi Provincial Committee". Without the article the sentence reads as a
    word-for-word translation, where Chinese has no articles.

    ## Example
    ```text
    Li Wei, director of Yantai Municipal Development and Reform Commission, spoke on
    behalf of Yantai Municipal People's Government.
    ```

    ## Use instead
    ```text
    Li Wei, director of the Yantai Municipal Development and Reform Commission, spoke on
    behalf of the Yantai Municipal People's Government.
    ```

    ## Fix safety
    Unsafe: the article is suggested, but a name used as a label or in a list may be
    meant without it, so a person applies it.
    """
    rows = new_rows()
    segments = running_text(ctx)
    for doc, base, text, m in prose_matches(segments, "tgt", _PREFILTER, _PATTERN):
        if not _named_by_place(m):
            continue
        # "of" inside "Communist Party of China Central Commission for …" is the Party's
        # own name, not a preposition before a body.
        if _PARTY_OF.search(text, 0, m.start()):
            continue
        if m.group("prep") == "and" and _SHARED_THE.search(
            text, max(0, m.start() - 200), m.start()
        ):
            continue
        if m.group("prep") == "and" and _places_joined(text, m.start()):
            continue  # "the Hong Kong and Macao Affairs Office": one body of two places
        if m.group("prep") == "and" and _BODY_BEFORE.search(
            text, max(0, m.start() - 200), m.start()
        ):
            continue  # the list's article, or its lack, is its first body's (see _BODY_BEFORE)
        if _PLURAL_HEAD.match(text, m.end()) or _TITLE_HEAD.match(text, m.end()):
            continue
        if m.group("prep") == "of" and _DOCUMENT_OF.search(
            text, max(0, m.start() - 120), m.start()
        ):
            continue
        if _REGION.search(m.group("name")) and _REGION_LABEL.search(text, 0, m.start()):
            continue
        name = m.group("name")
        add_the(
            rows,
            doc,
            base,
            m,
            f"“{name}” names one body and takes the article after “{m.group('prep')}”",
        )
    for doc, base, text, m in prose_matches(segments, "tgt", _LOWER_PREFILTER, _LOWER_PATTERN):
        place = m.group("place")
        if not (_place_like(place) or all(map(_place_like, place.split()))) or inside_title(
            text, m.start("name"), m.end("name")
        ):
            continue
        if _PARTY_OF.search(text, 0, m.start()):
            continue  # "the Communist Party of China Chengdu municipal committee": the Party's "of"
        name = m.group("name")
        add_the(
            rows,
            doc,
            base,
            m,
            f"“{name}” names one body and takes the article after “{m.group('prep')}”",
        )
    flagged = set(zip(rows["doc"], rows["start"], strict=True))
    for doc, base, text, m in items_without_article(segments):
        if (doc, base + m.start("name")) in flagged:
            continue
        # After "and", a body with its article right before may serve the pair (as above).
        # Not where that body is itself a later item of a longer list ("…, the Municipal
        # People's Procuratorate and Dalian Maritime Court"): each item has its own.
        pair = _AND_BEFORE.search(text, 0, m.start())
        shared = pair and _SHARED_THE.search(text, max(0, pair.start() - 200), pair.start())
        if shared and not _COMMA_BEFORE.search(text, 0, shared.start()):
            continue
        add_the(
            rows,
            doc,
            base,
            m,
            f"“{m.group('name')}” names one body in a list whose other bodies have “the”",
        )
    for doc, base, text, m in prose_matches(segments, "tgt", _SUBJECT_PREFILTER, _SUBJECT):
        if not (_named_by_place(m) and _of_place_ok(m)):
            continue
        if text[: m.start()].rstrip(" \u00a0").endswith(",") and not _OPENING.search(
            text, 0, m.start()
        ):
            continue
        if inside_title(text, m.start(), m.end()):
            continue
        name = m.group("name")
        add_the(
            rows,
            doc,
            base,
            m,
            f"“{name}” names one body and takes the article as the subject of its sentence",
        )
    spans = [
        (int(str(d)), int(str(s)), int(str(e)))
        for d, s, e in zip(rows["doc"], rows["start"], rows["end"], strict=True)
    ]
    for doc, base, text, m in prose_matches(segments, "tgt", _POST_BODY_PREFILTER, _POST_BODY):
        start, end = base + m.start("name"), base + m.end("name")
        # One finding for one span: a full official name is reported above already.
        if any(d == doc and s < end and start < e for d, s, e in spans):
            continue
        # A post in capitals before its body ("Gao Hua (Secretary of District Committee
        # and District Head)") makes a run of capitals that is no document's title, so the
        # Title Case test is not asked; a quoted title, or a post after another capitalised
        # word and "of" ("List of Responsibilities of Members of Municipal Party
        # Committee"), is a document's title that names its body bare.
        if _QUOTED_OR_OF_TITLE.search(text, 0, m.start()) or _open_quote(text, m.start()):
            continue
        name = m.group("name")
        add_the(rows, doc, base, m, f"“{name}” names the body a post is held in and takes “the”")
    _in_headings(ctx, segments, rows)
    return output(rows)


# A heading that writes its own articles ("The First Session of …", "Report on the Work of
# …", "… Elected as Director of the Standing Committee of …") is no headlinese: a body named
# in it after "of" without "the" is the same slip as in running text. Headlinese, which
# drops every article, is left alone; so is a zone or region, which a plan's title in a
# heading may name bare ("… Plan for Construction of Hainan Free Trade Port"). Only a body,
# by its head noun.
_HEADING_THE = regex.compile(r"(?<![\p{L}'’-])(?:The|the)[ \u00a0]+\p{Lu}")
_HEADING_BODY = regex.compile(
    r"(?:Government|Committee|Congress|Commission|Bureau|Department|Office|Administration"
    r"|Conference|Court|Procuratorate|Federation|Association|Council)$"
)


def _in_headings(ctx: Context, running: pl.DataFrame, rows: dict[str, list[object]]) -> None:
    """Add to `rows` the full body names after "of" in headings that use "the" before
    them."""
    headings = ctx.segments.join(running.select("doc", "seg"), on=["doc", "seg"], how="anti")
    for doc, base, text, m in prose_matches(headings, "tgt", _PREFILTER, _PATTERN):
        if m.group("prep") != "of" or not _named_by_place(m):
            continue
        if not _HEADING_BODY.search(m.group("name")) or _DOCUMENT_OF.search(
            text, max(0, m.start() - 120), m.start()
        ):
            continue
        if not _HEADING_THE.search(text, 0, m.start()) or _PARTY_OF.search(text, 0, m.start()):
            continue
        if _PLURAL_HEAD.match(text, m.end()) or _TITLE_HEAD.match(text, m.end()):
            continue
        if _REGION.search(m.group("name")) and _REGION_LABEL.search(text, 0, m.start()):
            continue
        add_the(
            rows,
            doc,
            base,
            m,
            f"“{m.group('name')}” names one body and takes the article after “of”, as the"
            " heading's other names do",
        )


def _of_place_ok(m: regex.Match[str]) -> bool:
    """Whether a name built on "… of <place>" names a gazetteer city or province, or China
    for a national body ("Civil Aviation Administration of China"): the shape alone is too
    loose for a name in pinyin ("Bureau of Commerce" is not a place)."""
    place = m.group("of_place")
    return not place or place == "China" or is_place(place.replace("’", "'"))


_GOVERNMENT_HEAD = regex.compile(r"(?:Bureau|Commission|Administration|Department)$")


def _named_by_place(m: regex.Match[str]) -> bool:
    """Whether the name's place word is a place (names without one are the central bodies)."""
    if m.group("gaz_place"):
        # Each place of a pair ("Shenyang-Fushun"), or China for a national body
        if all(
            part in ("China", "Chinese") or is_place(part)
            for part in m.group("gaz_place").replace("’", "'").split("-")
        ):
            return True
        # A district or county in pinyin heads a bureau, commission, administration or
        # department of its own ("by Chancheng Market Supervision and Administration
        # Bureau"): no firm or brand ends in these heads, so the pinyin place is enough.
        return _GOVERNMENT_HEAD.search(m.group("name")) is not None and _place_like(
            m.group("gaz_place")
        )
    if m.group("pg_place"):
        return is_place(m.group("pg_place").replace("’", "'"))
    if m.groupdict().get("inst_place"):
        return is_place(m.group("inst_place").replace("’", "'"))
    place = (
        m.group("place") or m.group("party_place") or m.group("cppcc_place") or m.group("pc_place")
    )
    return not place or _place_like(place)


def _place_like(word: str) -> bool:
    """A place: a gazetteer city or province, or a name in pinyin (a district, a county)."""
    bare = word.replace("’", "'")
    return is_place(bare) or split_syllables(bare.replace("'", "")) is not None
