"""precision43: false alarms on professional and local pages, each with the genuine case it keeps.

Every case pairs a text the rule must still flag with one it must leave alone, so that each
test fails on the code before the change. The texts are written for these tests in the
register of Chinese government news English; none is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

_LEAD = "The municipal government held a meeting on the new port on Monday.\n"


def _page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    ("code", "flagged", "clean", "span"),
    [
        # P309: a list item's number at the head of its line, a hyphen after it, is the
        # number's mark; a range of years broken by a space is still reported.
        (
            "P309",
            _page("The fair ran through the 2022- 2023 season in Yantai.", _LEAD),
            _page(
                "Duties of the Division of European Affairs",
                "1- Receives delegations from partner cities in Europe;",
                "2- Guides the exchanges of the city's departments with Europe.",
            ),
            "- ",
        ),
    ],
    ids=["P309"],
)
def test_false_alarm_left_alone_and_genuine_case_kept(
    code: str, flagged: str, clean: str, span: str
) -> None:
    found = check_texts([flagged, clean], [code])
    assert span in spans(found.filter(found["doc"] == 0), code)
    assert spans(found.filter(found["doc"] == 1), code) == []


@pytest.mark.parametrize(
    ("code", "chrome", "prose", "span"),
    [
        # a row of font-size buttons under the site's own word "Fonts", and the spaced
        # hyphen of its "A-" button; a spaced hyphen in a sentence is still reported
        (
            "P309",
            "【Fonts: A+ A A- Print",
            "Officials from Yantai - Weihai met on Monday to plan the new ferry line.",
            " - ",
        ),
        # a row of buttons, a counter after one of them, the sizes, and the share button's
        # label left in Chinese; Chinese in a sentence is still reported
        (
            "U401",
            "Comments() Print Mail Large Medium  Small 分享按钮 0",
            "The county's slogan 绿色发展 was painted on the wall of the new school.",
            "绿色发展",
        ),
        # the button to send the page to a friend in angle brackets; a title between angle
        # brackets in a sentence is still reported
        (
            "P331",
            "<Suggest To A Friend>",
            "The report appeared in <Yantai Daily> on Tuesday and drew wide attention.",
            "<Yantai Daily>",
        ),
    ],
    ids=["P309-font-row", "U401-share-row", "P331-friend-button"],
)
def test_control_row_is_residue_and_its_marks_go_with_it(
    code: str, chrome: str, prose: str, span: str
) -> None:
    page = _page("Port Opens in Yantai", chrome, _LEAD, prose)
    found = check_texts([page], ["R601", code])
    assert chrome in spans(found, "R601")
    assert spans(found, code) == [span]
