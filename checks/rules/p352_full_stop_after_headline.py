"""P352 full-stop-after-headline."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.paragraph_neighbours import paragraphs_with_neighbours
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output

# One line that closes on a word and a single full stop, with no sentence break inside it
# ("No. 5" or "Mr. Li" count as one: a stop and a space inside leave the line alone), and no
# label, breadcrumb or photo-credit mark (colon, bar, arrow).
_CANDIDATE = r"^\s*[\p{Lu}\d][^\n|>»:]*[\p{L}\d]\.\s*$"
_BREAK_INSIDE = regex.compile(r"[.!?;][\"”’)]*\s")
# A copyright imprint or a page's credits end with a stop but are labels, not headlines.
_IMPRINT = regex.compile(r"(?i)copyright|©|rights reserved|presented by|\bsource\b")
# Every word of four letters or more capitalised: the line is set in the headline's own
# case, which running text never is.
_LONG_WORD = regex.compile(r"(?<![\p{L}'’-])\p{L}[\p{L}'’-]{3,}")
# The page's own date and time under the headline ("2018-02-14 09:36:29"): the line above
# it is the headline, whatever its case.
_DATE_LINE = regex.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}\b")
# A list item ends a line on a comma, a semicolon, a colon or "and"/"or": the item after it
# closes the list with its stop.
_LIST_BEFORE = regex.compile(r"(?:[,;:]|\b(?:and|or))\s*$")
_MIN_WORDS, _MAX_WORDS = 5, 20


# A word of three letters or fewer: Title Case leaves only these small words in lower case
# (articles, short prepositions and conjunctions, forms of "be" that these sites' headlines
# often leave small, the particles of foreign names, units after a figure); a lower-case
# "met", "led", "new" or "two" marks a sentence that names many people and places.
_SHORT_WORD = regex.compile(r"(?<![\p{L}\d'’-])\p{Ll}[\p{L}'’]{0,2}(?![\p{L}\d'’-])")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "nor",
        "for",
        "so",
        "yet",
        "as",
        "at",
        "by",
        "in",
        "of",
        "off",
        "on",
        "per",
        "to",
        "up",
        "via",
        "vs",
        "is",
        "are",
        "was",
        "be",
        "am",
        "de",
        "da",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "km",
        "pm",
    ]
)


def _title_case(text: str) -> bool:
    """Whether every word of four letters or more is capitalised (three at least), and no
    shorter word but a small one is in lower case."""
    words = _LONG_WORD.findall(text)
    return (
        len(words) >= 3
        and all(w[0].isupper() for w in words)
        and all(w in _SMALL_WORDS for w in _SHORT_WORD.findall(text))
    )


def _heading_like(text: str) -> bool:
    """Whether a line is a short Title Case line that ends on a full stop: a candidate."""
    body = text.strip()
    return (
        bool(regex.match(_CANDIDATE, body))
        and _MIN_WORDS <= len(body.split()) <= _MAX_WORDS
        and not _BREAK_INSIDE.search(body[:-1])
        and not _IMPRINT.search(body)
        and _title_case(body[:-1])
    )


@rule("P352", "full-stop-after-headline", Severity.WARNING, Fix.UNSAFE)
def full_stop_after_headline(ctx: Context) -> pl.DataFrame:
    """A headline or a heading closed with a full stop.

    ## What it does
    Finds a line of five to twenty words set in Title Case (every word of four letters or
    more capitalised, no shorter one in lower case but an article, a short preposition or
    conjunction or a form of "be") that stands alone as a paragraph and ends on a full stop, and a line
    of that length ending on a full stop just above the page's date and time
    ("2018-02-14 09:36:29"), the place of the headline. Left alone: a line with a sentence
    break, a colon, a bar or an arrow in it (a label, a breadcrumb, a photo credit), a
    copyright or source line, a line after a bar or a list's comma or semicolon (the last
    item of a list, a caption between credits), and a line between two other such lines
    (a list of names of projects, each with its stop).

    ## Why is this bad?
    English headlines and headings take no full stop (Xinhua, China Daily, the State
    Council, the Chicago Manual); a stop after one reads as a sentence lifted from the text
    or a slip carried over from the Chinese "。".

    ## Example
    ```text
    The 3rd Session of the 12th County CPPCC Committee Opens in Yuxi.
    ```

    ## Use instead
    ```text
    The 3rd Session of the 12th County CPPCC Committee Opens in Yuxi
    ```

    ## Fix safety
    Unsafe: the stop is removed; a person checks that the line is a heading and not a
    sentence of the text set in capitals.
    """
    rows = new_rows()
    # Each paragraph beside its neighbours, then only the lines shaped like a headline with
    # its stop (Rust's regex, over the column) reach the Python tests below.
    candidates = (
        paragraphs_with_neighbours(ctx)
        .with_columns(pl.col("before", "after").fill_null(""))
        .filter(pl.col("text").str.contains(_CANDIDATE))
    )
    for doc, start, text, before, after in candidates.iter_rows():
        body = text.rstrip()
        if not regex.match(_CANDIDATE, body):
            continue
        if "|" in before or "|" in after or _LIST_BEFORE.search(before):
            continue  # a caption between credits, or a list's last item
        words = len(body.split())
        dated = bool(_DATE_LINE.match(after)) and _MIN_WORDS <= words <= _MAX_WORDS
        if dated:
            if _BREAK_INSIDE.search(body[:-1]) or _IMPRINT.search(body):
                continue
        elif not _heading_like(body) or _heading_like(before) or _heading_like(after):
            continue  # not a heading, or one of a list of such lines
        stop = start + len(body) - 1
        add_row(rows, doc, stop, stop + 1, "a headline takes no full stop", "")
    return output(rows)
