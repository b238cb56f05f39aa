"""E817 article-missing-before-government."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import add_the, running_text
from tifa.checks.context import Context
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.checks.short_names import defined_labels, inside_label, is_defined

_S = r"[ \u00a0]+"
# The short name of a government: a place, a nation or a party named by one or two
# capitalised words, perhaps with "city" or "municipal" ("Hefei government", "Lu'an city
# government", "Kuomintang Government", "Chinese government"). A full official name
# ("Hefei Municipal People's Government") is the body's own title, which local English
# writes bare; it is left alone, as is a possessive ("Sichuan's government").
_WORD = (
    # A determiner opening the phrase already does the article's work ("Another Shanxi
    # delegation held talks"): it is never part of the name.
    r"(?!(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|Another|Each|Every|Any|No"
    r"|Some|Such|One|Either|Neither|Which|Whose|What|My|Your|Both|All|Other|Several|Many"
    r"|Municipal|Provincial"
    r"|People|County|District|City|State|Local|New|Party"
    # Kinds of government, not a place or nation: "building Digital Government".
    r"|Digital|Smart|Online|Open|Clean|Good|Effective|Responsible|Service|Law|E)\b)"
    r"\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*(?<!['’]s)"
)
# The level word in lower case after the place ("Xiaotun town government", "Gansu provincial
# government") still makes one government, which takes "the"; so does a district's or
# county's name in capitals before "government" in lower case ("in Zhongshan District
# government"). The whole in capitals ("Huangyuan County Government") is the body's own
# title and is left, as above.
_NAME = (
    rf"{_WORD}(?:{_S}{_WORD})?"
    rf"(?:{_S}(?:city|municipal|provincial|prefectural|county|district|town|township"
    rf"|(?:District|County|Town|Township)(?={_S}government)))?"
)
# What may follow for the name to head its phrase: punctuation, the end, an auxiliary, a
# function word, or a verb in the past; never a noun the phrase modifies ("Hefei government
# officials", "Chinese Government Scholarship").
_END = (
    r"[ \u00a0]*(?:[,.;:()”\"’'!?]|$)|[ \u00a0]+(?:will|would|shall|should|can|could|may|might"
    r"|must|has|have|had|is|was|are|were|also|and|or|of|to|in|on|at|by|with|for|as|from"
    r"|after|before|during|through|until|over|about"
    r"|that|which|who|\p{Ll}+ed|took|made|gave|held|sent|set|put|built|won|began|said|paid"
    r"|met|led|spent|saw|brought|sought|bought|kept|left|chose|drew|rose|became)(?![\p{L}'’-])"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’.-])(?P<name>{_NAME}){_S}(?P<head>[Gg]overnment)"
    rf"(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_PREFILTER = (
    r"\p{Ll}[ \u00a0]+(?:(?:city|municipal|provincial|prefectural|county|district|town"
    r"|township|District|County|Town|Township)[ \u00a0]+)?[Gg]overnment"
)
# The same slip with a level word alone ("submitted to municipal government") or a place's
# delegation ("Hunan delegation headed by …", "welcomed Zhejiang Delegation"); a plural
# ("provincial governments") takes no article and is not matched.
# The Party committee of a level, named by the level word alone in the same way ("thanked
# municipal Party committee and …"): one body, which takes "the" as the government does.
# The level's other bodies, named by the level word alone in lower case or in capitals
# ("director of municipal people's congress", "approved by Municipal Party Committee",
# "vice chairman of municipal committee", "members of Municipal People's Congress Standing
# Committee"): each is one body and takes "the" as surely. A lower-case "standing committee
# of" before the congress is part of the name; a capitalised one is T103's glossary term.
_LEVEL_WORD = r"(?:[Mm]unicipal|[Pp]rovincial|[Pp]refectural|[Cc]ounty|[Dd]istrict)"
_LEVEL_BODY = (
    rf"(?:standing{_S}committee{_S}of{_S})?(?:municipal|provincial|prefectural|county|district)"
    rf"{_S}people['’]s{_S}(?:congress(?:{_S}standing{_S}committee)?|government)"
    rf"|(?:Municipal|Provincial|Prefectural|County|District){_S}(?:People['’]s{_S}(?:Congress"
    rf"(?:{_S}Standing{_S}Committee)?|Government)|Party{_S}Committee|CPPCC(?:{_S}Committee)?"
    rf"|Commission{_S}for{_S}Discipline{_S}Inspection)"
    rf"|(?:municipal|provincial|prefectural|county|district){_S}(?:CPPCC{_S})?committee"
    # Any other body of the level named from its level word, with no place before it, in
    # capitals ("including Municipal Ecological Environment Bureau", "of Municipal
    # Intermediate People's Court", "by County Organs Working Committee"): the level word
    # opening the name makes it the one body of this city or county, as surely as "the
    # Municipal People's Congress". Tried last, so the names above keep their own advice.
    rf"|(?P<other>(?:Municipal|Provincial|Prefectural|County|District)(?:{_S}(?:\p{{Lu}}"
    rf"[\p{{L}}'’-]*|and|of|for)){{0,6}}?{_S}(?:Bureau|Commission|Committee|Department|Court"
    r"|Procuratorate|Office|Administration|Federation|Association))"
)
_LEVEL_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’.-])(?P<name>(?:municipal|provincial|prefectural|county|district|central)"
    rf"{_S}government|(?:municipal|provincial|prefectural|county|district){_S}(?:[Pp]arty|CPC)"
    rf"{_S}committee|{_LEVEL_BODY}|{_NAME}{_S}[Dd]elegation)(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_LEVEL_PREFILTER = (
    r"(?:municipal|provincial|prefectural|county|district|central)[ \u00a0]+government\b"
    r"|(?:municipal|provincial|prefectural|county|district)[ \u00a0]+(?:[Pp]arty|CPC)[ \u00a0]+"
    r"committee\b|\p{Lu}\p{Ll}+[ \u00a0]+[Dd]elegation\b"
    r"|(?i:municipal|provincial|prefectural|county|district)[ \u00a0]+(?:[Pp]eople|Party"
    r"|CPPCC|Commission|committee)"
    r"|(?:Municipal|Provincial|Prefectural|County|District)[ \u00a0]+\p{Lu}"
)
# A capitalised body after "Committee of" is the tail of a glossary term ("Standing
# Committee of Municipal People's Congress"), which T103 reports whole.
_COMMITTEE_OF = regex.compile(r"Committee[ \u00a0]+of[ \u00a0]+$")
# "secretary of Municipal Party Committee" is T103's glossary title, reported whole.
_SECRETARY_OF = regex.compile(r"(?<![\p{L}'’-])(?i:secretary)[ \u00a0]+of[ \u00a0]+$")
_GLOSSARY_COMMITTEES = ("Municipal Party Committee", "Provincial Party Committee")
# A delegation named inside a longer name ("the U.S. House of Representatives Delegation")
# or after an abbreviation ("the U.S. Congressional Delegation") is no bare place's
# delegation: the article before the whole name serves it.
_NAME_BEFORE = regex.compile(
    r"(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+of|(?<![\p{L}])(?:\p{Lu}\.){2,})[ \u00a0]*$"
)
# The words after which the bare name starts its phrase: a preposition, a verb that takes
# it as object or says a clause follows, "that", or the start of the sentence.
_BEFORE = regex.compile(
    r"(?:(?<![\p{L}'’-])(?:of|from|in|at|on|to|into|with|for|by|under|between|among|about"
    r"|towards?|against|including|like|such[ \u00a0]+as|said|says|that|welcome|welcomed"
    r"|welcomes|thank|thanked|thanks|urge|urged|urges|invite|invited|invites|help|helped|helps"
    r"|asked|asks)"
    r"|^|[.!?:;]|[“\"(])[ \u00a0]*$"
)
_WORD_BEFORE = regex.compile(
    r"(?<![\p{L}'’-])(?:of|from|in|at|on|to|into|with|for|by|under|between|among|about|towards?"
    r"|against|including|like|such[ \u00a0]+as|said|says|that|welcome|welcomed|welcomes|thank"
    r"|thanked|thanks|urge|urged|urges|invite|invited|invites|help|helped|helps|asked|asks)"
    r"[ \u00a0]+$"
)
_POST_OF = regex.compile(
    r"(?<![\p{L}'’-])(?i:secretary|secretary[- ]general|mayor|governor|chairman|chairwoman"
    r"|chair|director|director[- ]general|head|chief|president|member|members|deputy|leader"
    r"|official|officials|spokesman|spokeswoman|spokesperson)[ \u00a0]+of[ \u00a0]+$"
)
# After a comma the name may be one item of a list whose article comes first ("the Party
# committee, Hefei government and …"); it is taken only where a verb follows, the name
# then being the subject after an opening phrase ("In July 1929, Kuomintang Government
# took over").
_SENTENCE_START = regex.compile(r"(?:^|[.!?][”’\"']?[ \u00a0]+)[“\"]?$")
_AFTER_COMMA = regex.compile(r",[ \u00a0]*$")
_VERB_NEXT = regex.compile(
    r"[ \u00a0]+(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|was|are"
    r"|were|also|\p{Ll}+ed|took|made|gave|held|sent|set|put|built|won|began|said|paid|met|led"
    r"|spent|saw|brought|sought|bought|kept|left|chose|drew|rose|became)(?![\p{L}'’-])"
)

# The government's annual report by its own English title, "Report on the Work of the
# Government": its last word without the article ("delivered the Report on the Work of
# Government"). The title itself has the article, so a heading is no excuse.
_WORK_OF = regex.compile(
    rf"(?<![\p{{L}}'’-])(?i:report){_S}on{_S}(?:the{_S})?(?i:work){_S}of{_S}(?P<name>[Gg]overnment)"
    r"(?![\p{L}\p{N}'’-])"
)
_WORK_OF_PREFILTER = r"(?i)\bwork[ \u00a0]+of[ \u00a0]+government\b"


@rule("E817", "article-missing-before-government", Severity.WARNING, Fix.UNSAFE)
def article_missing_before_government(ctx: Context) -> pl.DataFrame:
    """A government named by its place or nation in running text without "the".

    ## What it does
    Finds the short name of a government, one or two capitalised words perhaps with "city"
    or "municipal" before "government" ("Hefei government", "Lu'an city government",
    "Kuomintang Government", "Chinese government"), standing as a noun phrase of its own,
    at the start of a sentence or after a preposition, "that", or a verb such as "said" or
    "welcomed", with no article. Prose only: headlines drop articles by design. Left alone:
    the name with its article or a possessive ("the Hefei government", "Sichuan's
    government"), a name that modifies the noun after it ("Hefei government officials",
    "Chinese Government Scholarship"), a name joined to another by "and" (the article
    before the first may serve both), a full official name ("Hefei Municipal People's
    Government", the body's own title), a name inside a longer Title Case run, and a tier
    of government as a field of work after a career ("his career as a Party chief in county
    government"). The same
    for a government named by its level word alone ("submitted to municipal government", "help
    from central government"; not the plural "provincial governments"), for a Party
    committee named so ("thanked municipal Party committee and …", "deputy secretary of
    municipal Party committee and mayor"; not "municipal Party committee secretary"), for
    the level's other bodies named by the level word alone, in lower case or in capitals
    ("director of Municipal People's Congress", "approved by Municipal Party Committee",
    "vice chairman of municipal committee"), any other bureau, commission, committee,
    department, court, procuratorate, office, administration, federation or association
    named from its level word in capitals, with no place before it, after a preposition,
    "including", "like", "such as" or a verb that takes it ("including Municipal Ecological Environment
    Bureau", "of Municipal Intermediate People's Court"; not after a post's label, "Secretary
    of District Committee", which T113 weighs, nor at a line's start), and for a place's delegation ("Hunan
    delegation headed by …" opening a sentence, "welcomed Zhejiang Delegation"); not a
    delegation inside a longer name or after an abbreviation ("the U.S. House of
    Representatives Delegation", "the U.S. Congressional Delegation"). And the annual
    report's title without its last article ("delivered the Report on the Work of
    Government"), in a heading too: the title itself is "Report on the Work of the
    Government".

    ## Why is this bad?
    Chinese has no articles, so a word-for-word rendering of 合肥市政府 drops it; in
    English a government named by its place is "the Hefei government" as surely as "the
    British government". The bare form reads as a machine translation, in the sentences
    that report what a government promises.

    ## Example
    ```text
    The vice mayor said Hefei government will offer efficient services.
    ```

    ## Use instead
    ```text
    The vice mayor said the Hefei government will offer efficient services.
    ```

    ## Fix safety
    Unsafe: "the" is suggested; a writer may prefer the full name of the body.
    """
    rows = new_rows()
    segments = running_text(ctx)
    labels = defined_labels(ctx)
    for doc, base, text, m in prose_matches(
        segments, "tgt", _LEVEL_PREFILTER, _LEVEL_PATTERN, _level_body_bare
    ):
        phrase = m.group("name")
        if is_defined(labels, doc, phrase):
            continue  # the document's own short name ("Zhejiang Delegation" for short)
        kind = (
            "a delegation"
            if phrase.lower().endswith("delegation")
            else "a Party committee"
            if regex.search(r"(?i)(?:party|CPC)[ \u00a0]+committee$", phrase)
            else "a government"
            if phrase.lower().endswith("government")
            else "a body of its level"
        )
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"“{phrase}”: {kind} named so takes “the”",
            f"the {phrase}" if not _SENTENCE_START.search(text, 0, m.start()) else f"The {phrase}",
        )
    for doc, base, _text, m in prose_matches(segments, "tgt", _PREFILTER, _PATTERN, _bare):
        if is_defined(labels, doc, m.group()):
            continue
        add_the(
            rows, doc, base, m, f"“{m.group()}”: a government named by its place takes “the”", 0
        )
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _WORK_OF_PREFILTER, _WORK_OF):
        add_the(
            rows,
            doc,
            base,
            m,
            "the report's title ends “the Work of the Government”: “the” is missing",
        )
    return output(rows)


# A career or a post "in county government" names the tier of government as a field of
# work, which takes no article ("started his career as a Party chief in county
# government", "twenty years' experience in municipal government").
_SECTOR = regex.compile(
    r"(?<![\p{L}])(?:careers?|experience|worked|working|served|serving|jobs?)(?![\p{L}])"
    r"[^,.;:!?]{0,50}?[ \u00a0]in[ \u00a0]+$"
)


def _bare(text: str, m: regex.Match[str]) -> bool:
    """Whether the match stands as a phrase of its own with no article, in running text:
    after a preposition, a verb or the start of a sentence (or after a comma, as the subject
    of a verb), outside a Title Case run."""
    if inside_label(text, m.start(), m.end()):
        return False  # the quoted short name a text defines: "(“Hunan Delegation” for short)"
    if not _BEFORE.search(text, 0, m.start()) and not (
        _AFTER_COMMA.search(text, 0, m.start()) and _VERB_NEXT.match(text, m.end())
    ):
        return False
    return not inside_title(text, m.start(), m.end())


def _level_body_bare(text: str, m: regex.Match[str]) -> bool:
    """`_bare`, and no tail of a longer name: a capitalised body after "Committee of", the
    glossary's committee after "secretary of", a delegation after a longer name."""
    if not _bare(text, m):
        return False
    phrase = m.group("name")
    if phrase.endswith("government") and _SECTOR.search(text, 0, m.start()):
        return False  # "a career in county government": the tier of government, a field
    if phrase[:1].isupper() and _COMMITTEE_OF.search(text, 0, m.start()):
        return False
    if phrase in _GLOSSARY_COMMITTEES and _SECRETARY_OF.search(text, 0, m.start()):
        return False
    # The level's other bodies only after a word that takes them: at a line's start the
    # name may go on from a line broken mid-name ("Guangdong" / "Provincial Committee of
    # CPC"), and a garbled title may open a sentence with one.
    # After a post's label ("Secretary of District Committee") the body is T113's, which
    # weighs the page's own style for titles.
    if m.group("other") and (
        not _WORD_BEFORE.search(text, 0, m.start()) or _POST_OF.search(text, 0, m.start())
    ):
        return False
    return not (phrase.lower().endswith("delegation") and _NAME_BEFORE.search(text, 0, m.start()))
