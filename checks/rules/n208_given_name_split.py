"""N208 given-name-split."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import pinyin_surnames, syllables

# A surname and two capitalised words of one syllable each, not followed by another
# capitalised word (a heading in title case, "Xi Shan Hu Scenic Area"), not a hyphenated or
# apostrophised name ("Lin Fei-fan").
_WORD = r"\p{Lu}\p{Ll}{0,5}"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])"
    rf"(?P<surname>\p{{Lu}}\p{{Ll}}+)[ \u00a0](?P<first>{_WORD})[ \u00a0](?P<second>{_WORD})"
    r"(?![\p{L}\p{N}'’-]|[ \u00a0]\p{Lu})"
)
# The word before: a capitalised pinyin syllable there makes the three words part of a
# longer run of syllables ("Chen Jin Hua Long"), not a name standing alone.
_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}{0,5})[ \u00a0]$")
_PREFILTER = r"\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}{0,5} \p{Lu}\p{Ll}{0,5}\b"
# "Po" and "Pao" (報, a newspaper) ending three Cantonese syllables name a Hong Kong paper
# ("Wen Wei Po", "Ta Kung Pao"), not a person; a mainland given name seldom ends in either.
_PAPER = frozenset(["Po", "Pao"])


@rule("N208", "given-name-split", Severity.WARNING, Fix.UNSAFE)
def given_name_split(ctx: Context) -> pl.DataFrame:
    """A Chinese given name split into capitalised syllables ("Chen Jin Hu").

    ## What it does
    Finds a common pinyin surname followed by two capitalised words that are each one
    pinyin syllable ("Du Jia Hao"), standing alone rather than inside a longer run of
    capitalised words. A pair that joined is a place the gazetteer knows is left alone, as
    are hyphenated names ("Lin Fei-fan"), names whose parts are not pinyin syllables
    (Cantonese "Li Ka Shing", Korean "Ban Ki Moon"), and a Hong Kong paper's name ending in
    "Po" or "Pao" (報: "Wen Wei Po", "Ta Kung Pao").

    ## Why is this bad?
    Standard pinyin (GB/T 28039-2011) writes a two-character given name as one word:
    "Du Jiahao". Split, the name reads as three names, and the same person written "Du
    Jiahao" in the headline looks like someone else.

    ## Example
    ```text
    Du Jia Hao, governor of the province, met the delegation.
    ```

    ## Use instead
    ```text
    Du Jiahao, governor of the province, met the delegation.
    ```

    ## Fix safety
    Unsafe: the joined form is suggested; a Hong Kong or Taiwan name that happens to read
    as pinyin is written by its own convention.
    """
    rows = new_rows()
    surnames = pinyin_surnames()
    inventory = syllables()

    def split_name(text: str, m: regex.Match[str]) -> bool:
        first, second = m.group("first"), m.group("second")
        return not (
            m.group("surname") not in surnames
            or first.lower() not in inventory
            or second.lower() not in inventory
            or is_place(first + second.lower())
            or second in _PAPER
            or ((b := _BEFORE.search(text, 0, m.start())) and b.group(1).lower() in inventory)
        )

    # The test reads only the text and the match: asked once per distinct text (`keep`), not
    # on each row repeating it (about 10,000 rows of the bench file).
    found = prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN, keep=split_name)
    for doc, base, _text, m in found:
        first, second = m.group("first"), m.group("second")
        joined = f"{m.group('surname')} {first}{second.lower()}"
        message = f"the given name in “{m.group()}” is split: pinyin writes it as one word"
        add_row(rows, doc, base + m.start(), base + m.end(), message, joined)
    return output(rows)
