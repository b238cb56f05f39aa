"""P310 wrong-apostrophe-mark."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks import apostrophes
from tifa.checks.context import Context
from tifa.checks.quotes import is_apostrophe
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# Primes, accents and backticks are never quotation marks between two letters; double
# quotes and the opening single quote are apostrophes only before an English word ending.
_ALWAYS = "′″´`ʹ"
_BEFORE_ENDING = '”"‘“'
# Latin letters on both sides: between Chinese characters (mojibake, "淇′笟") a prime is
# no apostrophe.
# Two apostrophes before the s of a possessive ("Gansu''s", "People’’s"): a key struck
# twice, or a converter that doubled the mark; one apostrophe is never two. Before any other
# word they are a closing quotation mark glued to it ("promote Zizhou’’conference"), P305's.
_PATTERN = regex.compile(
    rf"(?<=\p{{Latin}})(?:[{_ALWAYS}](?=\p{{Latin}})|[{_BEFORE_ENDING}](?=\p{{Latin}})"
    r"|(?P<doubled>['’]{2})(?=s(?!\p{L})))"
)
_PREFILTER = rf"\p{{Latin}}(?:[{_ALWAYS}{_BEFORE_ENDING}]\p{{Latin}}|['’]{{2}}s\b)"
_STRAIGHT_LOOKING = '"`'


@rule("P310", "wrong-apostrophe-mark", Severity.WARNING, Fix.SAFE)
def wrong_apostrophe_mark(ctx: Context) -> pl.DataFrame:
    """A quotation mark, prime or accent typed where an apostrophe belongs.

    ## What it does
    Finds a closing or opening double quote, a straight double quote or an opening single
    quote between a letter and an English word ending ("Shenyang”s", "China"s", "don‘t"),
    and a prime, double prime, acute accent or backtick between two letters ("China′s",
    "Xi`an"), and two apostrophes before the s of a possessive ("Gansu''s"); not before
    another word, where they close a quotation ("Zizhou’’conference"). The letters are Latin: a prime between Chinese characters is mojibake
    (U406's and R601's), not an apostrophe.

    ## Why is this bad?
    The word looks misspelt, search and spell-checking do not find it, and the quotation
    checks take the mark for an unbalanced quote. Converters and input methods leave these
    marks behind.

    ## Example
    ```text
    Shenyang”s time-honored brands
    ```

    ## Use instead
    ```text
    Shenyang’s time-honored brands
    ```

    ## Fix safety
    Safe: the one mark is replaced by the apostrophe the document uses elsewhere (’ or ');
    with none to go by, ’ for a curly or typographic mark and ' for a straight one. The
    letters on both sides stay as they are, so the word stays one word.
    """
    rows = new_rows()
    styles = apostrophes.document_styles(ctx.segments)
    for doc, base, text, m in matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        mark = m.group()
        if mark in _BEFORE_ENDING and not is_apostrophe(text, m.start()):
            continue
        if m.group("doubled"):
            apostrophe = styles.get(doc, mark[0])
            message = f"{mark} doubled where one apostrophe belongs; use {apostrophe}"
        else:
            default = apostrophes.STRAIGHT if mark in _STRAIGHT_LOOKING else apostrophes.CURLY
            apostrophe = styles.get(doc, default)
            message = f"{mark} used as an apostrophe; use {apostrophe}"
        add_row(rows, doc, base + m.start(), base + m.end(), message, apostrophe)
    return output(rows)
