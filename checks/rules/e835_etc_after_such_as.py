"""E835 etc-after-such-as."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import running_text
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# The words that close a list as unfinished (等): "etc.", "and so on", "and so forth".
_ETC = rf"(?:,?{_S}etc\b\.?+|,?{_S}and{_S}so{_S}(?:on|forth)\b)"
# A list opened by "such as" or "including" already says it names only some: an "etc." that
# closes it in the same sentence says so twice. The list runs to the "etc." without a stop,
# a colon, a semicolon or a bracket (a stop inside "Co., Ltd." ends the search: a miss, not
# a false alarm), and ends with it: punctuation, a lower-case word or the paragraph's end
# follows, or the next sentence after the stop "etc." shares with it. The legal "including
# but not limited to …, etc." of a site's copyright notice is boilerplate, left alone.
_AFTER_SUCH_AS = regex.compile(
    rf"(?<![\p{{L}}-])(?i:such{_S}as|including(?!{_S}but{_S}not)){_S}"
    rf"[^.;:!?()\n]{{1,200}}?(?P<etc>{_ETC})"
    rf"(?=[ \u00a0]*(?:[.,;:)!?]|$|\n)|{_S}\p{{Ll}}|(?<=\.){_S}\p{{Lu}})"
)
# 等 after the names of those who attended: "Chen Yang, Wang Li and so on attended the
# meeting". "and so on" and "etc." close a list of things; people are "and others".
_BEFORE_ATTENDED = regex.compile(
    rf"(?<=\p{{L}})(?P<etc>{_ETC}){_S}(?:also{_S})?"
    rf"(?:attended|were{_S}present|was{_S}present|were{_S}also{_S}present|participated"
    rf"|took{_S}part|were{_S}in{_S}attendance)(?![\p{{L}}-])"
)
_PREFILTER = r"(?i)\b(?:etc\b|and[ \u00a0]+so[ \u00a0]+(?:on|forth)\b)"


@rule("E835", "etc-after-such-as", Severity.WARNING, Fix.UNSAFE)
def etc_after_such_as(ctx: Context) -> pl.DataFrame:
    """An "etc." or "and so on" closing a list that "such as" or "including" opened.

    ## What it does
    Finds, in running text, "etc.", "and so on" or "and so forth" at the end of a list that
    "such as" or "including" opened in the same sentence ("in fields such as trade, culture
    and education and so on", "products including tea, silk, etc."), and "and so on" or
    "etc." after a list of people before "attended" or "were present" ("Li Ming, Zhou Hua
    and so on attended the meeting"). Left alone: an "etc." after a list with no "such as"
    ("tea, silk, etc."), a list in another sentence, and headings.

    ## Why is this bad?
    Chinese closes a list with 等 even after 如 or 包括; in English "such as" and "including"
    already say the list names only some, so the "etc." says it twice, and style guides
    (Chicago, the Economist) strike it. "And so on" and "etc." close a list of things: after
    the names of officials they read as a careless translation ("and others").

    ## Example
    ```text
    The two cities cooperate in fields such as trade, culture and education and so on.
    Li Ming, Zhou Hua, Wang Jie and so on attended the meeting.
    ```

    ## Use instead
    ```text
    The two cities cooperate in fields such as trade, culture and education.
    Li Ming, Zhou Hua, Wang Jie and others attended the meeting.
    ```

    ## Fix safety
    Unsafe: dropping the words is suggested for a list after "such as"; the list of people
    wants a person's rewording.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _AFTER_SUCH_AS):
        words = m.group("etc").strip(" \u00a0,")
        opener = "such as" if m.group()[:4].lower() == "such" else "including"
        add_row(
            rows,
            doc,
            base + m.start("etc"),
            base + m.end("etc"),
            f"“{words}” after a list that “{opener}” opened: “{opener}” already says the "
            "list names only some; drop it",
            "",
        )
    for doc, base, _text, m in prose_matches(
        running_text(ctx), "tgt", _PREFILTER, _BEFORE_ATTENDED
    ):
        words = m.group("etc").strip(" \u00a0,")
        add_row(
            rows,
            doc,
            base + m.start("etc"),
            base + m.end("etc"),
            f"“{words}” closes a list of things, not of people: “and others”, or name them all",
            " and others",
        )
    return output(rows)
