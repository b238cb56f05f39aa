"""Miss classes of session 39's development pages that recur across sites, closed in the rules
where they belong: calques of 听取 ("listened to the work report") and 肯定 ("fully
affirmed"), read by E801 in their frames. Each word is English in other frames (an
audience listens to a broadcast, a court affirms a ruling, a minister affirms a
commitment), and those are left alone.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 听取: a meeting or an official hears a report or is briefed.
        (
            "The standing committee also listened to a work report from the county's audit bureau.",
            "listened to a work report",
        ),
        (
            "Zhou then chaired a forum in Anqing and listened to reports on the port's logistics.",
            "listened to reports",
        ),
        (
            "The district held a meeting to listen to the Report on the Growth of the "
            "Private Economy in Nanhu.",
            "listen to the Report",
        ),
        (
            "At the seed company, the delegation watched a video, listening to the "
            "introduction and asking about sales.",
            "listening to the introduction",
        ),
        (
            "Wei listened carefully to the briefing on flood control, and asked about "
            "the reservoirs.",
            "listened carefully to the briefing",
        ),
        # 肯定: the work is commended.
        (
            "Liu first gave full affirmation to the results the bureau achieved in the "
            "first quarter.",
            "gave full affirmation to",
        ),
        (
            "The inspection team fully affirmed the work of Yiwu in rural revitalization.",
            "fully affirmed",
        ),
        (
            "Provincial officials highly affirmed the town's practice of sorting waste.",
            "highly affirmed",
        ),
    ],
)
def test_calques_of_hearing_and_commending_are_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # An audience listens to a broadcast or a talk; a meeting hears what it heard.
        "About 2,600 residents listened to the reports online and scored each bureau.",
        "Villagers in Dongping listened to the report on the radio before dawn.",
        "The pupils listened to the choir and then to a talk by the curator.",
        "The panel heard reports on the work of the three townships.",
        # A court affirms a ruling, and a commitment or a stance is affirmed in English.
        "The appeals court fully affirmed the ruling of the intermediate court.",
        "The two ministers fully affirmed their commitment to the new trade corridor.",
        "The sides fully affirmed that the talks would go on in June.",
        "Xu affirmed the achievements of the new area's builders.",
    ],
)
def test_english_listening_and_affirming_are_left(text: str) -> None:
    assert_flags("E801", text, None)
