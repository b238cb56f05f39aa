"""T131 garbled-body-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.avoided import avoid_pattern, overlaps
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
_AP = r"['’]"
_EDGE_L = r"(?<![\p{L}\p{N}'’-])"
_EDGE_R = r"(?![\p{L}\p{N}'’-])"
# A capitalised word of a name: "Central", "Rural", "Ethnic", "Dalian".
_CAP = r"\p{Lu}\p{Ll}+"
# The level words that open a meeting's or body's name.
_LEVEL = r"(?:Central|Provincial|Municipal|City|County|District|Prefectural)"

# 经济 as the adjective of thrift inside a capitalised name: "the Central Economical Working
# Conference", "the Economical Work Conference of the Provincial Party Committee". Only where
# the name is sure: after a level word with a capital after it, or before a work conference or
# meeting. "Economical housing" and "an economical plan" are English and are left alone.
_ECONOMICAL = (
    rf"(?<={_LEVEL}{_S})(?P<econ>Economical)(?={_S}\p{{Lu}})"
    rf"|(?P<econ2>Economical)(?={_S}Work(?:ing)?{_S}(?:Conference|Meeting){_EDGE_R})"
)
# 工作会议 of the centre or of a province or city as a "Working Conference": the official English
# (Xinhua, the State Council) says "Work Conference" ("the Central Economic Work Conference",
# "the Central Rural Work Conference"). A level word or an economic field must open the
# name, and at least one word between: "the Central Working Conference" of 1978 and a
# "working conference" of a company are left alone.
_WORKING = (
    rf"(?<=(?:{_LEVEL}(?:{_S}{_CAP}){{1,3}}|Economic(?:al)?){_S})"
    rf"(?P<working>Working)(?={_S}Conference{_EDGE_R})"
)
# "the Central People's Congress": no such body. 中央人大工作会议 garbled ("the Work Conference
# of the Central People's Congress") or the National People's Congress misnamed. The
# conference named "the Central People's Congress Work Conference" (a translation some
# outlets carried) is left alone, and so is the Central People's Government.
_CENTRAL_CONGRESS = (
    rf"(?P<cpc_body>Central{_S}People{_AP}s{_S}Congress)(?!{_S}(?:Work|Working){_EDGE_R})"
)
# "the 18th CPC National Committee": the Central Committee and the National Congress run
# together (the National Committee is the CPPCC's). "National Committee of the CPC" too.
_NATIONAL_COMMITTEE = (
    rf"(?P<natcom>(?:CPC|Party{_AP}s|Communist{_S}Party{_S}of{_S}China){_S}National{_S}Committee"
    rf"|National{_S}Committee{_S}of{_S}the{_S}(?:CPC|Communist{_S}Party{_S}of{_S}China))"
)
# "the 19th Session of the CPC National Congress": a Party congress has no numbered sessions
# (a people's congress and the CPPCC do); 十九大 is the 19th CPC National Congress. "the First
# Session of the 19th CPC National Congress" is left alone: the congress has its term.
_PARTY_SESSION = (
    rf"(?P<psession>(?P<nth>\d{{1,2}}(?:st|nd|rd|th)){_S}Session{_S}of{_S}the{_S}"
    rf"(?:CPC{_S}National{_S}Congress|National{_S}Congress{_S}of{_S}the{_S}(?:CPC|Communist{_S}"
    rf"Party{_S}of{_S}China)))"
)
# 第十六届市政府 word for word: "the 16th authority". A government's term with "authority"
# for the government; "the 16th authority to approve" (a count of bodies) is left alone.
_AUTHORITY = (
    rf"(?<=(?i:the){_S})(?P<auth>\d{{1,2}}(?:st|nd|rd|th){_S}(?i:authority))"
    rf"(?!{_S}(?:to|that|which|in|on|for){_EDGE_R})"
)

_PATTERN = regex.compile(
    rf"{_EDGE_L}(?:{_ECONOMICAL}|{_WORKING}|{_CENTRAL_CONGRESS}|{_NATIONAL_COMMITTEE}"
    rf"|{_PARTY_SESSION}|{_AUTHORITY}){_EDGE_R}"
)
_PREFILTER = (
    r"Economical|Working[ \u00a0]+Conference|Central[ \u00a0]+People['’]s[ \u00a0]+Congress"
    r"|National[ \u00a0]+Committee|Session[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:CPC|National)"
    r"|(?i:\d(?:st|nd|rd|th)[ \u00a0]+authority)"
)

_GROUPS = ("econ", "econ2", "working", "cpc_body", "natcom", "psession", "auth")
_WORK_CONFERENCE = "Central Conference on Work Related to People's Congresses"


def _explain(group: str, phrase: str) -> tuple[str, str | None]:
    """The message and the suggested words for what `group` found in `phrase`."""
    nth = phrase.split()[0]
    explained: dict[str, tuple[str, str | None]] = {
        "econ": (
            "“Economical” (thrifty) in a body's or meeting's name renders 经济 wrongly: "
            "“Economic” (“the Central Economic Work Conference”)",
            "Economic",
        ),
        "working": (
            "a central or local work conference (工作会议) is a “Work Conference” in official "
            "English (“the Central Economic Work Conference”, “the Central Rural Work "
            "Conference”)",
            "Work",
        ),
        "cpc_body": (
            "there is no “Central People's Congress”: the National People's Congress, or for "
            f"中央人大工作会议 “the {_WORK_CONFERENCE}”",
            None,
        ),
        "natcom": (
            f"“{phrase}” runs two bodies together: the CPC Central Committee (中央委员会) or the "
            "CPC National Congress (全国代表大会); the National Committee is the CPPCC's",
            None,
        ),
        "psession": (
            f"a Party congress has no numbered sessions: “the {nth} CPC National Congress”",
            f"{nth} CPC National Congress",
        ),
        "auth": (
            f"“{phrase}” renders 第…届政府 word for word: “the {nth} Municipal (or Provincial) "
            "Government”",
            None,
        ),
    }
    return explained[group]


@rule("T131", "garbled-body-name", Severity.WARNING, Fix.UNSAFE)
def garbled_body_name(ctx: Context) -> pl.DataFrame:
    """A national or local body's or meeting's name garbled into one that does not exist.

    ## What it does
    Finds the shapes a word-for-word translation gives the names of bodies and meetings:
    “Economical” (thrifty) for “Economic” inside a capitalised name, after a level word or
    before a work conference (“the Central Economical Working Conference”); “Working
    Conference” for a central or local “Work Conference” (“the Provincial Economic Working
    Conference”, “the Central Rural Working Conference”); “the Central People's Congress”,
    which is no body (“the Work Conference of the Central People's Congress”); the CPC
    “National Committee” (“the 18th CPC National Committee”), the Central Committee and the
    National Congress run together; a numbered “Session” of the CPC National Congress (“the
    19th Session of the CPC National Congress”); and a government by its term called an
    “authority” (“the 16th authority”). Left alone: “economical housing”, “the Central
    Working Conference” (no field named), “the Central People's Congress Work Conference”
    (a translation some outlets carried), the Central People's Government, “the First
    Session of the 19th CPC National Congress” and “the 3rd authority to approve”.

    ## Why is this bad?
    These bodies and meetings have one official English name (Xinhua, the State Council,
    the CPC's own sites): the Central Economic Work Conference, the Central Conference on
    Work Related to People's Congresses, the 18th CPC Central Committee, the 19th CPC
    National Congress. A garbled name sends the reader looking for a body that does not
    exist.

    ## Example
    ```text
    The county will implement the guiding principles of the Central Economical Working
    Conference and of the 18th CPC National Committee.
    ```

    ## Use instead
    ```text
    The county will implement the guiding principles of the Central Economic Work
    Conference and of the 18th CPC Central Committee.
    ```

    ## Fix safety
    Unsafe: a word is suggested where one word is wrong; where two bodies are run together
    the writer must say which is meant.
    """
    rows = new_rows()
    avoid: regex.Pattern[str] | bool | None = False
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        group = next(g for g in _GROUPS if m.group(g))
        start, end = m.span(group)
        message, suggestion = _explain(group.rstrip("2"), m.group(group))
        if avoid is False:
            avoid = avoid_pattern(ctx)
        if isinstance(avoid, regex.Pattern) and overlaps(avoid, text, start, end):
            continue  # a form the glossary lists: T101 reports it
        add_row(rows, doc, base + start, base + end, message, suggestion)
    return output(rows)
