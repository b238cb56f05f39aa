"""D507 plural-scale-after-figure."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A figure, then its scale in the plural: "5 millions", "1.2 billions", "30 thousands".
# Without a figure the plural is English ("millions of people", "thousands came").
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}.,\-–/])(?P<figure>\d[\d,]*(?:\.\d+)?)[ \u00a0]+"
    r"(?P<scale>(?P<word>hundred|thousand|million|billion|trillion)s)(?![\p{L}\p{N}-])",
    regex.IGNORECASE,
)
_PREFILTER = r"(?i)\d[ \u00a0]+(?:hundred|thousand|million|billion|trillion)s\b"


@rule("D507", "plural-scale-after-figure", Severity.WARNING, Fix.UNSAFE)
def plural_scale_after_figure(ctx: Context) -> pl.DataFrame:
    """A figure with its scale word in the plural ("5 millions", "2 billions").

    ## What it does
    Finds a figure followed by "hundreds", "thousands", "millions", "billions" or
    "trillions" ("5 millions yuan", "1.2 billions", "30 thousands visitors") and suggests
    the singular scale word. The plural without a figure ("millions of people",
    "thousands came") is left alone.

    ## Why is this bad?
    After a number the scale word takes no plural in English: "5 million", never
    "5 millions". The plural is carried over from languages that inflect it (French "5
    millions") or from a slip, and a reader takes it for a translation error.

    ## Example
    ```text
    The project created 5 millions jobs and cost 2 billions yuan.
    ```

    ## Use instead
    ```text
    The project created 5 million jobs and cost 2 billion yuan.
    ```

    ## Fix safety
    Unsafe: the singular scale word is suggested; a person reads the sentence again (a
    figure for thousands is better written in full, "30,000").
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        scale = m.group("scale")
        singular = scale[:-1]
        message = (
            f"“{m.group('figure')} {scale}”: after a figure the scale takes no plural, “{singular}”"
        )
        add_row(rows, doc, base + m.start("scale"), base + m.end("scale"), message, singular)
    return output(rows)
