"""Page residue (session 21): a menu's block of items, comment and share widgets, bylines
and credits, and two false alarms (E838 in an information office's press-conference notice).

R601 finds a block of four short capitalised item lines or more before the article's first
paragraph or after its last; not a sub-heading between paragraphs, a list of officials'
names, a table of figures or a title block of three lines. It finds a comment form's lines,
an outlet's invitations to its accounts and app, a byline carrying the writer's e-mail,
several writers before the page's fields, and an outlet's name alone over the page. R604
finds a photo credit written wholly in capitals. Every text was written for these tests in
the register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

_BODY = (
    "The municipal government held a working meeting on the new port area on Monday and "
    "set the tasks for the rest of the year.\n\n"
    "Officials from every district reported on the projects signed since January and on "
    "the problems that still slow their construction down."
)
_MORE = (
    "The bureau also asked every department to serve the enterprises better and to settle "
    "their complaints within five working days."
)
_LAST = (
    "Work on the second berth will start in June, and the terminal is to open to ships "
    "before the end of next year."
)
_HEAD_MENU = (
    "Latest Edition\n· Back Numbers\n· Letters Page\nCity Album\nJoin Us Now >>\n\n"
    "Port area speeds up\n\n" + _BODY
)
_TAIL_MENU = _BODY + "\n\nInvest Here\nLiving Here\nTravel Notes\nPhoto Wall\nOur Partners\n"

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    ("R601", _HEAD_MENU, "Latest Edition"),
    ("R601", _HEAD_MENU, "· Back Numbers"),
    ("R601", _HEAD_MENU, "Join Us Now >>"),
    ("R601", _TAIL_MENU, "Travel Notes"),
    ("R601", _TAIL_MENU, "Our Partners"),
    # a menu under a notice's signature: the items still are the site's
    (
        "R601",
        _BODY + "\n\nDalian Municipal Bureau of Commerce\nInvest Here\nLiving Here\n"
        "Travel Notes\nPhoto Wall\n",
        "Photo Wall",
    ),
    # an advertiser's link in lower case among the menu's items
    (
        "R601",
        "cheap flights\nHarbour Guide\nTop Story\nCity Album\n\nPort area speeds up\n\n" + _BODY,
        "cheap flights",
    ),
    # the page's stamp and the magazine's issue
    (
        "R601",
        "UPDATED: May 2, 2019 NO. 19 MAY 9, 2019\n\n" + _BODY,
        "UPDATED: May 2, 2019 NO. 19 MAY 9, 2019",
    ),
    # the comment form and its notices, each alone on its line
    ("R601", _BODY + "\n\nNo comments.\n", "No comments."),
    ("R601", _BODY + "\n\nAdd your comments...\n", "Add your comments..."),
    ("R601", _BODY + "\n\nNickname Required\n", "Nickname Required"),
    ("R601", _BODY + "\n\nEnter the code shown below:\n", "Enter the code shown below:"),
    (
        "R601",
        _BODY + "\n\nOffensive or off-topic comments will be deleted by the editors.\n",
        "Offensive or off-topic comments will be deleted by the editors.",
    ),
    (
        "R601",
        _BODY + "\n\nFollow Harbour News on Weibo and WeChat to join the conversation.\n",
        "Follow Harbour News on Weibo and WeChat to join the conversation.",
    ),
    ("R601", _BODY + "\n\nHarbourNews App Download\n", "HarbourNews App Download"),
    ("R601", _BODY + "\n\nPrint Bookmark and Share\n", "Print Bookmark and Share"),
    # a byline with the writer's e-mail, a colleague's credit after it
    (
        "R601",
        "Port area speeds up\n\n- By ZHAO LIN zhaolin@harbour.com.cn Sun Mei contributed.\n\n"
        + _BODY,
        "- By ZHAO LIN zhaolin@harbour.com.cn Sun Mei contributed.",
    ),
    # two writers, then the page's source and date fields
    (
        "R601",
        "Port area speeds up\n\nBy Zhao Lin and Sun Mei Source: Harbour Weekly Updated: "
        "2024-03-02\n\n" + _BODY,
        "By Zhao Lin and Sun Mei Source: Harbour Weekly Updated: 2024-03-02",
    ),
    # the outlet's name alone over the page
    ("R601", "Global Times\n\nPort area speeds up\n\n" + _BODY, "Global Times"),
    # a long headline in the footer's bulleted list of other stories
    (
        "R601",
        _BODY + "\n\n- Port handles record cargo\n- Fair opens in the new exhibition centre"
        "\n- Coastal county sees 12-fold growth in tourist arrivals in first nine months\n",
        "- Coastal county sees 12-fold growth in tourist arrivals in first nine months",
    ),
    # a photo credit in capitals after the caption
    (
        "R604",
        "A container ship berths at the new terminal in Dalian. PHOTO BY HARBOUR DAILY "
        "STAFF REPORTER ZHAO LIN\n\n" + _BODY,
        " PHOTO BY HARBOUR DAILY STAFF REPORTER ZHAO LIN",
    ),
    # running news copy keeps its finding
    (
        "E838",
        "On May 12, Mr. Zhao Lin, mayor of the city, inspected the port and the new "
        "container terminal.",
        "Mr. ",
    ),
]

CLEAN: list[tuple[str, str]] = [
    # an article's sub-headings between its paragraphs
    ("R601", _BODY + "\n\nNew Measures\n\n" + _MORE + "\n\nNext Steps\n\n" + _LAST),
    # a headline and a title block of three lines over the article
    ("R601", "Port Area Speeds Up\nHarbour Bureau\nCity Office\n\n" + _BODY),
    # the officials present, a line each, before the article
    ("R601", "Zhao Lin\nSun Mei\nWang Fang\nLi Hua\nChen Jun\n\n" + _BODY),
    # a table of figures after the article
    ("R601", _BODY + "\n\nCargo 12\nPassengers 30\nContainers 45\nVessels 8\nRoutes 21\n"),
    # a list of the fair's themes inside the article, between paragraphs
    ("R601", _BODY + "\n\nGreen Energy\nSmart Ports\nCold Chain\nMarine Tourism\n\n" + _MORE),
    # short lines in lower case over the article: a verse's lines, not a menu
    (
        "R601",
        "the sea at dawn\nthe cranes at rest\nthe ships come home\nthe city wakes\n\n" + _BODY,
    ),
    # the words of the widgets inside a sentence
    ("R601", "The bureau said no comments would be taken after Friday.\n\n" + _BODY),
    (
        "R601",
        "Residents can follow the bureau on WeChat for the timetable, the office said.\n\n" + _BODY,
    ),
    # a date line in capitals after the caption is no photo credit
    ("R604", "Workers repair the seawall in Dalian. PHOTO TAKEN ON MAY 3\n\n" + _BODY),
    # an information office's account of its press conference introduces the speakers so
    (
        "E838",
        "On March 3, the Information Office of the provincial government held a press "
        "conference. The plan was introduced by Mr. Zhao Lin, vice governor of the "
        "province, and Mr. Sun Bo, director of the provincial development and reform "
        "commission.",
    ),
]


CASES = [(code, text, span) for code, text, span in FLAGGED] + [
    (code, text, None) for code, text in CLEAN
]


@pytest.mark.parametrize(("code", "text", "span"), CASES)
def test_finds_residue_and_nothing_else(code: str, text: str, span: str | None) -> None:
    """Each flagged text yields its span; each clean text yields nothing for `code`."""
    assert_flags(code, text, span)
