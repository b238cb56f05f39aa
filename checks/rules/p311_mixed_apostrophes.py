"""P311 mixed-apostrophes."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks import apostrophes
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# Between two letters ("China’s"), or a plural's possessive before a lowercase word
# ("farmers' income"): a closing single quote stands there only after an opening one.
_PATTERN = regex.compile(r"(?<=\p{L})['’](?=\p{L})|(?<=\p{Ll}s)(?P<plural>['’])(?=[ \u00a0]\p{Ll})")
_OPENING = {"'": regex.compile(r"(?<![\p{L}\p{N}])'(?=\p{L})"), "’": regex.compile("‘")}


@rule("P311", "mixed-apostrophes", Severity.INFO, Fix.SAFE)
def mixed_apostrophes(ctx: Context) -> pl.DataFrame:
    """Curly and straight apostrophes mixed in one document.

    ## What it does
    In a document that writes apostrophes both ways (’ and '), reports each one in the less
    common style; when both are as common, the document's double quotation marks decide (“ ”
    go with ’, straight ones with '), and where they do not, nothing is reported: neither
    mark is then the odd one out. Marks
    between two letters count ("China’s", "Xi'an"), and a plural's possessive before a
    lowercase word ("farmers' income") unless a single quotation opens before it in the
    paragraph: elsewhere a single mark may be a quotation mark.

    Reported as information, with its safe fix: editors reading pages tifa had never seen
    did not mark the mixing as an error to fix (1 of 6 and 0 of 9 such warnings on two
    blind sets), so it does not fail a build or crowd the warnings; `--fix` still makes the
    document's apostrophes one shape.

    ## Why is this bad?
    Mixed apostrophes show text pasted together from different sources; in print the two
    shapes look like a mistake, and searches for one miss the other.

    ## Example
    ```text
    China’s economy grew, and the city's exports rose; Dalian’s port too.
    ```

    ## Use instead
    ```text
    China’s economy grew, and the city’s exports rose; Dalian’s port too.
    ```

    ## Fix safety
    Safe: the one mark is replaced by the document's main apostrophe; the letters on both
    sides are not touched.
    """
    rows = new_rows()
    styles = apostrophes.document_styles(ctx.segments, first_settles=False)
    prefilter = r"\p{L}['’]\p{L}|\p{Ll}s['’] \p{Ll}"
    for doc, base, text, m in matches(ctx.segments, "tgt", prefilter, _PATTERN):
        main = styles.get(doc)
        if main is None or m.group() == main:
            continue
        if m.group("plural") and _OPENING[m.group()].search(text, 0, m.start()):
            continue  # maybe the end of a quotation opened before it
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"{m.group()} here; this document mostly writes apostrophes as {main}",
            main,
        )
    return output(rows)
