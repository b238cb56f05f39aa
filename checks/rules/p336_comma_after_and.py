"""P336 comma-after-and."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.names import pinyin_surnames

# "and," then a person's name (a pinyin surname, then a capitalised given name) closing a
# list of people: "…; and, Wang Cheng, deputy secretary". A comma after "and" that opens an
# aside ("and, in 2023, …", "and, as Xi said, …") is not followed by a name, and a name
# followed by a verb is the subject of an aside ("and, Wang Yi said, …").
_PATTERN = regex.compile(
    r"(?<![\p{L}])and(?P<comma>,)[ \u00a0]+(?P<surname>\p{Lu}\p{Ll}+)[ \u00a0]+\p{Lu}\p{Ll}+(?!\p{L}|[ \u00a0]+\p{Ll})"
)
_PREFILTER = r"\band,[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}\p{Ll}"
# "and," before the "other" that closes a list of people or bodies: "…, deputy secretary;
# and, other leaders". "Other than" opens an aside ("and, other than Li, …") and is left alone.
_OTHERS = regex.compile(
    r"(?<![\p{L}])and(?P<comma>,)[ \u00a0]+(?:the[ \u00a0]+|all[ \u00a0]+)?other[ \u00a0]+"
    r"(?!than\b)\p{Ll}"
)
_OTHERS_PREFILTER = r"\band,[ \u00a0]+(?:the[ \u00a0]+|all[ \u00a0]+)?other[ \u00a0]+\p{Ll}"
# "; and," before the last item of a series set off by semicolons: a verb of a list of tasks,
# the "persons in charge" closing a list of people, a body's name, a number that opens the
# item ("…; promote reform; and, achieve …", "; and, Greenfield Group chairman …", "; and,
# 5. …"). The 、 of the Chinese series carried over after "and". An aside after "and" is
# left alone: one opened by a preposition, a conjunction or an adverb ("; and, where needed,
# the city will …", "; and, finally, …"), or closed by a verb of saying ("; and, Li Hua said,
# …"), each closed by its second comma within a few words.
_LAST_ITEM = regex.compile(r"(?<=;[ \u00a0]*)and(?P<comma>,)[ \u00a0]+(?=[\p{L}\p{N}])")
_ASIDE_OPENERS = frozenset(
    (
        "where", "when", "whenever", "while", "if", "unless", "as", "although", "though",
        "because", "since", "after", "before", "until", "once", "in", "at", "on", "for", "with",
        "without", "by", "through", "under", "over", "during", "among", "amid", "above", "below",
        "of", "more", "most", "last", "finally", "moreover", "furthermore", "besides", "meanwhile",
        "therefore", "thus", "hence", "to", "according", "what", "also", "again", "indeed",
        "however", "even", "not", "just", "instead", "accordingly", "consequently", "overall",
        "together", "like", "unlike", "despite", "following", "given",
    )
)  # fmt: skip
_SAYING = regex.compile(
    r"(?:said|says|noted|notes|added|adds|stressed|stresses|explained|stated|emphasi[sz]ed"
    r"|believes|believed|pointed out|recalled|announced)$"
)
_FIRST_WORD = regex.compile(r"[\p{L}\p{N}]+")
# How many words an aside runs before its closing comma.
_ASIDE_WORDS = 8


def _not_an_aside(text: str, m: regex.Match[str]) -> bool:
    """Whether the words after "; and," are the last item, not an aside closed by a comma."""
    rest = text[m.end() :]
    clause = regex.split(r"[;.!?](?:\s|$)", rest, maxsplit=1)[0]
    if "," not in clause:
        return True
    aside = clause[: clause.index(",")].strip()
    if len(aside.split()) > _ASIDE_WORDS:
        return True
    first = _FIRST_WORD.match(rest)
    word = first.group().lower() if first else ""
    if word in _ASIDE_OPENERS or (word.endswith("ly") and len(aside.split()) == 1):
        return False
    return _SAYING.search(aside) is None


_LAST_ITEM_PREFILTER = r";[ \u00a0]*and,[ \u00a0]+[\p{L}\p{N}]"


@rule("P336", "comma-after-and", Severity.WARNING, Fix.SAFE)
def comma_after_and(ctx: Context) -> pl.DataFrame:
    """A comma after the "and" that joins the last person to a list, or the last item of a series after a semicolon.

    ## What it does
    Finds "and," directly followed by a person's name in pinyin (a common surname, then a
    capitalised given name) that is not the subject of a verb: "Li Qiang; and, Wang Cheng,
    deputy secretary …". An aside after "and" ("and, in 2023, …", "and, Wang Yi said, …")
    is left alone. Likewise "and," before the "other" that closes the list ("…; and, other
    leaders"); not "and, other than …", an aside. Likewise "; and," before the last item of
    a series set off by semicolons, whatever opens it ("…; make big breakthroughs; and,
    achieve …", "…, vice mayor; and, persons in charge of the bureaus, attended", "; and,
    Greenfield Group chairman …", "; and, 5. …"), unless it is an aside closed by a second
    comma within a few words: one opened by a preposition, a conjunction or an adverb ("; and,
    where needed, …", "; and, finally, …") or closed by a verb of saying ("; and, Li Hua
    said, …").

    ## Why is this bad?
    The comma cuts "and" off from the name it joins to the list; the reader looks for an
    aside that never comes. It is a trace of the Chinese enumeration comma 、 carried over.

    ## Example
    ```text
    attended by Li Hua, mayor; and, Wang Cheng, deputy mayor.
    ```

    ## Use instead
    ```text
    attended by Li Hua, mayor; and Wang Cheng, deputy mayor.
    ```

    ## Fix safety
    Safe: the comma alone is removed; "and" and the name stay as they are.
    """
    rows = new_rows()
    # One comma, one finding: "; and, other leaders" is both the "other" that closes a list
    # and the last item of a series; the more specific reason, found first, is the one given.
    reported: set[tuple[int, int]] = set()

    def report(doc: int, start: int, message: str) -> None:
        if (doc, start) not in reported:
            reported.add((doc, start))
            add_row(rows, doc, start, start + 1, message, "")

    surnames = pinyin_surnames()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("surname") not in surnames:
            continue
        report(doc, base + m.start("comma"), "a comma after “and” before a name")
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _OTHERS_PREFILTER, _OTHERS):
        report(doc, base + m.start("comma"), "a comma after “and” before “other”")
    items = prose_matches(ctx.segments, "tgt", _LAST_ITEM_PREFILTER, _LAST_ITEM, _not_an_aside)
    for doc, base, _text, m in items:
        message = "a comma after the “and” that joins the last item of a series"
        report(doc, base + m.start("comma"), message)
    return output(rows)
