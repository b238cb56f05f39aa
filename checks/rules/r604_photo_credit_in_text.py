"""R604 photo-credit-in-text."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# "[Photo/Xinhua]", "[Photo by Li Ming]", "(Photo by Li Ming/Dalian Daily)", "(Xinhua/Li Ming)":
# a credit in brackets that names a photo or an agency and a photographer.
_AGENCIES = r"xinhua|cns|china news service|china daily|ic|vcg|cfp|afp|reuters|ap|epa"
# An agency alone in brackets closing a caption ("… the old city wall (XINHUA)") is a credit
# too; in a dateline ("DALIAN, March 3 (Xinhua) -- …") the story follows it.
_CREDIT = (
    r"\[(?:photos?|images?)\s*(?:by\s+|[/:：])[^\]\n]{1,60}\]"
    rf"|\((?:(?:photos?|images?)\s*(?:by\s+|[/:：])|(?:{_AGENCIES})\s*/)[^()\n]{{1,80}}\)"
    rf"|\((?:{_AGENCIES})\)(?=[ \t]*$)"
)
_PATTERN = regex.compile(r"[ \t]*(?:" + _CREDIT + ")", regex.IGNORECASE)


@rule("R604", "photo-credit-in-text", Severity.WARNING, Fix.UNSAFE)
def photo_credit_in_text(ctx: Context) -> pl.DataFrame:
    """A photo credit left at the end of a caption or sentence.

    ## What it does
    Finds bracketed photo credits inside a paragraph: "[Photo/Xinhua]", "[Photo by …]",
    "(Photo by …/…)", "(Xinhua/…)", and an agency alone in brackets that ends a paragraph
    ("… on the old city wall (XINHUA)"); in a dateline the story follows the agency. A credit
    alone on its line is R601's business.

    ## Why is this bad?
    The credit belongs under a picture that the translation does not carry; in the text it
    reads as part of the sentence, and it pollutes word counts and term statistics.

    ## Example
    ```text
    Workers check equipment at the new port in Dalian on Sept 3. [Photo/Dalian Daily]
    ```

    ## Use instead
    ```text
    Workers check equipment at the new port in Dalian on Sept 3.
    ```

    ## Fix safety
    Unsafe: deleting the credit and the space before it is suggested; a person checks that
    the paragraph is a caption to drop or keep.
    """
    rows = new_rows()
    prefilter = (
        r"(?i)\[(?:photo|image)|\((?:photo|image|" + _AGENCIES + r")\s*(?:by|/|:)"
        r"|\((?:" + _AGENCIES + r")\)[ \t]*$"
    )
    for doc, base, text, m in matches(ctx.corpus.paragraphs, "text", prefilter, _PATTERN):
        if not text[: m.start()].strip() and not text[m.end() :].strip():
            continue  # the whole paragraph is the credit: R601 reports it
        add_row(rows, doc, base + m.start(), base + m.end(), "photo credit in the text", "")
    return output(rows)
