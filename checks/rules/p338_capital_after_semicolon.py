"""P338 capital-after-semicolon."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# Words that never start a name or a list item's own heading: articles, pronouns and
# prepositions. After "; " with a lower-case word or a number next ("; The output of …",
# "; In 2020 …"), the capital is a sentence start the semicolon no longer allows. Content
# words ("; Railway: …", "; Improve the …") often head items of a semicolon list: left alone.
# "I" is always capital; "The" before a capitalised word may open a title ("; The Hague").
_WORDS = (
    r"The|A|An|This|These|That|Those|It|Its|They|Their|There|We|Our|He|His|She|Her"
    r"|In|At|On|By|For|With|From|Among|After|During|Since|As|And|But|Meanwhile"
)
# The semicolon closes a clause that ends in a word, a number or a bracket: not a list of
# capitalised labels, not an HTML entity ("&amp;"), not a code or a path.
_PATTERN = regex.compile(rf"(?<=[\p{{Ll}}\d)%])(?<!&\p{{Ll}}+); (?P<word>{_WORDS}) (?=\p{{Ll}}|\d)")
_PREFILTER = rf"[\p{{Ll}}\d)%]; (?:{_WORDS}) [\p{{Ll}}\d]"


@rule("P338", "capital-after-semicolon", Severity.WARNING, Fix.UNSAFE)
def capital_after_semicolon(ctx: Context) -> pl.DataFrame:
    """A clause after a semicolon that still starts with a capital letter.

    ## What it does
    Finds a semicolon in running text followed by a capitalised article, pronoun or
    preposition and then a lower-case word or a number ("…; The output rose", "…; In 2020
    the city …"). Capitalised content words after a semicolon are not matched, since they
    often head the items of a list ("Highway: …; Railway: …"); nor is "I", nor a capitalised
    word that follows "The" ("; The Hague").

    ## Why is this bad?
    A semicolon joins two clauses of one sentence: the second starts in lower case. The
    capital shows a full stop turned into a semicolon, or a Chinese "；" carried over.

    ## Example
    ```text
    Exports rose by 8%; The output of the port reached 60 million tonnes.
    ```

    ## Use instead
    ```text
    Exports rose by 8%; the output of the port reached 60 million tonnes.
    ```

    ## Fix safety
    Unsafe: the word in lower case is suggested, though a full stop in place of the
    semicolon may be what the writer meant.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        word = m.group("word")
        start = base + m.start("word")
        message = f"“{word}” capitalised after a semicolon"
        add_row(rows, doc, start, start + len(word), message, word.lower())
    return output(rows)
