"""P330 capital-after-comma."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches, prose_matches
from tifa.glossary.names import split_syllables

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
# A subject pronoun after the opening phrase ("Besides, It was attended by …") is the same
# slip, not two sentences run together: the phrase opens the sentence the pronoun is in.
_SUBJECTS = r"It|He|She|They|We|There"
_PROPER_THE = r"The (?:Hague|Netherlands|Gambia|Bahamas|Philippines)\b"
# "According to" opens a clause only at a sentence's head: capitalised after a comma it
# shows a full stop was meant ("…characteristics, According to the plan, …").
_PATTERN = regex.compile(
    rf"(?<=(?:^|[.!?] )(?:{_OPENING}|{_ADVERBS})), +(?!{_PROPER_THE})"
    rf"(?P<det>(?:{_DETERMINERS})(?= \p{{L}})|(?:{_SUBJECTS})(?= \p{{Ll}}))"
    rf"|(?<=[\p{{Ll}}\p{{N}})%]), +(?P<word>(?:{_PRONOUNS})(?= \p{{Ll}})|(?:{_ADVERBS})(?=,)"
    r"|According(?= to\b))"
)
_PREFILTER = (
    rf"[\p{{Ll}}\p{{N}})%], +(?:(?:{_PRONOUNS}) \p{{Ll}}|(?:{_ADVERBS}),|According to\b)"
    rf"|(?:{_OPENING}|{_ADVERBS}), +(?:{_DETERMINERS}|{_SUBJECTS}) "
)
# He (何, 贺) and She (佘) are surnames too: Xinhua writes "…, He said." of He Guoqiang. A
# document that names such a person (the surname before a pinyin given name, or after a
# title) keeps its capital "He" or "She" after a comma.
_SURNAME = regex.compile(
    r"\b(?P<s>He|She)[ \u00a0]+(?P<given>\p{Lu}\p{Ll}+)\b"
    r"|(?:\b(?:Mr|Ms|Mrs|Dr|Mayor|Governor|Secretary|Director|Chairman|Chairwoman|Minister"
    r"|Premier|President|Professor|Vice[ \u00a0]+Mayor|Vice[ \u00a0]+Governor)\.?[ \u00a0]+)"
    r"(?P<t>He|She)\b"
)
_SURNAME_PREFILTER = r"\b(?:He|She)[ \u00a0]+\p{Lu}\p{Ll}|\p{Ll}\.?[ \u00a0]+(?:He|She)\b"


def _surnames(ctx: Context) -> dict[int, set[str]]:
    """Per document, which of "He" and "She" it uses as a person's surname."""
    out: dict[int, set[str]] = {}
    for doc, _base, _text, m in matches(ctx.segments, "tgt", _SURNAME_PREFILTER, _SURNAME):
        if m.group("t") is not None:
            out.setdefault(doc, set()).add(m.group("t"))
        elif split_syllables(m.group("given").lower()) is not None:
            out.setdefault(doc, set()).add(m.group("s"))
    return out


@rule("P330", "capital-after-comma", Severity.WARNING, Fix.UNSAFE)
def capital_after_comma(ctx: Context) -> pl.DataFrame:
    """Two sentences joined by a comma, the second still starting with a capital.

    ## What it does
    Finds a comma followed by a capitalised pronoun that opens a clause ("…, He spoke"),
    a capitalised sentence adverb with its own comma ("…, However, the …") or "According
    to", and an article or pronoun with a capital after a sentence's opening phrase and its
    comma ("Among them, The King …", "Besides, It was …"; "The Hague" is left alone). A
    surname that looks like a pronoun ("He Lifeng") and Title Case headings are not
    matched: the next word must be lower case; nor is "He" or "She" in a document that
    uses it as a surname ("He Guoqiang … , He said").

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
    surnames: dict[int, set[str]] | None = None
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        word = m.group("det") or m.group("word")
        if word in ("He", "She"):
            if surnames is None:
                surnames = _surnames(ctx)
            if word in surnames.get(doc, set()):
                continue
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
