"""P316 en-dash-in-compound."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# An en dash closed up between a lower-case word or a number and a lower-case word.
# Ranges (2020–2021) and links between names (Shenyang–Dalian) are what en dashes are for.
_PATTERN = regex.compile(r"(?<=[\p{Ll}\p{N}])–(?=\p{Ll})")
# A word that opens an aside after a dash and ends no compound: an adverb ("rules–
# specifically, the new ones") or a word that introduces examples.
_ASIDE_OPENS = (
    r"(?:specifically|particularly|especially|mainly|mostly|largely|notably|primarily"
    r"|chiefly|namely|including|not|perhaps|probably|possibly|even|often|usually|also)"
)
# A function word or an aside's opener after the dash, then a space, with no dash or hyphen
# chaining the words ("scientific planning–to support the island"): the en dash stands for
# a dash between two phrases, and a hyphen would make a compound that does not exist. A
# chain of them is a compound still ("face–to–face", "state–of–the–art").
_FUNCTION_AFTER = regex.compile(
    rf"–(?:to|and|the|a|an|which|who|that|but|so|as|{_ASIDE_OPENS})[ \u00a0,]"
)
_CHAINED_BEFORE = regex.compile(r"[–-]\p{L}+$")
# The second of two en dashes closed up around such an aside ("political–specifically
# Party–matters"): a pair of dashes set without their spaces, not two compounds; a hyphen
# for each would glue the aside to the words outside it.
_PAIR_BEFORE = regex.compile(rf"\p{{L}}–{_ASIDE_OPENS}[ ,][^–.!?;\n]{{0,60}}?\p{{L}}$")


@rule("P316", "en-dash-in-compound", Severity.WARNING, Fix.SAFE)
def en_dash_in_compound(ctx: Context) -> pl.DataFrame:
    """An en dash joining the words of a compound.

    ## What it does
    Finds an en dash with no space around it between a lower-case word or a number and a
    lower-case word: "industrial–park", "300–million-yuan". Number ranges ("2020–2021")
    and links between names ("Shenyang–Dalian") are left alone, and so is an en dash before
    a function word and its space ("planning–to support the island"): a dash between two
    phrases, which a hyphen would turn into a compound. A chain is a compound still
    ("face–to–face"). Two closed-up en dashes around an aside that opens on a word no
    compound ends in ("political–specifically Party–matters") are a pair of dashes, not
    two compounds.

    ## Why is this bad?
    A compound is joined with a hyphen; an en dash there is the trace of a converter or an
    input method, looks wrong in print, and breaks search for the compound.

    ## Example
    ```text
    a 300–million-yuan industrial–park project
    ```

    ## Use instead
    ```text
    a 300-million-yuan industrial-park project
    ```

    ## Fix safety
    Safe: the one mark becomes a hyphen; the words on both sides are not touched.
    """
    rows = new_rows()
    for doc, base, text, m in matches(ctx.segments, "tgt", r"[\p{Ll}\p{N}]–\p{Ll}", _PATTERN):
        if _FUNCTION_AFTER.match(text, m.start()) and not _CHAINED_BEFORE.search(
            text, 0, m.start()
        ):
            continue  # a dash between two phrases, not a compound
        if _PAIR_BEFORE.search(text, 0, m.start()):
            continue  # the second of a pair of dashes around an aside
        pos = base + m.start()
        add_row(rows, doc, pos, pos + 1, "en dash inside a compound; use a hyphen", "-")
    return output(rows)
