"""Page residue (session 26): a line said twice in a row, a photo's caption said again as
the opening of the paragraph under it, the source field naming an
outlet ("From: Anshan Daily"), the editor under any of a page's titles for one ("Editor in
charge: …"), a time stamp with the outlet glued to it and a credit after, a photographer's
credit glued to a caption's full stop or giving the photographer's post, and a handout's
credit whose outlet the copy lost.

Each shape is tested where it is residue and where like words are the article's: a
heading used again in a later section, a speech's address said again, two speakers' thanks,
a schedule's fields, a sentence about a photographer, a time span after "From".
Every text was written for these tests in the register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

# A short article of two paragraphs under its headline, for every test below.
_HEAD = "Tieling county builds new grain depot\n\n"
_PROSE = (
    "The county's new grain depot opened to farmers on Monday; it stores forty thousand tonnes."
)
_MORE = "Township heads toured the drying towers and heard how the depot cuts farmers' losses."
_ARTICLE = _PROSE + "\n\n" + _MORE


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a section's tab and its heading, one under the other
        ("Bureau Overview\nBureau Overview\n\n" + _ARTICLE, "Bureau Overview"),
        # a reporter's name in the byline box and again under the photo
        (_HEAD + "Wang Fang\n\nWang Fang\n\n" + _ARTICLE, "Wang Fang"),
        # an image's label and its alt text, at the page's foot
        (_HEAD + _ARTICLE + "\n\nPort Night View\nPort Night View\n", "Port Night View"),
    ],
)
def test_line_said_twice_in_a_row_is_flagged(text: str, span: str) -> None:
    assert_flags("R601", text, span)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a byline twice inside the page: both copies are the page's
        (_HEAD + "Wang Fang\nWang Fang\n\n" + _ARTICLE, ["Wang Fang", "Wang Fang"]),
        # a tab over the page's heading as its first two lines: the second copy is the
        # page's title, the only one it has
        ("Bureau Overview\nBureau Overview\n\n" + _ARTICLE, ["Bureau Overview"]),
    ],
)
def test_which_copies_of_a_twin_line_are_flagged(text: str, found: list[str]) -> None:
    assert spans(check_texts([text], ["R601"]), "R601") == found


@pytest.mark.parametrize(
    "text",
    [
        # a section heading used again in a later section: prose between the copies
        _HEAD + "Key Tasks\n\n" + _PROSE + "\n\nKey Tasks\n\n" + _MORE,
        # a speech greets its hearers again
        _HEAD + "Ladies and gentlemen,\n\nLadies and gentlemen,\n\n" + _ARTICLE,
        # two speakers of a transcript each say thanks
        _HEAD + _PROSE + "\n\nThank you.\n\nThank you.\n\n" + _MORE,
        # a schedule's field under each event
        _HEAD + "Venue: City Hall\nVenue: City Hall\n\n" + _ARTICLE,
    ],
)
def test_repeats_a_page_means_stay_silent(text: str) -> None:
    assert_flags("R601", text, None)


_CAPTION = "Li Ming, mayor of Anshan, chairs a meeting on the park's plan on March 14."


def _field(line: str) -> str:
    return f"{_HEAD}{line}\n\n{_ARTICLE}"


def _credit(paragraph: str) -> str:
    return f"{_HEAD}{_PROSE}\n\n{paragraph}\n\n{_MORE}"


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [
        ("R601", _field("From: Anshan Daily"), "From: Anshan Daily"),
        (
            "R601",
            _field("From: Anshan Municipal Bureau of Commerce"),
            "From: Anshan Municipal Bureau of Commerce",
        ),
        (
            "R601",
            _field("from: anshan.gov.cn date: 2024-05-06"),
            "from: anshan.gov.cn date: 2024-05-06",
        ),
        ("R601", _field("Editor in charge: Li Ming"), "Editor in charge: Li Ming"),
        ("R601", _field("Chief editor: Wang Fang"), "Chief editor: Wang Fang"),
        (
            "R601",
            _field("2024-05-06 10:21Anshan Daily Editor: Li Ming"),
            "2024-05-06 10:21Anshan Daily Editor: Li Ming",
        ),
        # a photographer's credit glued to the caption's full stop by the copy
        ("R604", _credit(f"{_CAPTION}Photo by Wang Fang"), "Photo by Wang Fang"),
        # the photographer's post after the name
        (
            "R604",
            _credit(f"{_CAPTION} Photo by Wang Fang, a reporter from Anshan Daily"),
            "Photo by Wang Fang, a reporter from Anshan Daily",
        ),
        (
            "R604",
            _credit(f"{_CAPTION}Photo by Wang Fang, a staff photographer of the media centre"),
            "Photo by Wang Fang, a staff photographer of the media centre",
        ),
        # a translator's credit in brackets after the last sentence
        (
            "R601",
            _credit(
                "The depot hired forty local workers. (Translated by Wang Fang, Anshan Language Services)"
            ),
            "(Translated by Wang Fang, Anshan Language Services)",
        ),
        # a handout's credit whose outlet the copy lost
        (
            "R604",
            _credit("Workers check the cranes at the park on May 3. [Photo provided to]"),
            "[Photo provided to]",
        ),
    ],
)
def test_page_fields_and_credits_are_flagged(code: str, text: str, span: str) -> None:
    assert_flags(code, text, span, strip=True)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # a time span in the article's words
        ("R601", _field("From 2020 to 2024, the depot served more than two hundred farms.")),
        # the editor named in a sentence
        ("R601", _field("The editor in charge of the yearbook, Li Ming, presented it.")),
        # a remark in brackets on how a list was made, in lower case after "by"
        ("R601", _credit("The depot stores maize. (Compiled by the county grain bureau in 2023.)")),
        # a sentence about photographs and the man who took them
        ("R604", _credit("Photos by Wang Fang, a reporter from Anshan Daily, were shown there.")),
        # the photographer's post with a verb after it: a sentence
        (
            "R604",
            _credit(
                "The show closed. Photos by Wang Fang, a reporter who covered it, drew crowds."
            ),
        ),
    ],
)
def test_fields_and_credits_in_sentences_stay_silent(code: str, text: str) -> None:
    assert_flags(code, text, None)


_MEETING = "On the morning of May 3, the municipal Party committee held a meeting"
_MEETING_MORE = (
    " to study the plan for the new grain depot. The meeting called for faster work on the"
    " drying towers."
)


def test_caption_said_again_over_the_text_is_flagged() -> None:
    text = f"{_HEAD}{_MEETING}.\n{_MEETING}{_MEETING_MORE}\n\n{_MORE}"
    assert spans(check_texts([text], ["R601"]), "R601") == [f"{_MEETING}."]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a headline the lead sentence opens with: no full stop, a title
        (
            "Anshan opens a new logistics park",
            "Anshan opens a new logistics park on Tuesday, the municipal government said.",
        ),
        # a short line: a label, not a caption
        ("Party committee meets.", "Party committee meets to study the plan for the new park."),
        # the lead says no more than the line: a paragraph said twice is the repeat test's
        (f"{_MEETING}.", f"{_MEETING} on May 3."),
    ],
)
def test_lines_the_lead_opens_with_stay_silent(first: str, second: str) -> None:
    assert_flags("R601", f"{first}\n{second}\n\n{_MORE}", None)
