"""N214 lowercase-abbreviation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# The abbreviations of the Party, the state and their bodies, which are written in capitals
# only. None of them is an English word, so a lower-case one is always a slip.
ABBREVIATIONS = {"cpc": "CPC", "cppcc": "CPPCC", "npc": "NPC", "prc": "PRC"}
# Not inside a word, a code, a file name or an address ("cpc-2023.pdf", "npc.gov.cn").
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’@./_\\-])(?P<word>(?i:{'|'.join(ABBREVIATIONS)}))"
    r"(?![\p{L}\p{N}'’@/_\\-]|\.[\p{L}\p{N}])"
)
_PREFILTER = r"(?i)\b(?:cpc|cppcc|npc|prc)\b"
# The disease's name in lower case ("the covid-19 epidemic"): its own name is COVID-19
# (Covid-19 is a house style some outlets keep, and left alone). Not in an address or a
# file name ("covid-19.pdf" has its dot after the figure, "/covid-19/" its slash before).
_COVID = regex.compile(r"(?<![\p{L}\p{N}'’@./_\\-])covid(?=-19(?![\p{N}./_]))")
_COVID_PREFILTER = r"(?:^|[^\p{L}\p{N}@./_-])covid-19"


@rule("N214", "lowercase-abbreviation", Severity.WARNING, Fix.SAFE)
def lowercase_abbreviation(ctx: Context) -> pl.DataFrame:
    """CPC, CPPCC, NPC or PRC written in lower case or with lower-case letters.

    ## What it does
    Finds "cpc", "cppcc", "npc" and "prc" (or "Cpc", "Cppcc"…) as words of their own, and
    the disease's name in lower case ("covid-19"; "Covid-19" is a house style, left alone).
    Inside a word, a code, a file name or a web or e-mail address ("npc.gov.cn") they
    are left alone.

    ## Why is this bad?
    They are the abbreviations of the Communist Party of China, the Chinese People's
    Political Consultative Conference, the National People's Congress and the People's
    Republic of China, always written in capitals; in lower case they read as a typing
    slip and undo the name.

    ## Example
    ```text
    Members of the city's cppcc committee met the npc deputies.
    ```

    ## Use instead
    ```text
    Members of the city's CPPCC committee met the NPC deputies.
    ```

    ## Fix safety
    Safe: the letters are the same, only their case changes, and none of these
    abbreviations is written any other way.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN, _miscased):
        word = m.group("word")
        right = ABBREVIATIONS[word.lower()]
        add_row(
            rows,
            doc,
            base + m.start("word"),
            base + m.end("word"),
            f"“{word}” is an abbreviation written in capitals: “{right}”",
            right,
        )
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _COVID_PREFILTER, _COVID):
        message = "“covid-19” is the disease's name written in capitals: “COVID-19”"
        add_row(rows, doc, base + m.start(), base + m.end(), message, "COVID")
    return output(rows)


def _miscased(_text: str, m: regex.Match[str]) -> bool:
    """Whether the abbreviation is not written in capitals."""
    word = m.group("word")
    return word != ABBREVIATIONS[word.lower()]
