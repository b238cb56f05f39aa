"""N218 middle-dot-in-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# The Chinese separating dot (间隔号) and its look-alikes, between a word or a year and a
# capitalised word: "China·Dalian", "Summer Davos · Dalian", "2023·Shenyang". A unit's
# product dot ("kW·h", "N·m") has a short or lower-case word after it and is not matched.
_DOTS = "\u00b7\u2027\u30fb\uff65"
_S = r"[ \u00a0]?"
# Between two capitalised words a two-letter one counts too: a transliterated name's parts
# ("Ma·Ke", "Ai·Li"); no unit's symbol is a capital and a small letter on both sides.
_PATTERN = regex.compile(
    rf"(?<=(?:\p{{Latin}}{{2}}|\p{{N}}){_S})(?P<dot>{_S}[{_DOTS}]{_S})"
    rf"(?=\p{{Lu}}\p{{Ll}}{{2}})"
    rf"|(?<=(?<![\p{{L}}\p{{N}}])\p{{Lu}}\p{{Ll}}+)(?P<dot>[{_DOTS}])(?=\p{{Lu}}\p{{Ll}}(?![\p{{L}}\p{{N}}]))"
)
# A row of menu items or links set apart by spaced dots ("Home · Weather · Forum · Jobs"):
# a name holds one dot or two, a menu three or more.
_MENU_SEPARATOR = regex.compile(rf"\s[{_DOTS}]\s")
_MENU_DOTS = 3
# A spaced dot before a numbered part of a publication sets a citation's fields apart
# ("Comparative Connections · Volume 24, Issue 3", "Policy Review · Issue 12"): no name
# runs on into a volume or an issue and its number.
_FIELD_AFTER = regex.compile(
    r"[ \u00a0](?:Volume|Vol\.|Issue|Number|No\.|Chapter|Part|Section|Page|Episode)[ \u00a0]\d"
)
_PREFILTER = rf"[\p{{L}}\p{{N}}] ?[{_DOTS}] ?\p{{Lu}}\p{{Ll}}"


@rule("N218", "middle-dot-in-name", Severity.WARNING, Fix.UNSAFE)
def middle_dot_in_name(ctx: Context) -> pl.DataFrame:
    """A Chinese separating dot (·) left between the words of a name.

    ## What it does
    Finds the middle dot that Chinese writes inside the names of events, forums and
    brands and between the parts of a transliterated personal name, where it stands
    between an English word or a year and a capitalised word ("the 2023 China·Dalian
    Wine Festival", "Summer Davos · Dalian"), or between two capitalised parts of a name
    however short ("Ma·Ke"). A unit's product dot ("kW·h", "N·m", "V·A") is left alone: a
    lower-case word or a lone capital stands beside it.
    A row of three spaced dots or more is a menu's
    ("Home · News · Jobs · Shopping"), not a name, and a spaced dot before a volume, an issue
    or a page and its number sets a citation's fields apart ("Comparative Connections ·
    Volume 24, Issue 3").

    ## Why is this bad?
    English has no separating dot: in an English name the parts are joined by a space
    (or a dash, or written as one phrase, "Dalian, China"); the dot reads as a stray
    character or a typesetting fault.

    ## Example
    ```text
    The 2023 China·Dalian International Wine Festival opened on Friday.
    ```

    ## Use instead
    ```text
    The 2023 China Dalian International Wine Festival opened on Friday.
    ```

    ## Fix safety
    Unsafe: a space is suggested; the event's own English name may use a dash, a comma
    or a different order.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if len(_MENU_SEPARATOR.findall(text)) >= _MENU_DOTS:
            continue  # a menu's row of links, page residue (R601's business)
        if m.group("dot")[:1].isspace() and _FIELD_AFTER.match(text, m.end("dot") - 1):
            continue
        add_row(
            rows,
            doc,
            base + m.start("dot"),
            base + m.end("dot"),
            "a Chinese separating dot inside a name: English writes a space or a dash",
            " ",
        )
    return output(rows)
