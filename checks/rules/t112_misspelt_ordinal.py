"""T112 misspelt-ordinal."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
_EDGE_L = r"(?<![\p{L}\p{N}'’-])"
_EDGE_R = r"(?![\p{L}\p{N}'’-])"
# Spellings that are no English word, and the word meant.
MISSPELT = {
    "fiveth": "fifth",
    "nineth": "ninth",
    "twelveth": "twelfth",
    "fourty": "forty",
    "fourtieth": "fortieth",
}
# Nouns an ordinal numbers in this register: "the fourth session", "forth plenary".
_NUMBERED = r"(?i:sessions?|plenary|plenums?|meetings?|committees?|congress(?:es)?|terms?)"
_PATTERN = regex.compile(
    rf"{_EDGE_L}(?P<word>(?i:{'|'.join(MISSPELT)})){_EDGE_R}"
    # "forth" is an adverb ("put forth", "and so forth"), never after "the" or "of" and
    # never before a numbered noun: there it is the ordinal.
    rf"|(?<=(?<![\p{{L}}])(?i:the|of){_S})(?<!Firth{_S}of{_S})(?P<forth>[Ff]orth){_EDGE_R}"
    rf"(?!{_S}(?i:bridge|river|valley))"
    rf"|{_EDGE_L}(?P<forth2>[Ff]orth)(?={_S}{_NUMBERED}{_EDGE_R})"
    # An ordinal in figures: its suffix follows from its last two digits ("42nd", "11th").
    # Not after a separator or a point ("1,001st" is read whole elsewhere, "2.5th" is no
    # ordinal) nor inside a code ("G20th").
    r"|(?<![\p{L}\p{N}.,'’-])(?P<digits>\d+)(?P<suffix>(?i:st|nd|rd|th))(?![\p{L}\p{N}])"
    # The same suffix split from its figure by a space ("the 100 th anniversary", "the 21 st
    # century"): in lower case and the suffix the figure takes, so that no word is meant.
    r"|(?<![\p{L}\p{N}.,'’-])(?P<split_digits>\d+)(?P<split>[ \u00a0](?:st|nd|rd|th))"
    r"(?![\p{L}\p{N}'’-])"
)
_PREFILTER = (
    r"(?i)forth|fiveth|nineth|twelveth|fourt(?:y|ieth)|\d(?:st|nd|rd|th)"
    r"|\d[ \u00a0](?-i:st|nd|rd|th)(?:[^\p{L}\p{N}]|$)"
)


def ordinal_suffix(number: int) -> str:
    """The suffix English writes after `number` as an ordinal: 1st, 2nd, 3rd, 11th, 42nd."""
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


@rule("T112", "misspelt-ordinal", Severity.WARNING, Fix.SAFE)
def misspelt_ordinal(ctx: Context) -> pl.DataFrame:
    """An ordinal or number word misspelt: "forth" for fourth, "nineth", "fourty", "42th".

    ## What it does
    Finds "fiveth", "nineth", "twelveth", "fourty" and "fourtieth", which are no English
    words, and "forth" where it can only be the ordinal: after "the" or "of" ("Third
    Session of Forth Municipal Committee") or before a session, plenary, meeting,
    committee, congress or term. The adverb ("put forth", "and so forth", "back and
    forth") and the Forth in Scotland ("the Forth Bridge", "the Firth of Forth") are
    left alone. Also an ordinal in figures with the wrong suffix ("42th", "21th", "3th",
    "11st"), whose right suffix follows from its last two digits, and the right suffix split
    from its figure by a space ("the 100 th anniversary").

    ## Why is this bad?
    Ordinals number the sessions and terms of Party and state bodies; a misspelt one in a
    body's name or a meeting's title reads as careless and is hard to search for.

    ## Example
    ```text
    the third session of the Forth Municipal Committee of the CPPCC opened.
    ```

    ## Use instead
    ```text
    the third session of the Fourth Municipal Committee of the CPPCC opened.
    ```

    ## Fix safety
    Safe for the words that are no English word: the ordinal is respelt in place, keeping
    its capital; safe for a figure's suffix, which is replaced alone. Unsafe for "forth",
    which a person confirms.
    """
    rows = new_rows()
    # Which figures' suffixes are wrong reads only the match: asked once per distinct text
    # (`keep`), not on each row repeating it (about 10,000 rows of the bench file).
    for doc, base, _text, m in prose_matches(
        ctx.segments, "tgt", _PREFILTER, _PATTERN, keep=lambda _text, m: _slipped(m)
    ):
        found = m.group()
        if m.group("split_digits"):
            suffix = m.group("split")[1:]
            start = base + m.start("split")
            message = (
                f"the suffix of “{found}” split from its figure: {m.group('split_digits')}{suffix}"
            )
            add_row(rows, doc, start, start + 1 + len(suffix), message, suffix)
            continue
        if m.group("digits"):
            suffix = m.group("suffix")
            right_suffix = ordinal_suffix(int(m.group("digits")))
            right_suffix = right_suffix.upper() if suffix.isupper() else right_suffix
            start = base + m.start("suffix")
            message = f"“{found}” takes “{right_suffix}”: {m.group('digits')}{right_suffix}"
            add_row(rows, doc, start, start + len(suffix), message, right_suffix)
            continue
        if m.group("word"):
            right = MISSPELT[found.lower()]
            fix = None
        else:
            right, fix = "fourth", Fix.UNSAFE
        if found.isupper() and len(found) > 1:
            right = right.upper()
        elif found[:1].isupper():
            right = right[:1].upper() + right[1:]
        message = f"“{found}” is the ordinal “{right}” misspelt"
        add_row(rows, doc, base + m.start(), base + m.end(), message, right, fix=fix)
    return output(rows)


def _slipped(m: regex.Match[str]) -> bool:
    """Whether a match is a slip: a suffix split from its figure is the figure's own, a
    figure's suffix is not its own; a misspelt word always is."""
    if m.group("split_digits"):
        return m.group("split")[1:] == ordinal_suffix(int(m.group("split_digits")))
    if m.group("digits"):
        return m.group("suffix").lower() != ordinal_suffix(int(m.group("digits")))
    return True
