"""R605 paragraph-split-mid-sentence."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.glossary.frequency import zipf

# A paragraph that stops on a word a sentence cannot end on, before one starting in lower
# case: the page's layout broke a sentence in two.
# The word stands alone: "Xi'an" does not end on "an" (the regex engine polars runs has no
# look-behind, so the character before is matched).
_DANGLING = (
    r"(?i)(?:^|[^\p{L}\p{N}'’-])(?:at|of|the|and|to|in|for|with|by|a|an|on|from|as|or|than|that)$"
)
_CONTINUES = r"^[\p{Ll}\d]"
# A line that ends on a stray navigation mark after a word ("… the mayor of Perm Ci >"),
# before a line that goes on in lower case ("ty, met …"): the layout cut a sentence, often a
# word, and left the mark behind. Prose never ends a line on ">" or "»".
_STRAY_END = r"\p{L}[ \t]+[>»›][ \t]*$"
_FRAGMENT = regex.compile(r"(\p{L}+)[ \t]+[>»›][ \t]*$")
_FIRST_WORD = regex.compile(r"\s*(\p{Ll}+)")
# Hard-wrapped copy: a line that does not end a sentence (no stop, question or exclamation
# mark, colon or semicolon, before any closing quote or bracket) ...
_OPEN_END = r"[^\s.!?:;。！？：；…>»›]['\"”’)\]]*$"
# ... followed by a line that goes on in lower case, with a figure, or with a bracket
# ("International Trade" / "(CCPIT) and the …"), but is no list item ("1. Build", "- more").
_GOES_ON = r"^\s*(?:\p{Ll}|\(\p{L}|\d)"
_LIST_ITEM = r"^\s*(?:[-*•·▪–]\s|\d+[.)、]\s|\(\d+\)|[a-z][.)]\s)"
# A line ending on a comma (before any closing quote) or on a word no sentence ends on breaks
# its sentence whatever the next line starts with ("… to the world,\"" / "Chinese President …").
_BROKEN_END = r"(?i)(?:,['\"”’]?|" + _DANGLING.removeprefix("(?i)").removesuffix("$") + r")$"
# A page is hard-wrapped when at least this many of its lines go on in lower case (a figure or
# a bracket is no evidence: a headline is often followed by a date or a source) after an
# open end, and they make at least this share of its lines with an open end: a page of normal
# paragraphs has open ends only on headlines, labels and bylines, which the next line never
# continues in lower case.
_WRAPPED_LINES = 3
_WRAPPED_SHARE = 0.4
_COLON_END = r"[:：]['\"”’)\]]*$"
_STOP_END = r"[.!?。！？…]['\"”’)\]]*$"
_LAST_TOKEN = regex.compile(r"\S+\s*$")
# A paragraph in which a sentence ends; and how many of them, run on to from a paragraph
# before, make a page of double-spaced wrapped copy.
_CLOSES = r"[.!?。！？][\"”’)]*(?:\s|$)"
_CLOSED_RUNS = 1


@rule("R605", "paragraph-split-mid-sentence", Severity.WARNING, Fix.UNSAFE)
def paragraph_split_mid_sentence(ctx: Context) -> pl.DataFrame:
    """A sentence broken into two paragraphs.

    ## What it does
    In plain-text articles, finds a paragraph that stops on a word no sentence ends on
    ("at", "of", "the", "and" …) and is followed by a paragraph that starts in lower case
    or with a number. Markdown is left alone (list items may look like this). In any
    document, finds a line that ends on a stray ">", "»" or "›" after a word, before a line
    that goes on in lower case ("the mayor of Perm Ci >" / "ty, met …"): a page's layout
    cut the sentence, often inside a word, and left a navigation mark behind. On a plain-text
    page of hard-wrapped copy (at least three lines that end without a stop go on in lower case
    on the next, and they are at least two in five of the lines ending without a stop; where
    a blank line parts them, a sentence must end in one of the paragraphs run on to, as in
    double-spaced copy and never in a list of phrases one to a paragraph), reports
    once each line that breaks its sentence: the next line goes on in lower case, with a
    figure or a bracket, or the line ends on a comma or a word no sentence ends on. Pages of
    normal paragraphs, list items, headlines and labels are left alone, and so are the lines
    after one that ends on a colon, up to one that ends a sentence: the items of its list.

    ## Why is this bad?
    Readers see two fragments; translation memories, term checks and sentence counts treat
    them as two sentences. Copying text out of a web page's layout leaves such breaks.

    ## Example
    ```text
    Per capita disposable income in rural areas grew at

    about 7.8% last year.
    ```

    ## Use instead
    ```text
    Per capita disposable income in rural areas grew at about 7.8% last year.
    ```

    ## Fix safety
    Unsafe: joining the two paragraphs with a space is suggested; a person checks that the
    break is not deliberate. For a stray mark, deleting it and the line break is suggested
    where the two halves make a word far commoner than either ("Ci" + "ty"), else a space.
    For a wrapped line, joining it to the next with a space is suggested.
    """
    rows = new_rows()
    text_docs = [i for i, d in enumerate(ctx.corpus.docs) if d.fmt == "text"]
    pairs = (
        ctx.corpus.paragraphs.filter(pl.col("doc").is_in(text_docs))
        .sort("doc", "para")
        .with_columns(
            next_text=pl.col("text").shift(-1).over("doc"),
            next_start=pl.col("start").shift(-1).over("doc"),
        )
        .filter(
            pl.col("text").str.contains(_DANGLING) & pl.col("next_text").str.contains(_CONTINUES)
        )
    )
    for doc, end, next_start, text in pairs.select("doc", "end", "next_start", "text").iter_rows():
        last = text.split()[-1]
        # The span runs from the dangling word to the next paragraph, so the suggestion
        # (the word and a space) joins the two.
        add_row(
            rows,
            doc,
            end - len(last),
            next_start,
            f"the paragraph stops on “{last}” and the next one continues the sentence",
            last + " ",
        )
    _stray_marks(ctx, rows)
    _wrapped_lines(ctx, rows, text_docs)
    return output(rows)


def _stray_marks(ctx: Context, rows: dict[str, list[object]]) -> None:
    """Lines ending on a stray ">" before a line that continues the sentence."""
    pairs = (
        ctx.corpus.lines.filter(pl.col("text").str.strip_chars() != "")
        .sort("doc", "line")
        .with_columns(
            next_text=pl.col("text").shift(-1).over("doc"),
            next_start=pl.col("start").shift(-1).over("doc"),
        )
        .filter(
            pl.col("text").str.contains(_STRAY_END)
            & pl.col("next_text").str.contains(r"^\s*\p{Ll}")
        )
    )
    for doc, start, text, next_start, next_text in pairs.select(
        "doc", "start", "text", "next_start", "next_text"
    ).iter_rows():
        m = _FRAGMENT.search(text)
        first = _FIRST_WORD.match(next_text)
        if m is None or first is None:
            continue
        head, tail = m.group(1), first.group(1)
        # "Ci" + "ty" is a word that neither half is: the mark cut a word, so join it up.
        # (far commoner than either half: "grew" + "faster" is no word at all).
        whole = zipf(head + tail)
        glued = whole >= 3 and whole > max(zipf(head), zipf(tail)) + 1
        add_row(
            rows,
            doc,
            start + m.end(1),
            next_start + first.start(1),
            "a stray mark at the end of the line, and the sentence goes on on the next: "
            + (f"“{head}{tail}” cut in two" if glued else "join the lines"),
            "" if glued else " ",
        )


def _wrapped_lines(ctx: Context, rows: dict[str, list[object]], text_docs: list[int]) -> None:
    """On a page of hard-wrapped copy, each line that breaks a sentence (once per line)."""
    lines = (
        ctx.corpus.lines.filter(
            pl.col("doc").is_in(text_docs) & (pl.col("text").str.strip_chars() != "")
        )
        .sort("doc", "line")
        .with_columns(text=pl.col("text").str.strip_chars_end())
        .with_columns(
            # The lines after one that ends on a colon, up to one that ends a sentence, are
            # the items of its list ("the meeting adopted guidelines on the following:" /
            # "strengthening …" / "promoting …"): phrases one to a line, never wrapped prose.
            after_colon=pl.when(pl.col("text").str.contains(_COLON_END))
            .then(pl.lit(True))
            .when(pl.col("text").str.contains(_STOP_END))
            .then(pl.lit(False))
            .otherwise(pl.lit(None, dtype=pl.Boolean))
            .shift(1)
            .forward_fill()
            .over("doc")
            .fill_null(False),
            next_text=pl.col("text").shift(-1).over("doc"),
            next_start=pl.col("start").shift(-1).over("doc"),
            next_line=pl.col("line").shift(-1).over("doc"),
        )
        .filter(pl.col("next_text").is_not_null())
        .with_columns(
            # Lines a blank line parts: a list of phrases one to a paragraph, each in lower
            # case and none ending a sentence, is no wrap; double-spaced copy is, where the
            # paragraphs it runs on to close their sentences.
            spaced=pl.col("next_line") != pl.col("line") + 1,
            closes=pl.col("next_text").str.contains(_CLOSES),
            open_end=pl.col("text").str.contains(_OPEN_END)
            & ~pl.col("after_colon")
            & ~pl.col("text").str.contains(_LIST_ITEM)
            & ~pl.col("next_text").str.contains(_LIST_ITEM),
            goes_on=pl.col("next_text").str.contains(_GOES_ON),
            lower=pl.col("next_text").str.contains(r"^\s*\p{Ll}"),
        )
        .filter(pl.col("open_end"))
    )
    pages = (
        lines.group_by("doc")
        .agg(
            on=pl.col("lower").sum(),
            share=pl.col("lower").mean(),
            spaced=(pl.col("lower") & pl.col("spaced")).sum(),
            closed=(pl.col("lower") & pl.col("spaced") & pl.col("closes")).sum(),
        )
        .filter(
            (pl.col("on") >= _WRAPPED_LINES)
            & (pl.col("share") >= _WRAPPED_SHARE)
            & ((pl.col("spaced") == 0) | (pl.col("closed") >= _CLOSED_RUNS))
        )
    )
    broken = lines.join(pages.select("doc"), on="doc", how="semi").filter(
        pl.col("goes_on") | pl.col("text").str.contains(_BROKEN_END)
    )
    # A break the paragraph pass above has reported already is not reported twice.
    seen = set(zip(rows["doc"], rows["end"], strict=True))
    for doc, start, text, next_start, next_text in (
        broken.sort("doc", "line")
        .select("doc", "start", "text", "next_start", "next_text")
        .iter_rows()
    ):
        m = _LAST_TOKEN.search(text)
        first = len(next_text) - len(next_text.lstrip())
        if m is None or (doc, next_start) in seen or (doc, next_start + first) in seen:
            continue
        add_row(
            rows,
            doc,
            start + m.start(),
            next_start + first,
            "the line breaks off mid-sentence on a page of hard-wrapped text: join it to the next",
            m.group().rstrip() + " ",
        )
