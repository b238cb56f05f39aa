"""P338 capital-after-semicolon."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.placenames import ENGLISH
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.frequency import zipf
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import pinyin_surnames, split_syllables

# Words that never start a name or a list item's own heading: articles, pronouns and
# prepositions. After "; " with a lower-case word or a number next ("; The output of …",
# "; In 2020 …"), the capital is a sentence start the semicolon no longer allows. Content
# words ("; Railway: …", "; Improve the …") often head items of a semicolon list: left alone.
# "I" is always capital; "The" before a capitalised word may open a title ("; The Hague").
_WORDS = (
    r"The|A|An|This|These|That|Those|It|Its|They|Their|There|We|Our|He|His|She|Her"
    r"|In|At|On|By|For|With|From|Among|After|During|Since|As|And|But|Meanwhile"
)
# The semicolon closes a clause that ends in a word, a number or a bracket: not a list of
# capitalised labels, not an HTML entity ("&amp;"), not a code or a path.
# Any other capitalised word opening a clause of running prose: the semicolon ends a clause
# in a lower-case word (or "etc.") and two lower-case words follow the capital ("…; Hearing
# the report on …", "…, etc.; Consider the adoption of …"), the shape of a sentence, not of a
# list item's label. Names are left alone (a surname, a place, a month or a weekday), and so
# is a list that a colon opened earlier in the sentence ("The tasks: Improve …; Build …").
_CLAUSE = r"(?P<clause>\p{Lu}\p{Ll}+)(?= \p{Ll}+ \p{Ll}+\b)"
_PATTERN = regex.compile(
    rf"(?:(?<=[\p{{Ll}}\d)%])(?<!&\p{{Ll}}+)|(?<=\betc\.)); {{1,2}}"
    rf"(?:(?P<word>{_WORDS}) (?=\p{{Ll}}|\d)|{_CLAUSE})"
)
_PREFILTER = r"(?:[\p{Ll}\d)%]|etc\.); {1,2}\p{Lu}\p{Ll}* [\p{Ll}\d]"
_NAMES = regex.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|China|Chinese"
)
_SENTENCE_START = regex.compile(r"[.!?]\s")
# A wire story's credits, each under its own capital: "(Reporting by …; Additional reporting
# by …; Editing by …)".
_CREDIT = regex.compile(r"(?:Additional\s+)?(?:reporting|writing|editing)\s+by\b", regex.IGNORECASE)


def _a_name(word: str, surnames: frozenset[str]) -> bool:
    """Whether a capitalised word may be a name, which keeps its capital anywhere."""
    if word in surnames or _NAMES.fullmatch(word) is not None or is_place(word):
        return True
    # A word that reads as pinyin and that English does not write is a name, even run
    # together ("; Jinyinqiang is the president of …": a name glued, not a clause).
    return split_syllables(word) is not None and zipf(word) < ENGLISH


def _after_colon(text: str, at: int) -> bool:
    """Whether a colon stands earlier in the sentence: the semicolons divide a list."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, at)]
    return ":" in text[starts[-1] if starts else 0 : at]


@rule("P338", "capital-after-semicolon", Severity.WARNING, Fix.UNSAFE)
def capital_after_semicolon(ctx: Context) -> pl.DataFrame:
    """A clause after a semicolon that still starts with a capital letter.

    ## What it does
    Finds a semicolon in running text followed by a capitalised article, pronoun or
    preposition and then a lower-case word or a number ("…; The output rose", "…; In 2020
    the city …"). Another capitalised word is matched where it opens a clause of running
    prose: the semicolon follows a word in lower case (or "etc.") and two words in lower case
    follow the capital ("…; Hearing the report on …", "…, etc.; Consider the adoption of …").
    The items of a list are left alone: a list that a colon opened earlier in the sentence
    ("The tasks: Improve …; Build …"), labels ("Highway: …; Railway: …"), "I", a capitalised
    word after "The" ("; The Hague"), names (a surname, a place, a month or a weekday), and
    a wire story's credits ("(Reporting by …; Additional reporting by …; Editing by …)").

    ## Why is this bad?
    A semicolon joins two clauses of one sentence: the second starts in lower case. The
    capital shows a full stop turned into a semicolon, or a Chinese "；" carried over.

    ## Example
    ```text
    Exports rose by 8%; The output of the port reached 60 million tonnes.
    ```

    ## Use instead
    ```text
    Exports rose by 8%; the output of the port reached 60 million tonnes.
    ```

    ## Fix safety
    Unsafe: the word in lower case is suggested, though a full stop in place of the
    semicolon may be what the writer meant.
    """
    rows = new_rows()
    surnames = pinyin_surnames()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        word = m.group("word") or m.group("clause")
        if m.group("clause") and (_a_name(word, surnames) or _after_colon(text, m.start("clause"))):
            continue
        if _CREDIT.match(text, m.start("clause") if m.group("clause") else m.start("word")):
            continue
        start = base + m.start("word" if m.group("word") else "clause")
        message = f"“{word}” capitalised after a semicolon"
        add_row(rows, doc, start, start + len(word), message, word.lower())
    return output(rows)
