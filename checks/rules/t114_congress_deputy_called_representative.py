"""T114 congress-deputy-called-representative."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl
import regex

from tifa.checks.congress import CONGRESS, EDGE_L, LEVEL, ORDINAL, PEOPLES_CONGRESS, PLACE, S
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import docs_with_match, prose_matches
from tifa.checks.wire_copy import wire_docs
from tifa.glossary.gazetteer import is_place

_WORD = r"(?P<word>(?i:representative)(?P<many>s)?)"
# A number of people: "348 representatives of …", "more than 400 representatives of …".
_COUNT = (
    r"(?:\d[\d,]*|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds))"
)
# "Delegate" too, where the congress is named as a people's congress: a delegate of a
# Party congress, of the CPPCC or of a trade mission is rightly so called.
_MEMBER = r"(?P<word>(?i:representative|delegate)(?P<many>s)?)"
# "the sixth session of": a sitting of the congress between "to" and its name.
_SESSION = (
    rf"(?:(?i:the){S})?(?:(?i:{ORDINAL}){S})?(?i:session|plenary{S}session|meeting){S}(?i:of){S}"
)
_PATTERN = regex.compile(
    # "Municipal People's Congress representatives": the compound, with the congress named
    rf"{EDGE_L}(?P<compound>(?:(?P<cplace>{PLACE}){S})?(?:{LEVEL}{S})?"
    rf"{PEOPLES_CONGRESS}{S}{_MEMBER})(?![\p{{L}}'’-])(?!{S}(?i:office))"
    # "representatives (delegates) to the Municipal People's Congress", "… to the sixth
    # session of the Seventh Municipal People's Congress": a member *to* a people's congress
    # … but not "non-voting delegates to the NPC session" (列席人员): those who attend without
    # a vote are not deputies, and "delegates" is their word
    rf"|{EDGE_L}(?<!(?i:non(?:-|{S})?voting|observer){S}){_MEMBER}{S}(?P<to>to){S}"
    rf"(?P<session>{_SESSION})?(?P<name>{CONGRESS})"
    # "348 representatives of the Fifth Municipal People's Congress", "representatives of
    # municipal people's congresses": a head count, a congress by term, or congresses in
    # the plural are its members, not envoys a body sends
    rf"|(?P<count>{_COUNT}{S})?{EDGE_L}{_WORD}{S}(?i:of){S}(?P<name2>{CONGRESS})"
)
_PREFILTER = (
    r"(?i)congress(?:es)?[ \u00a0]+(?:representative|delegate)"
    r"|(?:representatives?|delegates?)[ \u00a0]+(?:to|of)[ \u00a0]"
)


# A document that calls a people's congress's members deputies ("Municipal People's
# Congress Deputies Attend …", "deputies to the … People's Congress", "NPC deputies").
_DEPUTIES = regex.compile(
    rf"(?i){PEOPLES_CONGRESS}{S}deputies|deputies{S}to{S}[^.;]{{0,80}}?{PEOPLES_CONGRESS}"
    rf"|\bNPC{S}deputies"
)
_DEPUTIES_PREFILTER = r"(?i)deputies"
# Other members a document may rightly call delegates or representatives: a CPPCC
# committee's, a Party congress's, a delegation's, a company's or a group's.
# A delegation counts unless the document names a congress's own ("Chongqing NPC
# Delegation"), whose members are its deputies; delegates from a Chinese place are the
# place's deputies and count as none.
_OTHER_MEMBERS = regex.compile(
    rf"(?i)CPPCC|political{S}consultative|(?P<delegation>delegation)"
    rf"|party{S}congress|national{S}congress"
    rf"|(?:delegates|representatives){S}(?:of|for)\b"
    rf"|(?:delegates|representatives){S}from{S}(?P<from>\p{{Lu}}\p{{Ll}}+)?"
)
_CONGRESS_DELEGATION = regex.compile(rf"(?i)(?:(?-i:NPC)|{PEOPLES_CONGRESS}){S}delegation")
_CONGRESS_DELEGATION_PREFILTER = r"(?i)(?:NPC|congress)[ \u00a0]+delegation"
_OTHER_PREFILTER = r"(?i)cppcc|consultative|delegation|congress|(?:delegates|representatives)[ \u00a0]+(?:of|from|for)"
# "the delegates" standing alone, not "of", "for" or "to" someone, nor "from" a place that
# is not Chinese; "delegates" alone or after a figure ("58 delegates from Chongqing").
_BARE = regex.compile(
    rf"{EDGE_L}(?:(?i:the){S}(?P<word>delegates|representatives)|(?P<plain>delegates))"
    rf"(?![\p{{L}}'’-])(?!{S}(?i:of|for|to|and{S}members)\b)"
    rf"(?:{S}from{S}(?P<from>\p{{Lu}}\p{{Ll}}+))?"
)
_BARE_PREFILTER = r"(?i)delegates|the[ \u00a0]+representatives\b"


# The address that opens a report to a people's congress: "Fellow Deputies," (各位代表), on a
# line of its own. "Dear delegates:" there calls the congress's deputies delegates.
_ADDRESS = regex.compile(
    r"^[ \t\u00a0]*(?:(?i:dear|fellow|respected|distinguished)[ \u00a0]+)?"
    r"(?P<word>(?i:delegates|representatives))[ \u00a0]*[,:：!]?[ \t\u00a0]*$",
    regex.MULTILINE,
)
_ADDRESS_PREFILTER = r"(?im)^[ \t\u00a0]*(?:\w+[ \u00a0]+)?(?:delegates|representatives)\W*$"
# A report to a people's congress: the government's work report or the congress named; a
# Party congress's report rightly addresses its delegates.
_TO_CONGRESS = regex.compile(
    rf"(?i){PEOPLES_CONGRESS}|work{S}report|report{S}on{S}the{S}work{S}of{S}the{S}government"
    rf"|\bNPC\b"
)
_TO_CONGRESS_PREFILTER = (
    r"(?i)people['’]?s[ \u00a0]+congress|work[ \u00a0]+report|work of the government|\bNPC\b"
)
_PARTY_CONGRESS = regex.compile(
    rf"(?i)party{S}congress|congress{S}of{S}the{S}(?:communist|CPC)|CPC{S}(?:\p{{L}}+{S}){{0,2}}congress"
)
_PARTY_CONGRESS_PREFILTER = (
    r"(?i)party[ \u00a0]+congress|congress of the (?:communist|cpc)|cpc[ \u00a0]"
)


# A head count "attending the meeting" in a document that opens a session of a
# people's congress ("the First Session of the 14th Provincial People's Congress opened …
# The 572 representatives attending the meeting …"): its deputies. A document that names a
# Party congress, whose members are rightly delegates, or a session of a CPPCC committee,
# whose head count may be its members, is left alone.
_ATTENDING = regex.compile(
    rf"{EDGE_L}(?:\d[\d,]*){S}(?P<word>(?i:representatives|delegates)){S}"
    rf"(?i:attending|present{S}at){S}(?i:the){S}(?i:meeting|session|congress)\b"
)
_ATTENDING_PREFILTER = r"(?i)\d (?:representatives|delegates) (?:attending|present at) the"
_SESSION_OF_CONGRESS = regex.compile(
    rf"(?i:session|meeting){S}(?i:of){S}(?:(?i:the){S})?[^.;]{{0,60}}?{PEOPLES_CONGRESS}"
)
_SESSION_PREFILTER = r"(?i)(?:session|meeting) of .*people['’]?s congress"
_NOT_DEPUTIES = regex.compile(
    rf"(?i)party{S}congress|session{S}of{S}[^.;]{{0,60}}?(?:CPPCC|political{S}consultative)"
    rf"|CPPCC[^.;]{{0,40}}?session"
)
_NOT_DEPUTIES_PREFILTER = r"(?i)party congress|cppcc|political consultative"


# 党代表 as "Party representatives" in a document that calls a Party congress's members
# delegates: the same members under two names. "representatives of the Party" (envoys) and
# "CPC representatives" at a foreign event are left alone: only "Party" with a capital
# straight before the word counts.
_PARTY_REPS = regex.compile(
    rf"{EDGE_L}(?P<reps>Party{S}(?P<word>representatives?))(?![\p{{L}}'’-])(?!{S}(?i:of|from)\b)"
)
_PARTY_REPS_PREFILTER = r"Party[ \u00a0]+representative"
_DELEGATES = regex.compile(r"(?i)\bdelegates?\b")
_DELEGATES_PREFILTER = r"(?i)delegate"
# 代表通道 as "the representative channel" in a document that names a people's congress:
# the deputies' passage. The quoted form is a glossary row's (T101).
_CHANNEL = regex.compile(
    rf"(?<![“\"‘'])(?<![\p{{L}}\p{{N}}'’-])(?P<channel>(?i:representatives?['’]?){S}(?i:channels?))"
    r"(?![\p{L}'’-])"
)
_CHANNEL_PREFILTER = r"(?i)representatives?['’]?[ \u00a0]+channel"


@rule("T114", "congress-deputy-called-representative", Severity.WARNING, Fix.UNSAFE)
def congress_deputy_called_representative(ctx: Context) -> pl.DataFrame:
    """A member of a people's congress called a "representative" or a "delegate" instead of a "deputy".

    ## What it does
    Finds "the representative channel" (代表通道) in a document that names a people's
    congress: the deputies' passage. Finds "Party representatives" (党代表) in a document that
    names a Party congress and calls members delegates: "Party congress delegates" ("Party
    representatives from the two cities" on a page with no delegates is left alone).
    Finds a people's congress member (人大代表) rendered "representative": the compound
    "Municipal People's Congress representative(s)", "representative(s) to the … People's
    Congress" or "… NPC", and "representatives of the … People's Congress" where they are
    its members: after a head count ("348 representatives of the Municipal People's
    Congress"), of a congress by its term ("of the Fifth Municipal People's Congress"), or
    of congresses in the plural ("of municipal people's congresses"). "Representatives of
    the Municipal People's Congress" alone may be envoys the body sends, and a congress
    name that goes on into another body's ("People's Congress Standing Committee") is left
    alone, as is "representative office". "NPC representatives" is the glossary's (T101).
    "Delegate" is found in the same two shapes where a people's congress is named: "delegates
    to the 13th Provincial People's Congress", "delegates to the sixth session of the
    Seventh Municipal People's Congress", "Municipal People's Congress delegates". Delegates
    to a Party congress, of the CPPCC or of a trade mission are rightly so called and are
    never named this way, and so are "non-voting delegates" or "observer delegates" to a
    session (列席人员), who attend without a vote; so are a people's congress's members on a
    foreign agency's own copy (its dateline, byline or credit: "(Reuters)"), whose house
    style calls them delegates. In a document that calls the congress's members deputies
    ("Municipal People's Congress Deputies Arrive for the Session"), "the delegates" and
    "the representatives" standing alone are the same people, and so are "delegates"
    alone or from a Chinese place ("58 delegates from Chongqing"), unless the document
    names a CPPCC committee, a Party congress, delegates of or from someone else (a body,
    a country), or a delegation that is not a congress's own ("Chongqing NPC
    Delegation" is made of the congress's deputies). The address that opens a report to a
    people's congress ("Dear delegates:" on a line of its own, for "Fellow Deputies,") is
    found in a document that names a people's congress or the government's work report
    and no Party congress, whose delegates are rightly so called. A head count "attending
    the meeting" ("The 572 representatives attending the meeting") is found in a document
    that names a session of a people's congress and neither a Party congress nor a session
    of a CPPCC committee.

    ## Why is this bad?
    Official English calls the members of the people's congresses "deputies": "NPC
    deputies", "deputies to the 14th National People's Congress", "deputies to the Municipal
    People's Congress" (Xinhua, npc.gov.cn, China Daily). "Representative" is the
    dictionary word for 代表 and reads as an envoy or an agent, not an elected legislator.

    ## Example
    ```text
    More than 400 representatives of the Seventh Municipal People's Congress attended.
    ```

    ## Use instead
    ```text
    More than 400 deputies to the Seventh Municipal People's Congress attended.
    ```

    ## Fix safety
    Unsafe: "deputy" or "deputies to the …" is suggested; the sentence around it may need
    rewording.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        name = m.group("name2")
        if name is not None and not (m.group("count") or m.group("ordinal") or m.group("plural")):
            continue
        deputy = "deputies" if m.group("many") else "deputy"
        if m.group("compound") is not None:
            # The place stays in the name when it is one ("Kunshan Municipal People's
            # Congress"), not when a heading's word runs into it ("New Era Municipal …").
            place = m.group("cplace")
            start = m.start("compound")
            if place and not is_place(place):
                start = m.end("cplace") + 1
            congress = m.group(0)[start - m.start() : m.start("word") - m.start()].strip()
            suggestion = f"{deputy} to the {congress}"
        else:
            start = m.start("word")
            congress = (m.group("session") or "") + (m.group("name") or name or "")
            if not congress.lower().startswith("the ") and not m.group("plural"):
                congress = f"the {congress}"
            suggestion = f"{deputy} to {congress}"
        end = m.end()
        if m.group("word")[0].isupper() and start == m.start("word"):
            suggestion = suggestion[0].upper() + suggestion[1:]
        add_row(
            rows,
            doc,
            base + start,
            base + end,
            f"a member of a people's congress is a “deputy”, not a “{m.group('word')}”",
            suggestion,
        )
    _bare_members(ctx, rows)
    _address(ctx, rows)
    _attending(ctx, rows)
    _party_representatives(ctx, rows)
    _representative_channel(ctx, rows)
    found = output(rows)
    # A foreign agency's own copy calls the congress's members "delegates" as its house
    # style ("a delegate to the National People's Congress", Reuters): not a translator's
    # slip (`wire_copy`, as T101 keeps the agencies' names for the Party).
    wire = wire_docs(ctx)
    if wire and found.height:
        found = found.filter(
            ~(
                pl.col("doc").is_in(list(wire))
                & pl.col("message").str.contains(r"not a “[Dd]elegates?”")
            )
        )
    return found


def _party_representatives(ctx: Context, rows: dict[str, list[object]]) -> None:
    """Add "Party representatives" in a document that names a Party congress and calls
    members delegates."""
    party = docs_with_match(ctx.segments, "tgt", _PARTY_CONGRESS_PREFILTER, _PARTY_CONGRESS, _any)
    if party:
        docs = party & docs_with_match(ctx.segments, "tgt", _DELEGATES_PREFILTER, _DELEGATES, _any)
        _flag_in(ctx, rows, docs, _PARTY_REPS_PREFILTER, _PARTY_REPS, _party_delegates)


def _party_delegates(m: regex.Match[str]) -> tuple[str, str]:
    """The message and suggestion for "Party representatives"."""
    many = "s" if m.group("word").endswith("s") else ""
    return (
        "a member of a Party congress (党代表) is a “delegate”, as the document says "
        f"elsewhere: “Party congress delegate{many}”",
        f"Party congress delegate{many}",
    )


def _representative_channel(ctx: Context, rows: dict[str, list[object]]) -> None:
    """Add "the representative channel" (代表通道) in a document that names a people's
    congress or the NPC: the deputies' passage."""
    docs = docs_with_match(ctx.segments, "tgt", _TO_CONGRESS_PREFILTER, _TO_CONGRESS, _any)
    message = "代表通道 of a people's congress session is the “deputies' passage”: its members are deputies"
    _flag_in(
        ctx, rows, docs, _CHANNEL_PREFILTER, _CHANNEL, lambda _m: (message, "deputies' passage")
    )


def _flag_in(
    ctx: Context,
    rows: dict[str, list[object]],
    docs: frozenset[int],
    prefilter: str,
    pattern: regex.Pattern[str],
    explain: Callable[[regex.Match[str]], tuple[str, str]],
) -> None:
    """Add every match of `pattern` in `docs` (its first group's span), explained by `explain`."""
    if not docs:
        return
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", prefilter, pattern):
        if doc in docs:
            message, suggestion = explain(m)
            add_row(rows, doc, base + m.start(1), base + m.end(1), message, suggestion)


def _attending(ctx: Context, rows: dict[str, list[object]]) -> None:
    """A head count of "representatives attending the meeting" in a document that names a
    session of a people's congress and no CPPCC committee or Party congress."""
    sessions = docs_with_match(
        ctx.segments, "tgt", _SESSION_PREFILTER, _SESSION_OF_CONGRESS, _any
    ) - docs_with_match(ctx.segments, "tgt", _NOT_DEPUTIES_PREFILTER, _NOT_DEPUTIES, _any)
    if not sessions:
        return
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _ATTENDING_PREFILTER, _ATTENDING):
        if doc not in sessions:
            continue
        word = m.group("word")
        message = f"a member of a people's congress is a “deputy”, not a “{word[:-1]}”"
        _add_deputies(rows, doc, base, m, "word", message)


def _address(ctx: Context, rows: dict[str, list[object]]) -> None:
    """Add "Dear delegates:" on a line of its own in a report to a people's congress."""
    to_congress = docs_with_match(ctx.segments, "tgt", _TO_CONGRESS_PREFILTER, _TO_CONGRESS, _any)
    if not to_congress:
        return
    party = docs_with_match(ctx.segments, "tgt", _PARTY_CONGRESS_PREFILTER, _PARTY_CONGRESS, _any)
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _ADDRESS_PREFILTER, _ADDRESS):
        if doc not in to_congress or doc in party:
            continue
        message = (
            "a report to a people's congress addresses its deputies: “Fellow Deputies,”, "
            f"not “{m.group('word')}”"
        )
        _add_deputies(rows, doc, base, m, "word", message)


def _bare_members(ctx: Context, rows: dict[str, list[object]]) -> None:
    """Add "the delegates", "the representatives" in a document that calls the members of
    a people's congress its deputies and names no other body whose members they may be."""
    deputies = docs_with_match(ctx.segments, "tgt", _DEPUTIES_PREFILTER, _DEPUTIES, _any)
    if not deputies:
        return
    others = docs_with_match(ctx.segments, "tgt", _OTHER_PREFILTER, _OTHER_MEMBERS, _other)
    delegations = docs_with_match(
        ctx.segments, "tgt", _OTHER_PREFILTER, _OTHER_MEMBERS, _delegation
    ) - docs_with_match(
        ctx.segments, "tgt", _CONGRESS_DELEGATION_PREFILTER, _CONGRESS_DELEGATION, _any
    )
    others = others | delegations
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _BARE_PREFILTER, _BARE):
        if doc not in deputies or doc in others:
            continue
        if m.group("from") is not None and not is_place(m.group("from")):
            continue  # delegates from abroad or from a body
        group = "word" if m.group("word") else "plain"
        name = f"the {m.group(group)}" if group == "word" else m.group(group)
        message = (
            f"the document calls the people's congress members “deputies”: so are “{name}” here"
        )
        _add_deputies(rows, doc, base, m, group, message)


def _add_deputies(
    rows: dict[str, list[object]],
    doc: int,
    base: int,
    m: regex.Match[str],
    group: str,
    message: str,
) -> None:
    """Add the row for the word in `group`, to become "deputies" in its own case."""
    word = m.group(group)
    suggestion = "Deputies" if word[0].isupper() else "deputies"
    add_row(rows, doc, base + m.start(group), base + m.end(group), message, suggestion)


def _other(m: regex.Match[str]) -> bool:
    """Members of another body: all but a delegation (see `_delegation`) and delegates
    from a Chinese place, who are its deputies ("delegates from Chongqing")."""
    if m.group("delegation") is not None:
        return False
    place = m.group("from")
    return place is None or not is_place(place)


def _delegation(m: regex.Match[str]) -> bool:
    """A delegation: another body's members, unless the document names a congress's own."""
    return m.group("delegation") is not None


def _any(_m: regex.Match[str]) -> bool:
    """Every match counts."""
    return True
