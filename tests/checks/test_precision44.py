"""precision44: false alarms and doubled findings on fresh pages, each with the case it keeps.

Every case pairs a text the rule must still flag with one it must leave alone (or flag once
where it flagged twice), so that each test fails on the code before the change. The texts
are written for these tests in the register of Chinese government news English; none is
taken from a page.
"""

from __future__ import annotations

import polars as pl
from helpers import check_texts, spans


def _page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def test_date_stamp_with_space_before_comma_is_residue_not_a_comma_slip() -> None:
    # The page's stamp under the headline, a space before its comma: deleted whole as
    # residue, not mended as a comma. The same slip in a sentence is still the comma's.
    stamp = _page(
        "Research centre maps out paths to trade cooperation",
        "June 14 , 2021",
        "The research centre in Dalian released a report on trade cooperation on Monday.",
    )
    prose = _page("The trade fair in Dalian opened on June 14 , 2021, with 300 exhibitors.")
    found = check_texts([prose, stamp], ["P304", "R601"])
    assert spans(found.filter(pl.col("doc") == 0), "P304") == [" "]
    on_stamp = found.filter(pl.col("doc") == 1)
    assert spans(on_stamp, "P304") == []
    assert spans(on_stamp, "R601") == ["June 14 , 2021"]
