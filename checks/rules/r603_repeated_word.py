"""R603 repeated-word."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.glossary.names import pinyin_surnames

# A word joined by a hyphen is part of a compound, not a word said twice ("engaged in
# in-depth talks", "a check-in in Dalian").
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}\-‐])(\p{L}+)(\s+)(\1)(?![\p{L}\p{N}\-‐])", regex.IGNORECASE
)
# A capitalised name's head said again after "of" ("Institute of Institute", "Standing
# Committee of the Standing Committee"): a title garbled in translation. A plural after
# "of" is a figure of speech ("King of Kings").
_OF_ITSELF = regex.compile(
    r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{3,}(?:\s+\p{Lu}\p{Ll}+){0,2})\s+of\s+(?:the\s+)?(\1)(?![\p{L}\p{N}])"
)
# Doubled words English allows: "that that", "had had".
_ALLOWED = frozenset({"that", "had"})
# A finding in one text: start, end, message, suggestion, fix safety below the rule's.
_Finding = tuple[int, int, str, str | None, Fix | None]


@rule("R603", "repeated-word", Severity.WARNING, Fix.SAFE)
def repeated_word(ctx: Context) -> pl.DataFrame:
    """The same word twice in a row.

    ## What it does
    Finds a word immediately repeated ("the the"), ignoring case. "that that" and "had had",
    which English allows, are left alone, and so is a capitalised word doubled inside a
    sentence ("the pianist Lang Lang"), or a Chinese surname doubled at its start ("Yang Yang
    reports."): that is a name. A capitalised word after its lower-case twin and before a
    colon opens a label, such as a picture's credit after its caption ("profile photo Photo:
    Xinhua"), and is left alone too. Also a capitalised name's head said
    again after "of" ("the Institute of Institute", "Standing Committee of the Standing
    Committee"), a title garbled in translation; a plural after "of" ("King of Kings") is a
    figure of speech. That finding has no fix: which words are missing is for a person to say.

    ## Why is this bad?
    A doubled word is almost always an editing slip, and readers stumble on it.

    ## Example
    ```text
    to promote the the implementation of signed projects
    ```

    ## Use instead
    ```text
    to promote the implementation of signed projects
    ```

    ## Fix safety
    Safe: the second occurrence and the space before it are removed.
    """
    rows = new_rows()
    # Judged once per distinct text, in Python: a translation memory repeats its units, and
    # the two searches over each distinct text cost less than any columnar prefilter (a
    # word list compared with itself shifted cost three times as much on 20,000 texts).
    found: dict[str, list[_Finding]] = {}
    for text in ctx.segments.get_column("tgt").unique():
        here: list[_Finding] = [
            (m.end(1), m.end(3), f"“{m.group(1)}” repeated", "", None)
            for m in _PATTERN.finditer(text)
            if m.group(1).lower() not in _ALLOWED
            and not _name_like(text, m)
            and not _label_after(text, m)
        ]
        here += [
            (
                m.start(),
                m.end(),
                f"“{m.group()}” repeats the name's head: a garbled title",
                None,
                Fix.NONE,
            )
            for m in _OF_ITSELF.finditer(text)
        ]
        if here:
            found[text] = here
    if not found:
        return output(rows)
    candidates = (
        ctx.segments.filter(pl.col("tgt").is_in(list(found)))
        .sort("doc", "start")
        .select("doc", "start", "tgt")
    )
    for doc, base, text in candidates.iter_rows():
        for start, end, message, suggestion, fix in found[text]:
            add_row(rows, doc, base + start, base + end, message, suggestion, fix=fix)
    return output(rows)


def _label_after(text: str, m: regex.Match[str]) -> bool:
    """The second word capitalised after a lower-case first and followed by a colon: a label
    opening the next item, such as a picture's credit after a caption that ends on the same
    word ("Mao Ning profile photo Photo: the ministry's website"). Nothing is said twice,
    and deleting the label would damage the credit."""
    return (
        m.group(1)[:1].islower()
        and m.group(3)[:1].isupper()
        and text[m.end(3) : m.end(3) + 1] == ":"
    )


def _name_like(text: str, m: regex.Match[str]) -> bool:
    """Both words capitalised, not at the start of the sentence: a name such as "Lang Lang".
    At the start of a sentence only a Chinese surname said twice is one ("Yang Yang reports."):
    a reduplicated given name after its surname, where "The The" is still a slip."""
    if not (m.group(1)[:1].isupper() and m.group(3)[:1].isupper()):
        return False
    if m.group(1) == m.group(3) and m.group(1) in pinyin_surnames():
        return True
    return bool(text[: m.start()].strip(" \t\"“‘'(["))
