"""T110 malformed-committee-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.prose import SegmentStarts, prose_segments
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_municipality, is_place, level_word
from tifa.glossary.names import split_syllables

_S = r"[ \u00a0]+"
# One or two capitalised words, an apostrophe allowed inside ("Xi'an", "Inner Mongolia").
_PLACE = r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?(?:[ \u00a0]\p{Lu}\p{Ll}+)?"
_PATTERN = regex.compile(
    # "CPC Liupanshui Standing Committee", "the CPC Standing Committee of Dalian", "CPC
    # Standing Committee of Liaoning Province": the standing committee named as the CPC's
    # own, with the place's committee left out.
    rf"(?<![\p{{L}}\p{{N}}])CPC{_S}(?:(?P<sc_place>{_PLACE}){_S}Standing{_S}Committee"
    rf"|Standing{_S}Committee{_S}of{_S}(?:the{_S})?(?P<sc_after>{_PLACE}))"
    rf"(?:{_S}(?P<sc_unit>Province|City|Municipality))?(?![\p{{L}}\p{{N}}'’-])"
    # "CPC Qingdao Committee": the level word is missing.
    rf"|(?<![\p{{L}}\p{{N}}])(?P<org>CPC|Communist{_S}Party{_S}of{_S}China){_S}"
    # (a level word as the place's second word is the city branch's: "CPC Yueyang
    # Provincial Committee")
    rf"(?!\p{{Lu}}\p{{Ll}}+{_S}(?:Provincial|Municipal){_S})(?P<place>{_PLACE})"
    rf"{_S}(?P<head>[Cc]ommittee)"
    rf"(?!{_S}for\b)(?![\p{{L}}\p{{N}}'’-])"
    # "the Qingdao CPC Committee": the same, with the place first.
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<before>{_PLACE}){_S}CPC{_S}(?P<head2>[Cc]ommittee)"
    rf"(?!{_S}for\b)(?![\p{{L}}\p{{N}}'’-])"
    # "Zhejiang Provincial CPC Standing Committee": the level word before CPC, and the
    # standing committee named as if it were the Party committee.
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<garbled>{_PLACE}){_S}(?P<level>Provincial|Municipal)"
    rf"{_S}CPC{_S}Standing{_S}Committee(?![\p{{L}}\p{{N}}'’-])"
    # "CPC Yueyang Provincial Committee", "Dalian Provincial Party Committee": a city's Party
    # committee given a province's level word.
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<city>{_PLACE}){_S}Provincial"
    rf"(?P<city_party>{_S}(?:Party|CPC))?{_S}Committee(?![\p{{L}}\p{{N}}'’-])"
    # "Hebei Committee of CPPCC", "Wuhan municipal committee of CPC": a place's body named
    # the wrong way round, without its level word or with it in lower case.
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<rev_place>{_PLACE}){_S}"
    rf"(?:(?P<rev_level>(?i:provincial|municipal)){_S})?(?P<rev_head>[Cc]ommittee){_S}of{_S}"
    rf"(?P<rev_the>the{_S})?(?P<rev_org>CPPCC|CPC)(?![\p{{L}}\p{{N}}'’-])(?![ \u00a0]+\p{{Lu}})"
    # "Municipal Committee of CPPCC": an acronym after "of" takes the article. Not where it
    # begins a longer name ("Standing Committee of CPC Zhejiang Provincial Committee"): the
    # glossary accepts those without the article, as local usage writes them.
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<bare>(?:Committee|Congress){_S}of){_S}"
    rf"(?P<acronym>CPPCC|CPC)(?![\p{{L}}\p{{N}}'’-])(?![ \u00a0]+\p{{Lu}})"
    # "the 11th Hebei Provincial CPPCC": a term belongs to a province's CPPCC committee, not
    # to the CPPCC, which is one national body.
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<term>\d+(?:st|nd|rd|th)){_S}(?P<cppcc_place>{_PLACE}){_S}"
    rf"(?P<cppcc_level>(?i:provincial|municipal)){_S}"
    rf"(?P<cppcc>CPPCC|Chinese{_S}People['’]s{_S}Political{_S}Consultative{_S}Conference"
    rf"(?:{_S}\(CPPCC\))?)(?![\p{{L}}\p{{N}}'’-])(?!{_S}(?:\p{{Lu}}|(?i:committee|standing|national)))"
)
# The message of a finding that asks for the article only, which headlines drop.
_ARTICLE = "lacks the article"
_PREFILTER = (
    r"\bCPC\b|[Cc]ommittee of CPPCC\b|\bCommunist[ \u00a0]+Party[ \u00a0]+of[ \u00a0]+China[ \u00a0]+\p{Lu}"
    r"|\d(?:st|nd|rd|th)[ \u00a0][^.]*(?i:provincial|municipal)[ \u00a0]+(?:CPPCC|Chinese)"
    r"|\bProvincial[ \u00a0]+(?:(?:Party|CPC)[ \u00a0]+)?Committee\b"
)


@rule("T110", "malformed-committee-name", Severity.ERROR, Fix.UNSAFE)
def malformed_committee_name(ctx: Context) -> pl.DataFrame:
    """A province's or city's Party committee named without its level word or out of order.

    ## What it does
    Finds "CPC <place> Standing Committee" (with a level word too: "CPC Hunan Provincial
    Standing Committee") and "CPC Standing Committee of <place>", a place's standing
    committee named as if it were the CPC's own; finds "CPC <place>
    Committee" and "<place> CPC Committee" where the place is a
    province or a city at prefecture level (from the bundled
    gazetteer of China's provincial-level and prefecture-level divisions, whether or not
    the glossary has an entry for it), and "<place> Provincial CPC Standing Committee" or
    "<place> Municipal CPC Standing Committee"; "<city> Provincial Committee" and "<city>
    Provincial Party Committee", a prefecture-level city's committee given a province's
    level word ("CPC Yueyang Provincial Committee" is the CPC Yueyang Municipal Committee);
    and "Committee of CPPCC" or "Congress of
    CPC", where the acronym, the whole body, lacks its article (in sentences: a headline
    drops its articles); "<place> Committee of CPPCC" and "<place> Committee of the
    CPC", a place's body named the wrong way round without its level word, and "<place>
    municipal committee of CPC", with the level word in lower case (the CPPCC Hebei
    Provincial Committee and the CPC Wuhan Municipal Committee are suggested; "the
    Wuhan Municipal Committee of the CPC" is correct); and "the 11th <province>
    Provincial CPPCC" (or the name in full), a term of office given to the CPPCC instead
    of the province's committee of it. "CPC Central Committee", "CPC Committee of
    Qingdao", "CPC Qingdao Municipal Committee" and the Commission for Discipline
    Inspection are left alone, and so are counties and districts, places the gazetteer
    does not know, names of two places of different levels ("Jilin" is a province and a
    city), autonomous regions, whose bodies carry their full name, and the four
    municipalities directly under the central government where the place comes first,
    whose bodies' names vary in their own usage; with the Party's name first ("CPC
    Shanghai Committee", "Communist Party of China Shanghai Committee") a municipality's
    committee lacks its level word as any city's does. A CPPCC committee without a level word is left alone where the
    name is otherwise whole: "CPPCC Hangzhou Committee" and "the Hangzhou Committee of
    the CPPCC" are common in professional English.

    ## Why is this bad?
    A Party committee's name carries the level of the place it leads: 中共青岛市委 is the
    CPC Qingdao Municipal Committee, 中共山东省委 the CPC Shandong Provincial Committee.
    Without the level word the name is not the body's official name, and readers cannot
    tell a city's committee from a province's. The standing committee is a body of the
    Party committee, not a kind of Party committee. An acronym after "of" takes the
    article, as the full name does ("the Chinese People's Political Consultative
    Conference").

    ## Example
    ```text
    Wang Li, secretary of the CPC Qingdao Committee, met members of the Zhejiang
    Provincial CPC Standing Committee.
    ```

    ## Use instead
    ```text
    Wang Li, secretary of the CPC Qingdao Municipal Committee, met members of the Standing
    Committee of the CPC Zhejiang Provincial Committee.
    ```

    ## Fix safety
    Unsafe: the official name is suggested, but a sentence built around the garbled form
    may need rewording, so a person applies it.
    """
    rows = new_rows()
    # Text a glossary avoid form (T101) or a near miss (T103, T105) covers is theirs.
    avoided = _spans(ctx.hits.filter(pl.col("form") == "avoid"))
    for doc, spans in _spans(ctx.near).items():
        avoided.setdefault(doc, []).extend(spans)
    # A headline drops its articles: the missing one is asked for in sentences only.
    sentences = SegmentStarts(lambda: prose_segments(ctx))
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        found = _suggest(m)
        if found is None:
            continue
        start, end, suggestion, message = found
        if _ARTICLE in message and (doc, base) not in sentences:
            continue
        start, end = base + start, base + end
        if any(s < end and start < e for s, e in avoided.get(doc, [])):
            continue
        add_row(rows, doc, start, end, message, suggestion)
    return output(rows)


def _suggest(m: regex.Match[str]) -> tuple[int, int, str, str] | None:
    """(start, end, suggestion, message) for one match, or None when the place is not one
    whose level is certain."""
    if m.group("bare"):
        fixed = f"{m.group('bare')} the {m.group('acronym')}"
        return m.start(), m.end(), fixed, f"“{m.group()}” {_ARTICLE}: “{fixed}”"
    if m.group("rev_org"):
        return _reversed(m)
    if m.group("term"):
        place = m.group("cppcc_place")
        if not is_place(place):
            return None
        level = m.group("cppcc_level").capitalize()
        suggestion = f"{m.group('term')} CPPCC {place} {level} Committee"
        message = (
            f"“{m.group()}”: the term is the {level.lower()} committee's; the CPPCC itself "
            f"is one national body: “{suggestion}”"
        )
        return m.start(), m.end(), suggestion, message
    if m.group("sc_place") or m.group("sc_after"):
        return _standing(m)
    if m.group("city"):
        return _city_called_province(m)
    if m.group("garbled"):
        place = m.group("garbled")
        if not (is_place(place) or split_syllables(place.replace(" ", "")) is not None):
            return None
        suggestion = f"Standing Committee of the CPC {place} {m.group('level')} Committee"
        message = (
            f"“{m.group()}” garbles the name: the standing committee belongs to the "
            f"CPC {place} {m.group('level')} Committee"
        )
        return m.start(), m.end(), suggestion, message
    place, start = m.group("place"), m.start()
    if m.group("before"):
        place, start = m.group("before"), m.start("before")
        if level_word(place) is None and " " in place:
            # "The Qingdao CPC Committee": the place is the last word.
            start = m.start("before") + place.rindex(" ") + 1
            place = place[place.rindex(" ") + 1 :]
    level = level_word(place)
    # A municipality's committee is also "the Shanghai Municipal Committee of the CPC" and
    # its CPPCC committee "the CPPCC Shanghai Committee"; but with the Party's name first,
    # the level word is as much part of the name as a province's ("CPC Shanghai Municipal
    # Committee"), so only the place-first form is left to the municipalities' own usage.
    if level is None or (is_municipality(place) and not m.group("org")):
        return None
    org = "CPC"
    head = m.group("head") or m.group("head2")
    suggestion = f"{org} {place} {level} {head[:1].upper()}{head[1:]}"
    message = f"“{m.string[start : m.end()]}” lacks the level word: {place}'s committee is the {suggestion}"
    return start, m.end(), suggestion, message


def _city_called_province(m: regex.Match[str]) -> tuple[int, int, str, str] | None:
    """For "<city> Provincial [Party] Committee": a city's committee takes "Municipal". Only
    a place the gazetteer knows as a city of one level (the last word of two, "Hunan
    Yueyang"); a municipality's name is left to its own usage."""
    place, start = m.group("city"), m.start("city")
    if level_word(place) is None and " " in place:
        start += place.rindex(" ") + 1
        place = place[place.rindex(" ") + 1 :]
    if level_word(place) != "Municipal" or is_municipality(place):
        return None
    party = m.group("city_party") or ""
    suggestion = f"{place} Municipal{party} Committee"
    text = m.string[start : m.end()]
    message = (
        f"“{text}”: {place} is a city, whose Party committee is a municipal one: “{suggestion}”"
    )
    return start, m.end(), suggestion, message


def _standing(m: regex.Match[str]) -> tuple[int, int, str, str] | None:
    """For "CPC <place> Standing Committee" and "CPC Standing Committee of <place>": the
    standing committee of the place's CPC committee, where the place is a known one or in
    pinyin."""
    place = m.group("sc_place") or m.group("sc_after")
    if place.endswith((" Province", " City")):
        place = place.rsplit(" ", 1)[0]
    # "CPC Hunan Provincial Standing Committee": the level word is there, the committee
    # whose standing committee it is is not.
    written_level = None
    if m.group("sc_place") and place.endswith((" Provincial", " Municipal")):
        place, written_level = place.rsplit(" ", 1)
    if not (is_place(place) or split_syllables(place.replace(" ", "")) is not None):
        return None
    level = written_level or level_word(place)
    committee = f"CPC {place} {level} Committee" if level else f"CPC {place} Committee"
    suggestion = f"Standing Committee of the {committee}"
    message = (
        f"“{m.group()}” garbles the name: the standing committee belongs to the {committee}"
        + ("" if level else " (with the place's level word)")
    )
    return m.start(), m.end(), suggestion, message


def _reversed(m: regex.Match[str]) -> tuple[int, int, str, str] | None:
    """For "<place> [level] committee of [the] CPC|CPPCC": the body's name with the level
    word when it lacks it or writes it in lower case; else, without "the", the article."""
    place, start = m.group("rev_place"), m.start("rev_place")
    if level_word(place) is None and " " in place:
        start += place.rindex(" ") + 1
        place = place[place.rindex(" ") + 1 :]
    org, level, head = m.group("rev_org"), m.group("rev_level"), m.group("rev_head")
    lowered = (level is not None and level[0].islower()) or head[0].islower()
    # A CPPCC committee named with the article but no level word is common usage.
    missing = level is None and (org == "CPC" or m.group("rev_the") is None)
    right = level_word(place)
    if (lowered or missing) and right is not None and not is_municipality(place):
        suggestion = f"{org} {place} {right} Committee"
        text = m.string[start : m.end()]
        message = (
            f"“{text}” lacks the level word: {place}'s committee is the {suggestion}"
            if missing
            else f"“{text}” writes a body's name in lower case: the {suggestion}"
        )
        return start, m.end(), suggestion, message
    if m.group("rev_the") is not None or head[0].islower():
        return None
    bare = m.group("rev_head") + m.string[m.end("rev_head") : m.start("rev_org")].rstrip()
    fixed = f"{bare} the {org}"
    text = m.string[m.start("rev_head") : m.end()]
    return m.start("rev_head"), m.end(), fixed, f"“{text}” {_ARTICLE}: “{fixed}”"


def _spans(table: pl.DataFrame) -> dict[int, list[tuple[int, int]]]:
    """The ``start, end`` spans of a hits or near table, by document."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for doc, start, end in table.select("doc", "start", "end").iter_rows():
        spans.setdefault(doc, []).append((start, end))
    return spans
