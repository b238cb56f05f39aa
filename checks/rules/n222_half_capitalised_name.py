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
# A standing committee or political bureau in lower case before "of" and a body whose name
# is capitalised ("the standing committee of the CPC Shanghai Municipal Committee", "the
# political bureau of the CPC Central Committee", "the standing committee of Lu'an Municipal
# People's Congress"): a named body's own organ is named too. A plural ("the standing
# committees of the Provincial People's Congresses"), one among many ("a standing committee
# of the House") and a body in lower case ("the standing committee of the county congress")
# are descriptions.
_ORGAN_OF = (
    rf"(?={_S}of{_S}(?:the{_S})?(?:CPC|NPC|CPPCC|\p{{Lu}}[\p{{L}}'’-]*)"
    rf"(?:{_S}\p{{Lu}}[\p{{L}}'’-]*)*{_S}(?:Committee|Congress|Conference)\b)"
)
# A park's or a zone's own words in lower case between its capitalised name and its
# capitalised head ("Xiangshan high-tech Zone", "the Shuangqiao Food industrial Park"): the
# head's capital makes the whole a name, so the words inside it are the name's too ("the
# high-tech Zone" as well). After a word that opens a sentence ("The industrial Park") the
# run is no name.
_ZONE_WORDS = (
    r"industrial|high-tech|hi-tech|high-and-new-tech|economic|technological|technology|"
    r"development|science|sci-tech|free|trade|bonded|logistics|innovation|pilot|"
    r"demonstration|ecological|agricultural|cultural|tourism|software|export|processing"
)
_ZONE_HEADS = r"Park|Zone|Area|Base|District|Valley|Town"
_ZONE = (
    rf"(?<=\b(?:\p{{Lu}}[\p{{L}}-]+|the){_S})(?<!\b(?:{_NOT_PLACES}){_S})"
    rf"(?P<zone>(?:{_ZONE_WORDS})(?:{_S}(?:and{_S})?(?:{_ZONE_WORDS}))?)(?={_S}(?:{_ZONE_HEADS})\b)"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?<!\b(?i:a|any|each|every|one|another|no){_S})"
    rf"(?P<organ>standing{_S}committee|political{_S}bureau){_ORGAN_OF}"
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<word>standing)(?={_S}Committee\b)"
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<level>{_LEVELS})"
    rf"(?={_S}(?:People['’]s{_S})?(?:Government|Congress)\b)"
    rf"|(?<=\b\p{{Lu}}\p{{Ll}}+{_S})(?<!\b(?:{_NOT_PLACES}){_S})(?P<placed>{_LEVELS})"
    rf"(?={_S}(?:{_FIELD_HEADS}){_S}(?:of|for){_S}\p{{Lu}})"
    rf"|{_ZONE}"
)
_PREFILTER = (
    rf"\b(?:{_ZONE_WORDS})[ \u00a0]+(?:(?:{_ZONE_WORDS})[ \u00a0]+)?(?:{_ZONE_HEADS})\b"
    r"|\bstanding[ \u00a0]+Committee\b"
    r"|\b(?:standing[ \u00a0]+committee|political[ \u00a0]+bureau)[ \u00a0]+of[ \u00a0]"
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
    committees (T121's) and names in lower case throughout. Also a standing committee or a
    political bureau in lower case before "of" and a body named in capitals ("the standing
    committee of the CPC Shanghai Municipal Committee"); a plural and a body in lower case
    are descriptions and are left alone. Also a park's or a zone's own words in lower case
    between its capitalised name and a capitalised head ("Xiangshan high-tech Zone", "the
    Shuangqiao Food industrial Park"); after a sentence's opening word ("The industrial
    Park") the run is no name.

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
        word = (
            m.group("organ")
            or m.group("word")
            or m.group("level")
            or m.group("placed")
            or m.group("zone")
        )
        fixed = regex.sub(r"\b\p{Ll}", lambda c: c.group().upper(), word)
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"“{word}” in lower case inside a capitalised name: “{fixed}”",
            fixed,
        )
    return output(rows)
