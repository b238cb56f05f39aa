"""P306 fullwidth-punctuation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches

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
_CLASS = "[" + "".join(ASCII_FOR) + "]"  # all non-ASCII: nothing to escape for either engine
_PATTERN = regex.compile(_CLASS + r"(?P<next>\S?)")
_SPACE_AFTER = frozenset(",.;:?!)]”")


@rule("P306", "fullwidth-punctuation", Severity.WARNING, Fix.SAFE)
def fullwidth_punctuation(ctx: Context) -> pl.DataFrame:
    """Chinese (full-width) punctuation left in the English text.

    ## What it does
    Finds full-width commas, stops, enumeration commas, colons, brackets, book-title marks,
    the ideographic space and the full-width forms of ASCII symbols.

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
    with a space after closing marks when a word follows.
    """
    rows = new_rows()
    for doc, base, _text, m in matches(ctx.segments, "tgt", _CLASS, _PATTERN):
        mark = m.group()[0]
        replacement = ASCII_FOR[mark]
        if replacement in _SPACE_AFTER and m.group("next")[:1].isalnum():
            replacement += " "
        pos = base + m.start()
        add_row(
            rows,
            doc,
            pos,
            pos + 1,
            f"full-width '{mark}' in English text; use '{replacement.strip() or 'space'}'",
            replacement,
        )
    return output(rows)
