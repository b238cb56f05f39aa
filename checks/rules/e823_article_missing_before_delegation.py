"""E823 article-missing-before-delegation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import running_text
from tifa.checks.context import Context
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_place

_S = r"[ \u00a0]+"
_PLACE = r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?"
_LEVEL = r"(?:Provincial|Municipal|City|County|District|Party|Government|Business|Trade|Economic)\b"
# A delegation named by its place, perhaps with its level and the bodies that send it:
# "Hunan delegation", "Ningbo Municipal Party and Government Delegation", "Jilin
# Provincial Business Delegation".
_DELEGATION = (
    rf"(?P<place>{_PLACE}(?:{_S}(?!{_LEVEL}){_PLACE})?)(?:{_S}(?:[Pp]rovincial|[Mm]unicipal|[Cc]ity"
    rf"|[Cc]ounty|[Dd]istrict|[Pp]arty|[Gg]overnment|[Bb]usiness|[Tt]rade|[Ee]conomic|and))*"
    rf"{_S}[Dd]elegation"
)
# Prepositions and verbs after which the delegation heads a noun phrase of its own.
_BEFORE = (
    r"(?:of|to|with|for|from|by|at|among|welcomed|received|met|led|headed|joined|accompanied"
    r"|greeted|hosted|thanked|invited)"
)
# A verb after a delegation that opens its sentence ("Hunan delegation headed by …",
# "Liaoning delegation attended …").
_VERB = (
    r"(?:headed|led|visited|visits|attended|attends|arrived|arrives|paid|pays|met|meets|held"
    r"|holds|was|is|will|has|had|also|toured|tours|inspected|signed|signs|went|came|left"
    r"|took|made|participated|consisted|included|comprised|\p{Ll}{3,}(?<!e)ed)"
)
# What may follow a delegation after a preposition or verb for it to head its phrase:
# punctuation, the end or a function word; never a noun it modifies ("Zhengzhou
# delegation members").
_END = (
    r"[ \u00a0]*(?:[,.;:!?)]|$)|[ \u00a0]+(?:and|to|in|on|of|at|by|with|for|as|is|was|were"
    r"|has|had|will|from|during|headed|led|which|that|who)(?![\p{L}'’-])"
)
_PATTERN = regex.compile(
    rf"(?:(?:^|(?<=[.!?][”\"’]?[ \u00a0]+))(?P<name>{_DELEGATION})(?={_S}{_VERB}(?![\p{{L}}'’-]))"
    rf"|(?<=(?<![\p{{L}}'’-]){_BEFORE}{_S})(?P<name>{_DELEGATION})(?![\p{{L}}'’-])(?={_END}))"
)
_PREFILTER = r"\p{Lu}\p{Ll}+[ \u00a0][^.!?;]{0,60}?[Dd]elegation\b"


@rule("E823", "article-missing-before-delegation", Severity.WARNING, Fix.UNSAFE)
def article_missing_before_delegation(ctx: Context) -> pl.DataFrame:
    """A delegation named by its place without an article ("Hunan delegation headed by …").

    ## What it does
    Finds a delegation named by a gazetteer place, perhaps with its level and the bodies
    that send it ("Hunan delegation", "Ningbo Municipal Party and Government
    Delegation"), with no article where English needs one: opening its sentence with a
    verb after it ("Hunan delegation headed by …", "Liaoning delegation attended …"), or
    after a preposition or a verb of meeting, heading its phrase ("the registration site
    of Shannan delegation", "welcomed Zhejiang Delegation to Anhui"). Prose only. Left
    alone: a delegation with its article or a possessive ("the Hunan delegation", "a
    Zhejiang delegation"), a delegation that modifies a noun ("Zhengzhou delegation
    members"), a name that is no place ("People's Party delegation") and headings
    ("Zhejiang Delegation Visits Anhui").

    ## Why is this bad?
    A delegation is a countable noun: official English writes "a Hunan delegation headed
    by …" when it first appears and "the Hunan delegation" after. Chinese has no article
    (湖南代表团), and the bare form reads as a word-for-word rendering.

    ## Example
    ```text
    Yantai delegation headed by Mayor Li Wei visited the port, and the city welcomed
    Yantai delegation to the fair.
    ```

    ## Use instead
    ```text
    A Yantai delegation headed by Mayor Li Wei visited the port, and the city welcomed
    the Yantai delegation to the fair.
    ```

    ## Fix safety
    Unsafe: "the" is suggested ("A" or "The" opening a sentence, as the text requires);
    whether "a" or "the" fits depends on whether the delegation was named before, so a
    person decides.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _PATTERN):
        place = m.group("place").replace("’", "'")
        if not (is_place(place) or all(is_place(p) for p in place.split())):
            continue
        if inside_title(text, m.start("name"), m.end("name")):
            continue
        name = m.group("name")
        opening = m.start("name") == 0 or text[: m.start("name")].rstrip().endswith(
            (".", "!", "?", "”", '"', "’")
        )
        article = "The" if opening else "the"
        add_row(
            rows,
            doc,
            base + m.start("name"),
            base + m.end("name"),
            f"“{name}” is one delegation and takes an article",
            f"{article} {name}",
        )
    return output(rows)
