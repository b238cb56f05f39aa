"""T116's "spirits" of a Party paper, "spirits embedded in" a session and a headline's
"Spirits of" a session.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The vice governor explained the spirits embedded in the seventh plenary session "
            "of the provincial Party committee to county officials.",
            "spirits",
        ),
        (
            "Officials studied the spirits of the Notice on Rural Governance issued by the "
            "province.",
            "spirits",
        ),
        (
            "Vice Governor Visits Linyi to Promote the Spirits of the Third Plenary Session",
            "Spirits",
        ),
    ],
)
def test_spirits_of_a_paper_or_session(text: str, span: str) -> None:
    assert_flags("T116", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The spirits of the athletes were high before the final.",
        "Fans Cheer as the Spirits of the Team Rise",
        "The shop sells wine and spirits embedded in gift boxes.",
    ],
)
def test_spirits_of_people(text: str) -> None:
    assert_flags("T116", text, None)
