"""P332 stop-after-whole-word."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

# Short Latin words that look like abbreviations but are whole words, so they take no stop:
# "a museum cum. library". Written in lower case after a word, they are mid-sentence;
# "Cum." opening a table row is the abbreviation of "cumulative".
_WORDS = "cum|via|per"
_PATTERN = regex.compile(rf"(?<=\p{{L}}[ \t])(?:{_WORDS})(\.)(?=[ \t]+\p{{L}})")


@rule("P332", "stop-after-whole-word", Severity.WARNING, Fix.SAFE)
def stop_after_whole_word(ctx: Context) -> pl.DataFrame:
    """A full stop after a short whole word taken for an abbreviation.

    ## What it does
    Finds a full stop after "cum", "via" or "per" in lower case between two words: "an
    exhibition centre cum. conference hall", "the Friendly Cities Conference cum. Guangzhou
    Forum". They are whole Latin words, not shortened ones. A number after the stop
    ("cum. 5%") and "Cum." opening a line (short for "cumulative") are left alone.

    ## Why is this bad?
    The stray stop reads as the end of a sentence, to readers and to sentence splitters.

    ## Example
    ```text
    a science museum cum. library for pupils
    ```

    ## Use instead
    ```text
    a science museum cum library for pupils
    ```

    ## Fix safety
    Safe when a lower-case word follows: no sentence ends there, only the stop is removed.
    Unsafe before a capital: a rare sentence may end on the word ("the port they came via.").
    """
    rows = new_rows()
    prefilter = rf" (?:{_WORDS})\.[ \t]+\p{{L}}"
    for doc, base, text, m in matches(ctx.corpus.paragraphs, "text", prefilter, _PATTERN):
        pos = base + m.start(1)
        lower = text[m.end() :].lstrip()[:1].islower()
        message = f"'{m.group()[:-1]}' is a whole word: no full stop"
        add_row(rows, doc, pos, pos + 1, message, "", fix=None if lower else Fix.UNSAFE)
    return output(rows)
