"""E821 first-person-in-news."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output

# The places and bodies a local news site calls "our" (本市, 我省, 我国, 我区 …).
_PLACE_NOUN = r"city|province|country|district|county|region|municipality|prefecture|town|township"
_PREFILTER = rf"(?i)\bour[ \u00a0]+(?:{_PLACE_NOUN})\b"
_OUR = regex.compile(
    rf"(?<![\p{{L}}'’-])(?i:our)[ \u00a0]+(?P<noun>(?i:{_PLACE_NOUN}))(?![\p{{L}}'’-])"
)
# A first-person voice anywhere in the page outside quotation marks: a speech, a work report
# ("I now present to you …", "we stuck to …"), a meeting's resolutions ("We must …") or an
# interview speaks as "we" and may say "our city". Upper-case "US" is the country.
_FIRST_PERSON = regex.compile(
    r"(?<![\p{L}'’-])(?:[Ww]e|us|[Mm]y|I(?=[ \u00a0]+\p{Ll}))(?![\p{L}'’-])"
)
# Quoted words: curly or straight double quotes; a quote that does not close in its paragraph
# runs to the paragraph's end (a quotation over several paragraphs).
_QUOTED = regex.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


@rule("E821", "first-person-in-news", Severity.WARNING, Fix.UNSAFE)
def first_person_in_news(ctx: Context) -> pl.DataFrame:
    """A place called "our city" or "our province" in third-person news copy.

    ## What it does
    Finds "our city", "our province", "our country", "our district", "our county" (and
    region, municipality, prefecture, town, township) outside quotation marks in a page that
    nowhere else speaks in the first person: no "we", "us", "my" or "I" outside quotation
    marks. A speech, a government work report, a meeting's resolutions and an interview
    speak as "we" and are left alone, and so is anything quoted.

    ## Why is this bad?
    Chinese local news writes 我市 and 我省 ("our city", "our province") in its own voice;
    English news is written in the third person, and a foreign reader asks whose city is
    meant. Official English names the place or writes "the city".

    ## Example
    ```text
    In the first half of the year, exports of our city grew by 8 percent.
    ```

    ## Use instead
    ```text
    In the first half of the year, exports of the city grew by 8 percent.
    ```

    ## Fix safety
    Unsafe: "the city" is suggested; naming the place may read better, and a person
    chooses.
    """
    rows = new_rows()
    paragraphs = ctx.corpus.paragraphs
    wanted = paragraphs.filter(pl.col("text").str.contains(_PREFILTER))
    if wanted.is_empty():
        return output(rows)
    docs = wanted["doc"].unique().to_list()
    pages = paragraphs.filter(pl.col("doc").is_in(docs)).sort("doc", "start")
    voiced: set[int] = set()
    for doc, text in zip(pages["doc"].to_list(), pages["text"].to_list(), strict=True):
        if doc not in voiced and _FIRST_PERSON.search(_QUOTED.sub(_blank, text)):
            voiced.add(doc)
    for doc, base, text in zip(
        wanted["doc"].to_list(), wanted["start"].to_list(), wanted["text"].to_list(), strict=True
    ):
        if doc in voiced:
            continue
        bare = _QUOTED.sub(_blank, text)
        for m in _OUR.finditer(bare):
            noun = m.group("noun")
            add_row(
                rows,
                doc,
                base + m.start(),
                base + m.end(),
                f"“{text[m.start() : m.end()]}” speaks in the first person in news copy:"
                f" name the {noun.lower()} or write “the {noun.lower()}”",
                ("The " if text[m.start()] == "O" else "the ") + noun,
            )
    return output(rows)


def _blank(m: regex.Match[str]) -> str:
    """The quoted span blanked out, its length kept so that offsets stay right."""
    return " " * len(m.group())
