"""Page residue (session 22): credit labels, local papers' bylines, image file names, and
three false alarms of R601 removed.

A caption without a credit that shows the article's own people (its name stands in the
text again) is the article's; a caption of someone the article never names is still the
page's. "By Mr. …" under a speech's title names its speaker; the same line over a news
story is a byline. "Editor's Note:" over the first paragraph opens the article; a form's
field label over it is still the page's. Every text was written for these tests in the
register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

_STORY = (
    "On March 12, Zhao Lin, Secretary of the CPC Anshan Municipal Committee, inspected the "
    "Anshan steel plant and two industrial parks in the city. He stressed the importance of "
    "safe production and asked all departments to carry out their work in a solid manner."
)
_CAPTION = (
    "Zhao Lin, Secretary of the CPC Anshan Municipal Committee, inspects work at the Anshan "
    "steel plant on March 12."
)
_OTHER_CAPTION = "Wang Fang, mayor of Fushun, visits a coal mine in Fushun on March 10."
_SPEECH_HEAD = "Speech at the Anshan Investment Promotion Conference\n\n"
_SPEECH_BODY = (
    "\n\nSecretary of the CPC Anshan Municipal Committee\n\nMarch 12, 2024\n\n"
    "Distinguished guests,\n\nIt is a great pleasure to welcome you to Anshan for this "
    "conference on investment and cooperation in our city."
)
_NEWS_HEAD = "Anshan prepares for the provincial games\n\n"
_FIELDS = "Source: Anshan Daily Published: 2024/3/12 10:21:09\n\n"
_PROSE = (
    "The city of Anshan will host the provincial games this summer, and the municipal "
    "government has set up a working group to prepare the venues and the transport."
)


def _flagged(code: str, text: str) -> list[str]:
    return [s.strip() for s in spans(check_texts([text], [code]), code)]


@pytest.mark.parametrize(
    ("text", "span", "flagged"),
    [
        # a caption of the article's own people, no credit: the article's
        (
            "Open Governance\nZhao Lin inspects Anshan\n\n" + _CAPTION + "\n\n" + _STORY,
            _CAPTION,
            False,
        ),
        # a caption of someone the story never names: another story's, left on the page
        (_OTHER_CAPTION + "\n\n" + _STORY, _OTHER_CAPTION, True),
        # the speaker under a speech's title
        (_SPEECH_HEAD + "By Mr. Zhao Lin" + _SPEECH_BODY, "By Mr. Zhao Lin", False),
        # the same line over a news story is its byline
        (_NEWS_HEAD + "By Mr. Zhao Lin\n\n" + _STORY, "By Mr. Zhao Lin", True),
        # an editor's note opening the first paragraph
        (_NEWS_HEAD + _FIELDS + "Editor's Note:\n\n" + _PROSE, "Editor's Note:", False),
        # a form's field label left over the first paragraph
        (_NEWS_HEAD + _FIELDS + "Choose Type:\n\n" + _PROSE, "Choose Type:", True),
    ],
)
def test_r601_false_alarms(text: str, span: str, flagged: bool) -> None:
    # the page's other residue (its fields, its section label) may be flagged beside it
    assert (span in _flagged("R601", text)) is flagged


_ARTICLE = (
    "\n\nThe municipal government held a meeting on the port on Monday and set the tasks for "
    "the rest of the year.\n\nOfficials from every district reported on the projects signed "
    "since January and on the problems that still slow their construction down."
)


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        # a credit under its label, alone or in brackets: an outlet or a person's name
        ("Graphics: Anshan Daily", True),
        ("(Illustration: Li Ming/GT)", True),
        ("Designer: Wang Fang", True),
        ("Web editor: Li Ming, Wang Fang", True),
        # a label over a sentence is the article's
        ("Chart: the port's cargo grew by 12 percent in the first half of the year.", False),
        ("Video: how the new berth was built", False),
        # the outlet's invitation and the web editor, in brackets
        (
            "(For the latest China news, please follow Anshan Daily on Twitter and "
            "Facebook)(Web editor: Li Ming, Wang Fang)",
            True,
        ),
        # a local paper's byline, a reporter and a correspondent with their names
        ("Anshan Daily reporter Li Ming", True),
        ("Reporter Li Ming and Wang Fang", True),
        ("Correspondent Zhao Lin", True),
        # a sentence about reporters is the article's
        ("Reporters visited the port on Monday.", False),
        # the print headline, a post's section, a share widget's leftover, the outlet and
        # its section between empty slots
        ("Newspaper headline: Port opens new berth", True),
        ("Posted in: City News", True),
        ("Share this with Close", True),
        ("Anshan Review - - Essay -", True),
        # an image's file name with a space in it, a stamp over an empty source field
        ("port meeting.jpg", True),
        ("2023.08.01 / Source: /", True),
        # a side bar's headings, the outlet's mobile edition as a banner
        ("Top 10", True),
        ("Popular on Anshan Daily", True),
        ("Search Trends", True),
        ("Off the wire", True),
        ("Key Words", True),
        ("Global Times Mobile", True),
        # a heading of the article's own
        ("Top priorities for 2024", False),
    ],
)
def test_r601_credit_and_page_labels(line: str, flagged: bool) -> None:
    assert (line in _flagged("R601", "Anshan opens a new berth\n\n" + line + _ARTICLE)) is flagged


_STORY_TAIL = (
    "\n\nThe municipal government held a meeting on the port on Monday and set the tasks for "
    "the rest of the year, officials said.\n\nThe port handled 20 million tonnes of cargo "
    "last year, and the bureau expects more this year."
)


@pytest.mark.parametrize(
    ("paragraph", "span"),
    [
        # a graphic's credit under its label after a caption's last sentence, or in brackets
        (
            "The new berth can take ships of 300,000 tonnes. Graphics: Anshan Daily",
            " Graphics: Anshan Daily",
        ),
        (
            "Work on the berth started in 2022. Illustration: Wang Fang/GT",
            " Illustration: Wang Fang/GT",
        ),
        (
            "The port handled more cargo (Graphic: Anshan Daily) than a year earlier.",
            " (Graphic: Anshan Daily)",
        ),
        (
            "Li Ming chairs a meeting with entrepreneurs in Anshan, May 3, 2020. "
            "(File photo: Xinhua/Wang Fang)",
            " (File photo: Xinhua/Wang Fang)",
        ),
        # the agency alone after a caption: a name and a verb in the present tense
        (
            "Li Ming, mayor of Anshan, speaks at the opening of the berth in Anshan on "
            "Monday. Xinhua",
            " Xinhua",
        ),
        # after a story's sentence in the past tense the agency is the story's source
        ("The bureau said the berth would open in June, Li Ming told reporters. Xinhua", None),
        # a chart's label over a sentence is the article's
        ("The berth opened on Monday. Chart: the growth of cargo since 2019 is shown.", None),
    ],
)
def test_r604_credit_after_caption(paragraph: str, span: str | None) -> None:
    assert_flags("R604", "Anshan opens a new berth\n\n" + paragraph + _STORY_TAIL, span)


_SESSION = (
    "Anshan session closes\n\n"
    "The session of the Anshan Municipal People's Congress closed on Monday after five days "
    "of meetings, and deputies adopted the government work report for the year.\n\n"
    "Deputies also reviewed the reports of the municipal court and the procuratorate and "
    "elected new members of the Standing Committee of the congress.\n\n"
    "Resolutions were passed on the budget and on the plan for economic and social "
    "development, and the list of livelihood projects for 2024 was announced.\n\n"
)
_HEAD = "Fushun opens a new childcare centre"
_TEASER = "A new centre for childcare in Fushun is expected to open by the end of the year."


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # another story's headline and its teaser close the page
        (_SESSION + _HEAD + "\n\n" + _TEASER, True),
        # a sentence that leans on the article ("He …") is the article's last section
        (_SESSION + _HEAD + "\n\nHe said the centre would open by the end of the year.", False),
        # an article with sub-headings of its own ends with its last section
        (
            _SESSION.replace("Deputies also", "Reports reviewed by the deputies\n\nDeputies also")
            + _HEAD
            + "\n\n"
            + _TEASER,
            False,
        ),
        # a headline over two sentences is a section of the article
        (_SESSION + _HEAD + "\n\n" + _TEASER + " Parents welcomed the plan.", False),
    ],
)
def test_r601_teaser_after_article(text: str, flagged: bool) -> None:
    found = _flagged("R601", text)
    assert (_HEAD in found) is flagged
