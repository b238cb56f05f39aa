"""P315 mismatched-dash-pair."""

from __future__ import annotations

import polars as pl

from tifa.checks import dashes
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows

# Rows with a true dash and any second dash-like mark: the only ones that can mismatch.
PREFILTER = r"[—–].*(?:[—–]|\s--?\s)|\s--?\s.*[—–]"


@rule("P315", "mismatched-dash-pair", Severity.WARNING, Fix.UNSAFE)
def mismatched_dash_pair(ctx: Context) -> pl.DataFrame:
    """A pair of dashes around an aside, set as two different marks.

    ## What it does
    Pairs the dashes of each sentence that set words off (em dash, spaced en dash, spaced
    hyphen, double hyphen) and reports a pair whose closing mark differs from its opening
    one: "the port — the largest in the region - has grown". A spaced hyphen is the odd one
    out wherever it stands; between an em and an en dash the opening one sets the style.
    Datelines ("BEIJING - …") and number ranges are not dashes here.

    ## Why is this bad?
    The reader looks for the mark that closes the aside; a different mark hides where it
    ends, and the mix shows an edit or a machine translation that was not proofread.

    ## Example
    ```text
    The port — the largest in the region - handled more containers.
    ```

    ## Use instead
    ```text
    The port — the largest in the region — handled more containers.
    ```

    ## Fix safety
    Unsafe: the closing mark is suggested in the style of the opening one, but a hyphen may
    have been meant to join a compound, so a person decides.
    """
    rows = new_rows()
    for doc, base, text in candidate_rows(ctx.segments, "tgt", PREFILTER):
        for odd, model in dashes.mismatched(text):
            add_row(
                rows,
                doc,
                base + odd.start,
                base + odd.end,
                f"this {odd.kind} pairs with the {model.kind} of the same aside; set both alike",
                text[model.start : model.end],
            )
    return output(rows)
