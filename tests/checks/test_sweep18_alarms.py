"""False alarms the sweep18 precision sweep showed, each beside the genuine finding of the
same rule that must stay.

P305: wire-copy headlines shorten a compass point to its capital and glue it to the place
("S.Korea", "N.China"); that stop belongs to the abbreviation, not to a sentence. E802: the
second half of a word broken across a line with its hyphen ("cen- tered") is no misspelling
of another word (P309 flags the spaced hyphen). Texts were
written for these tests in the register of Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    ("P305", "The port opened a new berth.Shipping lines welcomed it.", "."),
    ("P305", "Gales reached force 8 in the NW.Schools there closed early.", "."),
    ("P305", "Visitors came from Hebei,Shanxi and Henan.", ","),
    ("E802", "The county has built a pattern centred on its port and tered its plans.", "tered"),
]

# (code, text)
LEFT_ALONE: list[tuple[str, str]] = [
    ("P305", "S.Korea and China agree to widen trade in farm produce"),
    (
        "E802",
        "The city has built a pattern cen- tered on its port. In ad- dition, it exports ships.",
    ),
    ("P305", "Heavy rain hits S.China as flood season starts"),
    ("P305", "N.China city opens new high-speed rail link"),
    ("P305", "Drills held near the S.China Sea islands"),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_flags_the_genuine_fault(code: str, text: str, span: str) -> None:
    assert span in [s.strip() for s in spans(check_texts([text], [code]), code)]


@pytest.mark.parametrize(("code", "text"), LEFT_ALONE)
def test_leaves_professional_text_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []
