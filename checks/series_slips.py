"""Slips of a series for E801 (`wording`): a list of people's names with no "and" before
the last.

Chinese lists names with the enumeration comma and no conjunction (吴建辉、王兴南、方东出席);
English joins the last two with "and": "Wu Jianhui, Wang Xingnan and Fang Dong attended".
Only three or more names, each a pinyin surname and given name, the last followed by a word
in lower case (the verb), so that a name and its title ("Li Ming, Deputy Secretary of") and
a list closed by "and" or a comma are left alone.
"""

from __future__ import annotations

import regex

from tifa.checks.grammar_slips import Keep, Mend
from tifa.glossary.names import pinyin_surnames, split_syllables

_S = r"[ \u00a0]"
_NAME = r"\p{Lu}\p{Ll}+" + _S + r"\p{Lu}\p{Ll}+(?:-?\p{Ll}+)?"
# The last two names of a series of three or more, the verb after them.
_SERIES = regex.compile(
    rf"(?<=(?<![\p{{L}}'’-]){_NAME},{_S}+)(?P<prev>{_NAME}),{_S}+(?P<last>{_NAME})"
    rf"(?={_S}+(?!(?:and|or|et|as|of|from|in|at)(?![\p{{L}}'’-]))\p{{Ll}}+(?![\p{{L}}'’-]))"
)
_NAME_IN = regex.compile(rf"(?<![\p{{L}}'’-]){_NAME}(?![\p{{L}}'’-])")


def _is_pinyin_name(name: str) -> bool:
    """ "Fang Dong", "Zhou Wei-wan": a pinyin surname and a pinyin given name."""
    surname, given = regex.split(r"[ \u00a0]", name, maxsplit=1)
    if surname not in pinyin_surnames():
        return False
    return split_syllables(given.replace("-", "")) is not None


def _not_names(m: regex.Match[str]) -> bool:
    """Not a slip: the three names before the verb are not all pinyin names ("Women's Federations,
    Gao Lirong, Vice Mayor")."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    earlier = _NAME_IN.findall(before)
    names = [earlier[-1]] if earlier else []
    names += [m.group("prev"), m.group("last")]
    return len(names) < 3 or not all(_is_pinyin_name(n) for n in names)


def _with_and(text: str) -> str:
    """ "Jiang Lin, Fang Dong" → "Jiang Lin and Fang Dong"."""
    return regex.sub(r",[ \u00a0]+", " and ", text, count=1)


SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        _SERIES,
        "a series of names takes “and” before the last: “Wu Jian, Wang Nan and Fang Dong "
        "attended” (吴建、王楠、方东出席)",
        _with_and,
        _not_names,
    ),
)

# Columnar prefilter (Rust regex): three names in a row, the last before a word in lower case.
PREFILTER = (
    r"(?-i:\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:-?\p{Ll}+)?, \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:-?\p{Ll}+)?"
    r", \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:-?\p{Ll}+)? \p{Ll})"
)
