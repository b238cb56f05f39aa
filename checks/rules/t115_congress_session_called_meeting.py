"""T115 congress-session-called-meeting."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.congress import CONGRESS, EDGE_L, ORDINAL, S
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# "the 3rd meeting of the 15th People's Congress of Nanchang City": a numbered sitting of a
# congress by its term. Both numbers are required: "a meeting of the people's congress" may
# be any gathering, and "the 10th meeting of the Standing Committee of …", "the plenary
# meeting of the first session of …" name other sittings (the congress name must follow
# "meeting of" directly and end there).
_PATTERN = regex.compile(
    rf"{EDGE_L}(?P<nth>(?i:{ORDINAL})){S}(?P<meeting>(?i:meeting)){S}(?i:of){S}"
    rf"(?P<name>{CONGRESS})"
)
_PREFILTER = r"(?i)meeting[ \u00a0]+of[ \u00a0]+the[ \u00a0]+\S+[ \u00a0]"


@rule("T115", "congress-session-called-meeting", Severity.WARNING, Fix.UNSAFE)
def congress_session_called_meeting(ctx: Context) -> pl.DataFrame:
    """A numbered session of a people's congress called a "meeting".

    ## What it does
    Finds "<ordinal> meeting of the <ordinal> … People's Congress" (or "… NPC"): a numbered
    sitting (会议) of a congress named by its term, where the congress name follows "meeting
    of" directly. Sittings of other bodies ("the 10th meeting of the Standing Committee of
    the 14th NPC", "the third meeting of the presidium"), plenary meetings within a session
    ("the second plenary meeting of the first session of …") and a meeting without a number
    are left alone.

    ## Why is this bad?
    The annual sitting of a people's congress is a "session" in official English: "the
    first session of the 14th National People's Congress" (Xinhua, npc.gov.cn), "the fifth
    session of the 15th Municipal People's Congress" (city sites). "The third meeting of
    the 15th People's Congress" reads as one of many gatherings, not the congress's session.

    ## Example
    ```text
    The third meeting of the 15th Yantai Municipal People's Congress opened on Monday.
    ```

    ## Use instead
    ```text
    The third session of the 15th Yantai Municipal People's Congress opened on Monday.
    ```

    ## Fix safety
    Unsafe: "session" is suggested; the source's 会议 decides, and a person applies it.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("ordinal") is None:
            continue
        meeting = m.group("meeting")
        session = "Session" if meeting[0].isupper() else "session"
        add_row(
            rows,
            doc,
            base + m.start("meeting"),
            base + m.end("meeting"),
            f"a numbered sitting of “{m.group('name')}” is a “session”, not a “{meeting}”",
            session,
        )
    return output(rows)
