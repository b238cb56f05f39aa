"""P330 capital-after-comma."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A pronoun that opens a clause, then a lower-case word: "He spoke" is a new sentence, while
# "He Lifeng" (a surname) or "We Are Ready" (a Title Case heading) are not matched. Sentence
# adverbs count when their own comma follows ("However, the plan…"). "I" is always capital.
_PRONOUNS = "He|She|It|They|We|This|These|Those|There|Their|His|Her|Our|Its"
_ADVERBS = "However|Meanwhile|Moreover|Furthermore|Therefore|Besides|Nevertheless"
# An opening phrase at the head of a sentence, its comma, then an article or pronoun with a
# capital: "Among them, The King of Qin …". A title or a name starting with "The" after such
# a phrase is rare; the few countries and cities that carry it are left alone.
_OPENING = (
    r"Among them|Of them|Of these|In addition|Meanwhile|Moreover|Besides|Therefore"
    r"|At the same time|In particular|For example|For instance|As a result|At present"
)
_DETERMINERS = r"The|A|An|This|These|Those|Its|Their|His|Her|Our"
_PROPER_THE = r"The (?:Hague|Netherlands|Gambia|Bahamas|Philippines)\b"
_PATTERN = regex.compile(
    rf"(?<=(?:^|[.!?] )(?:{_OPENING})), +(?!{_PROPER_THE})(?P<det>{_DETERMINERS})(?= \p{{L}})"
    rf"|(?<=[\p{{Ll}}\p{{N}})%]), +(?P<word>(?:{_PRONOUNS})(?= \p{{Ll}})|(?:{_ADVERBS})(?=,))"
)
_PREFILTER = (
    rf"[\p{{Ll}}\p{{N}})%], +(?:(?:{_PRONOUNS}) \p{{Ll}}|(?:{_ADVERBS}),)"
    rf"|(?:{_OPENING}), +(?:{_DETERMINERS}) "
)


@rule("P330", "capital-after-comma", Severity.WARNING, Fix.UNSAFE)
def capital_after_comma(ctx: Context) -> pl.DataFrame:
    """Two sentences joined by a comma, the second still starting with a capital.

    ## What it does
    Finds a comma followed by a capitalised pronoun that opens a clause ("…, He spoke")
    or a capitalised sentence adverb with its own comma ("…, However, the …"), and an
    article or pronoun with a capital after a sentence's opening phrase and its comma
    ("Among them, The King …"; "The Hague" is left alone). A surname
    that looks like a pronoun ("He Lifeng") and Title Case headings are not matched: the
    next word must be lower case.

    ## Why is this bad?
    The capital shows that a full stop was meant: the comma runs two sentences together,
    often where a translator merged two Chinese sentences that end in "，".

    ## Example
    ```text
    The city reported no new cases of the epidemic, He stressed the need for vigilance.
    ```

    ## Use instead
    ```text
    The city reported no new cases of the epidemic. He stressed the need for vigilance.
    ```

    ## Fix safety
    Unsafe: a full stop in place of the comma is suggested; a semicolon or a lower-case
    word may be what the sentence needs. After an opening phrase the word in lower case is
    suggested; a title that starts with "The" keeps its capital.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        det = m.group("det")
        if det is not None:
            # The phrase opens this sentence: the word after its comma keeps lower case.
            start = base + m.end() - len(det)
            message = f"“{det}” capitalised after the comma of an opening phrase"
            add_row(rows, doc, start, base + m.end(), message, det.lower())
            continue
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"a comma before “{m.group('word')}”: two sentences run together",
            f". {m.group('word')}",
        )
    return output(rows)
