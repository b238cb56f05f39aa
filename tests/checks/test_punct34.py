"""Punctuation of city news pages: a headline closed with a full stop (P352), a comma put
before the "and" that joins two subjects (P350), and a hyphen after the everyday adverbs
"clearly" and "remotely" (P322).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# P352: a Title Case heading alone in its paragraph, or the line above the page's date.


@pytest.mark.parametrize(
    "text",
    [
        "Our city\n\nThe 2nd Plenary Session of the 9th Municipal CPPCC Opens in Baoshan.\n\n"
        "The session opened on Monday morning.\n",
        # A short verb capitalised, a form of "be" left small: still a headline.
        "Our city\n\nBaoshan Trade Delegation Met Fuzhou Municipal Leaders in Fuzhou.\n\n"
        "The delegation arrived on Monday.\n",
        "Our city\n\nThe Fourth Baoshan Investment Fair is Held in Kunming.\n\n"
        "The fair opened on Monday.\n",
        "home > NEWS\nVice Governor Li Ming and Other Provincial Leaders Visited Flood-hit "
        "villages.\n2021-07-19 10:12:40\n\nThe leaders went to three counties.\n",
    ],
)
def test_a_headline_with_a_stop_is_flagged(text: str) -> None:
    assert_flags("P352", text, ".")


@pytest.mark.parametrize(
    "text",
    [
        # No stop after the headline.
        "The 2nd Plenary Session of the 9th Municipal CPPCC Opens in Baoshan\n\n"
        "The session opened on Monday.\n",
        # A sentence of the text, not in Title Case.
        "The second plenary session of the municipal CPPCC opened in Baoshan.\n\n"
        "It will last four days.\n",
        # A copyright line and a page's credits.
        "Copyright © Foreign Affairs Office of Baoshan Municipal People's Government.\n",
        # A list's last item after "and,".
        "Key projects include:\nA new bridge over the river;\nAn airport terminal; and,\n"
        "Fengshan Technology New Materials Industrial Park Project Phase Two.\n",
        # A caption between two credits.
        "Wang Lin | Baoshan Daily\nVice Mayor Zhou Bin Visits the Western Industrial Park "
        "in Baoshan.\nLi Fang | Photo\n",
        # A sentence break inside: running text that happens to capitalise.
        "The Mayor Spoke First. The Party Secretary Spoke Next at the Meeting.\n",
        # A sentence that names many people, bodies and days: a short verb in lower case
        # ("met", "led") is never Title Case.
        "Wang Lin met Fuzhou Municipal Government Delegation in Baoshan on Monday.\n\n"
        "The two sides talked about trade.\n",
        "Vice Mayor Zhou Bin led Baoshan Trade Delegation to Vientiane and Bangkok.\n",
        # A list of Title Case lines, each closed with a stop.
        "Baoshan Western Industrial Park Logistics Centre Project.\n"
        "Baoshan Eastern New District Water Supply Works Project.\n"
        "Baoshan Northern Railway Freight Yard Extension Project.\n",
    ],
)
def test_a_line_that_is_no_headline_is_left_alone(text: str) -> None:
    assert_flags("P352", text, None)


# P350: a comma before the "and" that joins two subjects, the first a titled person.


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Mayor Zhou Bin, and officials of the municipal transport bureau attended.",
        "Baoshan Party Secretary Liu Feng, and Mayor He Wen attended and addressed the forum.",
        "Vice Governor Sun Li, and heads of the provincial departments, the city and the "
        "county took part in the inspection.",
    ],
)
def test_a_comma_before_and_between_two_subjects_is_flagged(text: str) -> None:
    assert_flags("P350", text, ",")


@pytest.mark.parametrize(
    "text",
    [
        # No comma before "and".
        "Deputy Mayor Zhou Bin and officials of the municipal transport bureau attended.",
        # An aside after the first name, closed: the comma belongs to it.
        "Zhou Bin, deputy mayor, and officials of the bureau attended.",
        # Three subjects, the serial comma.
        "Mayor He Wen, Vice Mayor Zhou Bin, and officials of the bureau attended.",
        # The second subject holds a relative: the comma may open an aside.
        "Deputy Mayor Zhou Bin, and Li Na, who heads the bureau, attended.",
        # Not a person named in pinyin.
        "Ambassador John Smith, and officials of the embassy attended.",
        # Two clauses: the second has its own subject and verb.
        "The plan was drawn up by Vice Mayor Zhou Bin, and officials of the bureau attended.",
    ],
)
def test_a_comma_before_and_that_is_right_is_left_alone(text: str) -> None:
    assert_flags("P350", text, None)


# P322: "clearly" and "remotely" are adverbs; no hyphen after them.


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county set clearly-defined targets for 2024.", "-"),
        ("The school serves a remotely-located mountain village.", "-"),
    ],
)
def test_a_hyphen_after_clearly_or_remotely_is_flagged(text: str, span: str) -> None:
    assert_flags("P322", text, span)


def test_clearly_without_a_hyphen_is_left_alone() -> None:
    assert_flags("P322", "The county set clearly defined targets for 2024.", None)


# P353: a full date in mid-sentence, no comma after its year.


@pytest.mark.parametrize(
    "text",
    [
        "The county held a ceremony on June 18, 2021 to mark the opening of the bridge.",
        "He was removed from office on March 2, 2019 according to a notice of the commission.",
        "The port reopened on Oct 9, 2020 amid strict epidemic controls.",
    ],
)
def test_a_year_not_closed_by_a_comma_is_flagged(text: str) -> None:
    assert_flags("P353", text, text.split(", ")[1][:4])


@pytest.mark.parametrize(
    "text",
    [
        # The comma is there.
        "The county held a ceremony on June 18, 2021, to mark the opening of the bridge.",
        # A range of dates.
        "The fair runs from June 18, 2021 to July 3, 2021 in the new hall.",
        "The survey ran between June 18, 2021 and July 3, 2021.",
        # A verb after the date: a caption's house style.
        "Photo taken on June 18, 2021 shows the new bridge over the river.",
        # A place after the date: the agencies' captions.
        "Delegates arrive for the session on June 18, 2021 in Kunming.",
        # The date ends the sentence.
        "The bridge opened on June 18, 2021.",
    ],
)
def test_a_year_rightly_punctuated_is_left_alone(text: str) -> None:
    assert_flags("P353", text, None)


# P354: a place with its level word, then its country, no comma.


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In the south of Hainan Province China, the sea is warm all year.", "Province China"),
        ("The city sent medical supplies to Kandy City Sri Lanka in May.", "City Sri Lanka"),
    ],
)
def test_a_country_after_a_place_without_a_comma_is_flagged(text: str, span: str) -> None:
    assert_flags("P354", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "In the south of Hainan Province, China, the sea is warm all year.",
        # A region, not a place with its level word.
        "Trade in Northeast China and South China grew in May.",
        # The country goes on into a name.
        "Shenzhen City China Merchants Bank opened a branch.",
    ],
)
def test_a_place_and_country_rightly_written_are_left_alone(text: str) -> None:
    assert_flags("P354", text, None)
