"""N225 given-name-not-pinyin."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.frequency import zipf
from tifa.glossary.names import pinyin_surnames, split_syllables

# A capitalised word and a capitalised word of four to ten letters after it, neither joined
# to a hyphen, an apostrophe or a figure, and no capitalised word after: a Vietnamese or
# Singaporean name of three words ("Dang Minh Khoi", "Tan See Leng") and a name inside a
# longer run of capitals ("Sun Yatsen University") are no pinyin surname and given name.
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<surname>\p{Lu}\p{Ll}+)[ \u00a0](?P<given>\p{Lu}\p{Ll}{3,9})"
    r"(?![\p{L}\p{N}'’-]|[ \u00a0]\p{Lu})"
)
_PREFILTER = r"\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}{3,9}\b"
# A given name as common in English as this (Zipf) is an English word after a surname-like
# word ("Long March", "Xi Focus", "Hong Kong Commerce"), not a name.
ENGLISH = 2.5
# A given name has one or two syllables: a slip that mends into more is no slip of a name.
MOST_SYLLABLES = 2


def _mended(given: str, parsed: bool) -> str | None:
    """The pinyin given name `given` reads as, by the slips that leave no doubt: two
    letters side by side swapped ("Lanxinag" for Lanxiang, "Jinaguo" for Jianguo) and ü
    typed as v ("Lvping" for Lüping); and, in a word that is pinyin only as three syllables
    or more (`parsed`), a letter too many ("Xiyuang" for Xiyuan). A mending into one or two
    syllables only; the first found wins. A word that is no pinyin at all is not mended by a
    letter dropped, added or changed: a Tibetan, Mongolian or foreign name ("Dalha") is one
    such step from some pinyin."""
    low = given.lower()
    if "v" in low:
        return _with_umlaut(given) if _name_syllables(low.replace("v", "u")) else None
    for i in range(len(low) - 1):
        swapped = low[:i] + low[i + 1] + low[i] + low[i + 2 :]
        if low[i] != low[i + 1] and _name_syllables(swapped):
            return swapped.capitalize()
    for i in range(len(low) if parsed else 0):
        if _name_syllables(shorter := low[:i] + low[i + 1 :]):
            return shorter.capitalize()
    return None


def _with_umlaut(given: str) -> str:
    """`given` with each v written ü, as pinyin writes lü and nü in English."""
    return given.replace("v", "ü").replace("V", "Ü")


def _name_syllables(word: str | tuple[str, ...] | None) -> bool:
    """Whether `word` (lower case, or its syllables) is pinyin of one or two syllables."""
    found = split_syllables(word) if isinstance(word, str) else word
    return found is not None and len(found) <= MOST_SYLLABLES


@rule("N225", "given-name-not-pinyin", Severity.WARNING, Fix.UNSAFE)
def given_name_not_pinyin(ctx: Context) -> pl.DataFrame:
    """A Chinese given name that is no pinyin name, by two letters swapped or ü typed v.

    ## What it does
    Finds a common pinyin surname followed by a capitalised word that is no pinyin of one
    or two syllables, is no English word, and becomes a pinyin given name of one or two
    syllables when two letters side by side are swapped back ("Huang Lanxinag": Lanxiang;
    "Liu Jinaguo", pinyin only as three syllables: Jianguo) or its v is written ü ("Chen
    Lvping": Lüping); a word that is pinyin only as three syllables or more also when a
    letter too many is dropped ("Zheng Xiyuang"). Names of three words ("Dang Minh Khoi"),
    hyphenated names ("Ma Ying-jeou"), English words after a surname-like word ("Long
    March") and names that are a letter added, dropped or changed away from pinyin (a
    Tibetan "Dalha", a Cantonese "Kashing") are left alone.

    ## Why is this bad?
    A misspelt name is the slip readers notice first, and an official's name misspelt in a
    list of leaders is an embarrassment the page cannot take back. Pinyin has no "nag" and
    no "lv": a given name that is no pinyin is a typing slip.

    ## Example
    ```text
    Provincial leaders Zhao Lin, Huang Lanxinag and Wu Fang attended the meeting.
    ```

    ## Use instead
    ```text
    Provincial leaders Zhao Lin, Huang Lanxiang and Wu Fang attended the meeting.
    ```

    ## Fix safety
    Unsafe: the mended name is a guess at the person's name, which only the source or
    the person's own page can confirm.
    """
    rows = new_rows()
    surnames = pinyin_surnames()

    def mending(m: regex.Match[str]) -> str | None:
        """The pinyin name a match's given name is a slip for, if it is one."""
        given = m.group("given")
        if (
            m.group("surname") not in surnames
            or _name_syllables(parsed := split_syllables(given.replace("ü", "u")))
            or zipf(given) >= ENGLISH
        ):
            return None
        return _mended(given, parsed is not None)

    # The test reads only the match: asked once per distinct text (`keep`), not on each of
    # the rows repeating it (60,000 rows of the bench file, where no match is kept).
    found = prose_matches(
        ctx.segments, "tgt", _PREFILTER, _PATTERN, keep=lambda _text, m: mending(m) is not None
    )
    for doc, base, _text, m in found:
        surname, given, mended = m.group("surname"), m.group("given"), mending(m)
        message = (
            f"“{given}” in “{m.group()}” is no pinyin given name: a slip for “{surname} {mended}”?"
        )
        add_row(rows, doc, base + m.start("given"), base + m.end(), message, mended)
    return output(rows)
