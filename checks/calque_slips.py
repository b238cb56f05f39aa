"""Calques of the report genre for E801 (`wording`): a word of Chinese news English rendered
by the dictionary where English says it otherwise.

- 工作 "our works", "its works", "all works": the work in hand is not counted ("our work",
  "all the work"); an artist's or a museum's works, works of art and works "by" someone are
  left alone.
- 调度 "dispatch the work", "dispatching meeting": to dispatch is to send people or goods;
  the meeting that reviews progress and assigns tasks "reviews" or "coordinates" the work.
  Grid, train and emergency dispatching are English and left alone.
- A verb with its own noun as object ("implement the implementation", "deploy the
  deployment"): 抓落实, 部署安排 rendered word by word say one thing twice.
- A noun said twice in one phrase ("the history of the Party's history", "of the Northeast
  in the Northeast"): 党史 or 东北 rendered once as the head and once more as its qualifier.
- 深入 "went deep into the grassroots", "went deep into Shanglin County": officials who 深入
  基层 visit or go to the villages; "deep into" is for forests, caves and the sea.
- 负责人 "the principals of the relevant units": a school's head is its principal; the heads
  of a body are "the heads" or "the officials in charge".
- 情况 "the work resumption situations", "the situations of epidemic prevention", "and other
  situations", "analysis about current situations": English asks how the work is going, or
  says "progress", "conditions" or "the current situation".
- 对接 "docking with power companies", "a docking meeting": ships and spacecraft dock; bodies
  liaise, cooperate or are matched with one another.
- 常委 as a person's title rendered as the body: "Guan Lin, the Standing Committee of the
  District Party Committee, attended", "Provincial Standing Committee, Secretary of …": a
  person is a member of the Standing Committee.
- 次 counted with English's own grammar: "was awarded the title for 4 times" (four times: a
  count of occasions takes no "for") and "over 30 times of online talks" (30 rounds
  of; "three times the average", without "of").
- 调研 as the purpose of a visit: "visited Jinzhou to study and research", "went to Hengnan
  County for investigation": officials make a fact-finding (or inspection) visit. "to study
  and research ancient texts" (with its object) and cases "filed for investigation" are
  English.
- 部署 "made deployment": a meeting "made arrangements for" the work; troops are deployed.
- 落地 "landed in": projects and firms "set up in" or "settled in" a place; planes land.
- 相关 "relative": the departments concerned are the "relevant" ones.
- 交流发言 "made exchange speeches": delegates "spoke about their experience".
- 对接 as a noun of its own: "project docking", "industrial docking" (项目对接, 产业对接):
  projects are matched with investors, industries cooperate.
- 高度重视 "paid high attention to", "attach highly attention to": English pays close
  attention to a thing, or attaches great importance to it.
- 在…共同努力下 "under the joint efforts of": work is done "through" or "thanks to" joint
  efforts; "under" is for leadership and guidance.
- 听取 "listened to the work report", "listened to reports on the work", "listening to the
  introduction": a meeting or an official "heard" a report or "was briefed"; one listens to
  music, or to a report on the radio.
- 肯定 "fully affirmed the work", "highly affirmed", "gave full affirmation to": English
  commends or praises the work, or speaks highly of it; a court affirms a judgment.
- 经济运行 "the overall social and economic operation", "the economic operation of the
  first quarter": the economy's running is its "performance"; an engineer's "economic
  operation" of a grid or a plant (running it at least cost) is English.
- 调研 rendered "investigate" or "survey" where the frame shows a visit: "went to Hexi Town to
  investigate the construction of", "led a team to investigate" a named park, "Tang Yue
  investigated five projects", "paid an investigation visit", "accompanied the
  investigation", and an official who "participated in the research": officials inspect or
  visit, and their staff accompany them. A case, an accident or a wrong investigated, and a
  survey of households or of birds, are English.
- 先后 "successively went to", "successively came to": the places were visited in turn.
- 政治站位 "enhance their political stance", "stand on the political height": a stance is a
  view on an issue ("his political stance on trade", left alone).
- 会议精神 "the meeting spirit", "the conferences' spirit": the meeting's guiding principles;
  the spirit of a named congress is the house's English.
- 常委 "standing members of the Provincial Party Committee": members of the Standing
  Committee; a club's "standing member" is left alone.
- 决策部署 "decision-making and deployment": decisions and plans.
- 调度会 "work scheduling meeting", "operation scheduling meeting": a progress review or
  coordination meeting; an airline's "scheduling meeting" with no work before it is English.
- 问题导向 "the problem orientation": problem-oriented work.
- 介绍 "Li Jian briefed on the development": one briefs people on a thing; the passive and a
  participle ("officials briefed on the plan said") are English.
- 为……作出贡献 "make greater contributions for": contributions "to"; money given "for" a
  fund is left alone.
- 战略对接 "the docking of development strategies": the alignment of strategies.
- 人士 "friendly personages", "personages from all walks of life": friends, figures, people.
"""

from __future__ import annotations

import regex

from tifa.checks.grammar_slips import Keep, Mend
from tifa.checks.textcase import capital_as

# A sentence, not a headline or a caption: these slips are read where the line ends with
# its stop, as `grammar_slips` reads its slips of number.
_IN_A_SENTENCE = r"""(?=[^\n]*[.!?]["”’)]*[ \t]*(?:\n|$))"""

# --- our works -----------------------------------------------------------------------------------
# Works that are made things: what is made, shown or written follows, or the paragraph is
# about art, books or films.
_MADE_AFTER = (
    r"of|by|on\s+display|exhibited|displayed|from|created|painted|written|collected|selected"
    r"|entered|submitted|shortlisted|won|are\s+(?:displayed|exhibited|on)|were\s+(?:displayed"
    r"|exhibited|on)"
)
_OUR_WORKS = regex.compile(
    r"(?i)(?<![\p{L}-])(?:our|its|all)\s+works(?![\p{L}-])(?!\s+(?:"
    + _MADE_AFTER
    + r")\b)"
    + _IN_A_SENTENCE
)
_ART = regex.compile(
    r"(?i)\b(?:art|arts|artists?|artwork|paint\p{L}*|calligraph\p{L}*|exhibit\p{L}*|museums?"
    r"|gallery|galleries|photo\p{L}*|films?|movies?|novels?|poe\p{L}*|literary|literature|books?"
    r"|authors?|writers?|composers?|music\p{L}*|operas?|dramas?|troupes?|sculpt\p{L}*|crafts?"
    r"|handicrafts?|design(?:s|ers?)|architects?|engineering|civil|water\s+conservancy"
    r"|public\s+works|complete[sd]?|completion|construction\s+site)\b"
)


def _made_things(m: regex.Match[str]) -> bool:
    """Works of art, books or building are counted: a paragraph that speaks of them is left
    alone."""
    start = m.string.rfind("\n", 0, m.start()) + 1
    end = m.string.find("\n", m.end())
    paragraph = m.string[start : end if end >= 0 else len(m.string)]
    return _ART.search(paragraph) is not None


def _our_work(text: str) -> str:
    """ "our works" → "our work", "all works" → "all the work"."""
    head = text[: -len("works")]
    if head.lower().startswith("all"):
        return head + "the work"
    return head + "work"


# --- dispatch the work --------------------------------------------------------------------------
# The verb with the work, an economy's running or progress as its object ("dispatch the
# work on", "study and dispatch the province's economic operation"), and the noun before
# "work" or "meeting" ("the dispatching work", "a dispatch meeting"), in lower case: "the
# Dispatch Meeting of the zone" is the meeting's name.
_DISPATCH = regex.compile(
    r"(?i)(?<![\p{L}-])(?<!(?:power|grid|electricity|train|traffic|emergency|flight|vehicle"
    r"|police|freight|rail|railway|bus|taxi|water|load)\s)(?:"
    r"dispatch(?:es|ed|ing)?\s+(?:the\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:(?:economic|overall"
    r"|current|key|relevant|related|major|next|routine|production|project)\s+){0,2}"
    r"(?:work|operation|operations|progress|situation)(?!\s+(?:teams?|groups?|units?"
    r"|forces?|personnel|staff|crews?)\b)"
    r"|(?-i:dispatch(?:ing)?\s+(?:work|meetings?))(?!\s+(?:teams?|groups?|units?|forces?)\b))"
    r"(?![\p{L}-])"
)

# --- implement the implementation ------------------------------------------------------------
# Any verb followed by the noun made from it, as its object: the noun's stem is the verb's.
# Not a noun that names a thing of its own before another noun ("develop the development
# zone", "implement the implementation plan").
_OWN_NOUN = regex.compile(
    r"(?i)(?<![\p{L}-])(?P<stem>\p{Ll}{4,}?)(?:e|es|ed|ing|s)?\s+(?:the|its|their)\s+"
    r"(?P=stem)e?(?:ation|ment|ion)(?![\p{L}-])"
    r"(?!\s+(?:zones?|areas?|district|parks?|plans?|programs?|programmes?|schemes?|rules"
    r"|measures|opinions|regulations|strategy|funds?|bank|department|office|bureau"
    r"|committee|commission|group|team|cent(?:er|re)|system|mechanism|stage|period)\b)"
)

# --- the history of the Party's history ----------------------------------------------------------
# A noun as the head and again as the end of its own "of" phrase with a word or two between
# (the noun joined straight to itself, "the agenda of the agenda", is `wording.repeated_nouns`),
# or a place said twice with two prepositions. The second ends the phrase (a stop or a small
# word follows it), so a noun that qualifies another ("the head of the head office") is left
# alone, and so is the mass line's "from the masses to the masses". "The area of the
# demonstration area" (its size) is English.
_PHRASE_END = (
    r"(?=\s*(?:[,.;:!?)\]]|$)|\s+(?:in|of|on|at|for|to|from|with|by|and|or|as|is|are|was|were"
    r"|has|have|had|will|would|should|must|can|could)(?![\p{L}-]))"
)
_NOUN_TWICE = regex.compile(
    r"(?i)(?<![\p{L}-])(?:"
    r"the\s+(?P<noun>(?!area\b)\p{L}{4,})\s+of\s+(?:the\s+)?"
    r"(?:(?!(?:the|a|an|and|or|but|as|than|to|in|on|at|by|with|for)\s)[\p{L}-]+(?:['’]s)?\s+){1,2}(?P=noun)"
    r"|(?P<p1>of|in|at|on|for)\s+the\s+(?P<place>\p{L}{4,})\s+(?!(?P=p1)\s)(?:of|in|at|on|for)"
    r"\s+the\s+(?P=place)"
    r")(?![\p{L}'’-])" + _PHRASE_END
)

# --- went deep into the grassroots -------------------------------------------------------------
# 深入 with what officials visit after it: the grassroots, the front line, villages, firms, or a
# named county or district. "went deep into the forest" or "into the details" is English.
_DEEP_INTO = regex.compile(
    r"(?i)(?<![\p{L}-])(?:go|goes|going|gone|went)\s+deep\s+into\s+"
    r"(?:(?:the|some|several|various|local|rural|many)\s+)?(?:"
    r"grass-?roots|front[- ]?lines?|villages?|communit(?:y|ies)|enterprises|factories|firms"
    r"|towns|townships|households|farms|countryside|rural\s+areas|project\s+sites|the\s+masses"
    r"|(?:factory\s+|production\s+)?workshops?|construction\s+sites"
    r"|(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+))?\s+(?-i:County|District|Township|Town"
    r"|Village|Sub-district|Subdistrict|Street|Community|Industrial\s+Park))(?![\p{L}-])"
)

# --- the principals of the relevant units --------------------------------------------------------
# 负责人 of a body named by "relevant" or "related" (有关单位, 相关部门): its heads. A school's
# principals are English and left alone. 主要负责人 word for word, "the main principals", is
# the same slip whatever follows.
_PRINCIPALS = regex.compile(
    r"(?i)(?<![\p{L}-])principals(?=\s+of\s+(?:the\s+)?(?:relevant|related|concerned)\s+"
    r"(?!(?:[\p{L}-]+\s+)?(?:schools?|colleges?|kindergartens?|universities)\b))"
    r"|(?<=(?<![\p{L}-])main\s)principals(?![\p{L}-])"
)

# --- the situations of ---------------------------------------------------------------------------
# 情况 counted, in its frames: "the situations of" a task, a task's noun before "situations"
# ("the work resumption situations", "employment situations") and "and other situations" at
# the end of a list (等情况). "Emergency situations", "in situations where", "living
# situations" and "the situation in the Strait" are English and not matched.
_SITUATIONS = regex.compile(
    r"(?i)(?<![\p{L}-])(?:"
    r"(?:the|their|its)\s+(?:(?:current|basic|latest|specific|overall|detailed)\s+)?situations"
    r"(?=\s+(?:of|about)\s)"
    r"|(?:resumption|employment|production|operation|operating|selling|sales|epidemic"
    r"|prevention|construction|implementation|progress|enrollment|enrolment|recovery)"
    r"\s+situations(?![\p{L}-])"
    r"|and\s+other\s+situations(?=\s*[.,;:]|\s+(?:of|in\s+detail)\b)"
    # The state of affairs analysed or reported with no article: "analysis about current
    # situations" (对当前形势进行分析); "current situations" with its article is above.
    r"|(?<=(?:about|of|on)\s)current\s+situations(?![\p{L}-])"
    r")"
)

# --- docking with ----------------------------------------------------------------------------
# 对接 word for word: bodies "docking with" one another, "a docking meeting" (对接会), or
# "docking" done as a task. Ships and spacecraft dock, so "docking with" a craft, a station,
# a port or a named module is left alone (a capital after "with": "Shenzhou-16 docked with
# Tianhe"), and only the lower-case meeting is read: a meeting's name is its own.
_DOCKING = regex.compile(
    r"(?<![\p{L}-])(?:"
    r"(?i:dock(?:ing|ed|s)?)\s+with\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?i:enterprises|companies"
    r"|firms|sectors|departments|units|needs|demands|markets?|projects|investors|universities"
    r"|institutions|industries|suppliers|platforms)(?![\p{L}-])"
    r"|docking\s+(?:meetings?|conferences?|sessions?|fairs?|symposi(?:um|a))(?![\p{L}-])"
    # 项目对接, 产业对接: the task named by what is matched, in lower case ("conduct project
    # docking and exchanges", "a special project docking and exchange meeting"); a meeting's
    # name in capitals ("Project Docking Meeting") is its own, and a craft's docking port,
    # station or module is left.
    # 对接 as a verb with what is matched as its object ("to dock projects and needs in
    # Karachi"): ships are docked, wages are docked, projects are not.
    r"|dock(?:s|ed)?\s+(?:the\s+|their\s+|its\s+)?(?:[\p{Ll}-]+\s+)?(?:projects|needs|demands"
    r"|resources|policies|talents)(?![\p{L}-])"
    r"|(?:[Pp]rojects?|[Ii]ndustrial|[Ii]ndustry|[Ii]nvestment|[Bb]usiness|[Tt]rade|[Tt]alent"
    r"|[Tt]echnology|[Cc]ooperation)\s+docking(?![\p{L}-])(?!\s+(?:ports?|stations?|bays?"
    r"|modules?|mechanisms?|systems?|rings?|hatch|adapters?|windows?|manoeuvres?|maneuvers?)"
    r"(?![\p{L}-]))"
    r"|(?i:carr(?:y|ies|ied|ying)\s+out|conduct(?:s|ed|ing)?|strengthen(?:s|ed|ing)?"
    r"|deepen(?:s|ed|ing)?)\s+(?:(?:the|industrial|project|precise|effective|close)\s+)?"
    r"docking(?=\s+(?:on|of|with|between)\s|\s*[.,;])"
    r")"
)

# --- Guan Lin, the Standing Committee of the District Party Committee ----------------------------
# 常委 (a member of a Party committee's standing committee) as a person's title, rendered as the
# body itself: straight after a person's name and a comma ("Tao Min, the Standing Committee of
# the County Committee, …"), or bare at a sentence's start before the person's next title
# ("Provincial Standing Committee, Secretary of the Municipal Party Committee Long Hai"). A
# list of bodies ("Especially, the Standing Committee of the Provincial Committee, the
# provincial government …") has no name before it and is left alone.
_STANDING_TITLE = (
    r"(?:Provincial|Municipal|County|District|City|Prefectural)\s+Standing\s+Committee"
    r"|the\s+Standing\s+Committee\s+of\s+(?:the\s+)?[^,;.()\n]{3,70}?Committee"
)
_STANDING_AS_PERSON = regex.compile(
    r"(?<=(?-i:\p{Lu}\p{Ll}+[ \u00a0]\p{Lu}\p{Ll}+(?:-\p{Ll}+)?),[ \u00a0])"
    rf"(?:{_STANDING_TITLE})(?=,)"
    r"|(?:^|(?<=[.;][ \u00a0]))(?:Provincial|Municipal|County|District|City|Prefectural)\s+Standing"
    r"\s+Committee(?=,[ \u00a0](?:the[ \u00a0])?(?:[Dd]eputy[ \u00a0]|[Vv]ice[ \u00a0]|[Ee]xecutive[ \u00a0])?"
    r"(?:[Ss]ecretary|[Dd]irector|[Mm]ayor|[Hh]ead|[Cc]hairman|[Mm]inister|[Gg]overnor"
    r"|[Mm]agistrate)(?![\p{L}-]))"
)
# The two capitalised words before the comma are a body or a place, not a person's name:
# "Hunan Province, the Standing Committee of …" lists bodies.
_NOT_A_NAME = regex.compile(
    r"(?:Province|City|County|District|Town|Township|Village|Committee|Congress|Government"
    r"|Bureau|Department|Office|Commission|Group|Company|Association|Federation|University"
    r"|Party|Council|Zone|Area|Park|China|Chinese|Conference|Assembly|Court|Procuratorate"
    r"|Especially|Meanwhile|Moreover|Besides|Also|Then)(?![\p{L}-])[^,]*,[ \u00a0]*$"
)


def _bodies_listed(m: regex.Match[str]) -> bool:
    """The words before the comma name a body or a place (a list of bodies), not a person."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    return _NOT_A_NAME.search(before) is not None


def _member_of(text: str) -> str | None:
    """ "the Standing Committee of the County Committee" → "member of the Standing Committee
    of the County Committee"; the bare form is mended by a person."""
    return "member of " + text if text.startswith("the ") else None


# --- for 4 times, 50 times of ------------------------------------------------------------------
# 次 word for word: a count of occasions after "for" ("awarded the title for 4 times"), or
# joined to what was done by "of" ("over 30 times of online talks"). "For the fourth
# time", "in times of crisis" and "three times the average" are English and not matched.
_COUNT = r"\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|dozens|hundreds"
_TIMES = regex.compile(
    rf"(?i)(?<![\p{{L}}-])(?:for\s+(?:{_COUNT})\s+times(?![\p{{L}}-])"
    rf"|(?<![\p{{L}}-])(?:{_COUNT})\s+times\s+of(?=\s+[\"“]?\p{{Ll}}))"
)


def _times(text: str) -> str | None:
    """ "for 4 times" → "4 times"; "50 times of" is mended by a person ("rounds of")."""
    return text[4:] if text.lower().startswith("for ") else None


# --- visited Jinzhou to study and research ------------------------------------------------------
# 调研 as the purpose of a visit, with no object of its own: the phrase ends its clause or the
# report goes on with what the visitor did ("for investigation and stressed that"). A visit
# verb stands before it in the same sentence (a company's "Co., Ltd" is no sentence's end).
# "came to the university to study and research modern poetry" has its object, and "cases
# filed for investigation" no visit, so both are left alone.
_VISIT = (
    r"(?:visit(?:s|ed|ing)?|(?:go|goes|going|went|gone|come|comes|coming|came|travel(?:s|l?ed"
    r"|l?ing)|head(?:s|ed|ing)|arriv(?:e|es|ed|ing))\s+(?:to|in|at))\s"
)
_SURVEY_VISIT = regex.compile(
    r"(?i)(?<=" + _VISIT + r"(?:(?![.!?]\s)[^\n]){1,320}?)(?<![\p{L}-])"
    r"(?:to\s+(?:study\s+and\s+research|research\s+and\s+study)|for\s+investigation)"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:yesterday|today|on\s+\p{Lu}|and\s+(?:stressed|said|pointed"
    r"|called|urged|emphasi[sz]ed|required|asked|held|inspected|visited|listened|met|presided"
    r"|had|learned|learnt|heard|chaired|demanded|noted)(?![\p{L}-])))"
)

# Words of an official's title, which a name or a comma closes.
_TITLE_WORD = (
    r"(?:secretary|secretary-general|mayor|governor|magistrate|director|chairman|chairwoman"
    r"|head|chief|member|minister|commissioner|deputy)"
)


# --- led a team to investigate the construction ------------------------------------------------
# 调研 rendered "investigate" or "survey" where the frame shows a visit: the object is what
# officials go to see (the construction or the progress of a thing, its production, projects,
# enterprises, a named place or project), and either a visit or a lead verb stands before
# "to investigate" in the same sentence ("went to Qi County to investigate the construction
# of", "led a team to investigate Longhu Wetland", "visited the park to investigate the
# progress of"), or a named or titled official is the subject ("Feng Jie investigated the
# construction of", "Deputy mayor investigates key projects"). Also the visit named by it
# ("paid an investigation visit to") and the official who "accompanied the investigation".
# A case, an accident, a complaint or a violation investigated is English, wherever it
# stands, and is left alone (`_LOOKED_INTO`); so is a survey of households or data, whose
# objects are not a visit's.
_VISIT_OBJECT = (
    r"(?:(?:the|its|their)\s+)?(?:construction|progress|production|operation|operations"
    r"|resumption)(?=\s+(?:of|and|in|at|on)\s|\s*[.,;]|\s*$)"
    # The work of a field: "to investigate the rural revitalization work" (调研……工作).
    r"|(?:the\s+)?(?:[\p{Ll}-]+\s+){1,3}work(?=\s+(?:of|in|at|and)\s|\s*[.,;]|\s*$)"
    r"|(?:(?:the|some|several|a\s+few|\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|key|major|local|industrial|private)\s+){0,3}(?:projects|enterprises|enterprise"
    r"|companies|firms|factories|industrial\s+parks|villages|communities|project\s+sites)"
    r"(?![\p{L}-])"
    # A named place or project: "investigate Longhu Wetland", "survey Zhongdong City Plaza".
    r"|(?:the\s+)?(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+))*(?![\p{L}-])"
)
_LEAD = r"(?:" + _VISIT[:-2] + r"|led|leads|leading|lead)\s"
_INVESTIGATE_VISIT = regex.compile(
    r"(?i)(?:"
    r"(?<=" + _LEAD + r"(?:(?![.!?]\s)[^\n]){0,200}?)(?<![\p{L}-])to\s+(?:investigate|survey)"
    r"\s+(?:" + _VISIT_OBJECT + r")"
    r"|(?<=(?:(?<![\p{L}-])(?-i:(?!(?:The|This|That|These|Those|Its|Their|Our|An?|In|On|At"
    r"|Police)\s)\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+)(?:\s+and\s+(?:his|her|their)\s+(?:party"
    r"|parties|team|delegation|entourage))?|(?:mayor|secretary|governor|magistrate|chairman"
    r"|chairwoman|director|leaders|delegation|officials)"
    # An official named by a title set off by commas: "…, the acting governor, investigated".
    r"|(?-i:,\s(?:the\s+)?(?:acting\s+|deputy\s+|vice\s+|executive\s+)?)"
    + _TITLE_WORD
    + r"[^,.;\n]{0,80},"
    r")\s)(?:investigated|investigates|surveyed|surveys)\s+(?:" + _VISIT_OBJECT + r")"
    # A headline's plural of officials in the present: "County Leaders Investigate …".
    r"|(?<=(?<![\p{L}-])(?:leaders|officials)\s)investigate\s+(?:" + _VISIT_OBJECT + r")"
    # Two verbs of a visit: "visited and investigated the orchard" (走访调研).
    r"|(?<=(?<![\p{L}-])(?:visited|inspected)\s+and\s)(?:investigated|surveyed)(?![\p{L}-])"
    r"|(?<![\p{L}-])pa(?:id|ys|y|ying)\s+an?\s+investigation\s+(?:visit|tour|trip)s?"
    r"(?![\p{L}-])"
    r"|(?<![\p{L}-])accompan(?:ied|ies|y|ying)\s+(?:the|this|his|her|their)\s+"
    r"(?:investigation|survey)(?=\s*[.,;]|\s+and\s|\s*$)"
    # "were accompanied on the research": staff who went along (陪同调研).
    r"|(?<![\p{L}-])accompan(?:ied|ies|y|ying)\s+(?:(?:him|her|them)\s+)?on\s+(?:the|this|his"
    r"|her|their)\s+(?:research|investigation|survey)(?![\p{L}-])"
    r")"
)
# The words that make an investigation a looking-into: a case, an accident or a wrong, or
# who investigates (police, inspectors of discipline, reporters).
_LOOKED_INTO = regex.compile(
    r"(?i)\b(?:cases?|accidents?|incidents?|deaths?|allegations?|complaints?|violations?"
    r"|corruption|bribe\p{L}*|fraud|crimes?|criminal|causes?|disciplin\p{L}*|misconduct"
    r"|wrongdoing|police|prosecutors?|procuratorate|inspectors?|reporters?|journalists?"
    r"|suspect\p{L}*|collapse|leaks?|explosions?|fires?|irregularit\p{L}*|defects?"
    r"|complain\p{L}*|households|respondents|questionnaires?|samples?|residents|citizens"
    r"|consumers|customers|users|voters|participants|students|parents|patients|employees"
    r"|dumping|subsid\p{L}*|sanctions?|probes?|hacking|espionage|smuggl\p{L}*)\b"
)


def _in_its_sentence(words: regex.Pattern[str], m: regex.Match[str]) -> bool:
    """`words` occur in the sentence (up to ". " or the line's end) that holds the match."""
    text = m.string
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    stops = [i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0]
    return words.search(text, start, min(stops) if stops else len(text)) is not None


def _looked_into(m: regex.Match[str]) -> bool:
    """A case, an accident or a wrong in the sentence, or a survey of households: the
    investigation is one."""
    return _in_its_sentence(_LOOKED_INTO, m)


# --- participated in the survey -----------------------------------------------------------------
# 参加调研 word for word: the official who went along "participated in the research" or "the
# survey". Read only after a person: a name ("Chen Tao participated in the survey") or the
# comma that closes an official's title ("…, secretary-general of the city, participated in
# the research"), and where the phrase ends the clause; researchers, students and households
# who take part in research or a survey are English and not read.
_JOINED_SURVEY = regex.compile(
    r"(?<=(?<![\p{L}-])(?!(?:The|This|That|These|Those|Its|Their|Our|An?|In|On|At)\s)"
    r"\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s"
    r"|(?i:\b" + _TITLE_WORD + r"\b)[^,.;\n]{0,80}(?:,\s|\s(?=also\s)))"
    r"(?<!(?:University|Institute|College|Academy|Hospital|Company|Group|Bureau|Centre|Center"
    r"|School|Association|Society)\s)"
    r"(?i:(?:also\s+)?participat(?:ed|es|ing)\s+in\s+(?:the|this)\s+(?:research|survey"
    r"|investigation))(?=\s*[.,;]|\s+and\s|\s+together\s+with\s|\s*$)"
)


# --- successively went to -----------------------------------------------------------------------
# 先后 before a verb of going: "Feng Jie successively went to the planning projects", "and his
# party successively came to". English says the places were visited "in turn", or lists them
# and drops the word. "Was successively appointed" and "successively implemented" are not
# read.
_SUCCESSIVELY_WENT = regex.compile(
    r"(?i)(?<![\p{L}-])successively(?=\s+(?:went|came|visited|inspected|arrived|headed"
    r"|travell?ed)\s)"
)

# --- enhance their political stance ---------------------------------------------------------
# 政治站位 word for word: a "political stance" raised or held high, or a "political height"
# stood on. A stance is a view on an issue ("his political stance on trade"), so only the
# frames of raising it are read; "political height" is never English.
_POLITICAL_STANCE = regex.compile(
    r"(?i)(?<![\p{L}-])(?:"
    r"(?:enhanc|rais|heighten|improv|strengthen|elevat|lift|develop)(?:e|es|ed|ing|s)?\s+"
    r"(?:(?:their|its|our|his|her|the|a|one's)\s+)?(?:(?:high|higher)\s+)?political\s+"
    r"(?:(?:and\s+strategic\s+)?stances?|heights?)"
    r"|(?:high|higher)\s+political\s+(?:and\s+strategic\s+)?(?:stances?|heights?)"
    r"|political\s+heights?"
    r")(?![\p{L}-])"
)

# --- the conferences' spirit --------------------------------------------------------------------
# 会议精神 word for word: "the meeting spirit", "the conferences' spirit". The spirit of a
# named congress or plenary session ("the spirit of the 20th CPC National Congress") is the
# house's English and not read.
_MEETING_SPIRIT = regex.compile(
    r"(?i)(?<![\p{L}-])(?:meeting|conference|session|plenum)s?(?:['’]s|['’])?\s+spirit"
    r"(?![\p{L}-])"
)


# --- made deployment ------------------------------------------------------------------------------
# 部署 as a noun made by a meeting or a leader: "made deployment to push forward", "made
# detailed deployment on the recheck". Troops, missiles and staff are deployed, and the genre's
# "strategic deployment" (战略部署) is house usage, so neither is matched.
_MADE_DEPLOYMENT = regex.compile(
    r"(?i)(?<![\p{L}-])(?:made|make|makes|making)\s+(?:(?:a|an|the|detailed|overall|specific"
    r"|comprehensive|careful|further|thorough|full|systematic|concrete|unified|new|special)\s+)"
    r"{0,2}deployments?(?=\s+(?:on|for|to|in|about|regarding)\s(?!(?:the\s+)?(?:troops|forces"
    r"|soldiers|missiles|warships|police|staff|personnel)\b)|\s*[.,;])"
)

# --- landed in Haidong ----------------------------------------------------------------------------
# 落地 of firms or projects: they "set up in" or "settled in" a place. The subject is named
# just before the verb, and a place follows (a name, or "our city"); a plane, a person and
# "landed in trouble" are left alone.
_LANDED_IN = regex.compile(
    r"(?i)(?<=(?:enterprises|companies|firms|projects|investments|businesses)(?:\s[^\n.;,]{0,60}?)?"
    r"\s)(?:successfully\s+)?(?:landed|land|lands|landing)\s+(?:in|at)"
    r"(?=\s+(?:(?-i:\p{Lu})|(?:our|the)\s+(?:city|county|province|district|zone|park|town"
    r"|region|area)\b))"
)

# --- relative departments -------------------------------------------------------------------------
# 相关部门 with "relative" for "relevant": a relative is kin, and "relative" as an adjective
# compares. "The relative authority of the courts" (singular) is English and not matched.
_RELATIVE = regex.compile(
    r"(?i)(?<![\p{L}-])relative(?=\s+(?:government\s+|administrative\s+|functional\s+)?"
    r"(?:authorities|departments|bureaus|agencies)(?![\p{L}-]))"
)

# --- made exchange speeches -----------------------------------------------------------------------
# 交流发言: delegates who share their experience at a meeting "spoke about their experience".
_EXCHANGE_SPEECH = regex.compile(
    r"(?i)(?<![\p{L}-])(?:made|make|makes|making|gave|give|gives|delivered|deliver|delivers)"
    r"\s+(?:an\s+)?exchange\s+speech(?:es)?(?![\p{L}-])"
)


# --- standing members of the Provincial Party Committee ------------------------------------------
# 常委 as an adjective on "members": the people are "members of the Standing Committee of"
# the Party committee. Only before "of" and a Party committee, so that a club's "standing
# member" (one of long standing) is left alone.
_STANDING_MEMBERS = regex.compile(
    r"(?i)(?<![\p{L}-])standing\s+members?(?=\s+of\s+(?:the\s+)?(?:CPC\s+)?(?:[\p{L}-]+\s+){0,3}"
    r"(?:Party\s+)?Committee(?![\p{L}-]))"
)


def _members_of_standing(text: str) -> str:
    """ "standing members" -> "members of the Standing Committee" (the body follows "of")."""
    members = text.split()[-1]
    return capital_as(text, members) + " of the Standing Committee"


# --- decision-making and deployment ------------------------------------------------------------
# 决策部署 word for word: a body's "decisions and plans" (or "arrangements"); troops are
# deployed, and "decision-making" is the process, not what was decided.
_DECISION_DEPLOYMENT = regex.compile(
    r"(?i)(?<![\p{L}-])decision-making\s+and\s+deployments?(?![\p{L}-])"
)
# --- a work scheduling meeting -----------------------------------------------------------------
# 调度会 word for word: the meeting that reviews how work is going and assigns the next steps
# is a "progress review meeting" (or "coordination meeting"); a "scheduling meeting" sets
# timetables. Only after the work or operation it reviews ("project work scheduling
# meeting", "economic operation scheduling meeting").
_SCHEDULING_MEETING = regex.compile(
    r"(?i)(?<![\p{L}-])(?:work|operation|operations|projects?|progress)\s+scheduling\s+meetings?"
    r"(?![\p{L}-])"
)
# --- stick to the problem orientation -----------------------------------------------------------
# 坚持问题导向 word for word: work is "problem-oriented", or "focuses on the problems"; a
# "problem orientation" is no English phrase outside psychology.
_PROBLEM_ORIENTATION = regex.compile(
    r"(?i)(?<![\p{L}-])(?:the\s+|a\s+)?problem(?:-|\s+)orientation(?![\p{L}-])"
)
# --- briefed on the development -----------------------------------------------------------------
# 介绍了 rendered "briefed on" with no one briefed: "Li Jian briefed on the development of the
# district". One briefs people ("briefed the delegation on"), or gives a briefing on a thing.
# Only after a person's name in two capitalised words or a pronoun, so that a participle
# ("officials briefed on the plan said") and the passive ("was briefed on") are left alone.
_BRIEFED_ON = regex.compile(
    r"(?<=(?:(?<![\p{L}-])\p{Lu}\p{L}+[ \u00a0]\p{Lu}\p{Ll}+|(?<![\p{L}-])(?:[Hh]e|[Ss]he|[Tt]hey)"
    r"(?:[ \u00a0]+also)?)[ \u00a0]+)briefed[ \u00a0]+on(?=[ \u00a0]+(?:the|its|his|her|their)[ \u00a0])"
)
# --- make greater contributions for -------------------------------------------------------------
# 为……作出更大贡献: contributions are made "to" a cause; "for" is for the money given to a
# fund or a campaign, so only contributions with an adjective of size or kind are read. The
# singular ("made outstanding contribution for") is read as a slip of number already.
_CONTRIBUTIONS_FOR = regex.compile(
    r"(?i)(?<![\p{L}-])(?:make|makes|made|making)\s+(?:even\s+)?(?:greater|more|new|positive"
    r"|bigger|important|outstanding|due)\s+contributions\s+for(?![\p{L}-])"
)
# --- the docking of development strategies ------------------------------------------------------
# 发展战略对接: two countries' strategies are "aligned" (or "dovetailed"); ships dock.
_STRATEGY_DOCKING = regex.compile(
    r"(?i)(?<![\p{L}-])docking(?=\s+(?:of|between)\s+(?:the\s+|their\s+|our\s+|its\s+|two\s+)?"
    r"(?:[\p{L}-]+\s+){0,3}?(?:strategies|strategy|plans|initiatives|policies)(?![\p{L}-]))"
)


# --- friendly personages --------------------------------------------------------------------------
# 人士 rendered "personages": "friendly personages", "personages from all walks of life". In
# today's English a personage is a grand or titled figure of old; the register says "friends
# of China", "prominent figures", "people from all walks of life". Only after an adjective of
# the register or before "from all walks of life" or "circles".
_PERSONAGES = regex.compile(
    r"(?i)(?<![\p{L}-])(?:(?:friendly|important|well-known|famous|overseas|renowned|noted"
    r"|distinguished|patriotic|religious|public|prominent|political|business|social)\s+"
    r"personages?(?![\p{L}-])"
    r"|personages?(?=\s+(?:from|of|in)\s+(?:all\s+walks|(?:all|various|different)\s+"
    r"(?:circles|sectors|fields|walks))))"
)


# --- paid high attention to ------------------------------------------------------------------
# 高度重视 word for word: attention is paid "close" or "great", never "high", and importance,
# not attention, is attached. The verb and the object's "to" (or "on") frame it, so "the
# case drew high attention" and "high attention spans" are not read.
_HIGH_ATTENTION = regex.compile(
    r"(?i)(?<![\p{L}-])(?P<verb>pa(?:y|ys|id|ying)|g(?:ive|ives|ave|iven|iving)"
    r"|attach(?:es|ed|ing)?)\s+(?:very\s+)?high(?:ly)?\s+attention(?=\s+(?:to|on)\s)"
)


def _close_attention(text: str) -> str:
    """ "paid high attention" → "paid close attention"; "attach highly attention" → "attach
    great importance"."""
    verb, rest = text.split(None, 1)
    if verb.lower().startswith("attach"):
        very = "very " if rest.lower().startswith("very") else ""
        return f"{verb} {very}great importance"
    return f"{verb} " + regex.sub(r"(?i)\bhigh(?:ly)?\b", "close", rest, count=1)


# --- under the joint efforts of ----------------------------------------------------------------
# 在…共同努力下: the preposition of the Chinese frame kept. Lower case only, so a programme's
# name ("the Joint Efforts Initiative") is left alone.
_UNDER_EFFORTS = regex.compile(
    r"(?i)(?<![\p{L}-])under\s+(?:the\s+)?(?-i:joint|common|concerted|unremitting|collective"
    r"|combined)\s+(?-i:efforts?)(?![\p{L}-])"
)


def _through_efforts(text: str) -> str:
    """ "under the joint efforts" → "through the joint efforts"."""
    return ("Through" if text[:1].isupper() else "through") + text[len("under") :]


# --- listened to the work report ------------------------------------------------------------
# 听取 word for word: a meeting or an official "listened to" a report, which English
# "hears". The report is named as one: a work report, or a report "on", "of" or "from"
# something, or one that ends the clause; "listening to the introduction" (听取介绍)
# likewise. The audience of a broadcast listens ("listened to the reports online", "on the
# radio"), and so does a listener to music, a speech or a briefing (English listens to a
# briefing as well as it hears one): none is matched.
_LISTEN = r"listen(?:s|ed|ing)?\s+(?:(?:carefully|attentively|earnestly|closely|also)\s+)?to\s+"
_HEARD_FRAME = (
    r"(?=\s+(?:on|of|from|by|about|concerning|regarding|delivered|made|given|submitted"
    r"|and)\s(?!(?:the\s+)?(?:radio|television|tv|air|internet|podcasts?)\b)|\s*[.,;])"
)
_LISTENED_REPORT = regex.compile(
    r"(?i)(?<![\p{L}-])" + _LISTEN + r"(?:(?:the|a|an|their|his|her|its)\s+)?"
    r"(?:(?:special|relevant|detailed|brief|annual|related|progress|situation)\s+)?"
    r"(?:work\s+reports?|reports?" + _HEARD_FRAME + r"|(?<=to\s+the\s+)"
    r"introductions?" + _HEARD_FRAME + r")(?![\p{L}-])"
)

_HEARD = {"listen": "hear", "listens": "hears", "listened": "heard", "listening": "hearing"}


def _heard(text: str) -> str | None:
    """ "listened to the work report" → "heard the work report"; an introduction heard is
    "being briefed", which a person words."""
    if text.lower().rstrip("s").endswith("introduction"):
        return None
    verb, rest = text.split(None, 1)
    rest = regex.sub(
        r"(?i)^(?:(?:carefully|attentively|earnestly|closely|also)\s+)?to\s+", "", rest
    )
    new = _HEARD[verb.lower()]
    return capital_as(verb, new) + " " + rest


# --- fully affirmed the work -----------------------------------------------------------------
# 充分肯定, 高度肯定 word for word: the work "fully affirmed", "highly affirmed", or given "full
# affirmation". English commends it or speaks highly of it. A court affirms a judgment, so a
# sentence about a court, an appeal or a ruling is left alone.
_AFFIRMED = regex.compile(
    r"(?i)(?<![\p{L}-])(?:(?:fully|highly|greatly|thoroughly)\s+affirm(?:s|ed|ing)?"
    r"|affirm(?:s|ed|ing)?\s+highly"
    r"|g(?:ive|ives|ave|iven|iving)\s+(?:(?:a|the)\s+)?(?:full|high|great|positive)\s+"
    r"affirmations?\s+(?:to|of|on))(?![\p{L}-])"
)
_COURT = regex.compile(
    r"(?i)\b(?:courts?|appeals?|appellate|judg(?:e|es|ment|ments)|rulings?|verdicts?"
    r"|convictions?|sentences?|tribunal)\b"
)
_COMMEND = {
    "affirm": "commend",
    "affirms": "commends",
    "affirmed": "commended",
    "affirming": "commending",
    "give": "commend",
    "gives": "commends",
    "gave": "commended",
    "given": "commended",
    "giving": "commending",
}


# What English affirms, states firmly: a commitment, a stance, a right ("the ministers fully
# affirmed their commitment to the treaty"). The calque's object is the work, its results or
# a practice, which are commended.
_STATED = regex.compile(
    r"(?i)\s+(?:(?:its|their|his|her|our|the|a|an|this|that)\s+)?(?:(?:firm|strong|full"
    r"|continued|unwavering|long-standing|own)\s+)?(?:commitments?|support|determination|rights?"
    r"|positions?|stances?|beliefs?|principles?|intentions?|resolve|pledges?|willingness"
    r"|readiness|opposition|adherence|loyalty|faith|confidence|views?|importance|needs?"
    r"|roles?|identity|sovereignty|independence|values?|that)\b"
)


def _affirmed_in_english(m: regex.Match[str]) -> bool:
    """A sentence about a court or a ruling, where affirming is the court's word, or a
    commitment or a stance affirmed, stated firmly: both are English."""
    if _STATED.match(m.string, m.end()):
        return True
    return _in_its_sentence(_COURT, m)


def _commended(text: str) -> str:
    """ "fully affirmed" → "commended", "gave full affirmation to" → "commended"."""
    words = text.split()
    verb = next(w for w in words if w.lower() in _COMMEND)
    new = _COMMEND[verb.lower()]
    return capital_as(text, new)


# --- the overall economic operation -----------------------------------------------------------
# 经济运行 word for word, where the words around make it the economy's running: a word of
# the economy's state or scope before it ("overall", "social and", "industrial and",
# "stable"), a place or a period after it ("of the city", "in the first quarter"), a verb of
# its state after it ("remained stable"), or a verb of watching it before it ("monitoring
# of"). The dispatch of it is `_DISPATCH`'s. An engineer's "secure and economic operation of
# the grid" runs a machine at least cost and is left alone.
_ECONOMIC_OPERATION = regex.compile(
    r"(?i)(?<![\p{L}-])(?:"
    r"(?<=(?:overall|social\s+and|socio-?economic\s+and|industrial\s+and|national|regional"
    r"|local|steady|stable|sound|smooth|healthy|good|city['’]s|province['’]s|county['’]s"
    r"|country['’]s|China['’]s)\s+)economic\s+operation"
    r"|economic\s+operation(?=\s+(?:of|in)\s+(?:the\s+)?(?:city|province|county|district"
    r"|region|country|nation|first|second|third|fourth|past|this|last|whole|\d|(?-i:\p{Lu}))"
    r"|\s+(?:remained|remains|was|is|kept|keeps|maintained|showed|shows|continued|continues)\s)"
    r"|(?<=(?:monitor(?:s|ed|ing)?|analy[sz](?:e|es|ed|ing|is))\s+(?:of\s+)?(?:the\s+)?)"
    r"economic\s+operation"
    r")(?![\p{L}-])"
)
_MACHINE = regex.compile(
    r"(?i)[^.;\n]{0,40}?\b(?:grids?|power|plants?|systems?|units?|reservoirs?|transformers?"
    r"|generators?|boilers?|pumps?|stations?|networks?|microgrids?|turbines?|engines?|ships?"
    r"|vessels?|fleets?|equipment|machines?)\b"
)


def _run_at_least_cost(m: regex.Match[str]) -> bool:
    """A machine or a grid run economically, in the words after the phrase: English."""
    return _MACHINE.match(m.string, m.end()) is not None


# --- try best, series activities, open-up policy ------------------------------------------------
# 尽力 word for word: English tries "its best", "their best" ("the district will try best to
# finish" lacks the possessive). "The best" is a superlative ("try the best dishes") and left
# alone.
_TRY_BEST = regex.compile(r"(?i)(?<![\p{L}-])(?:try|tries|tried|trying)\s+best(?![\p{L}-])")
# 系列活动 word for word: "a series activities" — a series "of" activities. Only after a
# determiner and before a plural in -ities/-events/-meetings/…, so that "a series final" and a
# TV series' name are left alone.
_SERIES_OF = regex.compile(
    r"(?i)(?<=(?<![\p{L}-])(?:a|the|this|these|that)\s)series(?=\s+(?:activities|events"
    r"|meetings|measures|lectures|exhibitions|forums|talks|campaigns|programs|programmes"
    r"|policies|reports|exchanges|competitions|performances)(?![\p{L}-]))"
)
# 改革开放政策: the policy is "the reform and opening-up policy"; "open-up" is a verb made
# into a modifier, which English does not do.
_OPEN_UP_POLICY = regex.compile(
    r"(?i)(?<![\p{L}-])open-up(?=\s+(?:policy|policies|strategy|drive|cause|process)(?![\p{L}-]))"
)


SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        _OUR_WORKS,
        "工作 is “work”, not counted: “our work”, “all the work”",
        _our_work,
        _made_things,
    ),
    (
        _DISPATCH,
        "调度 is not “dispatch” (sending people or goods): “review the progress of the work”, "
        "“coordinate”, “a progress review meeting”",
        {},
        None,
    ),
    (
        _OWN_NOUN,
        "a verb and its own noun say one thing twice: “implement the measures”, not "
        "“implement the implementation”",
        {},
        None,
    ),
    (
        _NOUN_TWICE,
        "the same noun twice in one phrase says it twice: “the Party's history”, not “the "
        "history of the Party's history”; “in Northeast China”, not “of the Northeast in the "
        "Northeast”",
        {},
        None,
    ),
    (
        _DEEP_INTO,
        "深入 is not “go deep into” a place: officials “visit” or “went to” the villages, the "
        "grassroots or a county",
        {},
        None,
    ),
    (
        _PRINCIPALS,
        "负责人 of a body are its “heads” or the “officials in charge”; a principal heads a school",
        {"principals": "heads"},
        None,
    ),
    (
        _SITUATIONS,
        "情况 is not counted “situations”: say how the work is going, “the progress of”, "
        "“conditions”, or leave the word out",
        {},
        None,
    ),
    (
        _DOCKING,
        "对接 is not “docking” (ships and spacecraft dock): “liaise with”, “cooperate with”, "
        "“be matched with”, “a matchmaking meeting”",
        {},
        None,
    ),
    (
        _STANDING_AS_PERSON,
        "常委 is a person's title: “member of the Standing Committee of …”, not the body itself",
        _member_of,
        _bodies_listed,
    ),
    (
        _TIMES,
        "次 counted: “four times” takes no “for”, and a count of events is “50 rounds of”, "
        "not “50 times of”",
        _times,
        None,
    ),
    (
        _SURVEY_VISIT,
        "调研 is the purpose of a visit: officials “made a fact-finding visit to” a place or "
        "“inspected” it, not “to study and research” there",
        {},
        None,
    ),
    (
        _INVESTIGATE_VISIT,
        "调研 is a visit, not an investigation (a looking-into): officials “inspected” or "
        "“visited” the projects, “went to see how the construction was going”, or made a "
        "“fact-finding visit”; their staff “accompanied them”",
        {},
        _looked_into,
    ),
    (
        _JOINED_SURVEY,
        "参加调研 is not “participated in the research”: the official “accompanied” the "
        "visitors, or “was also present”",
        {},
        _looked_into,
    ),
    (
        _SUCCESSIVELY_WENT,
        "先后 is not “successively”: the places were visited “in turn”, or are listed with "
        "the word left out",
        {},
        None,
    ),
    (
        _POLITICAL_STANCE,
        "政治站位 is not a “political stance” (a view on an issue) or a “political height”: "
        "“see the work from a political perspective”, “raise their political awareness”",
        {},
        None,
    ),
    (
        _MEETING_SPIRIT,
        "会议精神 is not “the meeting spirit”: “the guiding principles of the meeting”, “the "
        "decisions of the conference”",
        {},
        None,
    ),
    (
        _MADE_DEPLOYMENT,
        "部署 is not “made deployment” (troops are deployed): “made arrangements for”, “set "
        "out tasks for”",
        {},
        None,
    ),
    (
        _LANDED_IN,
        "落地 is not “landed in” (planes land): projects and firms “set up in” or “settled in” "
        "a place",
        {},
        None,
    ),
    (
        _RELATIVE,
        "相关 is “relevant”: “relevant departments”; “relative” means kin, or compared",
        {"relative": "relevant"},
        None,
    ),
    (
        _EXCHANGE_SPEECH,
        "交流发言 is not “an exchange speech”: the delegates “spoke about their experience” or "
        "“shared their experience”",
        {},
        None,
    ),
    (
        _HIGH_ATTENTION,
        "高度重视 is not “high attention”: “paid close attention to” or “attached great "
        "importance to”",
        _close_attention,
        None,
    ),
    (
        _UNDER_EFFORTS,
        "在…共同努力下 is not “under the joint efforts”: work is done “through” or “thanks to” "
        "joint efforts",
        _through_efforts,
        None,
    ),
    (
        _LISTENED_REPORT,
        "听取 is not “listened to” a report: a meeting or an official “heard” the report, or "
        "“was briefed on” the work",
        _heard,
        None,
    ),
    (
        _AFFIRMED,
        "肯定 is not “affirmed”: the work is “commended” or “praised”, or the speaker “spoke "
        "highly of” it; a court affirms a judgment",
        _commended,
        _affirmed_in_english,
    ),
    (
        _ECONOMIC_OPERATION,
        "经济运行 is not “economic operation”: the economy's running is its “performance” "
        "(“the overall economic performance”)",
        lambda text: text[: -len("operation")] + "performance",
        _run_at_least_cost,
    ),
    (
        _STANDING_MEMBERS,
        "常委 is a seat on the Standing Committee: “members of the Standing Committee of the "
        "Provincial Party Committee”, not “standing members”",
        _members_of_standing,
        None,
    ),
    (
        _DECISION_DEPLOYMENT,
        "决策部署 is not “decision-making and deployment”: “decisions and plans” (or "
        "“arrangements”)",
        lambda text: capital_as(text, "decisions and plans"),
        None,
    ),
    (
        _SCHEDULING_MEETING,
        "调度会 is not a “scheduling meeting” (one that sets timetables): a “progress review "
        "meeting” or a “coordination meeting”",
        {},
        None,
    ),
    (
        _PROBLEM_ORIENTATION,
        "问题导向 is not “the problem orientation”: work is “problem-oriented”, or “focuses on "
        "the problems”",
        {},
        None,
    ),
    (
        _BRIEFED_ON,
        "介绍 is not “briefed on” with no one briefed: “briefed the delegation on”, or “gave a "
        "briefing on”",
        {},
        None,
    ),
    (
        _CONTRIBUTIONS_FOR,
        "为……作出贡献: contributions are made “to” a cause (“make greater contributions to”); "
        "“for” is for money given to a fund",
        lambda text: text[: text.rstrip().rfind(" ") + 1] + "to",
        None,
    ),
    (
        _PERSONAGES,
        "人士 is not “personages” (grand figures of old): “friends of China”, “prominent "
        "figures”, “people from all walks of life”",
        {},
        None,
    ),
    (
        _TRY_BEST,
        "尽力 is not “try best”: English tries “its best”, “their best” (or “does all it can”)",
        {},  # a person mends it, who knows whose best ("its", "their")
        None,
    ),
    (
        _SERIES_OF,
        "系列活动 is “a series of activities”: a series is “of” what it holds",
        lambda text: text + " of",
        None,
    ),
    (
        _OPEN_UP_POLICY,
        "改革开放政策 is “the reform and opening-up policy”: “open-up” is a verb, not a modifier",
        lambda text: capital_as(text, "opening-up"),
        None,
    ),
    (
        _STRATEGY_DOCKING,
        "对接 of strategies is not “docking” (ships dock): strategies are “aligned”, “the "
        "alignment of their development strategies”",
        {"docking": "alignment"},
        None,
    ),
)

# Columnar prefilter (Rust regex): each slip's key word.
PREFILTER = (
    r"(?i)\b(?:our|its|all)\s+works\b|\bdispatch"
    r"|\b(?:the|its|their)\s+\p{L}{4,}(?:ation|ment|ion)\b"
    r"|\b(?:the\s+)?\p{L}{4,}\s+(?:of|in|at|on|for)\s+the\s+"
    r"|\bdeep\s+into\b|\bprincipals\s+of\b|\bmain\s+principals\b|\bsituations\b|\bdock(?:ing|ed|s)?\b"
    r"|\p{Ll}, (?:the )?(?:\p{L}+ )?Standing Committee\b|(?:^|[.;] )\p{L}+ Standing Committee, "
    r"|\bfor \S+ times\b|\btimes of\b"
    r"|\bstudy\s+and\s+research\b|\bresearch\s+and\s+study\b|\bfor\s+investigation\b"
    r"|\bdeployments?\b|\bland(?:ed|s|ing)?\s+(?:in|at)\b|\brelative\s|\bexchange\s+speech"
    r"|\bhigh(?:ly)?\s+attention\b|\bunder\s+(?:the\s+)?\p{L}+\s+efforts?\b"
    r"|\blisten(?:s|ed|ing)?\s|\baffirm|\beconomic\s+operation\b"
    r"|\b(?:investigat|survey)\p{L}*\s|\binvestigation\s+(?:visit|tour|trip)"
    r"|\bparticipat\p{L}*\s+in\s+(?:the|this)\s+research\b|\bon\s+(?:the|this|his|her|their)\s+research\b|\bsuccessively\s|\bpolitical\s+(?:and\s+strategic\s+)?(?:stance|height)"
    r"|\b(?:meeting|conference|session|plenum)s?['’]?s?\s+spirit\b"
    r"|\bstanding\s+members?\s+of\b|\bdecision-making\s+and\s+deployment|\bscheduling\s+meeting"
    r"|\bproblem[-\s]orientation\b|\bbriefed\s+on\s|\bcontributions?\s+for\b|\bdocking\s+(?:of|between)\b|\bpersonages?\b"
    r"|\btr(?:y|ies|ied|ying)\s+best\b|\bseries\s+\p{L}+s\b|\bopen-up\s"
)
