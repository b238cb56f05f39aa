"""N223 title-capitalised-against-document."""

from __future__ import annotations

from collections import Counter

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.prose import prose_segments
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

_TITLES = "mayor|governor|premier|chairman|chairwoman|director|minister|ambassador|consul|secretary"
# "the" and a one-word title used alone for its holder ("the mayor said", "the Mayor
# said"), in either case. A name or another capitalised word after it ("the Mayor Li",
# "the Mayor Hotline"), "of" and a place ("the Mayor of Dalian", a formal style many
# outlets capitalise) or a hyphen ("the Secretary-General") take it out of the count.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?:the|The)[ \u00a0]+(?P<title>(?i:{_TITLES}))"
    r"(?![\p{L}\p{N}'’-])(?![ \u00a0]+(?:\p{Lu}|of\b))"
)
_PREFILTER = rf"\b[Tt]he[ \u00a0]+(?i:{_TITLES})\b"


@rule("N223", "title-capitalised-against-document", Severity.WARNING, Fix.UNSAFE)
def title_capitalised_against_document(ctx: Context) -> pl.DataFrame:
    """A title used alone capitalised where the document mostly writes it in lower case.

    ## What it does
    Counts, in each document's running text, "the" and a one-word title standing alone for
    its holder (mayor, governor, premier, president, chairman, director, minister,
    secretary …) in lower case and with a capital, and flags the capitalised ones where
    the lower case is at least as common ("The mayor visited the port. … the Mayor said").
    A title before a name or another capitalised word, a title followed by "of" ("the
    Mayor of Dalian") and headings are not counted; a document that mostly capitalises
    the title keeps its style.

    ## Why is this bad?
    A title that stands for a person is a common noun in news English ("the mayor said");
    capitalised in one sentence and not in the next it reads as a slip, and it is often a
    Chinese original's honorific carried over.

    ## Example
    ```text
    The mayor visited the port on Monday. The Mayor said exports must grow.
    ```

    ## Use instead
    ```text
    The mayor visited the port on Monday. The mayor said exports must grow.
    ```

    ## Fix safety
    Unsafe: the title is suggested in lower case; a house style may capitalise it.
    """
    rows = new_rows()
    prose = ctx.segments.join(
        prose_segments(ctx).select("doc", "seg"), on=["doc", "seg"], how="semi"
    )
    found: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
    counts: Counter[tuple[int, str, bool]] = Counter()
    for doc, base, _text, m in matches(prose, "tgt", _PREFILTER, _PATTERN):
        title = m.group("title")
        key = (doc, title.lower())
        capital = title[:1].isupper()
        if capital and not title[1:].islower():
            continue  # "the MAYOR": capitals throughout, not this slip
        counts[(doc, title.lower(), capital)] += 1
        if capital:
            found.setdefault(key, []).append(
                (base + m.start("title"), base + m.end("title"), title)
            )
    for (doc, word), spans in found.items():
        lower = counts[(doc, word, False)]
        if lower == 0 or lower < counts[(doc, word, True)]:
            continue
        for start, end, title in spans:
            add_row(
                rows,
                doc,
                start,
                end,
                f"“{title}” capitalised; this text writes “the {word}” in lower case elsewhere",
                word,
            )
    return output(rows)
