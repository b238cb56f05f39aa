"""N211 title-mixed-case."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A rank word in lower case, then the title it qualifies with a capital: "the deputy
# Director", "associate Professor". A sentence's first word is capitalised, so a lower-case
# rank word is never one; the reverse ("Deputy director") may open a sentence and is not read.
# Not "acting", which tells how the post is held and stays in lower case before a title
# capitalised with its name ("acting Secretary of Commerce Li Ming"), as "former" does.
_RANKS = r"deputy|vice|associate|executive|assistant"
_TITLES = (
    r"Director|Professor|Secretary|Mayor|Governor|Chairman|Chairwoman|Chairperson|Minister"
    r"|Head|President|Commissioner|Premier|Editor|Manager"
)
_SPACED = rf"(?<![\p{{L}}\p{{N}}'’-])(?P<rank>{_RANKS})[ \u00a0](?P<title>{_TITLES})(?![\p{{L}}\p{{N}}'’])"
# A hyphenated title with a capital on its first half only: "Secretary-general",
# "Director-general", "Vice-mayor". Not a sentence's first word, whose capital is forced.
_HEADS = r"Secretary|Director|Deputy|Vice|Consulate|Consul|Inspector|Procurator|Attorney"
_TAILS = (
    r"general|mayor|governor|president|chairman|chairwoman|chairperson|minister|premier"
    r"|director|secretary"
)
_HYPHENATED = (
    rf"(?<=[\p{{L}}\p{{N}},][ \u00a0]+)(?P<head>{_HEADS})-(?P<tail>{_TAILS})(?![\p{{L}}\p{{N}}'’-])"
)
_PATTERN = regex.compile(rf"{_SPACED}|{_HYPHENATED}")
_PREFILTER = rf"\b(?:{_RANKS})[ \u00a0](?:{_TITLES})\b|\b(?:{_HEADS})-(?:{_TAILS})\b"


@rule("N211", "title-mixed-case", Severity.WARNING, Fix.UNSAFE)
def title_mixed_case(ctx: Context) -> pl.DataFrame:
    """A title whose rank word is in lower case and whose head has a capital ("deputy Director").

    ## What it does
    Finds "deputy", "vice", "associate", "executive" or "assistant" in lower case directly
    before a capitalised title ("Director", "Professor", "Secretary", "Mayor" …):
    one title written half in lower case, half in capitals; and a hyphenated title with a
    capital on its first half only ("Secretary-general", "Director-general") after the
    first word of a sentence. "acting" and "former" are no part of the title and stay in
    lower case before it ("acting Secretary of Commerce Li Ming").

    ## Why is this bad?
    A title is capitalised as a whole before a name or in a formal list, or written in lower
    case as a whole in running text; half and half looks like a slip and, in a list of
    officials, like two different ranks.

    ## Example
    ```text
    The guests were welcomed by the deputy Director of the Foreign Affairs Office.
    ```

    ## Use instead
    ```text
    The guests were welcomed by the deputy director of the Foreign Affairs Office.
    ```

    ## Fix safety
    Unsafe: lower case is suggested (the usual style in running text); a house style may
    capitalise both words instead. A hyphenated title gets its second half capitalised
    ("Secretary-General"), as before a name; after one, lower case throughout may be meant.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        message = f"“{m.group()}” mixes lower case and capitals in one title"
        if m.group("head") is not None:
            fixed = f"{m.group('head')}-{m.group('tail').capitalize()}"
        else:
            fixed = f"{m.group('rank')} {m.group('title').lower()}"
        add_row(rows, doc, base + m.start(), base + m.end(), message, fixed)
    return output(rows)
