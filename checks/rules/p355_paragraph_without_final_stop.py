"""P355 paragraph-without-final-stop."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.paragraph_neighbours import paragraphs_with_neighbours
from tifa.checks.prose import SENTENCE_INSIDE
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output

# A paragraph of running text: twenty words or more with a sentence break inside it, the
# last of them a word in lower case with nothing after it. Headings, captions, bylines and
# list items hold no sentence break or are short; a paragraph that ends on a quotation mark,
# a bracket or a figure is left to the reader.
_MIN_WORDS = 20
_CANDIDATE = r"\p{Ll}\s*$"
# A paragraph of running text on either side: twenty words or more, a sentence ended in it
# or at its close. A paragraph of one sentence that lost its stop is read only between two
# such paragraphs: after a headline, a byline or a date it is a standfirst, which the
# papers set without a stop.
_SENTENCE_END = regex.compile(r"[.!?][”\"’)]*\s*$")
_SENTENCE_INSIDE = regex.compile(SENTENCE_INSIDE)
# Every sentence break inside the paragraph: a stop after a word or a figure, a space and
# a capital. The word before the stop must not be an abbreviation ("Mr. Li", "No. 5").
_BREAK = regex.compile(r"(?P<word>[\p{L}\d)]+)[.!?][”\"’]?[ \u00a0]+[“\"]?\p{Lu}")
_ABBREVIATIONS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "St",
        "No",
        "Nos",
        "Co",
        "Ltd",
        "Inc",
        "Corp",
        "Jr",
        "Sr",
        "vs",
        "etc",
        "Prof",
        "Gen",
        "Lt",
        "Col",
        "Rev",
        "Sen",
        "Rep",
        "Gov",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "approx",
    ]
)
# The last sentence, cut short or a label rather than prose: a photo's credit or source
# ("… delivers a speech. Photo/Zou Lin", "… in Aksu. Phont:Xinhua"), the agency or the
# paper that took the picture, an editor's line.
_CREDIT = regex.compile(
    r"(?i:\bphoto|\bphont\b|\bimage\b|\bfile\b|\bcredit|\beditor\b|\bsource\b|\bcourtesy\b)"
    r"|(?-i:Xinhua|REUTERS|Reuters|AFP|Getty|VCG|IC Photo|China Daily|CGTN|CNS|AP\b)"
)
# A last word that never ends an English sentence: the paragraph was cut, or runs on into
# the next line (a hard wrap the reader joins).
_OPEN_END = regex.compile(
    r"(?<![\p{L}'’-])(?i:the|a|an|of|and|or|to|for|with|in|on|at|by|from|as|that|which|its"
    r"|their|our|his|her|this|these|those|is|are|was|were|be|but|than|into|such|between)\s*$"
)
# The last word glued to a dot or a slash: a web address or a file name ends the paragraph.
_ADDRESS_END = regex.compile(r"[./@:\\][\p{L}\d-]+\s*$")
# A list item: a bullet, a dash or a number opens the paragraph.
_LIST_ITEM = regex.compile(r"^\s*(?:[•·▪●■◆\-–—*]|\(?\d{1,2}[.)、]|\(?[a-z][.)][ ])")
# The words of the last sentence: capitalised, most of them, in a list of names or a credit.
_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
_LAST_SENTENCE_WORDS = 6


def _last_break(text: str) -> int | None:
    """Where the paragraph's last sentence starts, after its last real sentence break."""
    last = None
    for m in _BREAK.finditer(text):
        if m.group("word") in _ABBREVIATIONS or len(m.group("word")) == 1:
            continue  # "Mr. Li", "Jiang Z. Ming": an abbreviation's or an initial's stop
        last = m.end() - 1
    return last


def _running(text: str | None) -> bool:
    """Whether a neighbouring paragraph is running text: long, with a sentence ended."""
    if text is None or len(text.split()) < _MIN_WORDS:
        return False
    return bool(_SENTENCE_END.search(text) or _SENTENCE_INSIDE.search(text))


def _prose_sentence(sentence: str) -> bool:
    """Whether the last sentence reads as a sentence of the text: six words or more, most of
    them in lower case, no credit or source in it."""
    words = _WORD.findall(sentence)
    if len(words) < _LAST_SENTENCE_WORDS or _CREDIT.search(sentence):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised * 2 < len(words)


@rule("P355", "paragraph-without-final-stop", Severity.WARNING, Fix.UNSAFE)
def paragraph_without_final_stop(ctx: Context) -> pl.DataFrame:
    """A paragraph of running text whose last sentence has no full stop.

    ## What it does
    Finds a paragraph of twenty words or more, with a full sentence and its stop inside it,
    whose last sentence ends on a word in lower case and nothing after it ("… the
    commission said on Wednesday" and the next paragraph). Left alone: the last paragraph
    of a page (an excerpt cut short), a paragraph that ends on a word no sentence ends on
    ("the", "of", "and": cut, or wrapped onto the next line), on a web address, a
    quotation mark or a figure; a list item; and a last sentence that is a photo's credit
    or source ("… delivers a speech. Photo/Zou Lin"), a list of names or shorter than six
    words.

    ## Why is this bad?
    Every sentence of a paragraph ends with its mark; without one the reader takes the
    paragraph for cut, or reads on into the next as if the sentence went on. A paragraph
    that loses its stop is a slip of the paste or of the Chinese "。" dropped at the end.

    ## Example
    ```text
    The two cities signed an agreement on Monday. Mayor Li Hua said more flights would follow
    The delegation then visited the port.
    ```

    ## Use instead
    ```text
    The two cities signed an agreement on Monday. Mayor Li Hua said more flights would follow.
    The delegation then visited the port.
    ```

    ## Fix safety
    Unsafe: a full stop is suggested after the last word; the paragraph may have lost more
    than its stop.
    """
    rows = new_rows()
    # Each paragraph with the next one of its document: the page's last paragraph is left
    # out, as an excerpt's cut, and a paragraph the next one goes on in lower case is a
    # hard wrap (the reader joins the two; R605 reports a split sentence).
    candidates = paragraphs_with_neighbours(ctx).filter(
        pl.col("after").is_not_null()
        & pl.col("text").str.contains(_CANDIDATE)
        & (pl.col("text").str.count_matches(r"\S+") >= _MIN_WORDS)
    )
    for doc, start, text, before, after in candidates.iter_rows():
        body = text.rstrip()
        if not after.lstrip()[:1] or after.lstrip()[:1].islower():
            continue
        if any("\n" in t.strip() for t in (body, before or "", after)):
            continue  # hard-wrapped text: a line that opens on a name splits a paragraph
        if _OPEN_END.search(body) or _ADDRESS_END.search(body) or _LIST_ITEM.match(body):
            continue
        cut = _last_break(body)
        if cut is None and not (_running(before) and _running(after)):
            continue  # one sentence, not between two paragraphs of running text
        if not _prose_sentence(body[cut or 0 :]):
            continue
        last = regex.search(r"[\p{L}'’-]+$", body)
        if last is None:
            continue
        word = last.group()
        add_row(
            rows,
            doc,
            start + last.start(),
            start + last.end(),
            "the paragraph's last sentence has no full stop",
            f"{word}.",
        )
    return output(rows)
