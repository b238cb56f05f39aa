"""P314 doubled-full-stop."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# Exactly two stops after a word, closing bracket or quote, then the end or a space: three
# are an ellipsis, and "../" in a path is not prose.
_PATTERN = regex.compile(
    r"(?<=[\p{L}\p{N})\]”’\"'])\.(?=\.(?:\s|$|[”’\"')\]]))"
    # an ellipsis said twice, spaced or run together ("... ...", "......", "……"): the
    # Chinese ellipsis is six dots wide, English takes one of three
    r"|(?P<ellipsis>(?:\.{3}|…)[ \t]*(?:\.{3}|…))(?!\.)"
)
_PREFILTER = r"[^.]\.\.(?:\s|$|[^.])|\.\.\.[ \t]*\.\.\.|…[ \t]*…|…[ \t]*\.\.\.|\.\.\.[ \t]*…"


@rule("P314", "doubled-full-stop", Severity.WARNING, Fix.SAFE)
def doubled_full_stop(ctx: Context) -> pl.DataFrame:
    """Two full stops where one ends the sentence.

    ## What it does
    Finds a word followed by exactly two full stops ("in the area.."), and an ellipsis said
    twice ("... ...", "......", "……", the width of the Chinese ellipsis). One ellipsis (three
    stops or "…") and relative paths ("../") are left alone.

    ## Why is this bad?
    A doubled stop is an editing slip, often where an abbreviation's stop meets the
    sentence's ("etc.."); in print it looks like a broken ellipsis.

    ## Example
    ```text
    new projects will settle in the demonstration area..
    ```

    ## Use instead
    ```text
    new projects will settle in the demonstration area.
    ```

    ## Fix safety
    Safe: the first of the two stops is removed, or the two ellipses become one; the word
    and the sentence end stay.
    """
    rows = new_rows()
    for doc, base, _text, m in matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        pos = base + m.start()
        if ellipsis := m.group("ellipsis"):
            # the first ellipsis stays, in the form the text wrote it
            kept = "..." if ellipsis.startswith(".") else "…"
            add_row(rows, doc, pos, base + m.end(), "an ellipsis said twice; one is enough", kept)
            continue
        add_row(rows, doc, pos, pos + 1, "two full stops; one ends the sentence", "")
    return output(rows)
