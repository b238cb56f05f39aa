"""T124 party-and-state-body-confused."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.congress import EDGE_L, LEVEL, ORDINAL, PEOPLES_CONGRESS, PLACE, S
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# The Party's name as a body's first word: "CPC", "Communist Party of China (CPC)".
_CPC = rf"(?:CPC|(?i:Communist{S}Party{S}of{S}China)(?:{S}\(CPC\))?)"
# The bodies of a Party committee that a translation puts under a government.
_PARTY_BODY = (
    r"(?:Publicity|Propaganda|Organi[sz]ation|United[ \u00a0]+Front(?:[ \u00a0]+Work)?)"
    r"[ \u00a0]+Department|Commission[ \u00a0]+for[ \u00a0]+Discipline[ \u00a0]+Inspection"
    r"|Discipline[ \u00a0]+Inspection[ \u00a0]+Commission"
    r"|(?:Political[ \u00a0]+and[ \u00a0]+Legal[ \u00a0]+Affairs|Politics[ \u00a0]+and"
    r"[ \u00a0]+Law|Political[ \u00a0]+and[ \u00a0]+Legal)[ \u00a0]+(?:Commission|Committee)"
)
_GOV_LEVEL = r"Provincial|Municipal|City|County|District|Prefectural|Autonomous[ \u00a0]+Regional"
_PATTERN = regex.compile(
    # "the 13th CPC Shandong Provincial People's Congress", "the CPC District People's
    # Congress": a people's congress (人民代表大会) is an organ of state power, not a body
    # of the Party.
    rf"{EDGE_L}(?P<congress>{_CPC}{S}(?:(?P<place>{PLACE}){S})?(?:{LEVEL}{S})?"
    rf"{PEOPLES_CONGRESS})(?![\p{{L}}'’-])"
    # "the CPC Hebei Provincial People's Congress Standing Committee Party Group": the
    # Party's own group inside the congress, rightly named with "CPC".
    rf"(?![^.;]{{0,50}}(?i:party{S}(?:members['’]?{S})?group|leading{S}group))"
    # "the 4th Congress of the CPC Chongqing Municipal Committee": a Party congress (党代会)
    # elects the committee; it is not the committee's congress.
    rf"|(?P<term>(?:\d+(?:st|nd|rd|th)|(?i:{ORDINAL})){S})?(?P<party>(?i:congress){S}"
    rf"(?i:of){S}(?:(?i:the){S})?{_CPC}{S}(?P<pplace>{PLACE}){S}(?P<plevel>{LEVEL}){S}"
    rf"(?i:committee))(?![\p{{L}}'’-])"
    # "the 7th Plenary Session of the 16th Xining Municipal People's Congress": a plenary
    # session (全会) is a Party committee's; a people's congress holds sessions (会议).
    rf"|{EDGE_L}(?P<plenary>(?i:plenary){S}(?i:session))(?=s?{S}(?i:of){S}(?:(?i:the){S})?"
    rf"(?:(?:{ORDINAL}){S})?(?:{PLACE}{S})?(?:{LEVEL}{S})?{PEOPLES_CONGRESS}(?![\p{{L}}'’-]))"
    # "the Publicity Department of the People's Government of Fujian Province": the
    # organization, publicity and united front work departments, the political and legal
    # affairs commission and the commission for discipline inspection are a Party
    # committee's (省委宣传部), never a government's.
    rf"|{EDGE_L}(?P<dept>{_PARTY_BODY}){S}(?i:of){S}(?i:the){S}(?P<gov>(?:{PLACE}{S})?"
    rf"(?:(?:{_GOV_LEVEL}){S})?(?:(?i:people['’]?s){S})?(?i:government)"
    rf"(?:{S}(?i:of){S}{PLACE}(?:{S}(?:Province|City|Municipality|County|District))?)?)"
    rf"(?![\p{{L}}'’-])"
)
_PREFILTER = (
    r"(?i)(?:cpc|communist party of china(?: \(cpc\))?)[ \u00a0](?:[\p{L}'’]+[ \u00a0]){0,2}"
    r"people['’]?s[ \u00a0]+congress|congress[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:cpc|communist)[^.]{0,80}committee|plenary[ \u00a0]+sessions?[ \u00a0]+of[ \u00a0]"
    r"[^.]{0,60}people['’]?s[ \u00a0]+congress"
    r"|(?:department|commission|committee|inspection)[ \u00a0]+of[ \u00a0]+the[ \u00a0]+"
    r"(?:[\p{L}'’]+[ \u00a0]+){0,4}government"
)


@rule("T124", "party-and-state-body-confused", Severity.WARNING, Fix.UNSAFE)
def party_and_state_body_confused(ctx: Context) -> pl.DataFrame:
    """A people's congress named as a CPC body, or a Party congress as the committee's.

    ## What it does
    Finds "CPC" before the name of a people's congress ("the 13th CPC Shandong Provincial
    People's Congress", "the Standing Committee of the CPC District People's Congress"),
    and a local Party congress written as a congress of the committee it elects ("the 4th
    Congress of the CPC Chongqing Municipal Committee"), and a session of a people's
    congress called a plenary session ("the 7th Plenary Session of the 16th Xining
    Municipal People's Congress"), and a Party committee's department or commission
    (organization, publicity, united front work, political and legal affairs, discipline
    inspection) put under a government ("the Publicity Department of the People's
    Government of Fujian Province"). The National Congress of the CPC, the CPC's committees
    named as such, their plenary sessions and the plenary meetings of a congress's session
    ("the second plenary meeting of the first session of the 14th NPC") are left alone.

    ## Why is this bad?
    A people's congress (人民代表大会) is an organ of state power, elected by the voters;
    the Party's bodies are its congresses and committees. "CPC ... People's Congress"
    mixes the two. A local Party congress (中共重庆市第四次代表大会) elects the municipal
    committee: official English calls it "the 4th CPC Chongqing Municipal Congress", not
    a congress belonging to the committee (Xinhua, China Daily). A plenary session (全会)
    is a meeting of a Party committee's full membership; a people's congress meets in
    sessions (第七次会议, "the 7th Session"), so a "plenary session" of it mixes the two.
    The organization, publicity and united front work departments (省委组织部、宣传部、
    统战部), the political and legal affairs commission and the commission for discipline
    inspection belong to the Party committee: "of the People's Government" names the
    wrong body.

    ## Example
    ```text
    The third session of the 14th CPC Hebei Provincial People's Congress opened on Monday.
    ```

    ## Use instead
    ```text
    The third session of the 14th Hebei Provincial People's Congress opened on Monday.
    ```

    ## Fix safety
    Unsafe: which body is meant (the people's congress or the Party's) is for a person to
    confirm; the message names the form to use.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("plenary") is not None:
            start, end = m.span("plenary")
            message = (
                "a people's congress holds sessions, not plenary sessions (a Party "
                f"committee's 全会): “{'S' if m.group()[0] == 'P' else 's'}ession of the … "
                "People's Congress”"
            )
            suggestion = "Session" if m.group()[0] == "P" else "session"
            add_row(rows, doc, base + start, base + end, message, suggestion)
            continue
        if m.group("dept") is not None:
            start, end = m.span()
            message = (
                f"the {m.group('dept')} is a body of the Party committee, not of a government "
                f"(“{m.group('gov')}”): the {m.group('dept')} of the CPC … Committee"
            )
            add_row(rows, doc, base + start, base + end, message)
            continue
        if m.group("congress") is not None:
            start, end = m.span("congress")
            span = m.string[start:end]
            body = regex.sub(rf"^{_CPC}{S}", "", span)
            message = (
                f"a people's congress is an organ of state power, not a body of the CPC: “{body}”"
            )
        else:
            start = m.start("term") if m.group("term") else m.start("party")
            end = m.end("party")
            term = (m.group("term") or "").strip()
            name = f"CPC {m.group('pplace')} {m.group('plevel').capitalize()} Congress"
            message = (
                "a local Party congress elects the committee and is not its congress: "
                f"“the {(term + ' ') if term else ''}{name}”"
            )
        add_row(rows, doc, base + start, base + end, message)
    return output(rows)
