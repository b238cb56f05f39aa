"""R603 repeated-word."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output

_PATTERN = regex.compile(r"(?<![\p{L}\p{N}])(\p{L}+)(\s+)(\1)(?![\p{L}\p{N}])", regex.IGNORECASE)
# A capitalised name's head said again after "of" ("Institute of Institute", "Standing
# Committee of the Standing Committee"): a title garbled in translation. A plural after
# "of" is a figure of speech ("King of Kings").
_OF_ITSELF = regex.compile(
    r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{3,}(?:\s+\p{Lu}\p{Ll}+){0,2})\s+of\s+(?:the\s+)?(\1)(?![\p{L}\p{N}])"
)
# Doubled words English allows: "that that", "had had".
_ALLOWED = frozenset({"that", "had"})


def _doubled() -> pl.Expr:
    """Per word of a text's word list: whether it repeats the word before it, or is an "of"
    whose last word before it ends the one, two or three words after it (or after "of the")."""
    word = pl.element()
    last_before = word.shift(1)
    of_itself = [
        (word == "of") & (last_before == word.shift(-k - skip)) & (word.shift(-1) == "the")
        if skip
        else (word == "of") & (last_before == word.shift(-k))
        for k in (1, 2, 3)
        for skip in (0, 1)
    ]
    return pl.any_horizontal(word == word.shift(-1), *of_itself)


@rule("R603", "repeated-word", Severity.WARNING, Fix.SAFE)
def repeated_word(ctx: Context) -> pl.DataFrame:
    """The same word twice in a row.

    ## What it does
    Finds a word immediately repeated ("the the"), ignoring case. "that that" and "had had",
    which English allows, are left alone, and so is a capitalised word doubled inside a
    sentence ("the pianist Lang Lang"): that is a name. Also a capitalised name's head said
    again after "of" ("the Institute of Institute", "Standing Committee of the Standing
    Committee"), a title garbled in translation; a plural after "of" ("King of Kings") is a
    figure of speech. That finding has no fix: which words are missing is for a person to say.

    ## Why is this bad?
    A doubled word is almost always an editing slip, and readers stumble on it.

    ## Example
    ```text
    to promote the the implementation of signed projects
    ```

    ## Use instead
    ```text
    to promote the implementation of signed projects
    ```

    ## Fix safety
    Safe: the second occurrence and the space before it are removed.
    """
    rows = new_rows()
    # Columnar candidate search: any word equal to the word after it (Rust regex has no
    # back-references, so compare the word list with itself shifted by one).
    words = pl.col("tgt").str.to_lowercase().str.extract_all(r"\p{L}+")
    # Judged once per distinct text: a translation memory repeats its units.
    flagged = ctx.segments.select("tgt").unique().filter(words.list.eval(_doubled()).list.any())
    candidates = (
        ctx.segments.join(flagged, on="tgt", how="semi")
        .sort("doc", "start")
        .select("doc", "start", "tgt")
    )
    for doc, base, text in candidates.iter_rows():
        for m in _PATTERN.finditer(text):
            if m.group(1).lower() in _ALLOWED or _name_like(text, m):
                continue
            add_row(rows, doc, base + m.end(1), base + m.end(3), f"“{m.group(1)}” repeated", "")
        for m in _OF_ITSELF.finditer(text):
            message = f"“{m.group()}” repeats the name's head: a garbled title"
            add_row(rows, doc, base + m.start(), base + m.end(), message, None, fix=Fix.NONE)
    return output(rows)


def _name_like(text: str, m: regex.Match[str]) -> bool:
    """Both words capitalised, not at the start of the sentence: a name such as "Lang Lang"."""
    return (
        m.group(1)[:1].isupper()
        and m.group(3)[:1].isupper()
        and bool(text[: m.start()].strip(" \t\"“‘'(["))
    )
