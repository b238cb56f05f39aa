"""E811 present-perfect-by-date."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# A date in a year, opening the sentence: "By 2008,", "Till the end of June 2019,", "Up to
# the end of 2017,". "As of" and "Since" are left alone: they count up to now, and the
# present perfect is right after them.
_DATE = (
    rf"(?:By|Till|Until|Up to|Up till|Up until)(?: the end of| the end-of| late| early)?"
    rf"(?: {_MONTH}(?: \d{{1,2}})?,?)? (?:19|20)\d\d"
)
_PATTERN = regex.compile(
    rf"(?:^|(?<=[.!?]\s+)|(?<=\n\s*))(?P<date>{_DATE}),\s+"
    r"(?P<subject>[^,;:.!?\n()\"“”]{1,80}?)\s(?P<verb>has|have)(?![\p{L}'’-])"
    r"(?:\s+(?:also|already|basically|altogether|successively|\p{Ll}+ly))*"
    r"(?:\s+(?P<next>[\p{L}-]+)(?:\s+(?P<after>[\p{L}-]+))?)?",
    regex.MULTILINE,
)
_PREFILTER = (
    r"(?:By|Till|Until|Up to|Up till|Up until)[^,.\n]{0,30}\b(?:19|20)\d\d, [^.\n]*\b(?:has|have)\b"
)
# A subject holding one of these words is a clause of its own ("By 2020, when the city
# has…"), or the verb is part of a future or an infinitive ("the city will have", "aims to
# have").
_NOT_A_SUBJECT_WORDS = (
    "that which who whom whose when where if whether as since because once after before "
    "while although though will would shall should may might must can could to not"
)
_NOT_A_SUBJECT = frozenset(_NOT_A_SUBJECT_WORDS.split())
# Verbs of intent after "has": the date belongs to what is intended ("By 2030, China has
# pledged to peak emissions"), and the present perfect is right. So is "set" (a goal),
# but not "set up".
_INTENT_WORDS = (
    "pledged vowed promised planned aimed committed decided proposed targeted resolved "
    "announced said called required asked urged ordered approved determined issued "
    "unveiled released launched stated pointed stressed expected projected estimated "
    "predicted forecast agreed undertaken sought to"
)
_INTENT = frozenset(_INTENT_WORDS.split())


@rule("E811", "present-perfect-by-date", Severity.WARNING, Fix.UNSAFE)
def present_perfect_by_date(ctx: Context) -> pl.DataFrame:
    """The present perfect after "By" a date in a year ("By 2008, the city has signed").

    ## What it does
    Finds a sentence that opens with "By", "Till", "Until" or "Up to" and a date in a year
    ("By 2008,", "Till the end of June 2019,", "Up to the end of 2017,") whose subject then
    takes "has" or "have". The date closes the period counted, so the verb looks back from
    it: "had" for a date past, "will have" for one to come; the present perfect looks back
    from now. Sentences opening with "As of" or "Since" are left alone (they count up to
    now), as are a subject that is a clause of its own ("By 2020, when the city has…"), a
    future or an infinitive ("will have", "aims to have") and a verb of intent ("By 2030,
    China has pledged to…": the date belongs to what is pledged).

    ## Why is this bad?
    The tense contradicts the date: the reader cannot tell whether the figure is the one
    reached then or the one standing now. It is the mark of 截至…年 rendered word for word.

    ## Example
    ```text
    By 2008, the city has signed agreements with 67 cities.
    ```

    ## Use instead
    ```text
    By 2008, the city had signed agreements with 67 cities.
    ```

    ## Fix safety
    Unsafe: "had" is suggested; for a date still to come "will have" is right instead.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        words = m.group("subject").lower().split()
        if not words or any(w in _NOT_A_SUBJECT for w in words):
            continue
        following = (m.group("next") or "").lower()
        if following in _INTENT or (following == "set" and m.group("after") != "up"):
            continue
        verb = m.group("verb")
        message = (
            f"“{m.group('date')}, … {verb}”: the date closes the time counted; "
            "“had” for a date past, “will have” for one to come"
        )
        add_row(rows, doc, base + m.start("verb"), base + m.end("verb"), message, "had")
    return output(rows)
