"""N207 lowercase-party."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import with_distinct
from tifa.checks.many_parties import many_parties_before
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.wire_copy import CAPITAL_PARTY, LOWER_PARTY, NAMES_CPC, WIRE_MARK
from tifa.glossary.frequency import zipf
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import pinyin_surnames, split_syllables

# The nouns "party" heads when it means the Communist Party of China: Party members, Party
# building, Party committee … A "third party", "the parties concerned", "a birthday party" or
# "the ruling party" never takes one of these after it.
_HEADS = (
    r"members?|membership|building|construction|organi[sz]ations?|committees?|secretar(?:y|ies)"
    r"|branch(?:es)?|schools?|history|conduct|discipline|spirit|leadership|constitution"
    r"|congress(?:es)?|cadres?|groups?|work|affairs|chief|officials?|style|rules|organs|fees"
    r"|comrades"
    r"|(?i:central committee|(?:working )?committees?)"
)
# Words that make "party" one of many parties, or another kind of party, when they stand
# right before it.
_NOT_CPC = (
    r"third|other|political|ruling|opposition|democratic|each|any|every|one|either|neither"
    r"|contracting|multi|single|non|birthday|tea|dinner|working|host"
)
# "the party" after a preposition, ending a clause or paired with the people or the country:
# "loyal to the party.", "for the party and the people", "for the party and entire nation". A dinner party is not paired so.
_ALONE = (
    r"(?<=\b(?:to|for|of|by|with|within|from|in|between) the )party"
    r"(?=[.,;:!?]|(?: and (?:the )?(?:entire |whole )?"
    r"(?:people|country|nation|national|state|army|government(?:al)?|masses))\b)"
)
# "the party's" with any noun after it ("the party's overall leadership", "the party's
# political requirements"): a birthday party's guests are not written so in this register,
# and the document is about the CPC.
_POSSESSIVE = r"(?<=\bthe )party(?=['’]s\b)"
# "the party" with anything after it where it is the whole Party ("throughout the party is",
# "within the party"), or after "of" following a noun of its rule ("the governance of the
# party to a deeper level", "the leadership of the party over"), where the document itself
# writes "Party" with a capital: its own style shows which party it means. The host of the
# party and the guests of the party are at another kind of party.
_OF_HEADS = (
    r"governance|management|leadership|building|construction|cause|history|centenary|founding"
    r"|discipline|unity|authority|purpose|mission|theory|line|image|organi[sz]ations"
)
_AFTER_PREPOSITION = (
    rf"(?:(?<=\b(?:within|throughout) the )|(?<=\b(?:{_OF_HEADS}) of the ))party\b(?!['’]s)"
)
# And "the party" standing whole where the document's own capital shows which party: ending
# a clause after any word ("strictly governing the party.") or before a word that opens a
# phrase of time or place and never heads a noun after "party" ("of the party after the
# teams left"). A party to a contract ("the party to", "the party in breach") is followed by
# neither; a dinner party ending a clause is left alone where its sentence names it.
_WHOLE = r"(?<=\bthe )party(?=[.,;:!?]|\s+(?:after|before|since|during|over|through|when|while)\b)"
_WHOLE_ALONE = regex.compile(_WHOLE)
_EVENT = regex.compile(
    r"\b(?i:tea|dinner|birthday|evening|gala|garden|cocktail|welcome|farewell|costume|dance"
    r"|pool|launch|year-end|new year|spring festival|celebration)[ -]part(?:y|ies)\b"
)
# "party-member cadres" (党员干部): the hyphenated compound of "Party member", which no
# third party or tea party makes.
_MEMBER = r"(?<![\p{L}-])party(?=-members?\b)"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}-])(?<!(?i:{_NOT_CPC})[ -])party(?=(?:'s|’s)? (?:{_HEADS})\b)|{_MEMBER}"
    rf"|(?<=\bthe whole )party\b|{_ALONE}|{_POSSESSIVE}"
)
_PATTERN_CAPITAL = regex.compile(rf"{_PATTERN.pattern}|{_AFTER_PREPOSITION}|{_WHOLE}")
# Nouns that only the Communist Party of China puts after "party" in this register: Party
# building, Party history, Party discipline, Party conduct, the Party Central Committee (党建,
# 党史, 党纪, 党风, 党中央). A document that names the CPC in full or names Xi Jinping means
# the CPC by them even where it never writes "Party" with a capital.
# So do "party cadres", "party members and cadres" and "party-member cadres" (党员干部) and
# "the history of the party" (党的历史): a foreign party's history is written with its name.
_OWN_HEADS = r"building|history|discipline|conduct|(?i:central committee)|cadres|members and cadres"
_OWN = (
    rf"(?<![\p{{L}}-])(?<!(?i:{_NOT_CPC})[ -])party(?= (?:{_OWN_HEADS})\b)|(?<=\bthe whole )party\b"
    rf"|(?<=\bhistory of the )party\b(?!['’]s)|{_MEMBER}"
)
_OWN_PREFILTER = (
    rf"\bparty (?:{_OWN_HEADS})\b|\bthe whole party\b|\bhistory of the party\b|\bparty-members?\b"
)
_NAMES_CPC_IN_FULL = r"Communist Party of China|Chinese Communist Party|Xi Jinping"
_PREFILTER = (
    rf"(?:\bparty(?:'s|’s)? (?:{_HEADS})\b|\bparty-members?\b|\bthe whole party\b|\bthe party['’]s\b"
    r"|\b(?:to|for|of|by|with|within|from|in|between) the party(?:[.,;:!?]| and\b)"
    r"|\b(?:of|within|throughout) the party\b"
    r"|\bthe party(?:[.,;:!?]|\s+(?:after|before|since|during|over|through|when|while)\b))"
)
# "the party and the government", "between the party and the masses": 党和政府, 党群, in any
# document, whatever its capitals elsewhere; no other party is paired with the government.
# A level word before "party committee" ("the municipal party committee", "Chongqing
# municipal party committee secretary") or an officer or a sitting of a party committee after
# it ("a party committee member", "party committee meetings", "a party group (enlarged)
# meeting"): 市委, 党委委员, 党组会议, in any document. No other party has a municipal
# committee or a party group that meets "enlarged".
_LEVELS = (
    r"provincial|municipal|district|county|city|prefectural|regional|township|town|subdistrict"
    r"|village"
)
# So is a Party branch (党支部) after a level word or with its officers ("the village party
# branch", "party branch secretary"), and a head count of Party members ("54 party
# members"): 党员, counted as a city counts them. A year is no head count ("In 2019 party
# members …").
# After a level word, "party" means the CPC before any of its nouns, a capital on the
# committee too ("the provincial party Committee", "the village party school", "the Hunan
# provincial party representatives"): 省委, 省党代表. A "village party" (a festivity) is
# followed by none of them. "party chief" is left to the document's own style (below).
_LEVEL_HEADS = (
    r"(?i:(?:working )?committees?)|secretar(?:y|ies)|groups?|branch(?:es)?|schools?"
    r"|representatives|congress(?:es)?|organi[sz]ations?|members?|cadres?|officials?|building"
)
_BODY = (
    rf"(?<=\b(?:{_LEVELS}) )party(?= (?:{_LEVEL_HEADS})\b)"
    # A province's or a city's committee by the possessive of its name ("Liaoning's party
    # committee", "the city's party committee"): 省委, 市委. No other party has one.
    r"|(?<=(?<![\p{L}])(?:\p{Lu}\p{Ll}+|city|province|county|district|prefecture)['’]s )party"
    r"(?= committees?\b)"
    r"|(?<![\p{L}-])party(?= (?:committees?|groups?|branch(?:es)?) (?:\(enlarged\) )?"
    r"(?:(?:deputy|vice) )?(?:secretar(?:y|ies)|members?|meetings?|stud(?:y|ies))\b)"
    r"|(?<=(?<![\p{L}\p{N}.,])(?!(?:19|20)\d\d )\d[\d,]* )party(?= members\b)"
)
# "party and state leaders", "party and government organs" (党和国家领导人, 党政机关): the
# pair before a noun of office is the Party's whatever stands before it, "other" too ("other
# party and state leaders" are the other leaders). A third party and a state agency are not
# written as one pair before one noun.
_PAIR_HEADS = (
    r"leaders?|leadership|organs|officials|departments|agencies|institutions|cadres"
    r"|delegations?|affairs"
)
_PAIR = (
    rf"(?<![\p{{L}}-])(?<!\b(?:third|any|each|every|one|either) )party"
    rf"(?= and (?:state|government(?:al)?) (?:{_PAIR_HEADS})\b)"
)
_PAIRED = regex.compile(
    r"(?<=\bthe )party(?= and (?:the )?(?:government(?:al)?|state|masses|army)\b)"
    rf"|{_BODY}|{_PAIR}"
)
_PAIRED_OR_OWN = regex.compile(rf"{_PAIRED.pattern}|{_OWN}")
# A document that names the CPC or writes "Party" reads its pairs and bodies too ("a party
# and government delegation of Taizhou" beside "the CPC Taizhou Municipal Committee").
_PATTERN_PAIRED = regex.compile(rf"{_PATTERN.pattern}|{_PAIRED.pattern}")
_PATTERN_CAPITAL_PAIRED = regex.compile(rf"{_PATTERN_CAPITAL.pattern}|{_PAIRED.pattern}")
# A page in lower case throughout: "party" before a Party noun only. "The party's" and "the
# party" alone need the page's own capital to show which party is meant ("the party's host
# was told at a dinner party").
_NOUNS = (
    rf"(?<![\p{{L}}-])(?<!(?i:{_NOT_CPC})[ -])party(?=(?:'s|’s)? (?:{_HEADS})\b)|{_MEMBER}"
    r"|(?<=\bthe whole )party\b"
)
_LOCAL = regex.compile(rf"{_NOUNS}|{_PAIRED.pattern}|{_OWN}")
_PAIRED_PREFILTER = (
    r"\bthe party and (?:the )?(?:government(?:al)?|state|masses|army)\b"
    rf"|\bparty and (?:state|government(?:al)?) (?:{_PAIR_HEADS})\b"
    rf"|\b(?:{_LEVELS}) party (?:(?i:(?:working )?committee)|secretar|group|branch|school"
    r"|representatives|congress|organi[sz]ation|member|cadre|official|building)"
    r"|['’]s party committee"
    r"|\bparty (?:committees?|groups?|branch(?:es)?) (?:\(enlarged\) )?(?:(?:deputy|vice) )?"
    r"(?:secretar|members?\b|meetings?\b|stud)"
    r"|\d party members\b"
)
# The document's own style is the authority: it writes the Party's name with a capital inside
# a sentence ("the Party", "Party members"), and not only inside "Communist Party". Some
# outlets write "party chief" in lower case throughout; they are left alone.
_CAPITAL_PARTY = CAPITAL_PARTY
# A document that names the Party by its abbreviation ("the CPC Yantai Municipal
# Committee") is about the Communist Party of China whatever it writes elsewhere: "party
# members" and "party building" there can mean no other party.
_NAMES_CPC = NAMES_CPC
_CHIEF = regex.compile(r"(?:'s|’s)? chief\b")
# A page that never writes the capital and names the Party neither by "CPC" nor in full is
# still about the Communist Party of China when it is about China: local pages write "party"
# in lower case throughout by slip ("the township party committee", "party organizations"),
# and editors mark every one, while Xinhua, China Daily and the State Council write "Party".
# Foreign outlets keep "party" as their house style (Reuters, AP, the South China Morning
# Post) and name it otherwise: "the Chinese Communist Party", "China's ruling Communist
# Party", "the CCP", "the Politburo", "the party faithful". A page so written, or one about another country's
# parties, is left to its own style.
_ABOUT_CHINA = r"\bChin(?:a|ese)\b|\bBeijing\b"
# (Read once "Communist Party of China" is taken out: "the Communist Youth League" is a
# local page's own.)
_FOREIGN_STYLE = (
    r"Chinese Communist Party|China['’]s (?:ruling )?Communist Party|\bthe Communist Party\b"
    r"|\bCCP\b|\bPolitburo\b|\bthe party faithful\b"
    # A wire story shows itself by the agency's own marks (`wire_copy`: its dateline
    # "BEIJING (AP) —", a byline or credit), by "the ruling Communists", or by a story retold
    # from a newspaper ("the paper said", "a Hong Kong newspaper reported"): a city's own page
    # reports its own work and quotes no paper ("the white paper said" is a document, and has
    # its word between).
    rf"|{WIRE_MARK}|\bruling Communists\b"
    r"|\b(?:the|a|Hong Kong) (?:news)?paper (?:said|reported|quoted)\b"
    # A newsroom's words for a secretary of the Party: "the city's Communist Party chief",
    # "the deputy party boss" (Caixin, Reuters, the SCMP). A city's or a province's own page
    # names its secretaries by their titles ("Secretary of the Municipal Party Committee").
    r"|\bCommunist Party (?:chief|boss)s?\b|\bparty boss(?:es)?\b"
    # A newsroom citing China's media from outside: "state media said", "the official
    # Xinhua news agency reported". Xinhua and a city's own page never call themselves so.
    r"|\bstate(?:-run)? media (?:said|say|says|reported|reports)\b"
    r"|\b(?:the official|state news agency) Xinhua\b"
    # The Guardian's and the Observer's style: "the Communist party", its name with a capital
    # on "Communist" only, which no official English writes; not before "of" (a slip in
    # "the Communist party of China", read here with "China" taken out). Polars has no
    # look-ahead: the character after is matched.
    r"|\bCommunist party(?:$|[^ \p{L}]| [^o]| o[^f])"
)
# "party" in lower case inside a sentence, counted against the capitals (`_CAPITAL_PARTY`):
# a foreign outlet's page that writes it mostly in lower case keeps its house style, and
# its few capitals ("a key Party meeting") are the slips, not the many lower-case ones.
_LOWER_PARTY = LOWER_PARTY
# A Chinese place, named alone ("Dalian") or with its level word ("Weiwan Town", "Cao
# County"), or a person named in pinyin ("Lu Jianchun"): a page about a county or a town in
# China need not say "China" anywhere.
_PLACE = regex.compile(
    r"(?<![\p{L}'’])(\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?)(?: (?P<level>Town|Township|County|Village"
    r"|District|Street|City|Province|Prefecture)\b| (?P<given>\p{Lu}\p{Ll}+)(?![\p{L}'’]))?"
)


def _names_chinese_place(text: str) -> bool:
    """Whether `text` names a Chinese place or a person in pinyin."""
    surnames = pinyin_surnames()
    for m in _PLACE.finditer(text):
        word = m.group(1)
        if is_place(word):
            return True
        bare = word.replace("'", "").replace("’", "").lower()
        # Pinyin that is no English word ("Orange County" is not in China).
        if m.group("level") and split_syllables(bare) is not None and zipf(bare) < 3:
            return True
        given = (m.group("given") or "").lower()
        if word in surnames and len(split_syllables(given) or ()) >= 2 and zipf(given) < 3:
            return True
    return False


_LONG_WORD = regex.compile(r"(?<![\p{L}'’])\p{L}{4,}")


_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?$")


_OWNER = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)['’]s $")


def _after_lower(text: str, start: int) -> bool:
    """Whether the nearest word before `start` (an article aside) is in lower case."""
    m = _WORD_BEFORE.search(text, 0, start)
    return m is not None and m.group(1)[:1].islower()


def _title_case(text: str) -> bool:
    """Whether most long words are capitalised: a heading or a title, with its own capitals."""
    words = _LONG_WORD.findall(text)
    return bool(words) and sum(w[0].isupper() for w in words) * 2 > len(words)


def _has(pattern: str, taken: str = "", put: str = "") -> pl.Expr:
    """Whether a text matches `pattern` once `taken` is replaced by `put`."""
    text = pl.col("tgt")
    if taken:
        text = text.str.replace_all(taken, put, literal=True)
    return text.str.contains(pattern)


# The per-document facts below, read from each text's flags.
_DOC_FLAGS = ("capital", "names_cpc", "in_full", "foreign", "china", "candidate", "wire")


@rule("N207", "lowercase-party", Severity.WARNING, Fix.UNSAFE)
def lowercase_party(ctx: Context) -> pl.DataFrame:
    """ "party" in lower case where it means the Communist Party of China.

    ## What it does
    In a document that writes "Party" with a capital inside a sentence (the Communist
    Party of China, in the document's own style) or names the CPC, reports "party" in lower case in
    a sentence where a Party noun follows it ("party members", "party building", "party
    committee", "party organizations", "party secretary"), in "the whole party", and in
    "the party" after a preposition where it ends a clause or is paired with the people,
    the country or the army ("loyal to the party.", "for the party and the people"), and
    "the party's" before any noun ("the party's overall leadership"); where the capital
    "Party" is the document's own, also "the party" within or throughout which work is done
    and after "of" following a noun of its rule ("the governance of the party"), and "the
    party" standing whole, ending a clause after any word or before a word of time
    ("strictly governing the party.", "the review of the party after the audit"), unless
    its sentence names a tea or a dinner party. A document
    that never writes the capital but names the Communist Party of China in full or Xi
    Jinping gets its own nouns reported: "party building", "party history", "party
    discipline", "party conduct", "the party central committee", "the whole party". A committee after a
    level word or a place's possessive ("the municipal party committee", "Hunan's party
    committee", "the city's party committee") is reported in any document, and so is any
    Party noun after a level word, a capitalised committee too ("the provincial party
    Committee", "the county party school", "the provincial party representatives"); a
    working committee ("the party working Committee") where the document is about the CPC. "The party and the
    government" (or "governmental", the state, the masses, the army) is reported in any
    document, one that names the CPC or writes "Party" too, and so are "party and state
    leaders", "party and government organs" and "a party and government delegation",
    "other" before them too. A
    page in lower case throughout that is about China (it names China, a Chinese place or a
    person in pinyin: "Lu Jianchun", "Weiwan Town") gets any Party noun reported ("sluggish
    party organizations", "all party comrades"), unless it names the Party as foreign outlets
    do ("the Chinese Communist Party", "the CCP", "the Politburo", a wire service's dateline:
    "(Reuters)"), names its secretaries in a newsroom's words ("the city's Communist Party
    chief", "the deputy party boss") or cites China's media from outside ("state media
    said", "the official Xinhua news agency"): their lower case is house style, and such a page that never writes the
    capital "Party", or writes it less often than "party" (an agency's own copy, told by its
    dateline, byline or credit: no more often; the event's name "Party Congress", which
    such outlets capitalise, is not counted), is left alone altogether, its
    committees too ("party committee members"). A third
    party, the ruling party, the other party and a tea party are left alone, and so are
    Title Case headings (a sentence full of names is no heading where "party" follows a
    word in lower case).

    ## Why is this bad?
    "The Party" is the name of the Communist Party of China: official English (Xinhua, China
    Daily, the State Council) writes it with a capital, and a lower-case "party" in one
    sentence beside "Party" in the next reads as careless, or as some other party.

    ## Example
    ```text
    The Party committee met and called on all party members to take the lead.
    ```

    ## Use instead
    ```text
    The Party committee met and called on all Party members to take the lead.
    ```

    ## Fix safety
    Unsafe: the capital is suggested; a person confirms that the Communist Party is meant.
    """
    rows = new_rows()
    # Every pattern read once per distinct text (a translation memory repeats its units),
    # its flag copied to the rows holding the text, then gathered per document.
    flagged = with_distinct(
        ctx.segments,
        "tgt",
        _capital=_has(_CAPITAL_PARTY, "Communist Party", ""),
        _names_cpc=_has(_NAMES_CPC),
        _in_full=_has(_NAMES_CPC_IN_FULL),
        _foreign=_has(_FOREIGN_STYLE, "Communist Party of China", "China"),
        _china=_has(_ABOUT_CHINA),
        _candidate=_has(_PREFILTER),
        _wire=_has(WIRE_MARK),
        _paired=_has(_PAIRED_PREFILTER),
        _own=_has(_OWN_PREFILTER),
        _lower=pl.col("tgt").str.count_matches(_LOWER_PARTY),
        # "the 20th Party Congress" is the event's name, which foreign outlets capitalise
        # while they write "the party" and "party chief" (CNN, the Straits Times): it says
        # nothing of how the page writes the party itself.
        _upper=pl.col("tgt")
        .str.replace_all("Communist Party", "", literal=True)
        .str.replace_all("Party Congress", "", literal=True)
        .str.count_matches(_CAPITAL_PARTY),
    )
    about_cpc = flagged.group_by("doc").agg(
        pl.col(f"_{name}").any().alias(name) for name in _DOC_FLAGS
    )
    plain = about_cpc.filter(
        ~pl.col("capital") & ~pl.col("names_cpc") & ~pl.col("foreign") & pl.col("candidate")
    )
    # In its own style's terms: a page of this register about China, in lower case throughout.
    local = set(plain.filter(pl.col("in_full") | pl.col("china")).get_column("doc").to_list())
    unsure = plain.filter(~pl.col("in_full") & ~pl.col("china")).get_column("doc").to_list()
    if unsure:
        texts = (
            ctx.segments.filter(pl.col("doc").is_in(unsure))
            .group_by("doc")
            .agg(pl.col("tgt").str.join("\n"))
            .iter_rows()
        )
        local |= {doc for doc, text in texts if _names_chinese_place(text)}
    # A foreign outlet's page in lower case throughout keeps its house style, its committees
    # too ("party committee members"): only its own capital "Party" would show a slip.
    counts = flagged.group_by("doc").agg(lower=pl.col("_lower").sum(), upper=pl.col("_upper").sum())
    house = (
        about_cpc.join(counts, on="doc")
        .filter(
            pl.col("foreign")
            & (
                ~pl.col("capital")
                | (pl.col("lower") > pl.col("upper"))
                # An agency's own copy (its dateline) is in its house style where the two
                # tie: "Hainan's Party Secretary" in a title, "the party committee" in its
                # sentences (TASS).
                | (pl.col("wire") & (pl.col("lower") >= pl.col("upper")))
            )
        )
        .get_column("doc")
    )
    about_cpc = about_cpc.filter(pl.col("capital") | pl.col("names_cpc") | pl.col("in_full"))
    named = about_cpc.filter(pl.col("in_full") & ~pl.col("capital") & ~pl.col("names_cpc"))
    own = set(named.get_column("doc").to_list()) - local
    about_cpc = about_cpc.filter(pl.col("capital") | pl.col("names_cpc")).select("doc", "capital")
    capital = dict(about_cpc.iter_rows())
    candidates = (
        flagged.join(about_cpc, on="doc", how="left")
        .filter(
            (pl.col("capital").is_not_null() & pl.col("_candidate"))
            | pl.col("_paired")
            | (pl.col("doc").is_in(list(own)) & pl.col("_own"))
            | (pl.col("doc").is_in(list(local)) & pl.col("_candidate"))
        )
        .filter(~pl.col("doc").is_in(house.to_list()))
        .sort("doc", "start")
    )
    for doc, base, text in candidates.select("doc", "start", "tgt").iter_rows():
        title = _title_case(text)
        if doc in capital:
            matches = (_PATTERN_CAPITAL_PAIRED if capital[doc] else _PATTERN_PAIRED).finditer(text)
        elif doc in local:
            matches = _LOCAL.finditer(text)
        else:
            matches = (_PAIRED_OR_OWN if doc in own else _PAIRED).finditer(text)
        for m in matches:
            # A Title Case line (a heading) keeps its own capitals; a sentence full of names
            # ("… held a party group meeting on the Fourth Plenary Session of the Ninth
            # Municipal Party Committee") is no heading where "party" follows a word in
            # lower case.
            if title and not _after_lower(text, m.start()):
                continue
            # "parties around the world learn from each other's party building": every party's.
            if many_parties_before(text, m.start()):
                continue
            # "the party." where the sentence names a dinner or a tea party is that party.
            if _WHOLE_ALONE.match(text, m.start()) and _EVENT.search(text):
                continue
            # In a document that does not otherwise show the CPC, "Hebei's party committee"
            # counts only where the possessive names a place.
            owner = None if doc in capital else _OWNER.search(text, 0, m.start())
            if owner is not None and not is_place(owner.group(1)):
                continue
            # "party chief" in lower case is a style some outlets keep throughout (China
            # Daily); only the document's own capital "Party" shows it is a slip there.
            lower_case = doc in local or (doc in capital and not capital[doc])
            if lower_case and _CHIEF.match(text, m.end()):
                continue
            add_row(
                rows,
                doc,
                base + m.start(),
                base + m.end(),
                "“party” here means the Communist Party of China: write “Party”",
                "Party",
            )
    return output(rows)
