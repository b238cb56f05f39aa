"""T126 committee-without-party."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import level_word

_S = r"[ \u00a0]+"
# "the Guiyang Municipal Committee", "the Hebei Provincial Committee": a place, its level
# word and "Committee", with nothing before the place that names whose committee it is. The
# word before must be a lower-case word, an ordinal, or nothing: an acronym, a name or a
# possessive there ("CPC", "(CPC)", "CPPCC", "Youth League", "CPC's") names the body.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<name>(?P<place>\p{{Lu}}\p{{Ll}}+(?:['’]\p{{Ll}}+)?){_S}"
    rf"(?P<level>Municipal|Provincial){_S}Committee)(?![\p{{L}}\p{{N}}-])(?!['’](?!s\b))"
    rf"(?!{_S}(?:of|for|on)\b)"
)
_PREFILTER = r"\p{Lu}\p{Ll}+ (?:Municipal|Provincial) Committee"
# The word before the place, when it names whose committee it is: an acronym or a name
# ("CPC", "(CPC)", "CPPCC", "CPC's", "Youth League", "Hebei" in "Hebei Guiyang ..."). A
# lower-case word, "The", an ordinal or the start of the text leave the name bare. On a
# hard-wrapped page the word may end the line before ("… by the CPC" / "Shanghai Municipal
# Committee"): one line break counts as a space, a blank line does not.
_WORD_BEFORE = regex.compile(r"(\S+)(?:[ \u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)\Z")
_BARE_BEFORE = regex.compile(r"[(“\"‘']*(?:\p{Ll}+|The|\d+(?:st|nd|rd|th))[,:;]?")


@rule("T126", "committee-without-party", Severity.WARNING, Fix.UNSAFE)
def committee_without_party(ctx: Context) -> pl.DataFrame:
    """A city's or province's committee named without the body it belongs to ("the Guiyang Municipal Committee").

    ## What it does
    Finds "<place> Municipal Committee" and "<place> Provincial Committee", where the place
    is a city or a province of the bundled gazetteer with that level word, standing bare:
    after a lower-case word, an ordinal or nothing, and not followed by "of", "for" or "on".
    "CPC Guiyang Municipal Committee", "Communist Party of China (CPC) Guiyang Municipal
    Committee", "CPPCC Guiyang Municipal Committee", "the Guiyang Municipal Committee of
    the CPPCC" and "Guiyang Municipal Party Committee" name their body and are left alone,
    and so is a place with the wrong level word ("Dalian Provincial Committee" is another
    slip).

    ## Why is this bad?
    A city has several committees: the Party's (市委, the CPC Guiyang Municipal Committee),
    the CPPCC's (市政协, the CPPCC Guiyang Municipal Committee) and the Youth League's.
    "The Guiyang Municipal Committee" names none of them, and an official's title built
    on it ("member of the Standing Committee of the Guiyang Municipal Committee") leaves
    the reader to guess which body the official sits on.

    ## Example
    ```text
    Li Ming, member of the Standing Committee of the Dezhou Municipal Committee, spoke.
    ```

    ## Use instead
    ```text
    Li Ming, member of the Standing Committee of the CPC Dezhou Municipal Committee, spoke.
    ```

    ## Fix safety
    Unsafe: the Party's committee is suggested, the usual meaning; the source decides.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        place, level = m.group("place"), m.group("level")
        if level_word(place) != level:
            continue
        start = base + m.start("name")
        word = _WORD_BEFORE.search(ctx.text(doc), max(0, start - 40), start)
        if word is not None and not _BARE_BEFORE.fullmatch(word.group(1)):
            continue
        fixed = f"CPC {m.group('name')}"
        add_row(
            rows,
            doc,
            start,
            base + m.end("name"),
            f"“{m.group('name')}” does not say whose committee it is: the Party's is "
            f"“{fixed}”, the CPPCC's “CPPCC {m.group('name')}”",
            fixed,
        )
    return output(rows)
