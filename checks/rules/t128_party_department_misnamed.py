"""T128 party-department-misnamed."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
_END = r"(?![\p{L}\p{N}'’-])"
_START = r"(?<![\p{L}\p{N}'’-])"
# The working departments of a Party committee whose 部长 a word-for-word translation calls a
# "minister". The International Department is left out: its own English says "Minister".
_DEPT = (
    r"(?P<dept>(?i:organi[sz]ation|publicity|propaganda|united{_S}front(?:{_S}work)?))"
).replace("{_S}", _S)
_PATTERN = regex.compile(
    # "Minister of the Organization Department", "minister of the United Front Department".
    rf"{_START}(?P<minister>(?i:minister)){_S}of{_S}(?:the{_S})?{_DEPT}{_S}(?i:department){_END}"
    # "Minister of Organizations", "Minister of Organization": the department not named.
    rf"|{_START}(?P<minister2>(?i:minister)){_S}of{_S}(?P<orgs>(?i:organi[sz]ations?)){_END}"
    rf"(?!{_S}(?:and|for|of)\b)"
    # "member of the Standing Committee, minister of the organization and deputy head of ...":
    # with the article, only in a list of a person's titles (after a comma or "and"), the noun
    # ending the title (not "of the Organization of ..." or "the organization's").
    rf"|(?<=(?:,|{_S}and){_S})(?P<minister5>(?i:minister)){_S}of{_S}the{_S}(?i:organi[sz]ation)"
    rf"{_END}(?!{_S}(?:of|for)\b)"
    # "organizing Minister of the district committee", "Organization Minister" as a title
    # (a country's "organization minister" in lower case is left alone).
    rf"|{_START}(?:(?i:organi[sz]ing){_S}(?P<minister3>(?i:minister))"
    rf"|Organi[sz]ation{_S}(?P<minister4>Minister)){_END}"
    # 组织部 named as a committee: "the Organization Committee of the Municipal Party
    # Committee". Only where a Party committee owns it: an event's organizing committee
    # ("the Organization Committee of the Expo") is English.
    rf"|{_START}(?P<committee>(?i:organi[sz]ation){_S}Committee){_S}of{_S}(?:the{_S})?"
    rf"(?:[\p{{Lu}}][\p{{L}}'’-]*{_S}){{0,3}}(?i:(?:CPC|Party)){_S}"
    rf"(?:[\p{{L}}'’-]+{_S}){{0,2}}?(?i:committee){_END}"
    rf"|{_START}(?:(?i:CPC|Party){_S}(?i:committee)['’]s{_S}|(?i:Party){_S}(?i:committee){_S})"
    rf"(?P<committee2>(?i:organi[sz]ation){_S}Committee){_END}"
    # 统战部部长 with the department dropped: "director of United Front Work", "head of the
    # united front work". United front work is what the department does; a title names the
    # department. "in charge of united front work" (a duty) has no title word and is English.
    rf"|{_START}(?P<front>(?i:head|director|minister|chief)){_S}of{_S}(?:the{_S})?"
    rf"(?i:united){_S}(?i:front){_S}(?i:work){_END}(?!{_S}(?i:department|dept)\b)"
)
_PREFILTER = r"(?i)minister|organi[sz]ation committee|united[ \u00a0]+front[ \u00a0]+work"


@rule("T128", "party-department-misnamed", Severity.WARNING, Fix.UNSAFE)
def party_department_misnamed(ctx: Context) -> pl.DataFrame:
    """A Party committee's department, or its head, named with the wrong word.

    ## What it does
    Finds the head (部长) of a Party committee's Organization, Publicity or United Front
    Work Department called a “minister” (“Minister of the Organization Department”,
    “Minister of Organizations”, “organizing Minister”, “…, minister of the organization”
    among a person's titles), the head of the United Front Work Department named after the
    work with the department dropped (“director of United Front Work”, “head of the united
    front work”; not “in charge of united front work”), and the Organization Department
    (组织部) called a committee where a Party committee owns it (“the Organization Committee
    of the Municipal Party Committee”, “the Party committee's Organization Committee”). An
    event's “Organization Committee”, a government minister and the head of the International
    Department, whose own English says “Minister”, are left alone.

    ## Why is this bad?
    In official English (Xinhua, the State Council) a minister heads a ministry of the
    government; the departments of a Party committee have heads: “head of the Organization
    Department of the CPC Dalian Municipal Committee”. 组织部 is a department: an
    “Organization Committee” reads as a body that organises an event.

    ## Example
    ```text
    Wang Li, Minister of the Organization Department of the Municipal Party Committee,
    spoke at the meeting.
    ```

    ## Use instead
    ```text
    Wang Li, head of the Organization Department of the Municipal Party Committee, spoke
    at the meeting.
    ```

    ## Fix safety
    Unsafe: the words around the title (an article, a capital) often need changing too.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("minister"):
            dept = " ".join(m.group("dept").split())
            dept = dept.title().replace("Organisation", "Organization")
            name = f"{dept} Department"
            if name == "Propaganda Department":
                name = "Publicity Department"
            start, end = m.span()
            suggestion = f"head of the {name}"
            message = f"the head of a Party committee's {name} is its “head”, not a “minister”"
        elif m.group("minister2") or m.group("minister5"):
            start, end = m.span()
            suggestion = "head of the Organization Department"
            message = (
                f"“{m.group()}” names no body: 组织部部长 is the “head of the Organization "
                "Department”"
            )
        elif m.group("minister3") or m.group("minister4"):
            start, end = m.span()
            suggestion = "head of the Organization Department"
            message = (
                f"“{m.group()}”: 组织部部长 is the “head of the Organization Department”, not a "
                "minister"
            )
        elif m.group("front"):
            start, end = m.span()
            suggestion = "head of the United Front Work Department"
            message = (
                f"“{m.group()}” names the work, not the body: 统战部部长 is the “head of the "
                "United Front Work Department”"
            )
        else:
            group = "committee" if m.group("committee") else "committee2"
            start, end = m.span(group)
            suggestion = "Organization Department"
            message = (
                f"“{m.group(group)}”: a Party committee's 组织部 is its “Organization Department”"
            )
        add_row(rows, doc, base + start, base + end, message, suggestion)
    return output(rows)
