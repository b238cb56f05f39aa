"""T125 half-capitalised-body-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_place

_S = r"[ \u00a0]+"
_END = r"(?![\p{L}\p{N}'’-])"
# The words that name a government department's, a newspaper's or an event's field: only
# these are read as part of a name, so that a lower-case verb or object before a capitalised
# name ("officials and Tourism Bureau staff") is never taken for half of it.
_FIELDS = (
    r"agriculture|agricultural|rural|affairs|science|sciences|technology|technological|sci-tech"
    r"|commerce|commercial|education|educational|finance|financial|culture|cultural|tourism"
    r"|health|transport|transportation|justice|industry|industrial|information|ecology"
    r"|ecological|environment|environmental|housing|urban|construction|water|resources"
    r"|natural|human|social|security|civil|public|foreign|emergency|management|veterans"
    r"|statistics|statistical|taxation|audit|market|supervision|regulation|development|reform"
    r"|planning|trade|economic|economy|investment|promotion|sports|sport|radio|television|film"
    r"|press|publication|publicity|forestry|grassland|fisheries|labour|labor|land|energy"
    r"|international|newspaper|media|cooperation|exchange|innovation|medical|religious"
    r"|ocean|marine|meteorological|archives|overseas|aviation|logistics"
)
# The heads of such names: a department, a newspaper, a company group, an event.
_HEADS = (
    r"Bureau|Department|Commission|Committee|Office|Administration|Ministry|Center|Centre"
    r"|Group|Festival|Fair|Expo|Forum|Association|Federation|Institute|Academy"
)
_FIELD = rf"(?:{_FIELDS})"
_CAP_FIELD = rf"(?:(?i:{_FIELDS})(?<=\b\p{{Lu}}\p{{L}}*))"
_ANY_FIELD = rf"(?:(?i:{_FIELDS}))"
# Words before a name that show it starts there: an article, a possessive, a level word.
_BEFORE = (
    r"(?:(?<=(?<![\p{L}'’])(?i:the|a|an|its|their|our|this|that|by|of|from|with|at|and)[ \u00a0]+)"
    r"|(?<=\p{L}['’]s[ \u00a0]+)|(?<=\p{L},[ \u00a0]+)|(?<=(?<![\p{L}])\p{Lu}\p{Ll}+[ \u00a0]+)"
    r"|(?<=(?<![\p{L}])(?i:provincial|municipal|county|district|city|prefectural|national"
    r"|state|regional)[ \u00a0]+))"
)
# What may follow a name after "of": punctuation, a capital, a function word or a verb (a
# past form, or one of what a body does). A noun in lower case makes the field words its modifiers ("the
# Department of publicity objects" is garbled, not a half-capitalised name).
_NAME_ENDS = (
    r"(?=[ \u00a0]*(?:[^\p{L}\p{N} \u00a0]|$)|[ \u00a0]+\p{Lu}|[ \u00a0]+(?:and|of|in|on|at|to|for"
    r"|with|from|by|under|was|is|has|have|had|will|would|were|are|said|says|also|held|issued"
    r"|announced|organized|organised|released|launched|\p{Ll}+ed)\b)"
)
_PATTERN = regex.compile(
    # "the science and Technology Bureau", "the economic development Bureau": field words in
    # lower case (at least the first), then the head with a capital.
    rf"{_BEFORE}(?<![\p{{L}}\p{{N}}'’-])(?P<mixed>{_FIELD}(?:{_S}(?:and{_S}|&{_S})?{_ANY_FIELD})"
    rf"{{0,4}}{_S}(?P<head>{_HEADS})){_END}"
    # "the Department of agriculture", "Department of science and technology": the head with
    # a capital, its field after "of" in lower case.
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<of>(?:Department|Bureau|Ministry|Commission|Administration)"
    rf"{_S}of{_S}{_FIELD}(?:{_S}(?:and{_S}|&{_S})?{_ANY_FIELD}){{0,4}}){_END}{_NAME_ENDS}"
    # "the Foreign Affairs office", "the Commerce and Trade bureau said": the field words with
    # capitals, the government body's head in lower case. The name must start after an
    # article, a preposition, a possessive or another capitalised word (so no sentence's
    # first word is read), and end as a name ends: before a noun in lower case the head
    # word qualifies it ("the Foreign Affairs office building") and nothing is reported.
    rf"|{_BEFORE}(?<![\p{{L}}\p{{N}}'’-])(?P<lowhead>(?:{_CAP_FIELD}{_S}(?:and{_S}|&{_S})?){{1,4}}"
    rf"(?P<lowword>office|bureau|department|commission|administration)){_END}{_NAME_ENDS}"
    # "Shanxi daily newspaper group", a quoted "Shanxi daily", "the Shanxi daily reported": a
    # province's or city's newspaper named with "daily" in lower case. Only the newspaper:
    # professional outlets describe a province's department or festival in lower case ("the
    # Qinghai culture and tourism festival"), but a newspaper's name is its title.
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<place>\p{{Lu}}\p{{Ll}}+){_S}(?P<low>daily{_S}newspaper{_S}group"
    rf"|daily(?=[\"”]|{_S}(?:newspaper|reported|said|reports|says|published|carried"
    rf"|accounted)\b)){_END}"
)
_PREFILTER = (
    rf"(?i:\b(?:{_FIELDS})[ \u00a0]+(?:\p{{L}}+[ \u00a0]+){{0,5}})(?:{_HEADS})\b"
    r"|\b(?:Department|Bureau|Ministry|Commission|Administration)[ \u00a0]+of[ \u00a0]+\p{Ll}"
    r"|\p{Lu}\p{Ll}+[ \u00a0]+(?:office|bureau|department|commission|administration)\b"
    r"|\p{Lu}\p{Ll}+[ \u00a0]+daily\b"
)
_SMALL = frozenset(["and", "of", "&"])


def _capitalised(text: str) -> str:
    """`text` with every word but "and" and "of" capitalised."""
    return " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in text.split())


@rule("T125", "half-capitalised-body-name", Severity.WARNING, Fix.UNSAFE)
def half_capitalised_body_name(ctx: Context) -> pl.DataFrame:
    """A department's, a newspaper's or an event's name written half in capitals.

    ## What it does
    Finds the name of a government department, a newspaper, a group or an event whose head
    and field words disagree in case: field words in lower case before a capitalised head
    ("the science and Technology Bureau", "the economic development Bureau"), a capitalised
    head with its field in lower case after "of" ("the Department of agriculture"), field
    words capitalised before a government body's head in lower case ("the Foreign Affairs
    office", "the Commerce and Trade bureau"; not before a noun the head qualifies, "the
    Foreign Affairs office building"), and a city's or province's name before its field and head all in lower case ("Wuhan
    international tourism festival", "Shanxi daily newspaper group", a quoted "Shanxi
    daily"). Only the words that name a field (agriculture, science, technology, tourism,
    commerce, development …) are read as part of a name, and lower-case field words count
    only after an article, a possessive, a level word or a preposition, so a verb's object
    before a capitalised name is left alone. Names capitalised throughout ("the Science and
    Technology Bureau"), names in lower case throughout without a place ("the provincial
    science and technology department") and Title Case headings are left alone. Party
    committees are T121's.

    ## Why is this bad?
    A department, a newspaper or a festival is named either as a proper name, capitalised
    throughout ("the Department of Agriculture", "Shanxi Daily"), or described in lower case
    ("the agriculture department"). Half of each reads as a typing slip, and a city's name
    before a lower-case festival reads as a description of some festival, not its name.

    ## Example
    ```text
    The Department of agriculture and the science and Technology Bureau opened the Wuhan
    international tourism festival.
    ```

    ## Use instead
    ```text
    The Department of Agriculture and the Science and Technology Bureau opened the Wuhan
    International Tourism Festival.
    ```

    ## Fix safety
    Unsafe: the name is suggested with capitals throughout; a person confirms that a proper
    name is meant, not a description.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("mixed") is not None:
            start, end = m.span("mixed")
            message = (
                f"“{m.group('mixed')}” capitalises only the head of the name: capitalise its "
                "field words too (or write the whole name in lower case)"
            )
        elif m.group("lowhead") is not None:
            start, end = m.span("lowhead")
            message = (
                f"“{m.group('lowhead')}” capitalises the field words but not the head of the "
                "name: capitalise the head too (or write the whole name in lower case)"
            )
        elif m.group("of") is not None:
            start, end = m.span("of")
            message = (
                f"“{m.group('of')}” capitalises only the head of the name: capitalise its field"
            )
        else:
            if not is_place(m.group("place")):
                continue
            start, end = m.start("place"), m.end()
            message = (
                f"“{m.string[start:end]}” is a proper name: capitalise each word after the place"
            )
        add_row(rows, doc, base + start, base + end, message, _capitalised(m.string[start:end]))
    return output(rows)
