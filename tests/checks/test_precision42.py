"""precision42: false alarms on professional English, each with the genuine case it keeps.

Every case pairs a text the rule must still flag with one it must leave alone, so that each
test fails on the code before the change. The texts are written for these tests in the
register of Chinese government news English; none is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

_FLUSH = (
    "The city of Jiaxing opened a new logistics park on Monday, and officials said the park "
    "would serve more than 300 firms across the Yangtze River Delta by the end of next year."
)
_INDENTED = (
    "    Farmers in Lishui County began the spring planting this week, and the county "
    "agricultural bureau sent 40 technicians to help them choose seeds and fertilizers."
)


def _page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    ("code", "flagged", "clean", "span"),
    [
        # P313: a second article pasted under the first keeps its own indented layout; an
        # indented paragraph with flush ones after it is still a slip.
        (
            "P313",
            _page(_FLUSH, _FLUSH, "Sandstorm Reaches Northern Cities", _INDENTED, _FLUSH, _FLUSH),
            _page(
                _FLUSH,
                _FLUSH,
                _FLUSH,
                "Sandstorm Reaches Northern Cities",
                _INDENTED,
                _INDENTED,
                _INDENTED,
            ),
            "    ",
        ),
        # R601: the author and office under a work report's title are the document's; a
        # reporter's byline with the outlet is residue.
        (
            "R601",
            "Annual Report on the Work of the Quzhou Municipal Government\n\n"
            "By Zhou Ping, China Daily\n\n"
            "Fellow deputies, I now present the report on the work of the government.\n",
            "Annual Report on the Work of the Quzhou Municipal Government\n\n"
            "By Zhou Ping, Acting Mayor\n\n"
            "Fellow deputies, I now present the report on the work of the government.\n",
            "By Zhou Ping, China Daily",
        ),
        # T103: a headline after the page's date drops its articles like any headline; the
        # same name without its article in running text is a slip.
        (
            "T103",
            "Members of Political Bureau of CPC Central Committee met on Monday to review the "
            "work of the year and plan the tasks of the next.\n",
            "2023-12-30 Political Bureau of CPC Central Committee meets to review annual work\n\n"
            "The meeting was held in Beijing on Friday.\n",
            "Political Bureau of CPC Central Committee",
        ),
        # E821: "our" before the country or its system in a report of a central meeting is
        # official English; "we" taking the speaker's voice is still reported.
        (
            "E821",
            "It was noted at the meeting that the plan is sound. We must carry it out in "
            "every county this year.\n",
            "It was noted at the meeting that the arrangement gives full play to the "
            "strengths of our socialist system and keeps the work of the year on course.\n",
            "We",
        ),
        # E832: a countable noun's phrase joined by "and" to a mass noun's keeps its
        # article; the article before the mass noun's own phrase is still a slip.
        (
            "E832",
            "The province has made a steady progress in rural reform this year.\n",
            "The plan will ensure a solid start and steady progress for the new cycle.\n",
            "a steady progress",
        ),
    ],
    ids=["P313", "R601", "T103", "E821", "E832"],
)
def test_false_alarm_left_alone_and_genuine_case_kept(
    code: str, flagged: str, clean: str, span: str
) -> None:
    found = check_texts([flagged, clean], [code])
    assert span in spans(found.filter(found["doc"] == 0), code)
    assert spans(found.filter(found["doc"] == 1), code) == []
