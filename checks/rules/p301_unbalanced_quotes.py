"""P301 unbalanced-quotes."""

from __future__ import annotations

from itertools import pairwise

import polars as pl
import regex

from tifa.checks import quotes
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows

# A line that ends its sentence: the text after it starts a new one, not a wrapped remainder.
_SENTENCE_END = regex.compile(r"[.!?。:;]\s*$")
# A blank line between two lines of text: a paragraph break, across which no quote pairs.
_BLANK_LINE = regex.compile(r"\n[ \t\r]*\n")


@rule("P301", "unbalanced-quotes", Severity.ERROR, Fix.NONE)
def unbalanced_quotes(ctx: Context) -> pl.DataFrame:
    """A double quotation mark with no partner in its paragraph.

    ## What it does
    Pairs the double quotes of each paragraph (curly marks by their shape, straight marks by
    their neighbours) and reports each mark left without a partner: an opening quote never
    closed, a closing quote never opened, or a quotation that starts while another is open.
    Text hard-wrapped inside its sentences (a line that does not end its sentence, the next
    line with no blank line between, or one going on in lower case, or after a line ending on
    "a", "the", "of" or "and", after a blank line, which
    R605 reports as a split sentence) is one paragraph: a quotation opened at the end of one
    line and closed on the next is balanced. A quotation that runs over paragraphs is left
    open at the end of each and opened again at the start of the next, as news copy does:
    that open mark has its partner. A straight-quoted quotation inside another one in
    straight quotes ("proposed that "the city join "the Belt and Road" and grow"") is
    reported once, on the inner pair, which wants single quotes.

    ## Why is this bad?
    The reader cannot tell where the quoted formulation ends; machine translation and
    copy-editing drop closing quotes, and lists of document titles suffer most.

    ## Example
    ```text
    Optimizing the Business Environment (2020-2021) "Implementation Plan for Cooperation"
    ```

    ## Use instead
    ```text
    Optimizing the Business Environment (2020-2021)", "Implementation Plan for Cooperation"
    ```

    ## Fix safety
    No fix: only a person can tell where the missing mark belongs.
    """
    rows = new_rows()
    scanned = [
        (doc, base, text, quotes.scan(text))
        for doc, base, text in candidate_rows(ctx.corpus.paragraphs, "text", '["“”]')
    ]
    lines = [(doc, base, text, list(found.unpaired)) for doc, base, text, found in scanned]
    for doc, base, _text, found in scanned:
        for pair in found.pairs:
            if pair.nested and pair.open_mark == pair.outer_mark == quotes.STRAIGHT:
                add_row(
                    rows,
                    doc,
                    base + pair.open,
                    base + pair.close + 1,
                    "straight quotes inside a quotation in straight quotes: the reader cannot "
                    "tell which mark closes which; use single quotes inside",
                )
    for (doc, base, text, left), (doc2, base2, text2, right) in pairwise(lines):
        # A quotation opened at the end of a wrapped line and closed on the next one.
        if (
            doc == doc2
            and left
            and right
            and _wrapped(ctx.text(doc), base, text, base2, text2)
            and quotes.opens_quotation(text, left[-1])
            and quotes.closes_quotation(text2, right[0])
        ):
            left.pop()
            right.pop(0)
        # A quotation that runs on into the next paragraph: the convention leaves it open at
        # the end of the first and opens it again at the start of the next.
        elif (
            doc == doc2
            and left
            and quotes.opens_quotation(text, left[-1])
            and _reopened(ctx.text(doc), base, text, base2, text2)
        ):
            left.pop()
    for doc, base, text, unpaired in lines:
        for offset in unpaired:
            mark = text[offset]
            side = (
                "closing"
                if mark == quotes.CLOSING
                else "opening"
                if mark == quotes.OPENING
                else "straight"
            )
            add_row(
                rows,
                doc,
                base + offset,
                base + offset + 1,
                f"{side} quote {mark} has no partner in this paragraph",
            )
    return output(rows)


# A line that ends on an article, a preposition or a conjunction stops inside its sentence,
# whatever follows the blank line ("… themed on "Building a" / "New Chapter" …").
_OPEN_END_WORD = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?i:a|an|the|of|and|or|to|for|in|on|at|with|by|from)[ \t]*$"
)


def _wrapped(document: str, base: int, text: str, next_base: int, next_text: str) -> bool:
    """Whether the line at `base` runs on into the line at `next_base`: it does not end its
    sentence, and only lines of text lie between them — or blank lines too, where the next
    line goes on in lower case or the line ends on an article, a preposition or a
    conjunction (a sentence split across paragraphs, R605's finding)."""
    if _SENTENCE_END.search(text) is not None:
        return False
    between = document[base + len(text) : next_base]
    return (
        _BLANK_LINE.search(between) is None
        or next_text[:1].islower()
        or _OPEN_END_WORD.search(text) is not None
    )


def _reopened(document: str, base: int, text: str, next_base: int, next_text: str) -> bool:
    """Whether the paragraph at `next_base` directly follows the one at `base` and opens with
    a quotation mark: the open quotation of the first goes on in it."""
    if document[base + len(text) : next_base].strip():
        return False  # another paragraph, without quotes, lies between them
    first = len(next_text) - len(next_text.lstrip())
    return first < len(next_text) and quotes.opens_quotation(next_text, first)
