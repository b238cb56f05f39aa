"""P333 misplaced-plural-apostrophe."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# Plurals that do not end in -s take their possessive as -'s: "children's", "women's".
# "Childrens'" and the like are no English words; "peoples'" is the possessive of "peoples"
# (nations), which is right only where more than one people is meant.
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<stem>(?i:children|women|men)|(?P<people>[Pp]eople))s(?P<mark>['’])"
    r"(?![\p{L}\p{N}])"
)
_PREFILTER = r"(?i)(?:children|women|men|people)s['’]"
# Words before "peoples'" that make the singular certain: an article or a preposition
# opening the phrase, or an adjective of one nation ("the Chinese peoples'" for 中国人民的).
_SINGULAR_BEFORE = regex.compile(
    r"(?:^|[\s(“\"‘](?i:the|of|for|to|by|with|on|in|from|at|among|and|Chinese|local|ordinary)"
    r"\s+)$"
)
# "countries and peoples'", "nations and peoples'": nations are meant, plural is right.
_NATIONS_AND = regex.compile(r"(?i:countries|nations|states|governments)\s+and\s+$")


@rule("P333", "misplaced-plural-apostrophe", Severity.WARNING, Fix.SAFE)
def misplaced_plural_apostrophe(ctx: Context) -> pl.DataFrame:
    """The possessive of a plural without -s written with -s' ("childrens'", "peoples'").

    ## What it does
    Finds "childrens'", "womens'" and "mens'", which are no English words, and "peoples'"
    where one people is meant: after "the", a preposition, "and", "Chinese", "local" or
    "ordinary" ("the peoples' livelihood", "cadres and peoples' views"). "The two peoples'
    friendship", "both peoples'", "all peoples'" and "countries and peoples'" mean nations
    and are left alone.

    ## Why is this bad?
    "People", "children", "women" and "men" are already plural: the possessive adds 's.
    "Peoples'" means "of the nations" and says something the Chinese (人民的) did not.

    ## Example
    ```text
    The centre serves the peoples' needs and protects womens' and childrens' rights.
    ```

    ## Use instead
    ```text
    The centre serves the people's needs and protects women's and children's rights.
    ```

    ## Fix safety
    Safe for "childrens'", "womens'" and "mens'": only one spelling exists. Unsafe for
    "peoples'": where nations are meant the plural is right, so a person decides.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        fix = None
        if m.group("people"):
            before = text[max(0, m.start() - 40) : m.start()]
            if not _SINGULAR_BEFORE.search(before) or _NATIONS_AND.search(before):
                continue
            fix = Fix.UNSAFE
        fixed = m.group("stem") + m.group("mark") + "s"
        message = (
            f"“{m.group()}”: “{m.group('stem')}” is already plural; its possessive is “{fixed}”"
        )
        add_row(rows, doc, base + m.start(), base + m.end(), message, fixed, fix=fix)
    return output(rows)
