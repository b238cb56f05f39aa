"""E840 article-missing-before-ordinal-opener."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import running_text
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
_ORDINAL = r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Last)"
# The ordinal stands alone as the subject of "is to" or "is that": the head of a sentence, or
# of a clause after a semicolon or colon ("…; second is to …"), in either case. "First, it
# is to …" (an adverb and its comma), "The first is to …" and "First is the …" (which may
# rank a thing: "First is the county, with …") are left alone.
_PATTERN = regex.compile(
    rf"(?:^|(?<=[.!?][”\"’]?{_S})|(?<=[;:]{_S}))(?P<name>(?i:{_ORDINAL})(?:ly)?)"
    rf"{_S}(?:is|was){_S}(?:to|that)(?![\p{{L}}\p{{N}}'’-])"
)
_PREFILTER = (
    r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:ly)?"
    r"[ \u00a0]+(?:is|was)[ \u00a0]+(?:to|that)\b"
)


@rule("E840", "article-missing-before-ordinal-opener", Severity.WARNING, Fix.UNSAFE)
def article_missing_before_ordinal_opener(ctx: Context) -> pl.DataFrame:
    """A list of tasks opened by "First is to …", "Second is to …" without "The".

    ## What it does
    Finds an ordinal (First, Second … Tenth, Last, with or without "-ly") standing alone
    as the subject of "is to" or "is that" at the head of a sentence or of a clause after a
    semicolon or colon: "First is to …", "…; second is to …". Prose only. Left alone: "The
    first is to …", the adverb and its comma ("First, we will …"), and "First is the …",
    which may rank a thing.

    ## Why is this bad?
    Chinese lists tasks as 一是……二是……, and a word-for-word English makes the bare
    ordinal a noun. An ordinal used as a noun takes "the" ("The first is to …"); or the
    sentence is recast with the ordinal as an adverb ("First, we will …").

    ## Example
    ```text
    The meeting set out three tasks. First is to improve roads in the villages. Second is to
    train more rural teachers.
    ```

    ## Use instead
    ```text
    The meeting set out three tasks. The first is to improve roads in the villages. The
    second is to train more rural teachers.
    ```

    ## Fix safety
    Unsafe: "The" is suggested before the ordinal; a writer may rather recast the list, so a
    person decides.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _PATTERN):
        name = m.group("name")
        ordinal = name.lower().removesuffix("ly")
        capital = name[:1].isupper()
        add_row(
            rows,
            doc,
            base + m.start("name"),
            base + m.end("name"),
            f"“{name}” is used as a noun and takes “the”",
            f"{'The' if capital else 'the'} {ordinal}",
        )
    return output(rows)
