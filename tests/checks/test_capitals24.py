"""Capitals of Party bodies read by their shape (session 24).

N207: "party" in lower case after a level word before any Party noun ("the provincial party
Committee", "the county party school", "the provincial party representatives"), and before a
capitalised "Committee" or a working committee in a document about the CPC. N219: a committee
or congress named by "CPC" and its place with the level word and head in lower case ("the CPC
Hainan provincial committee"). Every text was written for these tests in the register of
Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

_CPC = "The CPC leads the work of the city. "

# (code, text, flagged span, or None where nothing may be flagged)
CASES: list[tuple[str, str, str | None]] = [
    ("N207", "The report of the provincial party Committee was adopted.", "party"),
    ("N207", "Leaders of the municipal party Committee visited the port.", "party"),
    ("N207", "Forty provincial party representatives from Yueyang met on Friday.", "party"),
    ("N207", "Teachers of the county party school gave lectures.", "party"),
    ("N207", "She took part in the township party congress last spring.", "party"),
    ("N207", _CPC + "The party working Committee of the zone met on Monday.", "party"),
    (
        "N219",
        "Zhao Lin, a member of the CPC Hunan provincial committee, spoke.",
        "provincial committee",
    ),
    ("N219", "He was elected at the 12th CPC Yunnan provincial congress.", "provincial congress"),
    ("N219", "The CPC Ningde municipal committee held a plenary session.", "municipal committee"),
    (
        "N219",
        "Officials of the Communist Party of China (CPC) Inner Mongolia autonomous regional "
        "committee attended.",
        "autonomous regional committee",
    ),
    (
        "N219",
        "Delegates studied the report to the 20th national congress of the CPC in the hall.",
        "national congress",
    ),
    ("N219", "Delegates studied the report to the 20th national congress in the hall.", None),
    ("N207", "The village party on Saturday drew three hundred guests.", None),
    ("N207", "A provincial party was thrown for the volunteers.", None),
    ("N207", "The township party was held in the square, and its members danced.", None),
    ("N207", "The Provincial Party Committee approved the plan.", None),
    ("N207", "Officials from a third party committee checked the bids.", None),
    ("N219", "Zhao Lin, a member of the CPC Hunan Provincial Committee, spoke.", None),
    ("N219", "The provincial committee of the CPC met on Monday.", None),
    ("N219", "The municipal committee approved the plan of the Ningde Port Group.", None),
    ("N219", "The CPC Hunan provincial party committee met on Monday.", None),
]


@pytest.mark.parametrize(("code", "text", "span"), CASES)
def test_party_body_capitals(code: str, text: str, span: str | None) -> None:
    assert_flags(code, text, span)
