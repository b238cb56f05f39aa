"""Page residue (session 25): a site's cookie notice and its buttons, a story's reading
time, a raw time stamp in milliseconds, a template's unfilled fields, a picture's controls, an empty
"Original link:" label, the site's reservation of its content, short lines of up to four
words above the headline, a label said twice in a row, and other stories listed each with
the time it was posted.

Each shape is tested where it is residue and where like words are the article's: a
sentence about the internet, a figure in a sentence, a year in a sentence, a sub-heading
under the headline, a heading followed by prose, a schedule whose lines end in times.
Every text was written for these tests in the register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

_HEAD = "Anshan opens a new logistics park\n\n"
_PROSE = (
    "Anshan's new logistics park began operation on Tuesday. The municipal government "
    "expects it to serve three hundred firms in the first year."
)
_MORE = "District leaders toured the warehouses and the rail siding with the park's managers."
_MORE += " They heard how the park would link steel mills with the port of Yingkou."
_ARTICLE = f"{_PROSE}\n\n{_MORE}"


@pytest.mark.parametrize(
    "line",
    [
        "Our Privacy Statement & Cookie Policy",
        "Cookie Settings",
        "Accept all cookies",
        "By continuing to use this site you agree to our use of cookies and our revised terms.",
        "We use cookies to improve your experience on our website.",
        "This site stores cookies in your browser to remember your choices.",
    ],
)
def test_cookie_notice_is_flagged(line: str) -> None:
    assert_flags("R601", f"{line}\n\n{_HEAD}{_ARTICLE}", line)


@pytest.mark.parametrize(
    "line",
    [
        # the article's own sentence on the internet, no cookies in it
        "The city agreed to use the new platform to register firms online this year.",
        # a sentence about biscuits from a food fair: no browser, no consent
        "Bakers from Dalian sold cookies and mooncakes at the fair for three days.",
        # minutes in a sentence are no reading time
        "The new line cuts the trip to the airport to 25 minutes, the bureau said.",
        # a large figure in a sentence is no time stamp
        "The park cost 1716950400 yuan, the municipal finance bureau said.",
        # a picture viewed in a sentence is no control
        "Visitors can view the original picture of the old port in the city museum.",
        # permission in a regulation's sentence is no reservation of a site's content
        "Without permission from the bureau, no firm may build on farmland, the new "
        "regulation says.",
    ],
)
def test_sentences_of_the_article_are_left_alone(line: str) -> None:
    assert_flags("R601", f"{_HEAD}{_PROSE}\n\n{line}\n\n{_MORE}", None)


@pytest.mark.parametrize("line", ["6 Min Read", "3 min read", "Reading time: 4 minutes"])
def test_reading_time_is_flagged(line: str) -> None:
    assert_flags("R601", f"{_HEAD}{line}\n\n{_ARTICLE}", line)


def test_raw_time_stamp_is_flagged() -> None:
    assert_flags("R601", f"{_HEAD}1716950400000\n\n{_ARTICLE}", "1716950400000")


def test_template_placeholders_are_flagged() -> None:
    line = "{{item.title}} {{item.date}}"
    assert_flags("R601", f"{_HEAD}{_ARTICLE}\n\n{line}", line)


@pytest.mark.parametrize(
    "line", ["View Original Image", "Click to enlarge", "View larger picture", "Original link:"]
)
def test_picture_controls_and_empty_link_label_are_flagged(line: str) -> None:
    assert_flags("R601", f"{_HEAD}{_PROSE}\n\n{line}\n\n{_MORE}", line)


def test_reservation_of_content_is_flagged() -> None:
    line = (
        "Without written authorization from the site, such content shall not be "
        "republished or used in any form."
    )
    assert_flags("R601", f"{_HEAD}{_ARTICLE}\n\n{line}", line)


@pytest.mark.parametrize("label", ["Knowing All about Liaoning", "We Are Anshan"])
def test_short_line_above_the_headline_is_flagged(label: str) -> None:
    text = (
        f"{label}\n\nAnshan opens a new logistics park\n\nUpdated: 2024-05-06 10:21\n\n{_ARTICLE}"
    )
    assert_flags("R601", text, label)


def test_headline_with_a_year_still_heads_the_page() -> None:
    # the year opens the headline: it is no time stamp, the line above it is the site's
    text = (
        "Knowing All about Liaoning\n\n2024 Investment Fair Opens in Anshan\n\n"
        f"Updated: 2024-05-06 10:21\n\n{_ARTICLE}"
    )
    assert_flags("R601", text, "Knowing All about Liaoning")


def test_short_headline_with_prose_under_it_is_left_alone() -> None:
    # no line of the page's furniture in the title area: the short line is the headline
    text = (
        f"Anshan Opens Logistics Park\n\nThe park will serve steel mills and the port\n\n{_ARTICLE}"
    )
    assert_flags("R601", text, None)


@pytest.mark.parametrize("button", ["I agree", "Accept all", "Got it"])
def test_cookie_notice_button_is_flagged(button: str) -> None:
    notice = "We use cookies to improve your experience on our website."
    assert_flags("R601", f"{notice}\n\n{button}\n\n{_HEAD}{_ARTICLE}", button)


def test_agreement_in_a_transcript_is_left_alone() -> None:
    # a speaker's short reply, no cookie notice near it
    text = f"{_HEAD}{_PROSE}\n\nWill the park open on time, the mayor asked.\n\nI agree\n\n{_MORE}"
    assert_flags("R601", text, None)
