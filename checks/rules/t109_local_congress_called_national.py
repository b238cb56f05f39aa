"""T109 local-congress-called-national."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows, matches
from tifa.glossary.gazetteer import is_place, level_word
from tifa.glossary.institutions import PROVINCES, is_number
from tifa.glossary.names import split_syllables

_NPC = r"(?:National[ \u00a0]+People['’]s[ \u00a0]+Congress|NPC)"
_LEVEL = r"(?:Municipal|Provincial|City|Prefectural|County|District)"
# A two-word place, but not a place and its unit: "of Zhejiang Province" is Zhejiang's.
_PLACE = (
    rf"\p{{Lu}}\p{{Ll}}+(?:['’]\p{{Ll}}+)?"
    rf"(?:[ \u00a0](?!(?:{_LEVEL}|Province|Municipality)\b)\p{{Lu}}\p{{Ll}}+)?"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}])(?P<place>{_PLACE})(?:[ \u00a0]+(?P<level>{_LEVEL}))?[ \u00a0]+{_NPC}"
    rf"(?![ \u00a0]+(?i:deput|delegat|member))"
    rf"|(?<![\p{{L}}]){_NPC}[ \u00a0]+of[ \u00a0]+(?P<after>{_PLACE})"
    rf"(?:[ \u00a0]+(?P<unit>City|Province|Municipality))?(?![\p{{L}}])"
    rf"|(?<![\p{{L}}\p{{N}}])(?P<ordinal>(?P<term>\d+)(?:st|nd|rd|th))[ \u00a0]+{_NPC}"
    rf"(?![ \u00a0]+of[ \u00a0]+\p{{Lu}})"
)
# The Standing Committee of the National People's Congress, as a local title chain names it.
_NPCSC = (
    r"(?P<npcsc>Standing[ \u00a0]+Committee[ \u00a0]+of[ \u00a0]+the[ \u00a0]+"
    r"(?:\d+(?:st|nd|rd|th)[ \u00a0]+)?National[ \u00a0]+People['’]s[ \u00a0]+Congress"
    r"(?:[ \u00a0]+\(NPC\))?|NPC[ \u00a0]+Standing[ \u00a0]+Committee)"
    # Not a body inside it: "the NPC Standing Committee's Legislative Affairs Commission".
    r"(?![ \u00a0]*['’]s\b|[ \u00a0]+\p{Lu}|[\p{L}])"
)
# A local Party committee ending a title or a body in a chain: "Secretary of the Party
# Committee of the Autonomous Region", "the Provincial Party Committee", "the CPC Hunan
# Provincial Committee" (never the Central Committee).
_LOCAL_PARTY = (
    r"(?P<local>Party[ \u00a0]+Committee[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?P<unit>"
    r"Autonomous[ \u00a0]+Region|Province|City|Municipality)"
    r"|(?P<llevel>Provincial|Municipal|Autonomous[ \u00a0]+Regional|City)[ \u00a0]+"
    r"(?:Party[ \u00a0]+)?Committee)"
)
# The head's title of a standing committee: the national one has a chairman, a local one
# (主任) a director in most translations; "director" before the NPC's is a local title.
_HEAD = (
    r"(?i:(?:executive[ \u00a0]+)?(?:(?:deputy|vice)[ -])?"
    r"(?:director|chairman|chairwoman|chairperson))"
)
_NATIONAL_SC = regex.compile(
    # "Secretary of the Party Committee of the Autonomous Region and Director of the Standing
    # Committee of the National People's Congress"; "leaders of the Provincial Party
    # Committee, the Standing Committee of the National People's Congress, the government".
    rf"{_LOCAL_PARTY}(?:,|,?[ \u00a0]+and)[ \u00a0]+(?:{_HEAD}[ \u00a0]+of[ \u00a0]+)?"
    rf"the[ \u00a0]+{_NPCSC}"
    # "Director of the Standing Committee of the National People's Congress": its head is
    # the chairman.
    rf"|(?<![\p{{L}}-])(?i:(?:executive[ \u00a0]+)?(?:(?:deputy|vice)[ -])?director)[ \u00a0]+"
    rf"of[ \u00a0]+the[ \u00a0]+{_NPCSC}"
    # "the 14th National People's Congress (NPC) of the Autonomous Region": the national
    # legislature belongs to no region.
    r"|(?<![\p{L}])(?P<ofunit>(?:National[ \u00a0]+People['’]s[ \u00a0]+Congress"
    r"(?:[ \u00a0]+\(NPC\))?|NPC)[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?P<unit>Autonomous"
    r"[ \u00a0]+Region|Province|City|Municipality))(?![\p{L}])"
)
_FORMER = regex.compile(r"(?i:\bformer(?:ly)?\b|\bex-|\bthen\b|\bpreviously\b)[^.;]*$")
_NATIONAL_SC_PREFILTER = (
    r"Standing[ \u00a0]+Committee[ \u00a0]+of[ \u00a0]+the|NPC[ \u00a0]+Standing"
    r"|(?:Congress|NPC\)?)[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:Autonomous|Province|City|Municipality)"
)
# The level word of the local congress, from the Party committee's.
_LOCAL_LEVEL = {
    "Autonomous Region": "the People's Congress of the Autonomous Region",
    "Province": "the Provincial People's Congress",
    "City": "the Municipal People's Congress",
    "Municipality": "the Municipal People's Congress",
    "Provincial": "the Provincial People's Congress",
    "Municipal": "the Municipal People's Congress",
    "Autonomous Regional": "the Autonomous Regional People's Congress",
}
# The National People's Congress sits for five-year terms; its 15th term begins in 2028 and
# its 16th in 2033. A higher ordinal is a local congress's term.
LAST_NATIONAL_TERM = 15
# Places that send deputies to the National People's Congress rather than having a congress
# of their own in this sense, and words that are not places.
_NOT_LOCAL = frozenset(["China", "Chinese", "Hong Kong", "Macao", "Macau", "Taiwan", "The"])


def _local_place(place: str, known: frozenset[str]) -> bool:
    """A Chinese city or province: in the glossary, in the gazetteer (Hohhot, Xi'an), or a
    place name in pinyin."""
    if place in _NOT_LOCAL or any(is_number(w) for w in place.split()):
        return False
    return (
        place in known
        or place in PROVINCES
        or is_place(place)
        or split_syllables(place.replace(" ", "")) is not None
    )


def _level(place: str) -> str:
    """The level word of a place's congress: Provincial for a province (autonomous regions
    kept as before), else the gazetteer's level, Municipal for a place it does not know."""
    if place in PROVINCES:
        return "Provincial"
    return level_word(place) or "Municipal"


@rule("T109", "local-congress-called-national", Severity.ERROR, Fix.UNSAFE)
def local_congress_called_national(ctx: Context) -> pl.DataFrame:
    """A city's or province's people's congress called the National People's Congress.

    ## What it does
    Finds "National People's Congress" or "NPC" with a Chinese city or province attached:
    before it ("the Dalian National People's Congress") or after "of" ("the 17th National
    People's Congress of Dalian", "the Sixteenth NPC of Dalian"). The place must be a
    glossary place, a province or city in the bundled gazetteer of China's provincial-level
    and prefecture-level divisions ("Hohhot", "Xi'an"), or a place name in pinyin; China, Hong Kong, Macao and Taiwan are left alone, and so are deputies and
    delegations ("Liaoning National People's Congress deputies" are deputies to the NPC).
    An ordinal the National People's Congress cannot have reached ("the 16th National
    People's Congress"; its 16th term begins in 2033) is a local congress too, and so is
    "the 15th National People's Congress" in a document that names the 15th Municipal (or
    Provincial) People's Congress, unless it also names deputies to the national one of
    that term ("a deputy to the 14th National People's Congress").

    It also finds the Standing Committee of the National People's Congress in a local
    official's chain of titles or a list of local bodies, right after a local Party
    committee ("Secretary of the Party Committee of the Autonomous Region and Director of
    the Standing Committee of the National People's Congress", "leaders of the Provincial
    Party Committee, the Standing Committee of the National People's Congress, the
    government"), unless the local post is a former one; and a "director" of it, a title
    only a local congress's standing committee has (the national one has a chairman).
    National titles ("a member of the Political Bureau of the CPC Central Committee and vice
    chairman of the NPC Standing Committee") and its offices ("director of the Legislative
    Affairs Commission of the NPC Standing Committee") are left alone. So is the National
    People's Congress given a place's unit ("the 14th National People's Congress (NPC) of
    the Autonomous Region"): the region's own congress is meant.

    ## Why is this bad?
    The National People's Congress is the national legislature. A city has a Municipal
    People's Congress (人大 of a city is 市人大), a province a Provincial People's
    Congress; calling either "National" names the wrong body.

    ## Example
    ```text
    the first session of the 17th National People's Congress of Dalian opened
    ```

    ## Use instead
    ```text
    the first session of the 17th People's Congress of Dalian opened
    ```

    ## Fix safety
    Unsafe: the municipal form is suggested (provincial for a province); a county or
    district congress needs its own level word.
    """
    rows = new_rows()
    places = [t.en for t in ctx.glossary.active() if t.kind == "place"]
    known = frozenset(places) | frozenset(p.split()[0] for p in places)
    local_terms = _local_terms(ctx)
    for doc, base, text in candidate_rows(ctx.segments, "tgt", _NPC):
        taken = -1
        # Overlapped: "the Sixteenth NPC of Dalian" is no place before "NPC", but a place after.
        for m in _PATTERN.finditer(text, overlapped=True):
            place = m.group("place") or m.group("after") or ""
            if m.start() < taken:
                continue
            if m.group("term"):
                term = int(m.group("term"))
                if term <= LAST_NATIONAL_TERM and term not in local_terms.get(doc, ()):
                    continue
            elif not _local_place(place, known):
                continue
            taken = m.end()
            _report(rows, doc, base, m, place)
    # Each distinct text searched once (`matches`): a translation memory repeats its units.
    for doc, base, text, m in matches(ctx.segments, "tgt", _NATIONAL_SC_PREFILTER, _NATIONAL_SC):
        # "former secretary of the CPC Hunan Provincial Committee and vice chairman of
        # the NPC Standing Committee": the local post is an earlier one.
        if not _FORMER.search(text, max(0, m.start() - 80), m.start()):
            _report_standing_committee(rows, doc, base, m)
    return output(rows)


def _report_standing_committee(
    rows: dict[str, list[object]], doc: int, base: int, m: regex.Match[str]
) -> None:
    """Add the finding for the NPC Standing Committee named in a local official's titles."""
    unit = m.group("unit") or m.group("llevel")
    level = _LOCAL_LEVEL.get(regex.sub(r"[ \u00a0]+", " ", unit)) if unit else None
    if m.group("ofunit"):
        span = m.group("ofunit")
        message = f"“{span}” names the national legislature; the place's own congress is meant"
        start, end = m.span("ofunit")
        add_row(rows, doc, base + start, base + end, message, level and level[len("the ") :])
        return
    if m.group("local"):
        why = f"after “{m.group('local')}” the local congress is meant"
    else:
        why = "its head is the chairman; “director” is a local congress's title"
    message = f"“{m.group('npcsc')}” names the national legislature's standing body; {why}"
    suggestion = f"Standing Committee of {level}" if level else None
    add_row(rows, doc, base + m.start("npcsc"), base + m.end("npcsc"), message, suggestion)


# A local congress by its term: "the 15th Municipal People's Congress", "the 15th Jiangmen
# Municipal People's Congress", "the 15th National People's Congress of Jiangmen City" (this
# rule's own finding: the place after "of" makes it local).
_LOCAL_TERM = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(\d+)(?:st|nd|rd|th)[ \u00a0]+(?:(?:{_PLACE})[ \u00a0]+)?"
    rf"(?:Municipal|Provincial|City)[ \u00a0]+People['’]s[ \u00a0]+Congress"
    rf"|(?<![\p{{L}}\p{{N}}])(\d+)(?:st|nd|rd|th)[ \u00a0]+{_NPC}[ \u00a0]+of[ \u00a0]+"
    rf"(?:{_PLACE})[ \u00a0]+(?:City|Province|Municipality)(?![\p{{L}}])"
)
# "deputies to the 14th National People's Congress", "member of the 14th NPC", "members of
# the Standing Committee of the 13th NPC": a local official who also sits in the national
# legislature or its standing committee is named as such.
_MEMBERS_BEFORE = regex.compile(
    r"(?i:deput(?:y|ies)|delegates?|members?|representatives?)[ \u00a0]+(?:to|of|in)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?(?:Standing[ \u00a0]+Committee[ \u00a0]+of[ \u00a0]+"
    r"(?:the[ \u00a0]+)?)?$"
)


def _local_terms(ctx: Context) -> dict[int, frozenset[int]]:
    """Per document, the terms of the local people's congresses it names: in a report on
    the 15th Jiangmen Municipal People's Congress, "the 15th National People's Congress" is
    that congress called national, whatever the national legislature's term."""
    found: dict[int, set[int]] = {}
    national: dict[int, set[int]] = {}
    # Each distinct text read once: a translation memory repeats its units.
    read: dict[str, tuple[set[int], set[int]]] = {}
    for doc, _base, text in candidate_rows(ctx.segments, "tgt", r"People['’]s[ \u00a0]+Congress"):
        if text not in read:
            read[text] = _terms_named(text)
        local, members = read[text]
        if local:
            found.setdefault(doc, set()).update(local)
        if members:
            national.setdefault(doc, set()).update(members)
    return {doc: frozenset(terms - national.get(doc, set())) for doc, terms in found.items()}


def _terms_named(text: str) -> tuple[set[int], set[int]]:
    """The terms of the local people's congresses `text` names, and those of the national
    one whose members it names ("a deputy to the 14th National People's Congress": the
    national legislature's there too)."""
    local = {int(m.group(1) or m.group(2)) for m in _LOCAL_TERM.finditer(text)}
    members = {
        int(m.group("term"))
        for m in _PATTERN.finditer(text)
        if m.group("term") and _names_members(text, m.start())
    }
    return local, members


def _names_members(text: str, start: int) -> bool:
    """Whether the congress follows "deputies to the", "member of the" ...: the national
    legislature's own members, who may also hold local office."""
    return _MEMBERS_BEFORE.search(text, max(0, start - 70), start) is not None


def _report(
    rows: dict[str, list[object]], doc: int, base: int, m: regex.Match[str], place: str
) -> None:
    """Add the finding for one match, with the local congress's name as the suggestion."""
    if m.group("ordinal"):
        suggestion = f"{m.group('ordinal')} Municipal People's Congress"
        if int(m.group("term")) > LAST_NATIONAL_TERM:
            message = f"“{m.group()}” names the national legislature, which has not sat that long"
        else:
            message = (
                f"“{m.group()}” names the national legislature; the document's own congress of "
                "that term is a local one"
            )
    elif m.group("place"):
        level = m.group("level") or _level(place)
        suggestion = f"{place} {level} People's Congress"
    else:
        unit = f" {m.group('unit')}" if m.group("unit") else ""
        suggestion = f"People's Congress of {place}{unit}"
    if not m.group("ordinal"):
        message = f"“{m.group()}” names the national legislature; {place} has its own congress"
    add_row(
        rows,
        doc,
        base + m.start(),
        base + m.end(),
        message,
        suggestion,
    )
