"""N205 lowercase-given-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import Found, each_distinct, filter_distinct
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity
from tifa.checks.rules.n201_name_variant import person_names
from tifa.glossary.frequency import zipf
from tifa.glossary.names import pinyin_surnames, split_syllables

# A lower-case word that is no English word (rarer than Zipf 2.5: "yufeng" 1.1, while
# "shui", "chi" and "yang" are 3 or more) and reads as exactly two pinyin syllables is a given
# name even when no one writes it capitalised: one-syllable words ("Feng shui", "Tai chi")
# are too often loanwords to read.
_RARE_IN_ENGLISH = 2.5


def _pinyin_given_name(word: str) -> bool:
    syllables = split_syllables(word)
    return syllables is not None and len(syllables) == 2 and zipf(word) < _RARE_IN_ENGLISH


_PATTERN = regex.compile(r"(?<!\p{L})(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Ll}{2,})(?!\p{L})")


@rule("N205", "lowercase-given-name", Severity.WARNING, Fix.SAFE)
def lowercase_given_name(ctx: Context) -> pl.DataFrame:
    """A personal name whose given name is not capitalised.

    ## What it does
    Finds a pinyin surname followed by a lower-case word that, capitalised, makes a name the
    glossary lists as a person or the run itself writes capitalised as a name ("Chen qiufa"
    beside the glossary's "Chen Qiufa"), or that is two pinyin syllables and no English word
    ("Gao yufeng"). A lower-case word after a surname that is an English word ("Tan said",
    "Feng shui") is left alone.

    ## Why is this bad?
    In English both parts of a Chinese name are capitalised; a lower-case given name looks
    like a typo in the one place readers check most carefully.

    ## Example
    ```text
    Chen qiufa, secretary of the Provincial Party Committee, attended the meeting.
    ```

    ## Use instead
    ```text
    Chen Qiufa, secretary of the Provincial Party Committee, attended the meeting.
    ```

    ## Fix safety
    Safe: only the first letter of the given name changes case, and only for a name the
    glossary or the run confirms; a name read from its form alone is a suggestion.
    """
    known = {t.en for t in ctx.glossary.active() if t.kind == "person"}
    surnames = pinyin_surnames()
    prefilter = r"\p{Lu}\p{Ll}+[ \u00a0]+\p{Ll}{2,}"
    names: set[str] | None = None  # the run's own names: only read when needed

    def lowered(text: str) -> list[Found]:
        nonlocal names
        found = []
        for m in _PATTERN.finditer(text):
            surname, given = m.group(1), m.group(2)
            if surname not in surnames:
                continue
            proper = f"{surname} {given.capitalize()}"
            fix = None
            if proper not in known:
                if names is None:
                    names = set(person_names(ctx))
                if proper not in names:
                    if not _pinyin_given_name(given):
                        continue
                    fix = Fix.UNSAFE  # a name by its form alone: the capital is only suggested
            message = f"the given name in “{m.group()}” is not capitalised"
            found.append(Found(m.start(), m.end(), message, proper, fix=fix))
        return found

    # A translation memory repeats its units: each text is read once.
    candidates = filter_distinct(ctx.segments, "tgt", pl.col("tgt").str.contains(prefilter))
    return each_distinct(candidates, ("tgt",), lowered)
