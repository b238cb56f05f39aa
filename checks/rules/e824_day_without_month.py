"""E824 day-without-month."""

from __future__ import annotations

from bisect import bisect_right

import polars as pl
import regex

from tifa.checks.articles import running_text
from tifa.checks.context import Context
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# A day of the month by its ordinal alone: 1st to 31st.
_DAY = r"(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)"
# The day ends its phrase: punctuation, the end, or "and" before a clause. A noun after
# it makes the ordinal count something else ("on the 16th floor", "on the 3rd day"), and
# "of" or a month after it gives the month ("on the 16th of May", "on 16th May").
_END = r"[ \u00a0]*(?:[,.;:)!?]|$)|[ \u00a0]+and[ \u00a0]+(?!\d)"
# A list or range of days ("on the 10th, 20th and 30th of each month", "on the 1st to
# 5th") names days that recur or a span the sentence goes on to place: not one date.
_MORE_DAYS = rf"(?![ \u00a0]*(?:,|and|or|to|-|–)[ \u00a0]*(?:the{_S})?{_DAY})"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?:(?P<lead>[Oo]n){_S}|(?P<lead>(?i:morning|afternoon|evening"
    rf"|night)){_S}of{_S})(?P<day>(?:the{_S})?{_DAY})(?![\p{{L}}\p{{N}}'’-]){_MORE_DAYS}"
    rf"(?={_END})"
)
# A day that recurs, placed by the rest of its sentence: "on the 10th of each month",
# "on the 1st, every month".
_RECURRING = regex.compile(r"[^.!?]*?(?<![\p{L}])(?:(?:each|every|the|a)[ \u00a0]+month|monthly)\b")
_PREFILTER = r"(?i:\bon|\bof)[ \u00a0]+(?:the[ \u00a0]+)?\d{1,2}(?:st|nd|rd|th)\b"
# A month named earlier in the paragraph: the day then reads as that month's ("From May
# 14 to 18 … on the 16th, a forum opened").
_MONTH = regex.compile(
    r"(?<![\p{L}])(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?![\p{L}])"
)


# A month with a day or a span of days: "May 20", "May 20 to 22", "Sept. 6-8".
_MONTH_DAYS = regex.compile(
    _MONTH.pattern + r"[ \u00a0]+(?P<first>\d{1,2})(?![\d:])"
    r"(?:[ \u00a0]*(?:-|–|to|and|through)[ \u00a0]*(?P<last>\d{1,2})(?![\d:]))?"
)


def _paragraphs(ctx: Context, doc: int) -> tuple[list[int], list[str]]:
    """One document's paragraphs in order: their starts and their texts. Read only for a
    document holding a candidate day, so a run's other paragraphs stay in the table."""
    rows = ctx.corpus.paragraphs.filter(pl.col("doc") == doc).select("start", "text").sort("start")
    return rows.get_column("start").to_list(), rows.get_column("text").to_list()


def _dated_just_before(paragraphs: tuple[list[int], list[str]], at: int, day: int) -> bool:
    """Whether the paragraph before the one holding offset `at` names a month with `day`,
    alone or in a span of days ("from May 20 to 22" before "On the 20th, …")."""
    starts, texts = paragraphs
    i = bisect_right(starts, at) - 1
    if i < 1:
        return False
    for m in _MONTH_DAYS.finditer(texts[i - 1]):
        first = int(m.group("first"))
        last = int(m.group("last")) if m.group("last") else first
        if first <= day <= last:
            return True
    return False


@rule("E824", "day-without-month", Severity.WARNING, Fix.UNSAFE)
def day_without_month(ctx: Context) -> pl.DataFrame:
    """A day of the month named by its ordinal alone, with no month in its paragraph.

    ## What it does
    Finds "on the 16th", "on 16th" or "the afternoon of the 12th" in running text where
    the ordinal ends its phrase (punctuation or "and" after it) and no month is named
    earlier in the paragraph: "On the 16th, the vice mayor inspected …", "arrived on 16th
    and toured …". Left alone: a day with its month ("on the 16th of May", "on 16th May"),
    a day after a month named earlier in the paragraph ("From May 14 to 18 … on the 16th,
    a forum opened") or named with that day in the paragraph just before ("… in Jiangxi
    from May 20 to 22." and then "On the 20th, …"), days that recur or a list of days ("on the 10th, 20th and 30th of
    each month"), an ordinal that counts something else ("on the 16th floor"), and
    headings.

    ## Why is this bad?
    Chinese news names the day alone (16日), the month being the one the report appears
    in. An English reader of a page read months or years later cannot tell which month is
    meant; English news names the date ("on May 16") or says "on Monday".

    ## Example
    ```text
    On the 16th, the vice mayor inspected the flood control works.
    ```

    ## Use instead
    ```text
    On May 16, the vice mayor inspected the flood control works.
    ```

    ## Fix safety
    Unsafe: no fix is offered; only the source or the page's date tells the month.
    """
    rows = new_rows()
    paragraphs: dict[int, tuple[list[int], list[str]]] = {}
    for doc, base, text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _PATTERN):
        if _MONTH.search(text, 0, m.start()) or inside_title(text, m.start(), m.end()):
            continue
        if _RECURRING.match(text, m.end()):
            continue
        day = m.group("day")
        if doc not in paragraphs:
            paragraphs[doc] = _paragraphs(ctx, doc)
        number = int(regex.sub(r"\D", "", day))
        if _dated_just_before(paragraphs[doc], base + m.start(), number):
            continue  # "… from May 20 to 22." then "On the 20th, …": the month is given
        add_row(
            rows,
            doc,
            base + m.start("day"),
            base + m.end("day"),
            f"“{day}”: a day named by its number alone; name the month (“May 16”), as the "
            "reader cannot tell which month is meant",
        )
    return output(rows)
