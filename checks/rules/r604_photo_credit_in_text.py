"""R604 photo-credit-in-text."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# Agencies that sign a photo after the photographer's name; the two-letter ones could be
# anything after a slash.
_BYLINED = r"xinhua|cns|china news service|china daily|vcg|cfp|afp|reuters|epa"
# A photo a source handed out: "[Photo provided to China Daily]", "(Photo courtesy of …)".
_HANDOUT = r"(?:photos?|images?)\s+(?:provided\s+(?:to|by)|courtesy\s+of)\s"
# A site's address: "[eastday.com]" closing a caption, like "[Xinhua]".
_SITE = r"[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org)(?:\.cn)?"
# "[Photo/Xinhua]", "[Photo by Li Ming]", "(Photo by Li Ming/Dalian Daily)", "(Xinhua/Li Ming)":
# a credit in brackets that names a photo or an agency and a photographer.
_AGENCIES = r"xinhua|cns|china news service|china daily|ic|vcg|cfp|afp|reuters|ap|epa"
# An agency alone in brackets closing a caption ("… the old city wall (XINHUA)") is a credit
# too; in a dateline ("DALIAN, March 3 (Xinhua) -- …") the story follows it.
_CREDIT = (
    rf"\[(?:(?:photos?|images?)\s*(?:by\s+|[/:：])|{_HANDOUT})[^\]\n]{{1,60}}\]"
    rf"|\((?:(?:photos?|images?)\s*(?:by\s+|[/:：])|{_HANDOUT}|(?:{_AGENCIES})\s*/)[^()\n]{{1,80}}\)"
    rf"|\((?:{_AGENCIES})\)(?=[ \t]*$)|\[(?:{_AGENCIES}|{_SITE})\](?=[ \t]*$)"
    # the photographer, then the agency: "[Li Ming/China Daily]", "(Li Ming/For China Daily)"
    rf"|[\[(][^\[\]()/\n]{{1,40}}/\s*(?:for\s+)?(?:{_BYLINED})[\])]"
)
_PATTERN = regex.compile(r"[ \t]*(?:" + _CREDIT + ")", regex.IGNORECASE)


@rule("R604", "photo-credit-in-text", Severity.WARNING, Fix.UNSAFE)
def photo_credit_in_text(ctx: Context) -> pl.DataFrame:
    """A photo credit left at the end of a caption or sentence.

    ## What it does
    Finds bracketed photo credits inside a paragraph: "[Photo/Xinhua]", "[Photo by …]",
    "(Photo by …/…)", "(Xinhua/…)", handouts ("[Photo provided to China Daily]"), a
    photographer and an agency ("[Li Ming/China Daily]"), and an agency or a site alone in
    brackets that ends a paragraph ("… on the old city wall (XINHUA)", "… [Xinhua]",
    "… [eastday.com]"); in a dateline the story follows the agency. A credit
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
        r"(?i)\[(?:photo|image)|\((?:photo|image|" + _AGENCIES + r")\s*(?:by|/|:|provided|courtesy)"
        r"|[(\[](?:" + _AGENCIES + r"|" + _SITE + r")[)\]][ \t]*$"
        r"|/\s*(?:for\s+)?(?:" + _BYLINED + r")[)\]]"
    )
    for doc, base, text, m in matches(ctx.corpus.paragraphs, "text", prefilter, _PATTERN):
        if not text[: m.start()].strip() and not text[m.end() :].strip():
            continue  # the whole paragraph is the credit: R601 reports it
        add_row(rows, doc, base + m.start(), base + m.end(), "photo credit in the text", "")
    return output(rows)
