"""T119 above-scale."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# "above scale", "above the scale", "above designated scale" as a postposed qualifier, not a
# compound ("above-scale industrial enterprises", which the glossary allows) and not a
# comparison ("above the scale of last year"). The glossary's own avoided compound ("above designated scale industrial
# enterprises") is T101's.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<phrase>[Aa]bove{_S}(?:the{_S})?"
    rf"(?:designated{_S}scale(?!{_S}industrial{_S})|scale))"
    rf"(?![\p{{L}}\p{{N}}'’-])(?!{_S}of\b)"
)
_PREFILTER = r"[Aa]bove[ \u00a0]+(?:the[ \u00a0]+)?(?:designated[ \u00a0]+)?scale\b"
# 规模工业 (industry above designated size) word for word: "the output value of scale
# industry". Not a compound's tail ("large-scale industry", "small-scale industries").
_SCALE_INDUSTRY = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<phrase>[Ss]cale{_S}industr(?:y|ies))(?![\p{{L}}\p{{N}}'’-])"
)
_SCALE_PREFILTER = r"(?:^|[^\p{L}-])[Ss]cale[ \u00a0]+industr"


@rule("T119", "above-scale", Severity.WARNING, Fix.UNSAFE)
def above_scale(ctx: Context) -> pl.DataFrame:
    """规模以上 rendered "above scale" ("industries above scale").

    ## What it does
    Finds "above scale", "above the scale" and "above designated scale" after what they
    qualify ("industries above scale", "services above the scale"). The hyphenated compound before a noun
    ("above-scale industrial enterprises") and a comparison ("above the scale of last
    year") are left alone. Also 规模工业 word for word, "scale industry" ("the output value
    of scale industry"); not the tail of a compound ("large-scale industry").

    ## Why is this bad?
    规模以上 is a statistical category of the National Bureau of Statistics: enterprises
    whose annual revenue passes a threshold (20 million yuan for industry). Its official
    English is "above designated size" ("industrial enterprises above designated size",
    "service enterprises above designated size"); "industries above scale" says nothing a
    reader can understand.

    ## Example
    ```text
    The added value of industries above scale grew by 6.1 percent in the first quarter.
    ```

    ## Use instead
    ```text
    The added value of industrial enterprises above designated size grew by 6.1 percent in
    the first quarter.
    ```

    ## Fix safety
    Unsafe: "above designated size" is suggested; the noun before it ("industries",
    "services") usually wants "enterprises" too, which the writer supplies.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        add_row(
            rows,
            doc,
            base + m.start("phrase"),
            base + m.end("phrase"),
            f"规模以上 is “above designated size”, not “{m.group('phrase')}”",
            "above designated size",
        )
    for doc, base, _text, m in prose_matches(
        ctx.segments, "tgt", _SCALE_PREFILTER, _SCALE_INDUSTRY
    ):
        plural = m.group("phrase").lower().endswith("ies")
        add_row(
            rows,
            doc,
            base + m.start("phrase"),
            base + m.end("phrase"),
            f"规模工业 is “industry above designated size”, not “{m.group('phrase')}”",
            "industries above designated size" if plural else "industry above designated size",
        )
    return output(rows)
