"""U406 garbled-encoding."""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.gbk_reading import PREFILTER as _GBK_READ_PREFILTER
from tifa.checks.gbk_reading import utf8_read_as_gbk
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output

# Chinese punctuation saved as GBK and read as Latin-1: a lead byte of GBK's symbol rows
# (0xA1-0xA9) and a trail byte. Only pairs that decode to punctuation or a symbol count.
_GBK_PAIR = regex.compile(r"[\xa1-\xa9][\x40-\x7e\x80-\xfe]")
# The same bytes read as Windows-1250, as Central European browsers and converters read an
# undeclared page: the lead bytes 0xA1, 0xA2, 0xA3 and 0xA5 show as ˇ, ˘, Ł and Ą (“ is
# "ˇ°", ” is "ˇ±", ’ is "ˇŻ"). The trail is any character; only pairs that decode to
# punctuation or a symbol count, so a Polish "Łódź" (a letter after Ł) stays.
_GBK_1250_PAIR = regex.compile(r"[ˇ˘ŁĄ]\S")
# Columnar prefilter (Rust regex): a GBK symbol-row lead byte, or the lead characters of UTF-8
# read as Latin-1 or Windows-1252 (Ã, Â, â followed by another Latin-1 character), or the 鈥
# of UTF-8 punctuation read as GBK.
PREFILTER = _GBK_READ_PREFILTER + (
    r"|[\x{a1}-\x{a9}ˇ˘ŁĄ]|[ÃÂâ][\x{80}-\x{ff}\x{152}\x{153}\x{160}\x{161}\x{178}\x{17d}\x{17e}"
    r"\x{192}\x{2c6}\x{2dc}\x{2013}-\x{203a}\x{20ac}\x{2122}]"
)


def _gbk(pair: str, read_as: str = "latin-1") -> str | None:
    """What a pair of GBK bytes read as `read_as` was meant to be, when that is punctuation
    or a symbol."""
    try:
        meant = pair.encode(read_as).decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    category = regex.match(r"[\p{P}\p{S}]", meant)
    return meant if category and len(meant) == 1 else None


def _ftfy_fixes(text: str) -> Iterator[tuple[int, int, str]]:
    """Spans of UTF-8 mojibake that ftfy can repair, and the repaired text (only the encoding
    repair: quotes, ligatures, widths and line breaks stay as they are)."""
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    fixed = ftfy.fix_text(text, config)
    if fixed == text:
        return
    matcher = SequenceMatcher(None, text, fixed, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "equal" and a2 > a1:
            yield a1, a2, fixed[b1:b2]


@rule("U406", "garbled-encoding", Severity.ERROR, Fix.UNSAFE)
def garbled_encoding(ctx: Context) -> pl.DataFrame:
    """Characters garbled by a wrong encoding on the way to the page.

    ## What it does
    Finds three kinds of mojibake: Chinese punctuation stored as GBK and read as Latin-1
    (`¡°` for “, `¡¯` for ’, `¨C` for –) or as Windows-1250 (`ˇ°` for “, `ˇ±` for ”,
    `ˇŻ` for ’), and UTF-8 read as Latin-1 or Windows-1252 (`â€™`
    for ’, `Ã©` for é), which it repairs with ftfy's encoding repair only, and UTF-8
    punctuation read as GBK (`鈥檚` for ’s, `鈥淏elt` for “Belt). A GBK pair counts
    only when it decodes to punctuation or a symbol, and not when it is © before an ASCII
    letter ("Copyright©www.…", "©Xinhua": the sign glued to a word), so Spanish `¡` and `©`, `°` and `×` in
    running English are left alone.

    ## Why is this bad?
    Readers see garbage where a quotation mark, an apostrophe or a dash should be; names with
    apostrophes (Wang Yi’ou) become unreadable and unsearchable.

    ## Example
    ```text
    Wang Yi¡¯ou said the ¡°three zones¡± would open.
    ```

    ## Use instead
    ```text
    Wang Yi’ou said the “three zones” would open.
    ```

    ## Fix safety
    Unsafe: the repair is shown for a person to accept, because the page's own encoding is not
    known for certain.
    """
    rows = new_rows()
    candidates = ctx.segments.filter(pl.col("tgt").str.contains(PREFILTER)).select(
        "doc", "start", "tgt"
    )
    for doc, base, text in candidates.iter_rows():
        taken: list[tuple[int, int]] = []
        # GBK bytes read as Latin-1 ("¡°") or as Windows-1250 ("ˇ°"): one pass per reading.
        for pattern, codec, reading in (
            (_GBK_PAIR, "latin-1", "Latin-1"),
            (_GBK_1250_PAIR, "cp1250", "Windows-1250"),
        ):
            for m in pattern.finditer(text):
                pair = m.group(0)
                if (
                    codec == "latin-1"
                    and pair[0] == "©"
                    and pair[1].isascii()
                    and pair[1].isalpha()
                ):
                    continue  # "Copyright©www…": a symbol before a word, not a GBK pair
                meant = _gbk(pair, codec)
                if meant is not None:
                    taken.append((m.start(), m.end()))
                    add_row(
                        rows,
                        doc,
                        base + m.start(),
                        base + m.end(),
                        f"“{pair}” is “{meant}” saved as GBK and read as {reading}",
                        meant,
                    )
        # UTF-8 punctuation read as GBK ("鈥檚" for "’s"): a Chinese reader's garble.
        for start, end, gbk_meant in utf8_read_as_gbk(text):
            taken.append((start, end))
            shown = text[start:end]
            what = "a punctuation mark" if gbk_meant is None else f"“{gbk_meant}”"
            message = f"“{shown}” is {what} garbled by a wrong encoding (UTF-8 read as GBK)"
            add_row(rows, doc, base + start, base + end, message, gbk_meant)
        for start, end, meant in _ftfy_fixes(text):
            if any(s < end and start < e for s, e in taken):
                continue
            shown = text[start:end]
            add_row(
                rows,
                doc,
                base + start,
                base + end,
                f"“{shown}” is “{meant}” garbled by a wrong encoding (UTF-8 read as Latin-1)",
                meant,
            )
    return output(rows)
