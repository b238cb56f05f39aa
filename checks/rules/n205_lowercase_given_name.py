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
# A post after the name, between commas, says that the two words before it are a person's
# name, whatever its language: "led by Nakamura hiroshi, the mayor of …", "he Weidong,
# member of …". Only then is a foreign given name, or a pinyin surname in lower case, read.
_POST_AFTER = regex.compile(
    r"[ \u00a0]*,[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?(?:executive[ \u00a0]+|deputy[ \u00a0]+|vice[ \u00a0-]+)?"
    r"(?i:mayor|governor|secretary|director|chairman|chairwoman|president|member|head|"
    r"minister|ambassador|consul|commissioner|magistrate|chief|party[ \u00a0]+chief)\b"
)
# A pinyin surname in lower case before its capitalised given name: "he Weidong, member of".
_LOWER_SURNAME = regex.compile(
    r"(?<![\p{L}\p{N}'’.-])(\p{Ll}{1,5})[ \u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}'’-])"
)
# wordfreq's Zipf below which a lower-case word after a foreign surname is no English word,
# and above which a capitalised word before it is an everyday English word, no surname.
_FOREIGN_RARE = 2.0
_EVERYDAY = 4.0


@rule("N205", "lowercase-given-name", Severity.WARNING, Fix.SAFE)
def lowercase_given_name(ctx: Context) -> pl.DataFrame:
    """A personal name whose given name (or surname) is not capitalised.

    ## What it does
    Finds a pinyin surname followed by a lower-case word that, capitalised, makes a name the
    glossary lists as a person or the run itself writes capitalised as a name ("Chen qiufa"
    beside the glossary's "Chen Qiufa"), or that is two pinyin syllables and no English word
    ("Gao yufeng"). A lower-case word after a surname that is an English word ("Tan said",
    "Feng shui") is left alone. Where a post follows the name between commas ("…, the mayor
    of …", "…, member of …"), also a foreign name with its given name in lower case
    ("Nakamura hiroshi, the mayor of Hino") and a pinyin surname in lower case before its
    capitalised given name ("he Weidong, member of the Standing Committee"), as a
    suggestion.

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
        found.extend(_named_by_post(text, surnames))
        return found

    # A translation memory repeats its units: each text is read once.
    prefilter += r"|\p{Ll}[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]*,"
    candidates = filter_distinct(ctx.segments, "tgt", pl.col("tgt").str.contains(prefilter))
    return each_distinct(candidates, ("tgt",), lowered)


def _named_by_post(text: str, surnames: frozenset[str] | set[str]) -> list[Found]:
    """Names a post after them marks as names ("…, the mayor of …"): a foreign surname and
    a lower-case given name that is no English word ("Nakamura hiroshi"), and a pinyin
    surname in lower case before a capitalised pinyin given name ("he Weidong")."""
    # Both need the post somewhere in the text: one search settles most texts, where the
    # pairs before it and their words' frequencies were each asked (0.14 s of CPU over the
    # PO bench file's 20,082 distinct texts, against 0.03 s).
    if not _POST_AFTER.search(text):
        return []
    found = []
    for m in _PATTERN.finditer(text):
        surname, given = m.group(1), m.group(2)
        if not _POST_AFTER.match(text, m.end()):
            continue
        if (
            surname in surnames
            or zipf(given) >= _FOREIGN_RARE
            or zipf(surname.lower()) >= _EVERYDAY
        ):
            continue  # a pinyin surname is read above; English words are no names
        proper = f"{surname} {given.capitalize()}"
        message = f"the given name in “{m.group()}” is not capitalised"
        found.append(Found(m.start(), m.end(), message, proper, fix=Fix.UNSAFE))
    for m in _LOWER_SURNAME.finditer(text):
        surname, given = m.group(1), m.group(2)
        if not _POST_AFTER.match(text, m.end()):
            continue
        if surname.capitalize() not in surnames or not _pinyin_given_name(given.lower()):
            continue
        proper = f"{surname.capitalize()} {given}"
        message = f"the surname in “{m.group()}” is not capitalised"
        found.append(Found(m.start(), m.end(), message, proper, fix=Fix.UNSAFE))
    return found
