"""P337 unclosed-appositive."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks import listed_aside, place_appositive
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.frequency import zipf
from tifa.glossary.names import pinyin_surnames

# A person's name in pinyin, a comma, a title ("secretary of …", "Vice Premier of …") and
# then, with no comma closing the title, the verb of the sentence. The title may run long
# ("member of the Standing Committee of … and director of …"); a relative clause inside it
# ("director of the bureau that is …") or a passive ("led by") is not the sentence's verb.
_TITLE = (
    # "the mayor of …", "a member of …", "Tianjin's mayor": an article or a place's possessive
    r"(?:the |a |\p{Lu}\p{Ll}+['’]s )?"
    # "Vice-Premier", "standing committee member": a prefix may be joined by a hyphen
    r"(?i:(?:deputy|vice|executive|party|chinese|first|standing|general|chief|committee)[ -])*"
    r"(?i:co-chair|secretary|director|mayor|governor|chairman|chairwoman|chairperson|head"
    r"|minister|president|premier|member|deputy|ambassador|consul|commissioner"
    # every other noun of a person's office or calling that an appositive names: "Yu Li, a
    # delegate to …", "Wang Fang, spokesperson for …", "Li Hua, a professor at …"
    r"|delegate|representative|envoy|spokesperson|spokesman|spokeswoman|official|leader"
    r"|chief|dean|principal|professor|researcher|fellow|expert|founder|manager|inspector"
    r"|counsell?or|adviser|advisor|editor|correspondent|officer|academician|scholar"
    r"|engineer|economist|analyst|teacher|doctor|judge|procurator|prosecutor|auditor"
    r"|commander|captain|partner|executive|chair|councill?or|CEO)\b"
)
_VERBS = (
    r"addressed|addresses|attended|attends|said|says|met|meets|welcomed|welcomes|visited"
    r"|visits|presided|presides|delivered|delivers|chaired|chairs|stressed|stresses|noted"
    r"|notes|spoke|speaks|inspected|inspects|will|was|is"
    # the other verbs of a report's lead: "… went on an inspection tour", "… led a team"
    r"|went|goes|led|leads|made|makes|pointed|points|emphasized|emphasised|emphasizes"
    r"|emphasises|called|calls|urged|urges|held|holds|gave|gives|took|takes|paid|pays"
    r"|conducted|conducts|hosted|hosts|received|receives|signed|signs|toured|tours|expressed"
    r"|expresses|announced|announces|introduced|introduces|has|had"
)
# Any past form with its object after it also opens the predicate: "… of Yantai extended a
# warm welcome" (the prefilter, which cannot look ahead, takes any word in "-ed").
_VERBS_OR_PAST = f"{_VERBS}|{place_appositive.PAST_PREDICATE}"
_VERBS_PREFILTER = f"{_VERBS}|{place_appositive.PAST_FORM}"
# One title's words: no punctuation of a clause, but a body's abbreviation in brackets
# ("Chairman of the Counsellors' Office of the State Council (COSC)").
_TITLE_WORDS = (
    r"(?:[^,，.;:()\"“”\n]|\(\p{Lu}[\p{Lu}\p{Ll}]{1,9}\)"
    r"|(?<=[ ])(?:Co\.,[ ]?Ltd|Co|Ltd|Inc|Corp)\.(?=[ ,]))"
)
# A person holds several titles, each after a comma, the last after "and": "member of the
# Standing Committee of …, secretary of … and director of …"; "…, President, and Chairman
# of …". Every part starts with a title word: a comma before another name ends the title.
_TITLES = rf"{_TITLE}{_TITLE_WORDS}{{0,160}}?(?:,[ ]?(?:and |as well as )?{_TITLE}{_TITLE_WORDS}{{0,160}}?){{0,4}}"
_PATTERN = regex.compile(
    r"(?<![\p{L}])(?P<surname>\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+,[ ]?"
    rf"(?P<title>{_TITLES}) (?P<verb>{_VERBS_OR_PAST})\b(?! by\b)"
)
_PREFILTER = (
    rf"\p{{Lu}}\p{{Ll}}+ \p{{Lu}}\p{{Ll}}+, ?{_TITLE}[^;:\"“”\n]*? (?:{_VERBS_PREFILTER})\b"
)
# Two people, each with a title after a comma, the first title not closed before "and":
# "accompanied by Li Hua, secretary of … Committee and Wang Fang, mayor of …". The second
# person's own comma and title show that "and" joins two people, not two titles.
_NEXT_PERSON = regex.compile(
    r"(?<![\p{L}])(?P<surname>\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+,[ ]"
    rf"(?P<title>{_TITLE}{_TITLE_WORDS}{{0,160}}?) (?P<verb>and) (?P<next>\p{{Lu}}\p{{Ll}}+)"
    rf" \p{{Lu}}\p{{Ll}}+,[ ]{_TITLE}"
)
_NEXT_PERSON_PREFILTER = rf"\p{{Lu}}\p{{Ll}}+ \p{{Lu}}\p{{Ll}}+, {_TITLE}[^,;:\"“”\n]*? and \p{{Lu}}\p{{Ll}}+ \p{{Lu}}\p{{Ll}}+, "
# A relative clause inside the title, or the end of a list of people ("X, secretary general
# of … and other members of the Standing Committee attended"): the comma before the title
# separates list items, and no second one is owed.
_MESSAGE = "a title after a name opened by a comma and not closed before the verb"
_MESSAGE_NEXT = "a title after a name opened by a comma and not closed before the next person"
_NAMED_MESSAGE = "an aside after a name opened by a comma and not closed before the verb"
# A name before "of" inside the title: a list of people written title first ("Deputy Prime
# Minister … Hor Namhong of the Kingdom of Cambodia, Foreign Minister … of …"). Before "of"
# a title holds a common English word ("Secretary of", "Committee of"), a list a person's
# name: a rare word or none.
_NAME_ZIPF = 2.5
_WORD_BEFORE_OF = regex.compile(r"(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) of\b")
# The next person's title (up to four words) and name where _names_next_person looks for
# them first: opening the title read (a title in capitals) or a later part of it.
_TITLE_THEN_NAME = regex.compile(
    r"(?:^(?:\p{Lu}[\p{L}-]*[ ]){1,4}|(?<=, )(?:and )?(?:\p{L}[\p{L}-]*[ ]){1,4})"
    r"(?P<surname>\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+(?![\p{L}'’-])"
)
# A name closing the title read, an adverb perhaps after it.
_NAME_AT_END = regex.compile(
    r"(?<![\p{L}'’-])(?P<surname>\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+(?: \p{Ll}+ly)?$"
)
# After ", and" a title and a name in any spelling closing the title read. The name's last
# word is no word that ends a body's or a place's name.
_NEXT_NAMED_AT_END = regex.compile(
    r", (?:and|as well as) \p{Lu}[^,]*?(?<![\p{L}'’-])\p{Lu}\p{Ll}+ "
    r"(?!(?:Committee|Commission|Office|Bureau|Department|Government|Congress|Conference|Party|"
    r"Province|City|County|District|Region|Prefecture|Township|Town|Village|Administration|"
    r"Association|Federation|Group|Company|Council|University|Institute|Center|Centre|"
    r"Ministry|Court|Procuratorate|Zone|Area|Affairs|Security|Development|Reform|Bank|"
    r"League|Union|Corporation|Agency|Authority|Academy|School|Hospital|Station)$)"
    r"\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$"
)
_NOT_CLOSED_BY_VERB = regex.compile(r"\b(?:that|which|who|whom|whose|where|when|and others?)\b")


def _names_next_person(title: str, surnames: frozenset[str]) -> bool:
    """Whether the words read as a title hold the next person of a list, title first.

    Then the comma before them ended the first person's aside (or the sentence's opening
    phrase), and the verb is the next person's: no second comma is owed. The next person is
    a title and then a name, the name a pinyin surname and a given name, found
    - opening the words, the title (up to four words) in capitals: "…, Director-General
      Zhu Jun of the bank";
    - opening a later part after a comma, perhaps after "and", the title (up to four words)
      in any case: "…, secretary of …, director Wang Wei attended";
    - closing the words, an adverb perhaps after the name: "According to Li Hua, Secretary
      of the Provincial Committee Zhou Lin fully affirmed";
    - closing the words after ", and" or ", as well as", the title opening with a capital
      and the name in any spelling: "Xia Bo, director of the office, and Chief Executive
      Carrie Lam was".
    """
    at = 0  # the title's start, then each later part's: a search finds the same, slower
    while True:
        named = _TITLE_THEN_NAME.match(title, at)
        if named is not None and named.group("surname") in surnames:
            return True
        comma = title.find(", ", at)
        if comma < 0:
            break
        at = comma + 2
    if _NEXT_NAMED_AT_END.search(title):
        return True
    last = _NAME_AT_END.search(title)
    return last is not None and last.group("surname") in surnames


# A named subject (a place, a paper, a body: capitalised words), a comma, an appositive led
# by an article ("the heartland of …", "a Chinese-language newspaper") and then the verb
# of a report with no comma before it: "Jinggangshan, the cradle of the revolution
# announced …", "…, Jinzhou Daily, a local newspaper reported on Friday". The subject
# opens the sentence or follows a comma after a word in lower case ("…, the city said")
# or a stop; after a capitalised word it is the next item of a list of places.
_NAMED = r"\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}"
_REPORT_VERBS = (
    r"reported|reports|announced|announces|said|says|stated|states|disclosed|discloses"
    r"|revealed|reveals|confirmed|confirms|noted|notes|added|adds|declared|declares"
)
_NAMED_PATTERN = regex.compile(
    rf"(?:^|(?<=[.!?][ ]|(?<!\p{{L}})\p{{Ll}}[\p{{L}}-]*,[ ]))(?P<name>{_NAMED}),[ ]"
    r"(?P<title>(?:the|a|an) [\p{L}\d](?:[^,.;:()\"“”\n]|\(\p{Lu}[\p{Lu}\p{Ll}]{1,9}\)){2,160}?)"
    rf" (?P<verb>{_REPORT_VERBS})\b(?! by\b)"
)
_NAMED_PREFILTER = rf"\p{{Lu}}[\p{{L}}'’-]*, (?:the|a|an) [^,;:\"“”\n]*? (?:{_REPORT_VERBS})\b"
# Words that open a sentence before its subject, capitalised there as any first word:
# "However, the city said …", "Yesterday, the bureau announced …", "In Dalian, …".
_OPENER_WORDS = regex.compile(
    r"(?:however|meanwhile|moreover|furthermore|besides|additionally|also|yesterday|today"
    r"|tomorrow|now|then|still|thus|therefore|hence|consequently|accordingly|similarly"
    r"|likewise|overall|finally|first|second|third|lastly|later|earlier|afterwards"
    r"|subsequently|initially|eventually|ultimately|instead|otherwise|nevertheless"
    r"|nonetheless|indeed|again|so|yet|but|and|or|in|on|at|for|by|from|with|during|after"
    r"|before|since|as|when|while|if|although|though|to|of|under|over|this|that|these"
    r"|those|last|next|every|each|all|both|many|some|most|here|there|\p{L}+ly"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|may|june|july|august|september|october|november|december)",
    regex.IGNORECASE,
)
# An appositive that lists ("the mayor and Wang Fang said") or holds a clause ("the
# bureau that runs the port said") is no single aside.
_NOT_ONE_ASIDE = regex.compile(r"\b(?:and|or|that|which|who|whom|whose|where|when)\b")
# A title closed by a dash: the aside was opened by a dash before the list of people ("Two
# leaders -- Li Hua, secretary of …, and Wang Fang, governor of the province -- toured").
_DASH_AT_END = regex.compile(r"[ ]?(?:-{1,3}|[–—])$")
# A body named by "the" and capitals, then a report verb that ends its sentence, with at
# most a day after it: the clause before the comma is what was reported, and "the CCDI
# reported" says who reported it ("…, the book, Safeness Sutra, the CCDI reported
# Wednesday."), no aside of the name before it ("…, Jinzhou Daily, a local newspaper
# reported on Friday." is one).
_NAMED_SOURCE = regex.compile(r"the(?:[ ]\p{Lu}[\p{L}'’-]*){1,4}")
_ATTRIBUTION_END = regex.compile(r"(?:[ ](?:on[ ])?[\p{L}\d]+){0,2}[.!?][\"”’]?(?:[ ]|$)")

# A name, a comma, an aside naming the place or the office ("Fuzhou, capital of Fujian
# province", "Lu Hao, governor of Heilongjiang"), then a day or a date with no comma
# before it: the date reads as the capital's or the governor's, not the sentence's. The
# aside's place is capitalised words (with a level word in lower case); the name before
# the comma is capitalised, so "…, and appointed acting governor of Heilongjiang on March
# 25" (no aside) is never read.
_ASIDE_HEAD = (
    r"(?:the )?(?:(?:provincial )?capital(?: city)?"
    r"|(?i:(?:acting |executive |first )?(?:vice[ -]|deputy )?(?:party )?"
    r"(?:governor|mayor|secretary|chairman|chairwoman|president|director|minister)))"
)
# The place or body the aside names: capitalised words, "of", "for" or "and" between them
# ("Mayor of Guangzhou and Co-President of Metropolis", "secretary of the CPC Hebei
# Provincial Committee"), a level word in lower case after a place.
_ASIDE_PLACE = (
    r"(?:the )?(?:\p{Ll}+ China['’]s )?\p{Lu}[\p{L}'’-]*"
    r"(?: (?:(?:of|for|and) (?:the )?)?\p{Lu}[\p{L}'’-]*){0,7}"
    r"(?: (?:[Pp]rovince|[Cc]ity|[Aa]utonomous [Rr]egion))?"
)
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAY_MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
    r"|January|February|March|April|June|July|August|September|October|November|December"
)
_ASIDE_TIME = regex.compile(
    rf"(?<=(?<![\p{{L}}'’-])\p{{Lu}}[\p{{L}}'’-]*), (?P<title>{_ASIDE_HEAD} of {_ASIDE_PLACE})"
    rf" (?P<verb>on (?:{_WEEKDAYS}|(?:{_DAY_MONTHS}) \d{{1,2}}(?!\d))\b"
    r"|during (?:his|her|their|the) (?:recent )?(?:visit|trip|tour|stay)\b)"
)
_ASIDE_TIME_PREFILTER = (
    r"(?i), [^,;:\n]{0,30}(?:capital|governor|mayor|secretary|chairman|chairwoman|president"
    r"|director|minister) of [^,;:\n]{1,90} (?:on|during) "
)
_ASIDE_TIME_MESSAGE = (
    "an aside after a name opened by a comma and not closed before the time phrase"
)


@rule("P337", "unclosed-appositive", Severity.WARNING, Fix.UNSAFE)
def unclosed_appositive(ctx: Context) -> pl.DataFrame:
    """A title or an aside after a name, or a province after a place, opened by a comma and not closed.

    ## What it does
    Finds a person's name in pinyin (a common surname and a given name), a comma, a title
    ("secretary of …", "Vice Premier of … and the Chinese co-chair of …"; any noun of a
    person's office or calling: "a delegate to …", "spokesperson for …", "a professor at …",
    "general manager of …") and then the
    sentence's verb ("attended", "said", "went", "led", "will …") with no comma between the
    title and the verb — or any past form in "-ed" with its object after it ("… of
    Yantai extended a warm welcome", "… briefed the press"), which a participle qualifying
    the title's noun never has ("based in", "located at") — or before "and" and the next person with a title of their own
    ("accompanied by Li Hua, secretary of … Committee and Wang Fang, mayor of …"). The
    title may be several, each after a comma ("member of …,
    secretary of … and director of …", "General Secretary of …, President, and Chairman of
    …", "member of …, as well as secretary of …") and hold a body's abbreviation in brackets ("… of the State Council (COSC)"); a
    later part naming the next person ("…, director Wang Wei") or a person's name before
    "of" ("Minister Hor Sokha of the Kingdom of …") makes a list of people, left alone. A
    title holding a relative clause ("… that is …"), a passive ("led by") and the
    end of a list of people ("X, secretary general of … and other members … attended") are
    left alone, and so is the next person of a list written title first ("Vice Mayor Sun
    Tao, Director Zhou Lin of the Port Bureau will …"). Likewise any name (a place, a
    paper, a body) opening the sentence or following a comma after a word in lower case,
    then a comma, an aside led by "the", "a" or "an", and the verb of a report
    ("announced", "reported", "said") with no comma before it: "Jinzhou, the cradle of …
    announced", "…, Jinzhou Daily, a local newspaper reported"; an opening word ("However,
    the bureau said", "In Dalian, …", "Yesterday, …"), a name after another capitalised
    word (the next item of a list of places) and an aside holding "and", "or" or a clause
    are left alone. Likewise a place followed by the province or country it lies in and then the
    verb ("the fair in Kunming, Yunnan Province opened", "firms from Hesse, Germany signed",
    "Qingdao, Shandong province forged great …")
    with no comma before the verb; a time or a purpose after the province ("in Xiamen,
    Fujian province on Sept 21") is house style in professional copy and left alone, and
    two places joined by "and" are a list and are not read; nor is a continent or a world
    region before the comma ("links Asia with Europe, Xinjiang is …"), which no province
    lies in. Likewise names given as examples after a comma and "such as" or "including",
    then the verb with no comma before it ("City leaders, such as Li Hua and Wang Fang were
    present"); a list in lower case, a relative clause after the last name and "such as"
    meaning "as" ("…, such as Shenzhen has done") are left alone. Likewise another part of
    the subject added after a comma and "as well as", then the verb of those present with
    no comma before it ("Li Hua and Wang Fang, as well as 300 guests were present"); not
    when the words before the comma hold a verb of their own ("He toured the port, as well
    as the school he attended") or the aside a pronoun or a relative word, nor a passive
    ("attended by"). Likewise a capital or
    an office (governor, mayor, secretary, chairman, president, director, minister) of a
    place or body named after a comma and then a day, a date or a visit with no comma
    before it ("…in Fuzhou, capital of Fujian province on Dec 18", "…by Lu Hao, governor
    of Heilongjiang on Friday", "…, Mayor of Guangzhou during his visit"); no name before
    the comma ("…, and appointed governor of
    Heilongjiang on March 25") is no aside and is left alone.

    ## Why is this bad?
    The comma before the title opens an aside that must close: without the second comma
    the title's last words read as the subject ("the Municipal Government attended"), and
    the sentence parses wrongly. The same holds for "Yunnan Province opened".

    ## Example
    ```text
    Li Hua, secretary of the Municipal Party Committee attended the meeting.
    The fair in Kunming, Yunnan Province opened on Monday.
    Jinzhou, a port city on the Bohai Sea said its trade grew.
    ```

    ## Use instead
    ```text
    Li Hua, secretary of the Municipal Party Committee, attended the meeting.
    The fair in Kunming, Yunnan Province, opened on Monday.
    Jinzhou, a port city on the Bohai Sea, said its trade grew.
    ```

    An aside closed by a dash ("… and Wang Fang, governor of the province -- toured") and a
    body named by "the" and capitals whose report verb ends the sentence ("…, the CCDI
    reported Wednesday.": who reported it) are left alone.

    ## Fix safety
    Unsafe: a comma before the verb is suggested; the title may instead end earlier than
    the rule reads it, or the place be the first of a list.
    """
    rows = new_rows()
    surnames = pinyin_surnames()
    reported: set[tuple[int, int]] = set()
    # An aside left open before a time phrase is reported there (below), with the fix that
    # closes it before the time: the same aside is not reported again before the verb.
    dated = list(prose_matches(ctx.segments, "tgt", _ASIDE_TIME_PREFILTER, _ASIDE_TIME))
    timed = {(doc, base + m.start("title")) for doc, base, _text, m in dated}
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("surname") not in surnames or _NOT_CLOSED_BY_VERB.search(m.group("title")):
            continue
        if (doc, base + m.start("title")) in timed:
            continue
        if _names_next_person(m.group("title"), surnames):
            continue  # "…, Director-General Zhu Jun of …": a list of people, or a new subject
        if any(zipf(w.lower()) < _NAME_ZIPF for w in _WORD_BEFORE_OF.findall(m.group("title"))):
            continue  # "… Minister Hor Namhong of the Kingdom of …, …": a list of people
        if _DASH_AT_END.search(m.group("title")):
            continue  # "Two leaders -- …, and Zhao Long, governor of the province -- toured"
        start, end = base + m.start("title"), base + m.end("verb")
        suggestion = f"{m.group('title')}, {m.group('verb')}"
        add_row(rows, doc, start, end, _MESSAGE, suggestion)
        reported.add((doc, end))
    pairs = prose_matches(ctx.segments, "tgt", _NEXT_PERSON_PREFILTER, _NEXT_PERSON)
    for doc, base, _text, m in pairs:
        if {m.group("surname"), m.group("next")} - surnames:
            continue  # names not in pinyin
        if _NOT_CLOSED_BY_VERB.search(m.group("title")):
            continue
        start, end = base + m.start("title"), base + m.end("verb")
        add_row(rows, doc, start, end, _MESSAGE_NEXT, f"{m.group('title')}, and")
    asides = prose_matches(ctx.segments, "tgt", _NAMED_PREFILTER, _NAMED_PATTERN)
    for doc, base, text, m in asides:
        first = m.group("name").split(" ")[0]
        if (doc, base + m.end("verb")) in reported or _OPENER_WORDS.fullmatch(first):
            continue  # a title after a person's name (above), or a sentence's opening word
        if _NAMED_SOURCE.fullmatch(m.group("title")) and _ATTRIBUTION_END.match(
            text, m.end("verb")
        ):
            continue  # "… wrote the book, Sutra, the CCDI reported Wednesday.": who said it
        if _NOT_ONE_ASIDE.search(m.group("title")):
            continue
        start, end = base + m.start("title"), base + m.end("verb")
        suggestion = f"{m.group('title')}, {m.group('verb')}"
        add_row(rows, doc, start, end, _NAMED_MESSAGE, suggestion)
    places = prose_matches(
        ctx.segments, "tgt", place_appositive.PREFILTER, place_appositive.PATTERN
    )
    for doc, base, _text, m in places:
        if (found := place_appositive.closing(m)) is not None:
            start, end, suggestion = found
            add_row(rows, doc, base + start, base + end, place_appositive.MESSAGE, suggestion)
    countries = prose_matches(
        ctx.segments, "tgt", place_appositive.COUNTRY_PREFILTER, place_appositive.COUNTRY_PATTERN
    )
    for doc, base, _text, m in countries:
        if (found := place_appositive.country_closing(m)) is not None:
            start, end, suggestion = found
            add_row(rows, doc, base + start, base + end, place_appositive.MESSAGE, suggestion)
    for doc, base, _text, m in dated:
        # The span and the fix end at the preposition: "governor of Hunan, on Tuesday".
        word = m.group("verb").split(" ")[0]
        start, end = base + m.start("title"), base + m.start("verb") + len(word)
        add_row(rows, doc, start, end, _ASIDE_TIME_MESSAGE, f"{m.group('title')}, {word}")
    listed = prose_matches(ctx.segments, "tgt", listed_aside.PREFILTER, listed_aside.PATTERN)
    for doc, base, _text, m in listed:
        start, end, suggestion = listed_aside.closing(m)
        add_row(rows, doc, base + start, base + end, listed_aside.MESSAGE, suggestion)
    added = prose_matches(
        ctx.segments, "tgt", listed_aside.AS_WELL_AS_PREFILTER, listed_aside.AS_WELL_AS
    )
    for doc, base, text, m in added:
        if (found := listed_aside.as_well_as_closing(text, m)) is not None:
            start, end, suggestion = found
            message = listed_aside.AS_WELL_AS_MESSAGE
            add_row(rows, doc, base + start, base + end, message, suggestion)
    return output(rows)
