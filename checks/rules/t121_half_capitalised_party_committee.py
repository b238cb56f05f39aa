"""T121 half-capitalised-party-committee."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.congress import EDGE_L, S
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_LEVELS = r"provincial|municipal|district|county|city|prefectural|regional|township|town"
# A place's name before the level word: one or two capitalised words ("Xiamen", "Inner
# Mongolia"), an apostrophe allowed ("Xi'an"). An article or a sentence's first word is no
# place.
_PLACE = r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?"
_NOT_PLACE = r"The|This|That|Its|Their|Our|Each|Every|A|An|In|On|At|Of|By|For|And|Both|All"
_PATTERN = regex.compile(
    # "the provincial Party Committee", "Xiamen municipal Party Committee": the level word in
    # lower case, the rest of the name capitalised.
    rf"{EDGE_L}(?:(?P<place>{_PLACE}){S})?(?P<low>(?:{_LEVELS})){S}"
    rf"(?P<party>Party){S}(?P<committee>Committee)(?![\p{{L}}\p{{N}}'’-])"
    # "Liaoning Provincial Party committee": the place's name and its level capitalised,
    # the head in lower case.
    rf"|{EDGE_L}(?P<place2>{_PLACE}){S}(?P<high>(?i:{_LEVELS})(?<=\b\p{{Lu}}\p{{L}}+))"
    rf"{S}Party{S}(?P<head>committee)(?![\p{{L}}\p{{N}}'’-])"
    # "the district Committee", "Xixiu district Committee": the Party committee (区委, 县委)
    # named by its level word alone, the level in lower case and the head capitalised. A
    # standing committee ("the district Standing Committee") has another word between them.
    rf"|{EDGE_L}(?:(?P<place3>{_PLACE}){S})?(?P<bare>(?:{_LEVELS})){S}"
    rf"(?P<bare_head>Committee)(?![\p{{L}}\p{{N}}'’-])"
)
_PREFILTER = (
    rf"\b(?:{_LEVELS})[ \u00a0]+Party[ \u00a0]+Committee\b"
    r"|\b[A-Z][a-z]+[ \u00a0]+Party[ \u00a0]+committee\b"
    rf"|\b(?:{_LEVELS})[ \u00a0]+Committee\b"
)
_NOT = regex.compile(rf"(?:{_NOT_PLACE})")


def _place(name: str | None) -> str | None:
    """The place named before the level word, or None for an article or a function word."""
    if name is None or _NOT.fullmatch(name):
        return None
    return name


def _bare_level(m: regex.Match[str]) -> tuple[int, int, str, str]:
    """Span, fixed text and message for a committee named by its level word in lower case
    and "Committee" in capitals: capitalise the level after a place's name ("Xixiu District
    Committee"), else put the head in lower case ("the district committee")."""
    low, start, end = m.group("bare"), m.start("bare"), m.end("bare_head")
    text = m.string[start:end]
    if _place(m.group("place3")) is not None:
        fixed = f"{low.capitalize()}{m.string[m.end('bare') : end]}"
        return start, end, fixed, f"“{text}” names a place's committee: capitalise “{low}”"
    fixed = f"{m.string[start : m.start('bare_head')]}committee"
    message = f"“{text}” capitalises only part of the name: “{fixed}” (or the place's full name)"
    return start, end, fixed, message


@rule("T121", "half-capitalised-party-committee", Severity.WARNING, Fix.UNSAFE)
def half_capitalised_party_committee(ctx: Context) -> pl.DataFrame:
    """A Party committee's name written half in capitals ("the provincial Party Committee").

    ## What it does
    Finds a level word in lower case before a capitalised "Party Committee" ("the
    municipal Party Committee", "Xiamen municipal Party Committee"), and a place's name
    and level word capitalised before "Party committee" in lower case ("Liaoning
    Provincial Party committee"), and a Party committee named by its level word alone, in
    lower case before a capitalised "Committee" ("the district Committee", "Xixiu district
    Committee"). "The provincial Party committee", "the Xiamen Municipal
    Party Committee" and "the CPC Liaoning Provincial Committee" are written one way and
    are left alone, and so is a level word with a capital after a function word ("the
    Provincial Party committee", which some pages use as a short name). Where T108 reports
    the same text against the glossary's capitals, its finding stands alone.

    ## Why is this bad?
    A committee is named either as a proper name, capitalised throughout with its place
    ("the Xiamen Municipal Party Committee"), or described in lower case without it
    ("the provincial Party committee", as Xinhua writes it). Half of each reads as a
    slip and cannot be told apart from a typing error.

    ## Example
    ```text
    The plan was adopted by the municipal Party Committee, and Lushunkou district Party
    Committee will carry it out.
    ```

    ## Use instead
    ```text
    The plan was adopted by the municipal Party committee, and the Lushunkou District
    Party Committee will carry it out.
    ```

    ## Fix safety
    Unsafe: after a place's name the level word is capitalised, otherwise the head is put
    in lower case; a person confirms which the page wants.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("bare") is not None:
            start, end, fixed, message = _bare_level(m)
        elif m.group("low") is not None:
            low = m.group("low")
            if _place(m.group("place")) is not None:
                start, end = m.start("low"), m.end("committee")
                fixed = f"{low.capitalize()}{m.string[m.end('low') : end]}"
                message = f"“{m.string[start:end]}” names a place's committee: capitalise “{low}”"
            else:
                start, end = m.start("low"), m.end("committee")
                fixed = f"{m.string[start : m.start('committee')]}committee"
                message = (
                    f"“{m.string[start:end]}” capitalises only part of the name: "
                    f"“{fixed}” (or the place's full name in capitals)"
                )
        else:
            if _place(m.group("place2")) is None:
                continue
            start, end = m.start("place2"), m.end("head")
            fixed = f"{m.string[start : m.start('head')]}Committee"
            message = f"“{m.string[start:end]}” is a proper name: capitalise “committee”"
        add_row(rows, doc, base + start, base + end, message, fixed)
    return output(rows)
