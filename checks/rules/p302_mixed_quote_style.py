"""P302 mixed-quote-style."""

from __future__ import annotations

from collections import Counter, defaultdict

import polars as pl
import regex

from tifa.checks import quotes
from tifa.checks.context import Context
from tifa.checks.distinct import filter_distinct, with_distinct
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows
from tifa.checks.sourced import untranslated

_MARKS = {"curly": (quotes.OPENING, quotes.CLOSING), "straight": (quotes.STRAIGHT, quotes.STRAIGHT)}
# A straight single quotation: opened after a space or bracket before a word, closed after
# a word before a space or punctuation, with no other straight mark inside ('Two Sessions').
_SINGLE_PAIR = regex.compile(
    r"(?<![\p{L}\p{N}'’‘])'(?=\p{L})(?P<inner>[^'\n]{1,80}?)(?<=[\p{L}\p{N}])'(?![\p{L}\p{N}])"
)
# Typographers' marks between letters (People’s) or around words: the document's own style.
_CURLY_MARK = regex.compile(r"\p{L}’\p{L}|[“”‘]")
_STRAIGHT_APOSTROPHE = regex.compile(r"\p{L}'\p{L}")
# Curly marks that make the document's style certain, not a stray one.
_CURLY_EVIDENCE = 3
# A headline: no sentence stop anywhere in the line, and short. Outlets type headlines in a
# field of their own, often straight and with single quotes by house style.
_SENTENCE_STOP = regex.compile(r"[.!?](?=\s|$)")
_HEADLINE_WORDS = 20


@rule("P302", "mixed-quote-style", Severity.WARNING, Fix.SAFE)
def mixed_quote_style(ctx: Context) -> pl.DataFrame:
    """Straight and curly double quotes mixed in one document, or in one pair.

    ## What it does
    Reports a quotation opened in one style and closed in the other ("two pre-zones”), and,
    in a document that uses both styles, each quotation in the less common style (not
    where the two are as common as each other: the page then has no main style). A
    quotation inside another one ("the construction of “the Belt and Road” with quality" or
    the reverse) is the inner level of nesting and is left alone. In a document whose
    marks are otherwise all curly (no straight double quote, no straight apostrophe inside
    a word, at least three curly marks), a quotation in straight single quotes ('Two
    Sessions') is reported too — but not in a headline typed wholly in straight marks: news
    headlines take single quotes by convention, and the headline field is often typed apart
    from the body (for the same reason a headline's straight double quotes are not held to
    a body set in curly ones). A paragraph in Chinese (the original scraped beside the English) is
    neither counted nor reported: its marks are the Chinese text's own.

    ## Why is this bad?
    Mixed marks are the trace of copy-paste between editors and machine translation; in print
    they look like errors, and a pair of mismatched marks often hides a dropped quote.

    ## Example
    ```text
    accelerating the construction of the "two pre-zones” and taking the lead
    ```

    ## Use instead
    ```text
    accelerating the construction of the "two pre-zones" and taking the lead
    ```

    ## Fix safety
    Safe where every quotation mark of the paragraph pairs up: both marks of the quotation
    are replaced by the document's main style and the words inside are not touched. Where a
    mark of the paragraph is left unpaired (P301), which marks belong together is a guess, so
    the fix is only a suggestion, as it is for straight single quotes, whose closing mark
    may be a plural's apostrophe.
    """
    rows = new_rows()
    pairs_by_doc: dict[int, list[tuple[int, str, bool, quotes.QuotePair]]] = defaultdict(list)
    for doc, base, text in candidate_rows(_english(ctx), "text", '["“”]'):
        found = quotes.scan(text)
        balanced = not found.unpaired
        for pair in found.pairs:
            # An inner quotation in the other style is how nesting is written, not a mix.
            if not pair.nested:
                pairs_by_doc[doc].append((base, text, balanced, pair))
    for doc, pairs in pairs_by_doc.items():
        styles = Counter(p.style for _, _, _, p in pairs if p.style != "mixed")
        main = max(("curly", "straight"), key=lambda s: (styles[s], s == "curly"))
        for base, text, balanced, pair in pairs:
            if pair.style == main:
                continue
            # Where the two styles are as common as each other the page has no main style to
            # hold the others to ("Win 2020" in the headline and a poem's name in straight
            # marks, two quotations in curly ones): which side is "less common" would be a
            # coin's toss. Only a pair opened in one style and closed in the other is a slip.
            if pair.style != "mixed" and styles[main] <= styles[pair.style]:
                continue
            # A headline typed wholly in straight marks over a body set in curly ones
            # (Jiangsu expands "circle of friends" in the world): the headline field is
            # typed apart from the body, as for single quotes below; not a slip in the text.
            if pair.style == "straight" and _straight_headline(text):
                continue
            opening, closing = _MARKS[main]
            inner = text[pair.open + 1 : pair.close]
            start, end = base + pair.open, base + pair.close + 1
            if pair.style == "mixed":
                message = f"quotation opens with {pair.open_mark} and closes with {pair.close_mark}"
            else:
                message = f"{pair.style} quotes here; this document mostly uses {main} quotes ({styles[main]}×)"
            # Where a mark is unpaired the pairing is a guess: the fix is only a suggestion.
            fix = None if balanced else Fix.UNSAFE
            add_row(rows, doc, start, end, message, opening + inner + closing, fix=fix)
    _straight_single_pairs(ctx, rows)
    return output(rows)


def _straight_single_pairs(ctx: Context, rows: dict[str, list[object]]) -> None:
    """Straight single quotations in documents whose marks are otherwise all curly."""
    paragraphs = _english(ctx)
    # Each distinct paragraph counted once (a translation memory repeats its units).
    counted = with_distinct(
        paragraphs,
        "text",
        curly=pl.col("text").str.count_matches(_CURLY_MARK.pattern),
        flat=pl.col("text").str.count_matches(_STRAIGHT_APOSTROPHE.pattern),
        dq=pl.col("text").str.count_matches('"'),
    )
    curly_docs = (
        counted.group_by("doc")
        .agg(pl.col("curly").sum(), pl.col("flat").sum(), pl.col("dq").sum())
        .filter((pl.col("curly") >= _CURLY_EVIDENCE) & (pl.col("flat") == 0) & (pl.col("dq") == 0))
    )
    candidates = paragraphs.join(curly_docs.select("doc"), on="doc", how="semi")
    for doc, base, text in candidate_rows(candidates, "text", "'"):
        if _straight_headline(text):
            continue
        for m in _SINGLE_PAIR.finditer(text):
            message = "straight single quotes here; this document otherwise uses curly marks"
            suggestion = "‘" + m.group("inner") + "’"
            add_row(
                rows, doc, base + m.start(), base + m.end(), message, suggestion, fix=Fix.UNSAFE
            )


def _english(ctx: Context) -> pl.DataFrame:
    """The paragraphs in English: a Chinese version of the page scraped beside it keeps the
    Chinese marks (“一带一路”), which say nothing of the English text's style (each distinct
    paragraph tested once, and once a run: both passes of the rule read it)."""
    return ctx.shared(
        "english_paragraphs",
        lambda: filter_distinct(ctx.corpus.paragraphs, "text", ~untranslated("text")),
    )


def _straight_headline(text: str) -> bool:
    """A headline line with no curly mark of its own: typed apart from the body."""
    return (
        _SENTENCE_STOP.search(text) is None
        and len(text.split()) <= _HEADLINE_WORDS
        and _CURLY_MARK.search(text) is None
    )
