"""P306 fullwidth-punctuation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.quoted_original import in_original
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches
from tifa.checks.sourced import mostly_chinese

# Chinese punctuation and its English counterpart. Book-title marks become curly quotes.
ASCII_FOR = {
    "，": ",", "。": ".", "、": ",", "；": ";", "：": ":", "？": "?", "！": "!",
    "（": "(", "）": ")", "【": "[", "】": "]", "《": "“", "》": "”", "〈": "“", "〉": "”",
    "「": "“", "」": "”", "『": "“", "』": "”", "～": "~", "—": "—", "\u3000": " ",
    "＂": '"', "＇": "'", "［": "[", "］": "]", "｛": "{", "｝": "}", "／": "/", "％": "%",
    "＆": "&", "＊": "*", "＋": "+", "－": "-", "＝": "=", "＜": "<", "＞": ">", "＠": "@",
    "＃": "#", "＄": "$", "＾": "^", "＿": "_", "｜": "|", "＼": "\\", "｀": "`", "．": ".",
}  # fmt: skip
del ASCII_FOR["—"]  # an em dash is English punctuation too
_HAN = regex.compile(r"\p{Han}")
_CLASS = "[" + "".join(ASCII_FOR) + "]"  # all non-ASCII: nothing to escape for either engine
_PATTERN = regex.compile(_CLASS)
# The Chinese dash (破折号) typed as two em dashes: English takes one. Glued between two words
# ("Qingdao——Be …") it can only be that; with a space beside it, it may be the two-em dash
# that stands for letters left out ("Mr D—— said").
_DOUBLE_DASH = regex.compile(r"(?<!—)——(?!—)")
_SPACE_AFTER = frozenset(",.;:?!)]”")
_SPACE_BEFORE = frozenset("([“")


@rule("P306", "fullwidth-punctuation", Severity.WARNING, Fix.SAFE)
def fullwidth_punctuation(ctx: Context) -> pl.DataFrame:
    """Chinese (full-width) punctuation left in the English text.

    ## What it does
    Finds full-width commas, stops, enumeration commas, colons, brackets, book-title marks,
    the ideographic space, the full-width forms of ASCII symbols, and the Chinese dash typed
    as two em dashes ("Qingdao——Be Responsible"). The Chinese original a writer sets after an
    English quotation of it keeps its own punctuation (see U401), and so does a sentence in
    Chinese on the page (a Chinese version scraped beside the English): a mark right after
    a Han character in a sentence mostly of Han characters, or the stop that closes a
    sentence opened in Han characters, is left to U401.

    ## Why is this bad?
    They are wider than English marks, carry their own spacing, and break search and
    hyphenation; in an English article they show that a sentence was pasted, not written.

    ## Example
    ```text
    the Belt and Road Initiative，which
    ```

    ## Use instead
    ```text
    the Belt and Road Initiative, which
    ```

    ## Fix safety
    Safe: each mark is replaced by its English counterpart (book-title marks by curly quotes),
    with a space after closing marks when a word follows and before opening marks when a word
    precedes, so no two words are glued by the change. A doubled em dash becomes one, safely
    only when glued between two words; beside a space it may stand for a name left out.
    """
    rows = new_rows()
    for doc, base, text, m in matches(ctx.segments, "tgt", _CLASS, _PATTERN):
        # The Chinese original of an English quotation keeps its own punctuation (U401).
        pos = base + m.start()
        if in_original(ctx.text(doc), pos, pos + 1):
            continue
        # A mark after a Han character in a Chinese sentence is the Chinese text's own
        # (a Chinese version scraped beside the English): U401 reports the text itself.
        if m.start() > 0 and _HAN.match(text, m.start() - 1) and mostly_chinese(text):
            continue
        # So is the stop that closes a sentence opened in Chinese, a Latin name inside it
        # ("此页面上的内容需要较新版本的 Adobe Flash Player。"): no English sentence opens on
        # Han characters and ends on "。".
        if m.group() == "。" and not text[m.end() :].strip() and _HAN.match(text.lstrip()):
            continue
        mark = m.group()
        replacement = ASCII_FOR[mark]
        # Neighbours are read, not matched: two marks in a row ("）。") are both reported.
        if replacement in _SPACE_AFTER and text[m.end() : m.end() + 1].isalnum():
            replacement += " "
        if replacement in _SPACE_BEFORE and text[m.start() - 1 : m.start()].isalnum():
            replacement = " " + replacement  # "Committee（CPC）" → "Committee (CPC)"
        add_row(
            rows,
            doc,
            pos,
            pos + 1,
            f"full-width '{mark}' in English text; use '{replacement.strip() or 'space'}'",
            replacement,
        )
    for doc, base, text, m in matches(ctx.segments, "tgt", "——", _DOUBLE_DASH):
        glued = text[m.start() - 1 : m.start()].isalnum() and text[m.end() : m.end() + 1].isalnum()
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            "Chinese dash '——' in English text; use one em dash '—'",
            "—",
            fix=None if glued else Fix.UNSAFE,
        )
    return output(rows)
