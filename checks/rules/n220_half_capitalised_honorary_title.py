"""N220 half-capitalised-honorary-title."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# The words that make a city's, a county's or a town's honorary title: the state awards
# them by list (全国文明城市, 国家卫生城市, 国家园林城市, 中国优秀旅游城市, 国家历史文化名城 …).
_KINDS = (
    r"model|civili[sz]ed|garden|sanitary|hygienic|tourist|forest|ecological|livable|liveable"
    r"|historical(?:[ \u00a0]+and)?[ \u00a0]+cultural"
)
_PLACES = r"cit(?:y|ies)|count(?:y|ies)|towns?|districts?|villages?"
# A level word in lower case, then capitalised words, then the title's kind and place word:
# "national Environmental Model City"; or capitalised words before the kind and place word
# in mixed case: "Shuangyong Model city", "model City".
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<title>(?:(?P<level>national|provincial){_S})?"
    rf"(?:\p{{Lu}}[\p{{L}}-]*{_S}){{0,3}}(?P<kind>(?i:{_KINDS}){_S}(?i:{_PLACES})))"
    r"(?![\p{L}\p{N}'’-])"
)
_PREFILTER = rf"(?i:\b(?:{_KINDS})[ \u00a0]+(?:{_PLACES})\b)"
_SMALL = frozenset(["and", "of"])
# What stands before a word that opens a sentence or a line.
_OPENS = regex.compile(r"(?:^|[.!?:;\"“‘(—–-])[ \u00a0]*$")


def _capitalised(text: str) -> str:
    """`text` with every word but "and" and "of" capitalised."""
    return " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in text.split())


def _mixed(text: str, m: regex.Match[str]) -> bool:
    """Whether the title's words disagree in case: a lower-case level word before capitals,
    or the kind and place words half capitalised (a capital that opens the sentence or a
    heading aside)."""
    kind = [w[:1].isupper() for w in m.group("kind").split() if w.lower() not in _SMALL]
    if m.start("title") == m.start("kind") and _OPENS.search(text, 0, m.start()):
        kind = kind[1:]
    if any(kind) and not all(kind):
        return True
    if m.group("level") is None:
        return False
    return any(w[:1].isupper() for w in m.group("title").split()[1:])


@rule("N220", "half-capitalised-honorary-title", Severity.WARNING, Fix.UNSAFE)
def half_capitalised_honorary_title(ctx: Context) -> pl.DataFrame:
    """A city's, county's or town's honorary title written half in capitals.

    ## What it does
    Finds the titles the state awards to places (National Civilized City, National Sanitary
    City, National Garden City, National Environmental Protection Model City, China's
    Excellent Tourist City, National Historical and Cultural City, National Ecological
    County …) where the words of one title disagree in case: "national" or "provincial" in
    lower case before capitalised words ("a national Environmental Model City"), or the
    title's kind and place word half capitalised ("Shuangyong Model city", "a Garden city",
    "a model City"). A title in lower case throughout ("a national garden city", as
    professional outlets often describe it) or capitalised throughout is left alone, and so
    is a title in quotes.

    ## Why is this bad?
    An honorary title is either named, capitalised throughout ("National Garden City"), or
    described in lower case ("a national garden city"). Half of each reads as a slip and
    leaves the reader unsure whether the award's name is meant.

    ## Example
    ```text
    The city has won the titles of national Environmental Model City and Shuangyong Model
    city.
    ```

    ## Use instead
    ```text
    The city has won the titles of National Environmental Model City and Shuangyong Model
    City.
    ```

    ## Fix safety
    Unsafe: the title is suggested with capitals throughout; a person confirms that the
    award's name is meant, not a description.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if not _mixed(text, m):
            continue
        title = m.group("title")
        fixed = _capitalised(title)
        add_row(
            rows,
            doc,
            base + m.start("title"),
            base + m.end("title"),
            f"“{title}” writes an honorary title half in capitals: “{fixed}” (or all in "
            "lower case as a description)",
            fixed,
        )
    return output(rows)
