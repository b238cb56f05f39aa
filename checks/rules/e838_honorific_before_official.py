"""E838 honorific-before-official."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import running_text
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.names import pinyin_surnames, split_syllables

_S = r"[ \u00a0]+"
# "Mr. Chen Hua, mayor of …": an honorific, a Chinese name (pinyin surname, a given name of
# pinyin syllables), then the person's post set off by a comma or a bracket.
# With no post after it, the name counts where the page names the same person with an
# official post elsewhere ("Huang Qin, secretary of …" and later "Mr. Huang Qin said").
_NAME = r"(?P<surname>\p{Lu}\p{Ll}+)[ \u00a0]+(?P<given>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)"
_POST_AFTER = r"(?=(?P<post>[ \u00a0]*[,(][^.;:!?()\"“”]{0,200})|)"
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’.-])(?P<hon>(?:Mr|Ms|Mrs|Madam)\.?[ \u00a0]+)"
    rf"{_NAME}(?![\p{{L}}-]){_POST_AFTER}"
)
_NAMED_WITH_POST = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’.-]){_NAME}(?![\p{{L}}-]){_POST_AFTER}")
_PREFILTER = r"\b(?:Mr|Ms|Mrs|Madam)\.?[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}\p{Ll}+"
# A post held only in government or the Party, opening the description within a few words
# ("mayor of", "the vice governor of", "Deputy Secretary-General").
_OFFICE = (
    r"mayor|governor|secretary(?:-general)?|minister|premier|spokes(?:person|man|woman)"
    r"|ambassador|consul(?:-general)?|commissioner|councill?or|magistrate"
    r"|(?:district|county|township|town|party)[ \u00a0]+(?:chief|head)"
)
# A post that a company or a school also has: an official one only with a public body named
# in the description ("deputy director of the Tourism Administration").
_POST = (
    r"director(?:-general|[ \u00a0]+general)?|president|chairman|chairwoman|chairperson|head|chief"
)
_OPENING = regex.compile(
    rf"(?i)^[ \u00a0]*[,(][ \u00a0]*(?:(?:the|a|an)[ \u00a0]+)?"
    rf"(?:[\p{{L}}-]+[ \u00a0]+){{0,3}}?(?:(?P<office>{_OFFICE})|(?P<post>{_POST}))"
    r"(?![\p{L}-])"
)
_PUBLIC_BODY = regex.compile(
    r"\b(?:Government|Party|CPC|CPPCC|NPC|CPAFFC|Committee|Congress|Bureau|Administration"
    r"|Department|Ministry|Commission|Council|Office|Municipal|Provincial|District|County"
    r"|Prefecture|Township|People['’]s|Friendship)\b",
    regex.IGNORECASE,
)
# A company, school or hospital in the description: its director or president is no official.
_PRIVATE_BODY = regex.compile(
    r"\b(?:Co|Company|Corporation|Group|Ltd|Inc|Bank|Hotel|University|College|School"
    r"|Hospital|Institute|Academy|Museum|Fund|Foundation)\b"
)
# A transcript names its speakers ("Speakers:", "Chairperson:", "Shen Danyang:" alone on a
# line) and introduces them with "Mr." and "Ms." in the official style of press briefings.
_TRANSCRIPT = (
    r"^\s*(?:(?i:speakers?|chairperson|moderator|host|interviewer|interviewee)"
    r"|\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}\p{Ll}+)\s*[:：]\s*$"
)
# An information office's account of its press conference introduces the speakers in the
# same official style: "… the Information Office held a press conference. The plan was
# introduced by Mr. Li Hua, mayor of …". The office and the conference are named in one
# sentence of the page; running news copy names neither.
_BRIEFING = (
    r"\bInformation Office\b[^.!?]{0,200}\b(?i:press|news) (?i:conferences?|briefings?)\b"
    r"|\b(?i:press|news) (?i:conferences?|briefings?)\b[^.!?]{0,200}\bInformation Office\b"
)
# A release in diplomatic protocol styles everyone so ("H.E. Mme. Yang Hua, Secretary-General
# of …", "His Excellency Mr. …"): an embassy's or an intergovernmental body's house style.
# (Read without the capital after "H.E.": the sentence splitter may cut there.)
_PROTOCOL = r"\bH\.\s?E\.(?:\s|$)|\b(?:His|Her)\s+Excellency\b|\bMme\b"
# Quoted words, where a speaker may address or name someone as they please.
_QUOTED = regex.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


@rule("E838", "honorific-before-official", Severity.INFO, Fix.UNSAFE)
def honorific_before_official(ctx: Context) -> pl.DataFrame:
    """An honorific before a Chinese official named with a post ("Mr. Chen Hua, mayor of …").

    ## What it does
    Finds "Mr.", "Ms.", "Mrs." or "Madam" before a Chinese name (a pinyin surname and given
    name) whose post follows it, set off by a comma or a bracket (or follows the same name
    elsewhere in the page: "Huang Qin, secretary of …" and later "Mr. Huang Qin said"): a post held only in
    government or the Party (mayor, governor, secretary, minister, spokesperson, ambassador,
    district chief …), or a director, president, chairman, head or chief of a public body
    named in the description (a government, a Party or people's congress committee, a
    bureau, department, commission, administration, office). Left alone: the head of a
    company, school or hospital, a name that is not pinyin, quoted words, and a transcript
    that names its speakers on lines of their own ("Speakers:", "Li Hua:"), where press
    briefings introduce their guests with "Mr." in the official style, a paragraph in
    which an information office announces its press conference and its speakers, and a
    release in diplomatic protocol ("H.E.", "His Excellency", "Mme." before a name), whose
    house style gives everyone an honorific.

    ## Why is this bad?
    The Chinese news copy behind these pages names officials by name and post alone, and so
    does the official English of Xinhua and the government sites: "Chen Hua, mayor of
    Dalian". "Mr." before the name is a courtesy carried over from letters and interviews;
    in a news report it reads as foreign to the house style, and editors strike it. It is
    a note, not a warning: many provincial and embassy sites give every official an
    honorific as their own house style (an unseen set of 50 pages had five such, and no
    slip), so a person decides whether the page's style is meant.

    ## Example
    ```text
    On May 12, Mr. Chen Hua, mayor of the city, inspected the new port area.
    ```

    ## Use instead
    ```text
    On May 12, Chen Hua, mayor of the city, inspected the new port area.
    ```

    ## Fix safety
    Unsafe: the honorific's removal is suggested; a writer may keep it in a letter or a
    profile, so a person decides.
    """
    rows = new_rows()
    segments = ctx.segments
    transcripts = set(
        segments.filter(
            pl.col("tgt").str.contains(_TRANSCRIPT)
            | pl.col("tgt").str.contains(_BRIEFING)
            | pl.col("tgt").str.contains(_PROTOCOL)
        )["doc"].to_list()
    )
    surnames = pinyin_surnames()
    prose = running_text(ctx)
    officials: dict[int, set[str]] = {}
    for doc, base, text, m in prose_matches(prose, "tgt", _PREFILTER, _PATTERN):
        if doc in transcripts or m.group("surname") not in surnames:
            continue
        if split_syllables(m.group("given")) is None or _quoted(text, m.start()):
            continue
        if not _official(m.group("post") or ""):
            if doc not in officials:
                officials[doc] = _officials(prose.filter(pl.col("doc") == doc)["tgt"])
            if f"{m.group('surname')} {m.group('given')}" not in officials[doc]:
                continue
        start, end = base + m.start("hon"), base + m.end("hon")
        message = f"“{m.group('hon').strip()}” before an official named with a post: news copy"
        add_row(rows, doc, start, end, message + " gives the name and post alone", "")
    return output(rows)


def _officials(texts: pl.Series) -> set[str]:
    """The names that a page gives with an official's post after them."""
    return {
        f"{m.group('surname')} {m.group('given')}"
        for text in texts.to_list()
        for m in _NAMED_WITH_POST.finditer(text)
        if _official(m.group("post") or "")
    }


def _official(post: str) -> bool:
    """The description after the name opens with an official's post."""
    opening = _OPENING.match(post)
    if opening is None:
        return False
    if opening.group("office"):
        return True
    return bool(_PUBLIC_BODY.search(post)) and not _PRIVATE_BODY.search(post)


def _quoted(text: str, at: int) -> bool:
    """`at` lies inside quoted words."""
    return any(q.start() <= at < q.end() for q in _QUOTED.finditer(text, 0, at + 1))
