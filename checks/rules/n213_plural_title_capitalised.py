"""N213 plural-title-capitalised."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.prose import running_segments
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A title in the plural, capitalised after a lower-case word ("provided a stage for Mayors
# of …", "Yesterday six Mayors from …"): it names no one, so it is a common noun. Not
# followed by a capitalised word or a possessive ("the Mayors Forum", "Mayors’ Conference"),
# which make it part of a name.
_TITLES = (
    r"Mayors|Vice[- ]Mayors|Governors|Vice[- ]Governors|Secretaries|Directors|Ministers"
    r"|Ambassadors|Consuls|Consuls[- ]General|Chairmen|Chairpersons|Premiers|Presidents"
)
_PATTERN = regex.compile(
    r"(?<=(?<![\p{L}\p{N}'’-])\p{Ll}+[ \u00a0])"
    rf"(?P<title>{_TITLES})(?![\p{{L}}\p{{N}}'’-]|[ \u00a0]\p{{Lu}})"
)
_PREFILTER = rf"\p{{Ll}}+ (?:{_TITLES})\b"
# The word before the lower-case one: a capitalised word there, unless it opens the
# sentence, puts the title inside a name in title case ("the Boao Forum for Ministers").
_IN_NAME = regex.compile(
    r"(?<![.!?:;\n“\"]\s*)(?<!^\s*)\p{Lu}[\p{L}’'-]*[ \u00a0]\p{Ll}+[ \u00a0]$"
)


# "the two", "the three", "both" before heads of state or government: the plural stands for
# the heads named before it ("after the two Presidents met"), which the Foreign Ministry's
# copy capitalises ("the two Governors" is still a common noun).
_HEADS = frozenset(("Presidents", "Premiers"))
_NAMED_ONES = regex.compile(r"(?i:\bthe (?:two|three)|\bboth)[ \u00a0]$")


@rule("N213", "plural-title-capitalised", Severity.WARNING, Fix.UNSAFE)
def plural_title_capitalised(ctx: Context) -> pl.DataFrame:
    """A title in the plural capitalised in running text ("six Mayors from the region").

    ## What it does
    Finds a plural title ("Mayors", "Governors", "Secretaries", "Ambassadors") with a
    capital after a lower-case word. A plural title inside a name ("the Mayors Forum",
    "the Mayors’ Conference") or after a capitalised word ("the Boao Forum for Ministers")
    is left alone, and so are heads of state or government just named ("after the two
    Presidents met", "both Premiers"), as diplomatic copy writes them, and headings (a
    line that does not end like a sentence: Title Case capitalises the plural too).

    ## Why is this bad?
    A title is capitalised before a name ("Mayor Li Hua") because it is part of the name;
    in the plural it names no one and is a common noun, like "six mayors". The capital
    makes the sentence look like a headline.

    ## Example
    ```text
    Yesterday six Mayors from the province met investors.
    ```

    ## Use instead
    ```text
    Yesterday six mayors from the province met investors.
    ```

    ## Fix safety
    Unsafe: lower case is suggested; a document may capitalise the title of a body of
    people by its own style.
    """
    rows = new_rows()
    # Running text only: a heading in Title Case capitalises every word that carries meaning
    # ("Meeting of the Secretaries of the Municipal Party Committees").
    running = ctx.segments.join(running_segments(ctx).select("doc", "seg"), on=["doc", "seg"])
    for doc, base, text, m in prose_matches(running, "tgt", _PREFILTER, _PATTERN):
        if _IN_NAME.search(text, max(0, m.start() - 60), m.start()):
            continue
        if m.group("title") in _HEADS and _NAMED_ONES.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue  # "the two Presidents": the heads just named, as diplomatic copy writes
        title = m.group("title")
        message = f"“{title}” names no one here: a plural title is written in lower case"
        add_row(rows, doc, base + m.start(), base + m.end(), message, title.lower())
    return output(rows)
