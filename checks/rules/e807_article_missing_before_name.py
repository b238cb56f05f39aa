"""E807 article-missing-before-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import add_the, running_text
from tifa.checks.context import Context
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_place

_S = r"[ \u00a0]+"
# Prepositions after which a noun phrase stands whole: its article, if it takes one, is
# right here ("from the Tang Dynasty", "along the Qiantang River").
_PREPOSITION = (
    r"(?i:of|from|in|at|on|to|into|along|alongside|across|during|throughout|within|near"
    r"|for|with|through|since|under|by|between|around|beyond|over|among|until|till|as)"
)
# Heads of names that English always writes with "the": rivers, seas and other features
# named by a common noun, dynasties, events, and the few regions and bodies named the same
# way.
# Lakes, mountains in the singular, bays, valleys, provinces, cities, districts and new
# areas are left out: official English names many of them without it ("West Lake",
# "Mount Tai", "Xiongan New Area").
# Areas named by their place that take "the" and may stand as a sentence's subject.
_AREA_HEAD = (
    r"(?:Free[ \u00a0]+Trade|Land)[ \u00a0]+Port|Science[ \u00a0]+City"
    r"|Economic[ \u00a0]+(?:Zone|Belt|Circle)"
    # Zones named by their place and kind ("the Qingdao High-tech Zone", "the Hefei
    # Economic Development Zone", "the Shenyang-Fushun Demonstration Zone"): one zone each,
    # which English names with "the" as it does an economic zone. Not a new area, which
    # official English often names bare ("Pudong New Area").
    r"|(?:Development|Demonstration|Pilot|Bonded|Trade|Industrial|High-[Tt]ech|Hi-[Tt]ech"
    r"|Innovation|Cooperation|Processing)[ \u00a0]+Zone"
    # Areas of the same kinds ("the Beijing Economic-Technological Development Area", "the
    # Shantou … Cooperation Pilot Area"): one area each, as a zone is. Not a new area.
    r"|(?:Development|Demonstration|Pilot)[ \u00a0]+Area"
    # An autonomous region, capitalised or not ("the Guangxi Zhuang Autonomous Region",
    # "the Inner Mongolia autonomous region"); not a prefecture, which Xinhua names bare.
    r"|[Aa]utonomous[ \u00a0]+[Rr]egion"
    # A special administrative region, the other kind of region of that rank ("the Hong
    # Kong Special Administrative Region"), which official English names with "the" too.
    r"|Special[ \u00a0]+Administrative[ \u00a0]+Region"
    # A region grouped by its places, the one the places make ("the Guangdong-Hong
    # Kong-Macao Greater Bay Area", "the China-Pakistan Economic Corridor", "the Guanzhong
    # city cluster", "the Santiago metropolitan area"), in capitals or not.
    r"|(?:Greater[ \u00a0]+)?Bay[ \u00a0]+Area|[Ee]conomic[ \u00a0]+[Cc]orridor"
    r"|(?:[Cc]ity|[Uu]rban)[ \u00a0]+(?:[Cc]luster|[Aa]gglomeration)"
    r"|[Mm]etropolitan[ \u00a0]+(?:[Aa]rea|[Rr]egion|[Cc]ircle)"
)
_HEAD = (
    r"(?:River|Dynasty|Dynasties|Basin|Plain|Plateau|Delta|Canal|Desert|Gorges|Strait|Sea"
    r"|Ocean|Mountains|Islands|Silk[ \u00a0]+Road"
    # The same zones in lower case ("of Chengdu-Chongqing economic circle"): the place's
    # name before them still makes one zone.
    r"|economic[ \u00a0]+(?:zone|belt|circle)"
    # Ports, science cities and computing centres named by their place ("of Hainan Free
    # Trade Port", "of Shenyang International Land Port", "for Western China (Chengdu)
    # Science City", "of Chengdu Supercomputing Center").
    rf"|{_AREA_HEAD}|Supercomput(?:er|ing)[ \u00a0]+(?:Center|Centre)"
    r"|Chamber[ \u00a0]+of[ \u00a0]+Commerce|Irrigation[ \u00a0]+System"
    # Events named by a common noun: "the China-ASEAN Expo", "the Asian Games".
    r"|Expo|Exposition|Fair|Games|Olympics|Summit|Forum|Conference|Exhibition"
    # Bridges named by their places ("the Hong Kong-Zhuhai-Macao Bridge") and a company's
    # branch named by its place ("from the Anhui Branch of China Eastern Airlines").
    r"|Bridge|Branch"
    # Works named by their place and kind ("the Eastern Zhejiang Water Diversion Project",
    # "the Three Gorges Hydropower Project"): one work each.
    r"|(?:Diversion|Transfer|Conservancy|Hydropower|Reservoir|Irrigation|Railway|Pipeline"
    r"|Tunnel)[ \u00a0]+Project"
    # Sites of work and trade named by their place and kind: a park for industry or
    # science ("to Xianyan Industrial Park", "the Zhongguancun Science Park") and a
    # terminal ("of Qingdao International Cruise Terminal"). Not a park for leisure
    # ("Zhongshan Park"), which English names bare.
    r"|(?:Industrial|Science|Technology|Software|Logistics|Innovation|High-[Tt]ech|Hi-[Tt]ech"
    r"|Eco-[Ii]ndustrial)[ \u00a0]+Park|Terminal"
    # Hotels and guesthouses where meetings are held: "at the Xijiao Hotel".
    r"|Hotel|Guesthouse|Guest[ \u00a0]+House"
    # Roads named by their route ("the S4 Expressway", "the Beijing-Shanghai Expressway"),
    # halls named by their kind ("in the Tianjin Grand Hall"), and agreements by their
    # parties ("the Ningbo-Ganzhou Framework Agreement").
    r"|Expressway|Highway|(?:Grand|Great|Exhibition|Memorial|Concert|Banquet)[ \u00a0]+Hall"
    # Museums named by their place and subject ("at the Deng Xiaoping Former Residence
    # Museum", "the Jinggangshan Revolution Museum"); `_MUSEUM_BY_PLACE` leaves one named by
    # its place alone ("to Beilin Museum"), which local English often writes bare.
    r"|Museum"
    r"|Agreement"
    # International bodies named by a common noun: "the Shanghai Cooperation Organization",
    # "the World Trade Organization", "the European Union", "the African Union".
    r"|Organization|Organisation|Union"
    # Initiatives named by a common noun: "the Belt and Road Initiative", "the Global
    # Development Initiative".
    r"|Initiative"
    # Venues and bodies named by a common noun, which official English writes with "the"
    # ("at the China International Exhibition Center", "in the Great Hall of the People",
    # "the China Council for the Promotion of International Trade"). Only kinds of centre
    # that are venues: "Rockefeller Center" and the like have no such word before "Center".
    r"|(?:Convention(?:[ \u00a0]+(?:and|&)[ \u00a0]+Exhibition)?|Exhibition|Conference|Expo|Cultural|Culture|Arts?|Dance|Sports"
    r"|Concert|Performing[ \u00a0]+Arts)[ \u00a0]+(?:Center|Centre)|Grand[ \u00a0]+Theat(?:re|er)"
    # Centres that are offices, named by what they do ("of the Development Research Center
    # of the State Council", "at the Citizen Service Center", "the Logistics Center"); the
    # secretariat of a body ("the Trilateral Cooperation Secretariat"); and a country's
    # embassy or consulate named by its people's adjective ("of the Indonesian Embassy",
    # "the French Consulate General"; China's own is `_EMBASSY`'s): one office each, which
    # English writes with "the". A centre named after a person or a sponsor has no such
    # word before "Center" and is left alone.
    r"|(?:Research|Service|Services|Information|Training|Logistics|Civic|Citizen|Exchange"
    r"|Innovation|Incubation|Data|Command|Emergency|Documentation|Coordination|Transaction"
    r"|Media|Press|Visitor|Tourist|Reception|Administrative|Government|Affairs)"
    r"[ \u00a0]+(?:Center|Centre)"
    r"|Secretariat|(?<=(?<![\p{L}])(?!Chinese)\p{Lu}\p{Ll}+(?:ese|[ai]an|ish|ch|i)[ \u00a0]+)"
    r"(?:Embassy|Consulate(?:[- ]General)?)"
    r"|Hall[ \u00a0]+of[ \u00a0]+the[ \u00a0]+People|Foreign[ \u00a0]+Affairs[ \u00a0]+Office"
    r"|Council[ \u00a0]+for[ \u00a0]+the[ \u00a0]+Promotion[ \u00a0]+of[ \u00a0]+International"
    r"[ \u00a0]+Trade)"
)
# A word of the name: "Tuojiang", "Chengdu-Chongqing", "Pan-Pearl". No possessive
# ("China's Yellow River" has its determiner) and no article or pronoun.
_WORD = (
    r"(?!(?:The|A|An|This|That|These|Its|Their|Our|His|Her)\b)(?:\p{Lu}\p{Ll}+"
    r"(?:-(?:\p{Lu}?\p{Ll}+|\p{Lu}{2,}))*|\p{Lu}{2,}(?:-\p{Lu}{2,})+|[GS]\d{1,4})"
)
# A place in brackets may qualify the name ("Western China (Chengdu) Science City").
_NAME = (
    rf"{_WORD}(?:{_S}(?:{_WORD}|\(\p{{Lu}}\p{{Ll}}+\))){{0,3}}?(?:{_S}and{_S}{_WORD}"
    # Words of the name may follow the pair ("Economic and Cultural Cooperation Pilot Area").
    rf"(?:{_S}{_WORD}){{0,2}}?)?{_S}{_HEAD}"
)
# What may follow for the name to head its phrase: punctuation, the end, a function word,
# or a noun for part of the feature ("of Yangtze River basin"); never a noun the name
# modifies ("from Tang Dynasty poets", "of Yellow River water").
_END = (
    r"[ \u00a0]*(?:[,.;:()”\"’'!?]|$)|[ \u00a0]+(?:and|or|to|in|on|of|at|by|with|for|as|is|was"
    r"|are|were|has|have|had|will|would|from|through|since|during|under|into|which|that|where"
    r"|area|areas|region|basin|valley|reaches|section|banks?|waters|coast|shore"
    # Adverbs and time words, which modify no noun: "held at X Center mainly to elect".
    r"|mainly|also|recently|today|yesterday|last|this|next|every"
    # A day of the week, which news English sets bare after the place: "told officials in
    # X Autonomous Region Tuesday to …".
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    # A span of time back from now: "the founding of X Organization 20 years ago".
    r"|\d+[ \u00a0]+(?:years?|months?|decades?)[ \u00a0]+ago"
    # A verb in the past or its participle: "the forum held in X Grand Hall disclosed …"
    # ("-eed" words are nouns: "seed", "speed").
    r"|\p{Ll}{2,}(?<!e)ed|held|met|said|made|took|gave|won|began|saw|led|paid)(?![\p{L}])"
)
# Verbs whose object is an agreement: "both sides signed Ningbo-Ganzhou Framework
# Agreement".
_SIGNED = r"(?:signed|inked)"
# Verbs of a visit, whose object may be a zone or region ("inspected Xinjiang Uygur
# Autonomous Region"), or a hall or museum visitors tour ("visited Xiaoping Trail
# Exhibition Hall"); only those heads are taken after them.
_VISITED = r"(?:visited|inspected|toured)"
# A museum named by one word, its place ("Beilin Museum", "Shenzhen Museum"): left bare.
_MUSEUM_BY_PLACE = regex.compile(r"\p{Lu}[\p{L}'’-]*[ \u00a0]+Museum")
_VISITED_END = regex.compile(
    r"(?:Zone|Area|[Aa]utonomous[ \u00a0]+[Rr]egion|Museum|(?:Exhibition|Memorial)[ \u00a0]+Hall)$"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<prep>{_PREPOSITION}|{_SIGNED}|{_VISITED}){_S}(?P<name>{_NAME})"
    rf"(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
# The later items of a list of sites after a verb of visiting ("visited Jinan Industrial
# Park, Licheng Exhibition Hall and …"): the verb takes each item, and each site named by
# its kind takes "the" as the first does. The list stays in one sentence, its items
# parted by a comma or by "and" after a word in lower case or a site's head noun; any
# other "and" may join two words of one name ("Science and Technology Exhibition Hall").
_ITEM_END = (
    r"(?:Hall|Museum|Zone|Area|Park|Center|Centre|University|College|School|Company|Group"
    r"|Base|Village|Town|Community|Street|Road|Port|Station|Garden|Temple|Building|Square"
    r"|City|District|County|Region|Institute|Factory|Plant|Hospital|Farm|Project|Site"
    r"|\p{Ll}+)"
)
_VISITED_LIST = regex.compile(
    rf"(?<=(?<![\p{{L}}'’-]){_VISITED}(?:{_S}to)?{_S}[^.;:!?()]{{0,200}}?)"
    rf"(?:(?P<prep>,){_S}|(?<=(?<![\p{{L}}'’-]){_ITEM_END}){_S}(?P<prep>and){_S})"
    rf"(?P<name>{_NAME})(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_LISTED_SITE = regex.compile(r"(?:Museum|(?:Exhibition|Memorial)[ \u00a0]+Hall)$")
_VISITED_LIST_PREFILTER = (
    r"(?:visited|inspected|toured)[^.;:!?]+(?:,|[ \u00a0]and)[ \u00a0]+\p{Lu}[^.;:!?]*?"
    r"(?:Museum|Hall)"
)
_PREFILTER = (
    r"\p{Lu}[\p{L}\d]+\)?[ \u00a0]+(?:River|Dynast|Basin|Plain|Plateau|Delta|Canal|Desert|Gorges"
    r"|Strait|Sea|Ocean|Mountains|Islands|Economic|Zone|High-|Hi-|[Aa]utonomous|Silk|Chamber|Irrigation|Expo|Fair|Games"
    r"|Olympics|Summit|Forum|Conference|Exhibition|Center|Centre|Theat|Hall|Foreign|Council|Special"
    r"|Hotel|Guest|Expressway|Highway|Hall|Agreement|Organi[sz]ation|Union|Initiative"
    r"|Exposition|Bridge|Branch|economic|Free|Land|Science|Supercomput|Diversion|Transfer"
    r"|Conservancy|Hydropower|Reservoir|Irrigation|Railway|Pipeline|Tunnel|Bay|[Cc]orridor"
    r"|[Cc]luster|[Cc]ity|[Uu]rban|[Aa]gglomeration|[Mm]etropolitan|Park|Terminal|Museum"
    r"|Development|Demonstration|Pilot|Secretariat|Embassy|Consulate)"
)
# A site or school named by its common noun first and "of" ("the Mausoleum of the Yellow
# Emperor", "the University of Science and Technology of China", "the Temple of Heaven"),
# and a country's mission abroad ("the Consulate General of the Czech Republic in
# Chengdu", "the Embassy of France"), after a preposition or "and": English writes it with
# "the" wherever it heads its phrase.
_HEAD_FIRST = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<prep>{_PREPOSITION}|and){_S}(?P<name>(?:Mausoleum|Tomb|Temple"
    rf"|Palace|Museum|University|Consulate[- ]General|Embassy){_S}of{_S}(?:the{_S})?\p{{Lu}}\p{{Ll}}+"
    rf"(?:{_S}(?:(?:and|of){_S})?\p{{Lu}}\p{{Ll}}+){{0,4}})(?![\p{{L}}\p{{N}}'’-])"
)
_HEAD_FIRST_PREFILTER = (
    r"(?:Mausoleum|Tomb|Temple|Palace|Museum|University|Consulate[- ]General|Embassy)"
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}"
)
# A body named by its common noun first and "of" ("the Political Bureau of the CPC Central
# Committee", "the Foreign Affairs Office of the Municipal Government", "the Ministry of
# Commerce", "the Publicity Department of the … Committee", "the General Office of the
# State Council"): the of-phrase
# makes it one body, which takes "the" even after a title's label ("member of Political
# Bureau of …"), where a name with its place first ("director of Anshan Foreign Affairs
# Office") is left to T113.
_BODY_FIRST = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<prep>{_PREPOSITION}|and){_S}(?P<name>Political{_S}Bureau"
    rf"|Foreign{_S}Affairs{_S}Office|Ministry|(?:General|Information){_S}Office"
    rf"|(?:Publicity|Organization|United{_S}Front{_S}Work|International){_S}Department)"
    rf"{_S}of{_S}(?:the{_S}\p{{L}}|\p{{Lu}})"
)
_BODY_FIRST_PREFILTER = (
    r"(?:Bureau|Office|Ministry|Department)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\p{L}"
)
# The same for every institution named by its head noun and "of", with words of its
# own before the head ("by Civil Aviation Administration of China", "at Chinese Academy of
# Sciences", "from General Administration of Customs"): a body named head first with its
# of-phrase is one body, which English names with "the". Not a brand or a university
# (their heads, Bank and University, are not here: "Bank of China", "Peking University"),
# nor a title ("Mayor of Dalian"), nor an institute of technology, which names a
# university bare ("Harbin Institute of Technology"); a name opening with its place
# ("Dalian Municipal Bureau of Commerce") is T113's.
_INSTITUTION_HEAD = (
    r"Administration|Academy|Association|Bureau|Chamber|Commission|Committee|Council|Court"
    r"|Department|Federation|Institute|League|Ministry|Office|Procuratorate|Society|Agency"
    r"|Authority|Secretariat"
)
# The head may stand alone before its of-phrase ("officials from Office of the Municipal
# Committee", "jointly issued by Secretariat of …"), and a for-phrase names a body as surely
# ("secretary of Commission for Discipline Inspection", "Council for the Promotion of …"):
# a body's common noun in capitals, made one by the phrase after it, is that one body.
_INSTITUTION_FIRST = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<prep>{_PREPOSITION}|and){_S}(?P<name>(?:(?P<first>(?!The\b)"
    rf"\p{{Lu}}\p{{Ll}}+){_S}(?:\p{{Lu}}\p{{Ll}}+{_S}){{0,2}})?(?:{_INSTITUTION_HEAD}))"
    rf"{_S}(?:of|for){_S}(?!Technology\b)(?:the{_S}\p{{L}}|\p{{Lu}})"
)
_INSTITUTION_FIRST_PREFILTER = rf"\b(?:{_INSTITUTION_HEAD})[ \u00a0]+(?:of|for)[ \u00a0]+\p{{L}}"
# An event named with its year ("for 2008 Summer Davos Forum", "known as 2019 Big Data
# Expo", "said that 2008 Annual Meeting would be held in Tianjin"): the year makes it one
# event, which takes "the" as surely as the name without it.
# An ordinal leads the name as a year does ("for 1st World Entrepreneurs Convention", "at
# 2nd Plenary Session of …"): the nth event of a series is one event.
_LEAD = r"(?:(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th))"
_EVENT_HEAD = (
    r"(?:Expo|Fair|Games|Olympics|Summit|Forum|Conference|Convention|Exhibition|Exposition"
    rf"|Annual{_S}Meeting)"
)
_YEAR_EVENT = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<prep>{_PREPOSITION}|that){_S}(?P<name>{_LEAD}{_S}"
    rf"(?:{_WORD}{_S}){{0,5}}?(?:{_EVENT_HEAD}|Festival|(?:Plenary{_S})?Session))"
    rf"(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_YEAR_EVENT_PREFILTER = (
    # The head may be the name's first word ("at 1st Session of …"). An ordinal of two or
    # three figures is one as well ("for 12th National Games"), as the pattern allows.
    r"\b(?:(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th))[ \u00a0]+(?:\p{Lu}[^.!?;]*?)?(?:Expo|Exposition"
    r"|Fair|Games"
    r"|Olympics|Summit|Forum|Conference|Convention|Exhibition|Festival|Meeting|Session)\b"
)
# A name led by an ordinal that modifies the noun after it ("with 12th CPC Shanghai
# Committee members voting", "in 14th Five-Year Plan period"): a plural or a noun as head
# lets a bare name stand ("Jilin Municipal Government officials"), but the ordinal picks one
# of a series, and "the" goes before it whatever noun heads the phrase. A date ("of 25th
# September") and a street are no such name.
_ORDINAL_MODIFIER = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<prep>{_PREPOSITION}){_S}(?P<name>\d{{1,3}}(?:st|nd|rd|th){_S}"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Street|Avenue|Road)\b)"
    rf"\p{{Lu}}[\p{{L}}'’-]*(?:{_S}\p{{Lu}}[\p{{L}}'’-]*){{0,5}}?)"
    r"(?=[ \u00a0]+(?!(?:and|or|to|in|on|of|at|by|with|for|as|is|was|are|were|has|have|had|will|would"
    r"|from|through|since|during|under|into|which|that|where|when|held|met|said|made|took"
    r"|gave|won|began|saw|led|paid|opens|closes|kicks|starts|ends)(?![\p{L}]))\p{Ll}{3,}"
    r"(?<!ed)(?![\p{L}'’-]))"
)
# A five-year plan by its ordinal is E825's: one finding for one span.
_PLAN_END = regex.compile(r"Plan$")
_ORDINAL_MODIFIER_PREFILTER = r"\b\d{1,3}(?:st|nd|rd|th)[ \u00a0]+\p{Lu}"
# An event as the subject of its clause, a verb right after its name: at the head of a
# sentence, after "that", after ", and" joining a clause, or after an opening phrase and
# its comma ("On March 8, 2024 Tourism Development Conference opened …", "He said that
# China-Africa Business Forum will be held …"). A festival only with its year or ordinal
# ("Spring Festival is …" is written bare).
_EVENT_WORD = rf"(?:{_WORD}|\(\p{{Lu}}\p{{Ll}}+\)|\p{{Lu}}{{2,}})"
_NOT_A_NAME = (
    r"(?!(?:Each|Every|Another|Such|Last|Next|Both|Which|What|Whose|No|Any|Some|One|Our"
    r"|My|Your|Its|Their|His|Her)\b)"
)
_EVENT_NAME = (
    _NOT_A_NAME + rf"(?:{_LEAD}{_S})?(?:{_EVENT_WORD}{_S}(?:(?:and|&|of|for|on){_S})?){{1,8}}?"
    # A meeting by its full name ("Zhejiang-Jilin Counterpart Cooperation Meeting was held
    # …") is one event as surely as a forum.
    rf"(?:{_EVENT_HEAD}|Meeting)"
    rf"|{_LEAD}{_S}(?:{_EVENT_WORD}{_S}(?:(?:and|&|of|for|on){_S})?){{1,8}}?Festival"
)
# A zone, port or science city named by its places as the subject ("Chengdu-Chongqing
# Economic Circle is located in …").
# "and" may join two words of one zone's name ("Taicang Economic and Technological
# Development Zone has become …").
_AREA_NAME = _NOT_A_NAME + rf"(?:{_EVENT_WORD}{_S}(?:and{_S})?){{1,5}}?(?:{_AREA_HEAD})"
_EVENT_VERB = (
    r"(?:will|would|shall|should|can|could|may|has|have|had|is|was|are|were|also|held|took"
    r"|drew|began|saw|ran|brought|made|became|won|\p{Ll}{3,}(?<!e)ed|opens|closes|kicks|takes"
    r"|attracts|draws|begins|ends|runs|features|brings|sees|aims|serves|focuses|highlights)"
)


def _subject(name: str) -> regex.Pattern[str]:
    """The `name` pattern as the subject of its clause, with a verb right after it: opening
    a sentence, or after "that", "said" or "says" (a reported clause: "Yang said Jiaodong
    Economic Circle should …"), ", and" or a comma. The stop of an initialism ("the Third
    China-U.S. Governors Forum held in …") ends no sentence."""
    return regex.compile(
        rf"(?:^|(?<=(?<!(?<![\p{{L}}])\p{{Lu}}\.\p{{Lu}})[.!?][”\"’]?[ \u00a0]+)|(?<=(?<![\p{{L}}'’-])(?P<that>that|said|says){_S})"
        rf"|(?<=,{_S}(?P<and>and){_S})|(?<=(?P<comma>,){_S}))(?P<name>{name})"
        rf"(?={_S}{_EVENT_VERB}(?![\p{{L}}'’-]))"
    )


_EVENT_SUBJECT = _subject(_EVENT_NAME)
_AREA_SUBJECT = _subject(_AREA_NAME)
_AREA_SUBJECT_PREFILTER = (
    r"\p{Lu}[\p{L}\d)-]*[ \u00a0]+(?:(?:Economic|Free|Land|Science)[ \u00a0]+\p{Lu}\p{Ll}+"
    r"|\p{Lu}[\p{L}-]+[ \u00a0]+Zone|[Aa]utonomous[ \u00a0]+[Rr]egion|Bay[ \u00a0]+Area"
    r"|Administrative[ \u00a0]+Region"
    r"|(?:Development|Demonstration|Pilot)[ \u00a0]+Area"
    r"|[Cc]orridor|[Cc]luster|[Aa]gglomeration|[Mm]etropolitan[ \u00a0]+\p{L}+)[ \u00a0]+\p{Ll}"
)
_EVENT_SUBJECT_PREFILTER = (
    r"\p{Lu}[\p{L}\d)-]*[ \u00a0]+(?:Expo|Exposition|Fair|Games|Olympics|Summit|Forum|Conference"
    r"|Convention|Exhibition|Festival|Meeting)[ \u00a0]+\p{Ll}"
)
# An event named by its full name in capitals as the object of a verb of holding it ("to
# hold China-CEEC Expo", "convened Information Session on …", "hosted 2024 Digital Economy
# Summit"): the one event of that name, which English writes with "the" as it does after a
# preposition. A session is an event here too ("held Information Session"), but not a
# meeting, which may be one of many ("held Standing Committee Meeting": a meeting).
_HELD_EVENT = regex.compile(
    r"(?<![\p{L}'’-])(?P<prep>(?:hold|holds|held|holding|host|hosts|hosted|hosting|convene"
    rf"|convenes|convened|convening|attend|attends|attended|attending)){_S}(?P<name>{_NOT_A_NAME}"
    rf"(?:{_LEAD}{_S})?(?:{_EVENT_WORD}{_S}(?:(?:and|&|of|for|on){_S})?){{1,8}}"
    rf"(?:{_EVENT_HEAD}|Session))(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_HELD_EVENT_PREFILTER = (
    r"\b(?:hold|held|host|conven|attend)\w*[ \u00a0]+(?:\d+\w*[ \u00a0]+)?\p{Lu}[^.!?;]*?"
    r"(?:Expo|Exposition|Fair|Games|Olympics|Summit|Forum|Conference|Convention|Exhibition"
    r"|Meeting|Session)\b"
)
# What may open a sentence before the comma that the event follows: a time, a place or a
# linking word ("On March 8,", "In the spring of 2019,", "Meanwhile,").
_EVENT_OPENING = regex.compile(
    r"(?:^|[.!?][”\"’]?[ \u00a0]+)(?:On|In|At|During|From|Since|After|Before|Last|This|Earlier"
    r"|Recently|Meanwhile|Moreover|Besides|Furthermore|Also|Then|Later|Today|Yesterday"
    r"|According|Under|With|As|Over|Currently|Now|Thus|Therefore|However|Following)\b"
    r"[^.!?;]*,[ \u00a0]*$"
)
# A people's adjective: "with US and Japanese partners" joins the initials to it, so the
# initials modify the noun after both, as "US and EU leaders" does.
_DEMONYM = r"\p{Lu}\p{Ll}+(?:ese|[ai]an|ish|ch|i)"
# A state or body named by its initials, which English writes with "the" ("the 13th NPC of
# the PRC", "news about the NPC"), after a preposition, heading its phrase ("of NPC
# deputies" has its head in "deputies"; "the NPC and CPPCC sessions" too). The two Koreas
# by their initials are states of the same build ("to the DPRK", "of the ROK": a
# republic named by a common noun, as "the Republic of Korea" below). So are the bodies
# and the initiative whose initials stand for a common noun ("hosted by the CPAFFC",
# "under the BRI", "of the NDRC", "of the SCO", "at the CIIE"), and the US and UK with
# their stops ("in the U.S."). Not ASEAN, APEC or BRICS, which English names bare.
_INITIALS_NAMES = (
    r"PRC|NPC|CPPCC|CPC|UN|EU|UK|US|U\.S\.|U\.K\.|WTO|DPRK|ROK|CPAFFC|BRI|NDRC|DRC|SCO|CIIE"
    r"|PLA|IMF"
)
_INITIALS = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<prep>{_PREPOSITION}|about){_S}(?P<name>{_INITIALS_NAMES})"
    rf"(?![\p{{L}}\p{{N}}'’&-]|\.\p{{L}})(?={_END})(?!{_S}(?:and|or){_S}(?:the{_S})?"
    rf"(?:\p{{Lu}}{{2,}}|{_DEMONYM}){_S}(?!(?:and|or|to|in|on|of|at|by|with|for|as|is|was|are|were|has"
    r"|have|had|will|from|through|since|during|under|into|which|that)(?![\p{L}]))\p{Ll})"
)
_INITIALS_PREFILTER = (
    r"[ \u00a0](?:PRC|NPC|CPPCC|CPC|UN|EU|UK|US|U\.S\.|U\.K\.|WTO|DPRK|ROK|CPAFFC|BRI|NDRC|DRC|SCO"
    r"|CIIE|PLA|IMF)"
)
# A body by its initials as the subject of its clause, with a verb right after it or after
# a second body's initials joined by "and" ("CPAFFC and CJFA would like to …", "He said
# SCO has …"): the body takes "the" there as after a preposition. Not the states by their
# initials, which headlines and some outlets write bare as subjects, nor the CPC.
_BODY_INITIALS_SUBJECT = regex.compile(
    rf"(?:^|(?<=[.!?][”\"’]?[ \u00a0]+)|(?<=(?<![\p{{L}}'’-])(?:that|said|says){_S})"
    rf"|(?<=(?P<comma>,){_S}))(?P<name>NPC|CPPCC|WTO|CPAFFC|NDRC|DRC|SCO|CIIE|IMF)"
    rf"(?![\p{{L}}\p{{N}}'’&-])(?={_S}(?:and{_S}\p{{Lu}}{{2,}}{_S})?{_EVENT_VERB}(?![\p{{L}}'’-]))"
)
_BODY_INITIALS_PREFILTER = r"\b(?:NPC|CPPCC|WTO|CPAFFC|NDRC|DRC|SCO|CIIE|IMF)[ \u00a0]+\p{Ll}"
# The two Koreas, the US, the UK and the EU by their initials after a verb of visiting or
# after "and" joined to a place or country named bare ("started visiting DPRK", "between
# China and DPRK", "friendship between China and U.S."): the other name needs no article,
# the initials do. Heading their phrase, as above ("China and US companies" is left).
_STATE_INITIALS = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{N}}'’-])(?P<prep>visit(?:s|ed|ing)?|toured|touring)"
    rf"|(?<=(?<![\p{{L}}'’-])\p{{Lu}}\p{{Ll}}+{_S})(?P<prep>and)){_S}"
    rf"(?P<name>DPRK|ROK|US|U\.S\.|UK|U\.K\.|EU)"
    rf"(?![\p{{L}}\p{{N}}'’&-]|\.\p{{L}})(?={_END})"
)
_STATE_INITIALS_PREFILTER = (
    r"(?:visit\p{Ll}*|tour\p{Ll}*|and)[ \u00a0]+(?:DPRK|ROK|US|U\.S\.|UK|U\.K\.|EU)"
)
# China's embassy or consulate named by the adjective ("the Chinese Embassy in Japan"): a
# common noun, one mission, which English writes with "the" after a preposition ("hosted
# by Chinese Embassy", "with Chinese Embassy in Japan") and as the subject opening its
# sentence or following an opening phrase ("On September 28, Chinese Embassy held …").
# Heading its phrase: "Chinese Embassy staff" has its head in "staff".
_EMBASSY_NAME = (
    rf"Chinese{_S}(?:[Ee]mbassy|[Cc]onsulate(?:[- ][Gg]eneral)?)(?:{_S}in{_S}(?:the{_S})?"
    rf"(?:\p{{Lu}}\.\p{{Lu}}\.|\p{{Lu}}\p{{L}}*(?:{_S}\p{{Lu}}\p{{L}}*)?))?"
)
_EMBASSY = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<prep>{_PREPOSITION}|about){_S}(?P<name>{_EMBASSY_NAME})"
    rf"(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_EMBASSY_OPENS = regex.compile(
    rf"(?:^|(?<=[.!?][”\"’]?[ \u00a0]+)|(?<=(?P<comma>,){_S}))(?P<name>{_EMBASSY_NAME})"
    rf"(?![\p{{L}}\p{{N}}'’-])(?=,|{_S}(?:{_EVENT_VERB}|together|along)(?![\p{{L}}'’-]))"
)
_EMBASSY_PREFILTER = r"Chinese[ \u00a0]+(?:[Ee]mbassy|[Cc]onsulate)"
# A republic named by its people's adjective, the whole being the country's short name:
# "the Czech Republic", "the Dominican Republic", "the Central African Republic".
_ADJ_REPUBLIC = rf"(?:Czech|Dominican|Central{_S}African|Kyrgyz|Slovak){_S}Republic"
# Countries whose English name is built on a common noun or a plural, which English always
# writes with "the" ("in the Republic of Korea", "to the United States", "from the
# Netherlands", "between Chongqing and the Czech Republic"), after a preposition, or after
# "and" for a republic named by its people's adjective (a country joined to a place).
_COUNTRY = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<prep>{_PREPOSITION}){_S}(?P<name>(?:People['’]s{_S})?"
    rf"Republic{_S}of{_S}\p{{Lu}}\p{{Ll}}+|United{_S}(?:States|Kingdom|Nations|Arab{_S}Emirates)"
    rf"|Netherlands|Philippines|{_ADJ_REPUBLIC})(?![\p{{L}}\p{{N}}'’-])(?={_END})"
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<prep>and){_S}(?P<name>{_ADJ_REPUBLIC})"
    rf"(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_COUNTRY_PREFILTER = (
    r"Republic[ \u00a0]+of|United[ \u00a0]+[SKNA]|Netherlands|Philippines"
    r"|(?:Czech|Dominican|African|Kyrgyz|Slovak)[ \u00a0]+Republic"
)
# A capitalised word (not one opening the sentence) before the preposition: the phrase is
# part of a longer name ("the Forum of Capital Cities in Pan-Pearl River Delta"), whose
# wording is the body's own.
_IN_A_NAME = regex.compile(r"(?<![.!?:;]\s*|^\s*)\p{Lu}[\p{L}'’-]*[ \u00a0]+$")
# A title before "of" is no part of the name after it: "Chief Operating Officer of World
# Economic Forum" names a post in the forum, which takes "the".
_TITLE_BEFORE = regex.compile(
    r"(?<![\p{L}'’-])(?:Officer|Director|Director-General|Chairman|Chairwoman|Chairperson"
    r"|President|Secretary|Secretary-General|Mayor|Governor|Chief|Head|Member|Ambassador"
    r"|Minister|Spokesman|Spokeswoman|Spokesperson|Founder|Representative|Consul"
    r"|Consul[- ]General)[ \u00a0]+$"
)
# A body or site of a zone or region before "of" is no part of its name either: "the
# Party Working Committee of the Shenyang-Fushun Demonstration Zone", "the Development
# and Reform Commission of the Guangxi Zhuang Autonomous Region".
_BODY_BEFORE = regex.compile(
    r"(?<![\p{L}'’-])(?:Committee|Commission|Bureau|Department|Office|Government|Congress"
    r"|Administration|Council|Park|Port|Center|Centre)[ \u00a0]+of[ \u00a0]+$"
)
_AREA_END = regex.compile(r"(?:Zone|[Aa]utonomous[ \u00a0]+[Rr]egion)$")
# A region of a province's rank, autonomous or special administrative, after "of" or "in":
# official English writes "the" before it inside a body's name as well ("the Commission for
# Industry and Information Technology of the Guangxi Zhuang Autonomous Region", "the
# Singapore Consulate General in the Hong Kong Special Administrative Region"), so a name in
# capitals before the preposition does not make it part of a longer name.
_REGION_END = regex.compile(
    r"(?:[Aa]utonomous|Special[ \u00a0]+Administrative)[ \u00a0]+[Rr]egion$"
)
# Named by T113 as a national zone, with the same advice: one finding for one span.
_T113_NAMES = regex.compile(
    r"Yangtze[ \u00a0]+River[ \u00a0]+(?:Delta|Economic[ \u00a0]+Belt)$"
    # An office with a level word ("Guangdong Provincial Foreign Affairs Office") is T113's.
    r"|(?:Provincial|Municipal|District|County|Prefectural|City)\b.*Office$"
)

# Firms named after "such as" and a word for firms ("enterprises such as Suigang Port
# Terminal and Jinbo Logistics"): each name is a company's, which English writes bare, not
# the site of work its head word names elsewhere ("to Xianyan Industrial Park").
_FIRMS_SUCH_AS = regex.compile(
    r"(?<![\p{L}'’-])(?i:enterprises|companies|firms|businesses|brands|corporations)"
    r"[ \u00a0]+such[ \u00a0]+$"
)
# A body after a title's label ("director of Anshan Foreign Affairs Office"): local sites
# write these labels without the article as a rule, and T113 weighs them against the page's
# own style; a venue has no such label.
_BODY = regex.compile(r"(?:Office|Trade)$")
# A road or street named bare, joined by "and" to another: two ways, not one name.
_ROAD_AND = regex.compile(r"(?:Road|Street|Avenue|Lane|Boulevard)[ \u00a0]+and[ \u00a0]")
_LABEL = regex.compile(
    r"(?<!(?i:the|a|an)[ \u00a0]+)(?i:secretary|secretary[- ]general|mayor|governor|chairman"
    r"|chairwoman|chair|director|director[- ]general|head|chief|president|member|members"
    r"|deputy|leader|official|officials|spokesman|spokeswoman|spokesperson)[ \u00a0]+of[ \u00a0]+$"
)

# The Party itself, after a preposition: "the 19th National Congress of Communist Party of
# China" wants "the Communist Party of China". Followed by a committee it is T113's ("of
# Communist Party of China Hebei Provincial Committee"), and as a modifier after an
# adjective ("a key Communist Party of China conference") it has a determiner already.
_PARTY = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<prep>{_PREPOSITION}){_S}(?P<name>Communist{_S}Party{_S}of"
    rf"{_S}China)(?![\p{{L}}\p{{N}}'’-])(?!{_S}(?:\(CPC\){_S})?(?:\p{{Lu}}\p{{Ll}}+{_S}){{0,3}}"
    r"(?:Committee|Central|Commission|conference|congress|members?|cadres?|officials?))"
)
_PARTY_PREFILTER = r"Communist[ \u00a0]+Party[ \u00a0]+of[ \u00a0]+China"

# The Party's doctrines named by a common noun, which official English (the CPC
# Constitution in Xinhua's English) writes with "the" wherever they stand: after a verb
# ("implement the Scientific Outlook on Development") as after a preposition or in a list
# ("Deng Xiaoping Theory, the Theory of Three Represents, the Scientific Outlook on
# Development"). Not after a determiner or a possessive ("the Party's"), nor opening a
# sentence or inside a longer title.
_DOCTRINE = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<name>Scientific[ \u00a0]+Outlook[ \u00a0]+on[ \u00a0]+Development"
    r"|Theory[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:[“\"‘']?)Three[ \u00a0]+Represents"
    # The numbered formulations, quoted or not, in any case: "the Four Consciousnesses",
    # "the 'two upholds'", "the Four Confidences", "the Two Establishments".
    r"|[“\"‘']?(?i:four|two)[ \u00a0]+(?i:consciousness(?:es)?|confidences?|maintenances?"
    r"|upholds|establishments)[”\"’']?(?![\p{L}\p{N}'’-]))"
)
_DOCTRINE_PREFILTER = (
    r"Scientific[ \u00a0]+Outlook[ \u00a0]+on|Theory[ \u00a0]+of[ \u00a0]+"
    r"|(?i:(?:four|two)[ \u00a0]+(?:consciousness|confidence|maintenance|upholds|establishments))"
)
_DETERMINED = regex.compile(
    r"(?:(?<![\p{L}])(?i:the|its|our|this|their|his)|['’]s|\p{Lu}\p{Ll}*)[ \u00a0]+$"
    r"|(?:^|[.!?:;“\"(])[ \u00a0]*$"
)


@rule("E807", "article-missing-before-name", Severity.WARNING, Fix.UNSAFE)
def article_missing_before_name(ctx: Context) -> pl.DataFrame:
    """A river, sea, dynasty or like name after a preposition, in running text, without "the".

    ## What it does
    Finds a proper name right after a preposition ("of", "from", "in", "along", "during"…)
    with no article, where the name ends in a common noun that English always names with
    "the": River, Sea, Ocean, Strait, Canal, Delta, Basin, Plain, Plateau, Desert, Gorges,
    Mountains, Islands, Dynasty or Dynasties, Economic Zone, Belt or Circle, Silk Road,
    Chamber of Commerce, Irrigation System, or an event's Expo, Fair, Games, Olympics,
    Summit, Forum, Conference, Exhibition or Exposition, a bridge or a company's branch
    named by its place ("of Hangzhou Bay Bridge", "from Anhui Branch of China Eastern
    Airlines"), a work named by its place and kind — a water diversion, transfer or
    conservancy, hydropower, reservoir, irrigation, railway, pipeline or tunnel Project
    ("support for Eastern Zhejiang Water Diversion Project") —, a site or school named head first ("and Mausoleum of Yellow Emperor", "of
    University of Science and Technology of China", "officials of Consulate General of
    France": a mausoleum, tomb, temple, palace, museum, university, consulate general or
    embassy of …, after a preposition or "and") ("from Tang Dynasty", "of Tuojiang River", "in
    Sichuan Basin", "in Ming and Qing Dynasties", "opportunity of Asian Games", "of
    China-ASEAN Expo": an abbreviation may join the name), a hotel or guesthouse where a
    meeting is held ("was held at Xijiao Hotel"), an expressway or highway, with a route
    code too ("of S4 Expressway"), a Grand, Great, Exhibition, Memorial, Concert or Banquet
    Hall ("in Tianjin Grand Hall") or a museum named by its place and subject ("at Deng
    Xiaoping Former Residence Museum"; not one named by its place alone, "Beilin Museum"), a museum or an exhibition or memorial hall also
    after "visited", "inspected" or "toured" ("visited Xiaoping Trail Exhibition Hall"), an
    agreement, after a preposition or "signed" or
    "inked" ("signed Ningbo-Ganzhou Framework Agreement"), an international body named by
    Organization or Union ("the founding of Shanghai Cooperation Organization 20 years
    ago", "members of European Union"), an initiative ("of Belt and Road Initiative"), a
    country named by a common noun or a plural after a preposition ("in Republic of
    Korea", "to United States", "from Netherlands") or a republic named by its people's
    adjective, also after "and" ("between Chongqing and Czech Republic"), and a venue
    or body named by a common noun: a Convention, Exhibition, Conference, Culture, Arts,
    Dance or Sports Center, a Grand Theatre, the Great Hall of the People, a Foreign Affairs
    Office, a Council for the Promotion of International Trade ("at Zhongshan Convention
    Center", "in Great Hall of the People"), a centre that is an office, named by what it
    does — a Research, Service, Information, Training, Logistics, Citizen, Exchange,
    Innovation or Data Center and their like ("at Urban Planning Research Center of the
    province") —, a Secretariat ("of Trilateral Cooperation Secretariat"), and an embassy or
    consulate named by its people's adjective ("with Indonesian Embassy in China"; not a
    centre named after a person or a sponsor); an office or council after a title's label
    ("director of Anshan Foreign Affairs Office") is left to T113's weighing of the page's
    style. A body named by its common noun first and "of" — the Political Bureau, a Foreign
    Affairs Office, a ministry, a Publicity, Organization, United Front Work or
    International Department, a General or Information Office — after a preposition or
    "and", title or none ("member of Political Bureau of the CPC Central Committee",
    "approved by Ministry of Commerce"): the of-phrase makes it one body; so too any
    institution so named with words of its own before the head — Administration,
    Academy, Association, Bureau, Chamber, Commission, Committee, Council, Court,
    Department, Federation, Institute, League, Ministry, Office, Procuratorate, Society,
    Agency, Authority, Secretariat ("approved by Civil Aviation Administration of China"),
    or with none, the head alone before an of- or for-phrase ("from Office of the Municipal
    Committee", "secretary of Commission for Discipline Inspection"), also after a title
    in capitals, where the post and its body make one Title Case run ("Deputy Director of
    Office of Foreign Affairs Commission of …", "Consul General of Consulate-General of
    …"), but not an
    institute of technology, a name opening with its place (T113's) or a brand or
    university, whose heads are not institutions' ("Bank of China"). The Communist Party of China after a preposition ("the National Congress of
    Communist Party of China"), unless a committee follows, which T113 reports. An event
    named with its year after a preposition or "that" ("for 2008 Summer Davos Forum",
    "known as 2019 Big Data Expo", "said that 2010 Annual Meeting would be held"), or with
    an ordinal ("for 1st World Merchants Convention", "at 2nd Plenary Session of …"). An
    event (Expo, Fair, Summit, Forum, Conference, Convention, Exhibition, Games; a festival
    only with its year or ordinal, since "Spring Festival" is written bare) as the subject
    of its clause with a verb right after it: at the head of a sentence, after "that",
    after ", and", or after an opening phrase and its comma ("On May 12, 2024 Coastal
    Tourism Conference opened …", "He added that China-Central Asia Business Forum will be
    held …"); a list of names has no verb after them, and a name that modifies a noun
    ("China-ASEAN Expo Secretariat said") is left alone. The PRC,
    NPC, CPPCC, CPC, UN, EU, UK, US (U.S., U.K.), WTO, DPRK, ROK, CPAFFC, BRI, NDRC, DRC,
    SCO, CIIE, PLA or IMF by their initials after a
    preposition or "about", heading their phrase ("to the 13th NPC of PRC", "art
    resources of DPRK", "hosted by CPAFFC", "under BRI"; the DPRK, ROK, US, UK and EU also
    after a verb of visiting or after "and" joined to a name written bare: "started
    visiting DPRK", "between China and DPRK", "between China and U.S."; not "of NPC
    deputies", nor "of NPC and CPPCC deputies", nor "with US and Japanese partners"); a
    body among these (not a state, nor the CPC) also as the subject of its clause ("CPAFFC
    and CJFA would like to …", "He said SCO has …"). China's embassy or consulate named by
    the adjective ("Chinese Embassy in Japan") after a preposition, or opening its clause
    ("On September 28, Chinese Embassy held …"); not where it modifies a noun ("Chinese
    Embassy staff"). A reported clause after "said" or "says" opens a subject as "that"
    does ("Yang said Jiaodong Economic Circle should …"). Prose only: headings and titles drop
    articles by design. Left alone: a name with its article or a possessive ("China's
    Yellow River"), a name that modifies the noun after it ("Tang Dynasty poets", "Yellow
    River water"), a name inside a longer Title Case run (a document's title) or ending
    one ("the Forum of Capital Cities in Pan-Pearl River Delta"; a title before "of" is
    no part of the name: "Chief Operating Officer of World Economic Forum" is flagged), names
    official English writes without "the" (lakes, single mountains, bays, valleys, new
    areas, provinces and cities), two roads joined by "and", the first named bare ("the
    intersection of Binhai Road and G15 Highway"), a company's name after a word for
    firms and "such as" ("enterprises such as Suigang Port Terminal"), and the Yangtze River Delta and Economic
    Belt, which T113 reports. A zone named by its place and kind — a development, demonstration, pilot,
    bonded, trade, industrial, high-tech, innovation, cooperation or processing zone — and
    an autonomous region, in capitals or not, after a preposition, "visited", "inspected"
    or "toured", or as the subject of its clause ("in Jiaxing High-tech Zone", "capital of
    Guangxi Zhuang Autonomous Region", "inspected Xinjiang Uygur Autonomous Region",
    "Taicang Economic and Technological Development Zone has become …"), also after a body
    or site of it and "of" ("Party Working Committee of Anqing Demonstration Zone"); not an
    autonomous prefecture, which Xinhua names bare. A special administrative region is
    taken as an autonomous region ("in Hong Kong Special Administrative Region"), either of
    them after "of" or "in" also where a body's name in capitals stands before ("director
    of the Commission for Industry and Information Technology of Guangxi Zhuang Autonomous
    Region") or a day of the week follows ("in Xinjiang Uygur Autonomous Region Tuesday").
    An event by its full name in capitals (with the same heads, and a session) as the
    object of a verb of holding, hosting, convening or attending it ("to hold China-CEEC
    Expo", "convened Information Session on …"); not a meeting, which may be one of many.
    A development, demonstration or pilot
    area is taken as such a zone ("visited to Beijing Economic-Technological Development
    Area"), and a hall or museum named by its kind as a later item of a list of sites after
    "visited", "inspected" or "toured" ("visited a farm, Jiangmen Urban Planning Exhibition
    Hall and …"); an "and" inside one name is no list's ("the Hubei Science and Technology
    Exhibition Hall"), and a zone or region after a comma may be the wider place of the
    item before it. So too a region grouped by its places —
    a bay area, an economic corridor, a city cluster or agglomeration, a metropolitan area
    or region, in capitals or not ("in Guangdong-Hong Kong-Macao Greater Bay Area", "of
    Guanzhong city agglomeration") — and a site of work named by its place and kind, a
    park for industry or science and a terminal ("to Xianyan Industrial Park", "of
    Qingdao International Cruise Terminal"); not a park for leisure. A name led by an
    ordinal after a preposition where it modifies the noun after it ("with 12th CPC
    Shanghai Committee members voting"): the ordinal picks one of a series, which takes
    "the" whatever noun heads the phrase; not a date ("on 25th September"), a street or a
    five-year plan, which E825 reports. Also the Party's doctrines named by a common noun, the Scientific Outlook on
    Development and the Theory of Three Represents, and the numbered formulations (the Four
    Consciousnesses, the Four Confidences, the Two Upholds, the Two Establishments, quoted
    or not, in any case), without "the" wherever they stand
    ("implement Scientific Outlook on Development"), unless a determiner, a possessive or
    a capitalised word comes right before them or they open the sentence.

    ## Why is this bad?
    Chinese has no articles, so a word-for-word rendering drops them; English readers
    expect "the Yellow River" and "the Tang Dynasty" as surely as "the Pacific". The bare
    name reads as a machine translation, in the very descriptions of a city's history and
    geography that visitors read first.

    ## Example
    ```text
    The town lies in the lower reaches of Tuojiang River and dates from Tang Dynasty.
    ```

    ## Use instead
    ```text
    The town lies in the lower reaches of the Tuojiang River and dates from the Tang Dynasty.
    ```

    ## Fix safety
    Unsafe: the article is suggested; where the name is part of a longer title a person
    decides.
    """
    rows = new_rows()
    segments = running_text(ctx)
    direct = list(prose_matches(segments, "tgt", _PREFILTER, _PATTERN))
    # A later item of a list of sites visited, unless it lies inside a name the patterns
    # above read whole ("visited Hubei Science and Technology Exhibition Hall").
    taken = {(doc, base + m.start(), base + m.end()) for doc, base, _t, m in direct}
    listed = [
        (doc, base, text, m, True)
        for doc, base, text, m in prose_matches(
            segments, "tgt", _VISITED_LIST_PREFILTER, _VISITED_LIST
        )
        if not any(
            d == doc and start < base + m.end() and base + m.start() < end
            for d, start, end in taken
        )
    ]
    for doc, base, text, m, item in [(*found, False) for found in direct] + listed:
        name = m.group("name")
        region = m.group("prep") in ("of", "in") and _REGION_END.search(name) is not None
        if _T113_NAMES.search(name) or (
            not region and inside_title(text, m.start("name"), m.end("name"))
        ):
            continue
        if _MUSEUM_BY_PLACE.fullmatch(name):
            continue
        visit = item or regex.fullmatch(_VISITED, m.group("prep")) is not None
        if visit and not _VISITED_END.search(name):
            continue
        # A verb is no part of a name: "Li Wei inspected …" has its name before it.
        if (
            not visit
            and not region
            and _IN_A_NAME.search(text, 0, m.start())
            and not (
                m.group("prep") == "of"
                and (
                    _TITLE_BEFORE.search(text, 0, m.start())
                    or (_AREA_END.search(name) and _BODY_BEFORE.search(text, 0, m.start("name")))
                )
            )
        ):
            continue
        if _BODY.search(name) and _LABEL.search(text, 0, m.start("name")):
            continue
        if m.group("prep") == "as" and _FIRMS_SUCH_AS.search(text, 0, m.start()):
            continue
        # "the intersection of Xiqin Road and G60 Highway": two roads, the first named bare.
        if _ROAD_AND.search(name):
            continue
        # "between Singapore and Hainan Free Trade Port": two things, the first a place.
        if m.group("prep") == "between" and regex.search(r"[ \u00a0]and[ \u00a0]", name):
            continue
        # Only a hall or museum as a later item: a zone or region after a comma may be the
        # wider place of the item before it ("visited Banzigou village in Guyuan, Ningxia
        # Hui autonomous region").
        if item and not _LISTED_SITE.search(name):
            continue
        if item:
            add_the(rows, doc, base, m, f"“{name}” is one of the sites visited and takes “the”")
            continue
        add_the(rows, doc, base, m, f"“{name}” takes “the” after “{m.group('prep')}”")
    # A body named head first may match two of these patterns ("Publicity Department of
    # …" is both a department and an institution): one finding for one span.
    seen: set[tuple[int, int]] = set()
    for prefilter, pattern in (
        (_HEAD_FIRST_PREFILTER, _HEAD_FIRST),
        (_BODY_FIRST_PREFILTER, _BODY_FIRST),
        (_INSTITUTION_FIRST_PREFILTER, _INSTITUTION_FIRST),
    ):
        for doc, base, text, m in prose_matches(segments, "tgt", prefilter, pattern):
            # After "and" a capitalised word before is the list's last name ("Banpo Museum
            # and Mausoleum of …"), not a longer name this one is part of ("Standing
            # Committee of Political Bureau" is T113's).
            # A title in capitals before "of" is no part of the body's name, so the Title
            # Case run the two make ("Deputy Director of Office of Foreign Affairs
            # Commission of …") is a post and its body, not a document's title.
            after_title = m.group("prep") == "of" and _TITLE_BEFORE.search(text, 0, m.start())
            if (inside_title(text, m.start("name"), m.end("name")) and not after_title) or (
                m.group("prep") != "and"
                and _IN_A_NAME.search(text, 0, m.start())
                and not after_title
            ):
                continue
            if pattern is _INSTITUTION_FIRST and is_place(m.group("first") or ""):
                continue
            if (doc, base + m.start("name")) in seen:
                continue
            seen.add((doc, base + m.start("name")))
            name = m.group("name")
            add_the(rows, doc, base, m, f"“{name}” takes “the” after “{m.group('prep')}”")
    for doc, base, text, m in prose_matches(segments, "tgt", _YEAR_EVENT_PREFILTER, _YEAR_EVENT):
        # "that" opens a clause and has no name of its own ("in Dalian that 2008 …").
        if inside_title(text, m.start("name"), m.end("name")) or (
            m.group("prep") != "that" and _IN_A_NAME.search(text, 0, m.start())
        ):
            continue
        name = m.group("name")
        add_the(
            rows,
            doc,
            base,
            m,
            f"“{name}” names one event and takes “the” after “{m.group('prep')}”",
        )
    for doc, base, text, m in prose_matches(segments, "tgt", _HELD_EVENT_PREFILTER, _HELD_EVENT):
        if inside_title(text, m.start("name"), m.end("name")):
            continue
        name = m.group("name")
        add_the(
            rows,
            doc,
            base,
            m,
            f"“{name}” names one event and takes “the” after “{m.group('prep')}”",
        )
    for doc, base, text, m in prose_matches(
        segments, "tgt", _ORDINAL_MODIFIER_PREFILTER, _ORDINAL_MODIFIER
    ):
        name = m.group("name")
        if (
            _PLAN_END.search(name)
            or inside_title(text, m.start("name"), m.end("name"))
            or _IN_A_NAME.search(text, 0, m.start())
        ):
            continue
        add_the(
            rows,
            doc,
            base,
            m,
            f"“{name}” is one of a series and takes “the” after “{m.group('prep')}”",
        )
    for doc, base, text, m, kind in (
        [
            (*found, "event")
            for found in prose_matches(segments, "tgt", _EVENT_SUBJECT_PREFILTER, _EVENT_SUBJECT)
        ]
        + [
            (*found, "zone")
            for found in prose_matches(segments, "tgt", _AREA_SUBJECT_PREFILTER, _AREA_SUBJECT)
        ]
        + [
            (*found, "body")
            for found in prose_matches(
                segments, "tgt", _BODY_INITIALS_PREFILTER, _BODY_INITIALS_SUBJECT
            )
        ]
        + [
            (*found, "mission")
            for found in prose_matches(segments, "tgt", _EMBASSY_PREFILTER, _EMBASSY_OPENS)
        ]
    ):
        name = m.group("name")
        # After a comma the name is a subject only after an opening phrase, or where its
        # year or ordinal marks it as an event's own name (a list of names has no verb).
        if m.group("comma") and not (
            name[:1].isdigit() or _EVENT_OPENING.search(text, 0, m.start())
        ):
            continue
        if inside_title(text, m.start("name"), m.end("name")):
            continue
        add_the(
            rows,
            doc,
            base,
            m,
            f"“{name}” names one {kind} and takes “the” as the subject of its clause",
        )
    for doc, base, text, m in [
        *prose_matches(segments, "tgt", _INITIALS_PREFILTER, _INITIALS),
        *prose_matches(segments, "tgt", _STATE_INITIALS_PREFILTER, _STATE_INITIALS),
        *prose_matches(segments, "tgt", _EMBASSY_PREFILTER, _EMBASSY),
        *prose_matches(segments, "tgt", _COUNTRY_PREFILTER, _COUNTRY),
    ]:
        if inside_title(text, m.start("name"), m.end("name")):
            continue
        name = m.group("name")
        add_the(rows, doc, base, m, f"“{name}” takes “the” after “{m.group('prep')}”")
    for doc, base, _text, m in prose_matches(segments, "tgt", _PARTY_PREFILTER, _PARTY):
        name = m.group("name")
        add_the(rows, doc, base, m, f"“{name}” takes “the” after “{m.group('prep')}”")
    for doc, base, text, m in prose_matches(segments, "tgt", _DOCTRINE_PREFILTER, _DOCTRINE):
        if _DETERMINED.search(text, 0, m.start()):
            continue
        name = m.group("name").strip("“”\"‘’'")
        add_the(rows, doc, base, m, f"“{name}” names one doctrine and takes “the”")
    return output(rows)
