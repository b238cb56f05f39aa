"""T122 local-cppcc-called-conference."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.congress import EDGE_L, ORDINAL, S
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_place, level_word, levels

_LEVELS = r"provincial|municipal|county|district|city|prefectural|regional"
_LEVEL_SET = frozenset(_LEVELS.split("|"))
# The conference's own name: "(People's) Political Consultative Conference".
_CONFERENCE = rf"(?:(?P<people>(?i:people['’]s)){S})?(?i:political{S}consultative{S}conference)"
_PATTERN = regex.compile(
    # "Jilin Provincial Political Consultative Conference", "Ningde Political Consultative
    # Conference", "the 12th Municipal People's Political Consultative Conference",
    # "Dalian people's political consultative conference": a place or a level word (a
    # local body), or "people's" without "Chinese" before it.
    rf"{EDGE_L}(?P<name>(?P<lower>(?i:the|of|and|to|at|in|\d+(?:st|nd|rd|th)))"
    rf"|(?P<bare>(?i:{_LEVELS}))"
    rf"|(?P<place>\p{{Lu}}\p{{Ll}}+(?:['’]\p{{Ll}}+)?)(?:{S}(?P<level>(?i:{_LEVELS})))?)"
    rf"{S}{_CONFERENCE}(?![\p{{L}}\p{{N}}'’-])"
    # The CPPCC's newspaper (人民政协报) keeps its own name.
    rf"(?!{S}(?i:daily|newspaper|news|press)\b)"
)
# "the 15th Municipal CPPCC": a local committee by its term, called by the national body's
# name ("the 15th CPPCC Zhengzhou Municipal Committee"). Without a term number ("the
# Municipal CPPCC") it is a common shorthand for the committee, left alone.
_BY_TERM = (
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<term>\d+(?:st|nd|rd|th)|(?i:{ORDINAL}))"
    rf"{S}(?P<tplace>\p{{Lu}}\p{{Ll}}+{S})?(?P<tlevel>(?i:{_LEVELS})){S}CPPCC"
    rf"(?![\p{{L}}\p{{N}}&/-])(?!{S}(?i:(?:national{S}|standing{S})?committees?)\b)"
)
# The conference cut to letters: "PPCC", "PPPCC" (no CPPCC body is abbreviated so), and
# "PCC" after a place or a level word ("Tianjin Municipal PCC", "the County PCC").
_ABBREVIATION = regex.compile(
    r"(?<![\p{L}\p{N}'’&/-])(?P<short>PP{1,2}CC)(?![\p{L}\p{N}&/-])"
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<before>(?P<aplace>\p{{Lu}}\p{{Ll}}+)(?:{S}(?P<alevel>(?i:{_LEVELS})))?)"
    r"[ \u00a0]+(?P<pcc>PCC)(?![\p{L}\p{N}&/-])"
    rf"|{_BY_TERM}"
)
_ABBREVIATION_PREFILTER = r"PCC\b"
# "the CPPCC of Henan Province", "CPPCC of Liupanshui": the national body's name with a
# place after it, for the place's committee.
_OF_PLACE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’&/-])(?P<name>CPPCC{S}of{S}(?:the{S})?"
    rf"(?P<place>\p{{Lu}}\p{{Ll}}+(?:['’]\p{{Ll}}+)?)"
    rf"(?:{S}(?P<unit>Province|City|Municipality|Prefecture|County))?)(?![\p{{L}}\p{{N}}'’-])"
)
_OF_PLACE_PREFILTER = r"CPPCC[ \u00a0]+of[ \u00a0]"
# "the Political Consultative Conference of the Autonomous Region": the conference given the
# unit of a place, the place's committee. After "People's" the main pattern reports it, and
# after "Chinese" it is the national body's name.
_OF_UNIT = regex.compile(
    rf"(?<!(?i:chinese|people['’]s){S})(?P<name>(?i:political{S}consultative{S}conference)"
    rf"{S}of{S}the{S}(?P<unit>Autonomous{S}Region|Province|City|Municipality|Prefecture"
    rf"|County|District))(?![\p{{L}}\p{{N}}'’-])"
)
_UNIT_BODY = {
    "Autonomous Region": "the CPPCC Committee of the Autonomous Region",
    "Province": "the Provincial Committee of the CPPCC",
    "City": "the Municipal Committee of the CPPCC",
    "Municipality": "the Municipal Committee of the CPPCC",
    "Prefecture": "the Prefectural Committee of the CPPCC",
    "County": "the County Committee of the CPPCC",
    "District": "the District Committee of the CPPCC",
}
_UNIT_LEVEL = {
    "Province": "Provincial",
    "City": "Municipal",
    "Municipality": "Municipal",
    "Prefecture": "Prefectural",
    "County": "County",
}
_PREFILTER = r"(?i)political[ \u00a0]+consultative[ \u00a0]+conference"
# Words before "Political Consultative Conference" that name the national body or its
# history: the Chinese People's PCC, the Old (1946) and New (1949) PCC.
_NATIONAL = frozenset(["Chinese", "China", "National", "New", "Old", "The", "This", "That"])


@rule("T122", "local-cppcc-called-conference", Severity.WARNING, Fix.UNSAFE)
def local_cppcc_called_conference(ctx: Context) -> pl.DataFrame:
    """A province's or city's CPPCC committee called a "Political Consultative Conference".

    ## What it does
    Finds "Political Consultative Conference" (with or without "People's") after a place
    the bundled gazetteer knows or after a level word ("Jilin Provincial Political
    Consultative Conference", "Ningde Political Consultative Conference", "the 12th
    Municipal People's Political Consultative Conference"), and "people's political
    consultative conference" without "Chinese" before it. "The Chinese People's Political
    Consultative Conference" (the national body, the CPPCC) and the historical Old and
    New Political Consultative Conferences are left alone. Finds too the national body's
    name with a place after it ("the CPPCC of Henan Province", "CPPCC of Liupanshui"), and
    the conference with a place's unit after it ("the Political Consultative Conference of
    the Autonomous Region").

    ## Why is this bad?
    There is one Chinese People's Political Consultative Conference; a province, a city or
    a county has a committee of it (政协辽宁省委员会, 大连市政协): the CPPCC Liaoning
    Provincial Committee, the Dalian Municipal Committee of the CPPCC (Xinhua, China
    Daily, cppcc.gov.cn). A "Ningde Political Consultative Conference" is a body that does
    not exist, and readers take it for a national meeting.

    ## Example
    ```text
    Chen Hua, chairman of Ningde Political Consultative Conference, attended the forum.
    ```

    ## Use instead
    ```text
    Chen Hua, chairman of the Ningde Municipal Committee of the CPPCC, attended the forum.
    ```

    ## Fix safety
    Unsafe: the committee's name depends on the place's level and the page's style; the
    message names the form to use, and a person writes it.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        place, level = m.group("place"), m.group("level")
        if place is not None:
            # "Tibetan People's Political Consultative Conference": the region's adjective.
            if not is_place(place) and place.endswith("an") and is_place(place[:-2]):
                place = place[:-2]
            # A capitalised word that is neither a known place nor followed by a level word
            # may be anything ("Taiwan's", "Beijing-based"); the national body and the
            # historical conferences keep their names.
            if place in _NATIONAL or (level is None and not is_place(place)):
                continue
            start = m.start("name")
            known = level.capitalize() if level else level_word(place)
            if known is None and levels().get(place) == ("autonomous region",):
                known = "Autonomous Regional"
            body = f"the {place} {known or 'Municipal (or Provincial)'}"
        elif m.group("bare") is not None:
            start = m.start("name")
            body = f"the <place> {m.group('bare').capitalize()}"
        elif m.group("people") is not None:
            # "the people's political consultative conference", "12th People's …": the
            # national name cut short, said of a local committee.
            start = m.start("people")
            body = "the <place> Municipal (or Provincial)"
        else:
            continue
        span = m.string[start : m.end()]
        add_row(
            rows,
            doc,
            base + start,
            base + m.end(),
            f"“{span}” is a local committee of the CPPCC, not a conference of its own: "
            f"“{body} Committee of the CPPCC”",
        )
    _abbreviations(ctx, rows)
    _of_place(ctx, rows)
    _of_unit(ctx, rows)
    return output(rows)


def _of_unit(ctx: Context, rows: dict[str, list[object]]) -> None:
    """Add the conference with a unit after it: "the Political Consultative Conference of the
    Autonomous Region"."""
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _OF_UNIT):
        unit = regex.sub(r"[ \u00a0]+", " ", m.group("unit"))
        _add_name(rows, doc, base, m, f"not a conference of its own: “{_UNIT_BODY[unit]}”")


def _of_place(ctx: Context, rows: dict[str, list[object]]) -> None:
    """Add the national body's name with a place after it: "the CPPCC of Henan Province"."""
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _OF_PLACE_PREFILTER, _OF_PLACE):
        place, unit = m.group("place"), m.group("unit")
        if not is_place(place):
            continue
        level = _UNIT_LEVEL[unit] if unit else level_word(place)
        body = f"the CPPCC {place} {level or 'Municipal (or Provincial)'} Committee"
        _add_name(rows, doc, base, m, f"not the CPPCC itself: “{body}”")


def _add_name(
    rows: dict[str, list[object]], doc: int, base: int, m: regex.Match[str], why: str
) -> None:
    """Add the finding on the match's "name" group, a local committee called otherwise."""
    start, end = m.span("name")
    message = f"“{m.group('name')}” is a local committee of the CPPCC, {why}"
    add_row(rows, doc, base + start, base + end, message)


def _abbreviations(ctx: Context, rows: dict[str, list[object]]) -> None:
    """Add the conference cut to letters: "PPCC", "PPPCC", "Tianjin Municipal PCC"."""
    for doc, base, _text, m in prose_matches(
        ctx.segments, "tgt", _ABBREVIATION_PREFILTER, _ABBREVIATION
    ):
        if m.group("term") is not None:
            start, end = m.start("term"), m.end()
            place = (m.group("tplace") or "").strip() or "<place>"
            level = m.group("tlevel").capitalize()
            add_row(
                rows,
                doc,
                base + start,
                base + end,
                f"“{m.string[start:end]}” names a local committee by the national body's "
                f"name: “the {m.group('term')} CPPCC {place} {level} Committee”",
            )
            continue
        if m.group("short") is not None:
            start, end = m.span("short")
        else:
            place, level = m.group("aplace"), m.group("alevel")
            start, end = m.start("before"), m.end("pcc")
            if place in _NATIONAL:
                if level is None:
                    continue
                start = m.start("alevel")  # "The County PCC": the article is no place
            elif level is None and not is_place(place) and place.lower() not in _LEVEL_SET:
                continue  # "Hong Kong PCC", a firm's initials: not a CPPCC committee
        span = m.string[start:end]
        add_row(
            rows,
            doc,
            base + start,
            base + end,
            f"“{span}” is no abbreviation of a CPPCC committee: write “the <place> "
            "Municipal (or Provincial) Committee of the CPPCC”, then “the CPPCC committee”",
        )
