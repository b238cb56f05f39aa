"""T132 grassroots-without-s."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.avoided import avoid_pattern, overlaps
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# 基层 as an adjective with the s of "grassroots" dropped: "grass-root units", "the grassroot
# level", "grass root governance". English keeps the s in the adjective as in the noun
# ("grassroots officials", "at the grass-roots level"), so any of these spellings without it
# is a slip, whatever noun follows. "Grass roots" and "grass-roots" are left alone.
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<word>(?i:grass)(?:[-\u2010\u2011]|[ \u00a0]+)?(?i:root))"
    r"(?![\p{L}\p{N}'’]|[-\u2010\u2011]\p{L})"
)
_PREFILTER = r"(?i)grass[-\u2010\u2011 \u00a0]*root"


@rule("T132", "grassroots-without-s", Severity.WARNING, Fix.UNSAFE)
def grassroots_without_s(ctx: Context) -> pl.DataFrame:
    """基层 written "grass-root", "grassroot" or "grass root": the adjective is "grassroots".

    ## What it does
    Finds "grass-root", "grassroot" and "grass root" with no s, before any noun or at the end
    of a phrase ("grass-root units", "the grassroot level", "officials at the grass root").
    "Grassroots", "grass-roots" and "grass roots" are left alone, and so are the phrases the
    glossary lists under `avoid` ("grass-root cadres"), which T101 reports.

    ## Why is this bad?
    English writes the word with its s as a noun and as an adjective alike (“grassroots
    officials”, “at the grass-roots level”): Xinhua, China Daily and the State Council's
    English never drop it. “Grass-root” is a back-formation a reader takes for a slip.

    ## Example
    ```text
    The district sent 40 officials to grass-root units to hear the views of residents.
    ```

    ## Use instead
    ```text
    The district sent 40 officials to grassroots units to hear the views of residents.
    ```

    ## Fix safety
    Unsafe: “grassroots” is suggested; a page that writes “grass-roots” elsewhere may want
    that spelling kept.
    """
    rows = new_rows()
    avoid: regex.Pattern[str] | bool | None = False
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if avoid is False:
            avoid = avoid_pattern(ctx, min_words=1)
        if isinstance(avoid, regex.Pattern) and overlaps(avoid, text, m.start(), m.end()):
            continue
        start, end = m.span("word")
        message = (
            f"“{m.group('word')}”: the adjective keeps its s, “grassroots” (“grassroots units”)"
        )
        add_row(rows, doc, base + start, base + end, message, "grassroots")
    return output(rows)
