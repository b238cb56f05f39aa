"""N222 half-capitalised-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# "standing" in lower case before "Committee" ("the standing Committee"); a level word in
# lower case before a capitalised people's government or congress ("Dalian municipal
# People's Government", "the county People's Government"); and, after a capitalised place,
# before a body named by its field ("Dalian municipal Bureau of Commerce"). Without the
# place, "the provincial Department of Commerce" is how news agencies describe a body, and
# Party committees are T121's.
_LEVELS = r"municipal|provincial|county|district|prefectural"
_FIELD_HEADS = r"Bureau|Commission|Department|Office|Administration"
# Capitalised words that open a sentence or a heading before a level word, not places.
_NOT_PLACES = r"The|A|An|This|That|Its|Their|Our|Each|Every|Both|Other|Relevant|All|New"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<word>standing)(?={_S}Committee\b)"
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<level>{_LEVELS})"
    rf"(?={_S}(?:People['’]s{_S})?(?:Government|Congress)\b)"
    rf"|(?<=\b\p{{Lu}}\p{{Ll}}+{_S})(?<!\b(?:{_NOT_PLACES}){_S})(?P<placed>{_LEVELS})"
    rf"(?={_S}(?:{_FIELD_HEADS}){_S}(?:of|for){_S}\p{{Lu}})"
)
_PREFILTER = (
    r"\bstanding[ \u00a0]+Committee\b"
    rf"|\b(?:{_LEVELS})[ \u00a0]+(?:People|Government|Congress|{_FIELD_HEADS})\b"
)


@rule("N222", "half-capitalised-name", Severity.WARNING, Fix.UNSAFE)
def half_capitalised_name(ctx: Context) -> pl.DataFrame:
    """An official body's name with one of its words left in lower case.

    ## What it does
    Finds "standing" in lower case before a capitalised "Committee" ("the standing
    Committee"), and a level word (municipal, provincial, county, district, prefectural)
    in lower case before a capitalised people's government or congress ("Dalian municipal
    People's Government", "the county People's Government") or, after a capitalised place,
    before a bureau, commission, department, office or administration named by its field
    ("Dalian municipal Bureau of Commerce"). Without a place, "the provincial Department
    of Commerce" is how news agencies describe a body and is left alone; so are Party
    committees (T121's) and names in lower case throughout.

    ## Why is this bad?
    A body's name is written either as a name, every word capitalised ("Dalian Municipal
    People's Government"), or as a description in lower case. Half of each reads as a
    slip and leaves the reader unsure which body is meant.

    ## Example
    ```text
    The plan was approved by the standing Committee and issued by the county People's
    Government.
    ```

    ## Use instead
    ```text
    The plan was approved by the Standing Committee and issued by the County People's
    Government.
    ```

    ## Fix safety
    Unsafe: the word is suggested with a capital; a person confirms that the name is meant
    (or writes the whole name in lower case).
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        word = m.group("word") or m.group("level") or m.group("placed")
        fixed = word[:1].upper() + word[1:]
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"“{word}” in lower case inside a capitalised name: “{fixed}”",
            fixed,
        )
    return output(rows)
