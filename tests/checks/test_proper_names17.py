"""Proper names of political English in lower case (N219), honorary titles of places
written half in capitals (N220) and points of the compass capitalised as directions (E818).

The sentences are written for these tests in the register of local government news; none
is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

N219_FLAGGED = [
    ("The museum tells the story of new China's railways.", "new China", "New China"),
    ("Since new China was founded, the port has grown.", "new China", "New China"),
    ("The city was the cradle of new China film.", "new China", "New China"),
    ("Officials pledged to speed up building a digital China.", "digital China", "Digital China"),
    (
        "The forum shared the practice of digital China with guests.",
        "digital China",
        "Digital China",
    ),
]

N219_STANDING = [
    (
        "Wang Li, a member of the Jilin CPPCC standing committee, chaired the forum.",
        "standing committee",
    ),
    ("Deputies heard a report on the NPC Standing committee's work.", "Standing committee"),
    (
        "The Provincial People's Congress standing committee met on Friday.",
        "standing committee",
    ),
]

N219_CLEAN = [
    "The museum tells the story of New China's railways.",
    # after "a" or "the" the words describe
    "Young people in the 1950s set out to build a new China.",
    "The new China that emerged in 1949 faced many tasks.",
    "Experts spoke of a more digital China by 2035.",
    "The 6th Digital China Summit opened in Fuzhou on Wednesday.",
    # the organ named with capitals, or a standing committee described on its own
    "Wang Li, a member of the Jilin CPPCC Standing Committee, chaired the forum.",
    "Sun Hao, a standing committee member of the CPC Jilin Provincial Committee, spoke.",
]

# One document: it writes the congress with capitals once, so the lower case elsewhere is a
# slip; a document that writes every congress in lower case keeps its style.
CONGRESS_MIXED = (
    "The report of the 20th CPC National Congress was studied. Members recalled the Party's "
    "18th national congress and the nineteenth National congress."
)
CONGRESS_LOWER = (
    "Members of the county committee studied the spirit of the 20th national congress. "
    "They recalled the 19th national congress too."
)


@pytest.mark.parametrize(("text", "span", "suggestion"), N219_FLAGGED)
def test_proper_name_in_lower_case(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["N219"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize(("text", "span"), N219_STANDING)
def test_standing_committee_of_a_named_body(text: str, span: str) -> None:
    found = check_texts([text], ["N219"])
    assert found.select("span", "suggestion").rows() == [(span, "Standing Committee")]


@pytest.mark.parametrize("text", N219_CLEAN)
def test_proper_name_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["N219"])) == []


def test_congress_in_lower_case_beside_capitals() -> None:
    found = check_texts([CONGRESS_MIXED], ["N219"])
    assert found.select("span", "suggestion").rows() == [
        ("national congress", "National Congress"),
        ("National congress", "National Congress"),
    ]


def test_congress_in_lower_case_throughout_is_a_house_style() -> None:
    assert spans(check_texts([CONGRESS_LOWER], ["N219"])) == []


def test_congress_after_cpc_is_left_to_the_glossary_rule() -> None:
    text = "The 20th CPC National Congress closed. The 19th CPC national congress had set goals."
    assert spans(check_texts([text], ["N219"])) == []


N220_FLAGGED = [
    (
        "The city has won the titles of national Environmental Protection Model City.",
        "national Environmental Protection Model City",
        "National Environmental Protection Model City",
    ),
    (
        "Linyi became a provincial Garden City in 2016.",
        "provincial Garden City",
        "Provincial Garden City",
    ),
    (
        "The county won the title of Shuangyong Model city last year.",
        "Shuangyong Model city",
        "Shuangyong Model City",
    ),
    (
        "Pingyao is a national Historical and Cultural City.",
        "national Historical and Cultural City",
        "National Historical and Cultural City",
    ),
    (
        "The town is now an Excellent Tourist city.",
        "Excellent Tourist city",
        "Excellent Tourist City",
    ),
]

N220_CLEAN = [
    # capitalised throughout, or described in lower case throughout
    "Pingyao is a National Historical and Cultural City.",
    "The city aims to become a national civilized city by 2025.",
    "It is one of the country's top tourist and garden cities.",
    "Weihai is a national ecological garden city.",
    # a capital that opens the sentence
    "Garden city rules were revised last year.",
    # a place name before a description
    "Visitors call Guilin a tourist city like Hangzhou.",
    # quoted titles are the quotation's business
    "It holds the national “Garden City” title.",
]


@pytest.mark.parametrize(("text", "span", "suggestion"), N220_FLAGGED)
def test_half_capitalised_honorary_title(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["N220"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize("text", N220_CLEAN)
def test_honorary_title_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["N220"])) == []


DIRECTIONS = [
    ("The county faces the Bohai Sea in the North and Jinzhou in the southwest.", "North"),
    ("Rail lines run to the East, and a new highway runs to the south.", "East"),
    ("The park lies on the west bank; hills rise to the Northeast and to the south.", "Northeast"),
]

DIRECTIONS_CLEAN = [
    # a region's name with no lower-case direction beside it
    "Exchanges with the West have grown since the reform.",
    "The county faces the Bohai Sea in the north and Jinzhou in the southwest.",
    # the capital opens a name
    "Ships sail to the East China Sea and to ports in the north.",
]


@pytest.mark.parametrize(("text", "span"), DIRECTIONS)
def test_direction_capitalised_beside_a_lower_case_one(text: str, span: str) -> None:
    found = check_texts([text], ["E818"])
    assert found.select("span", "suggestion").rows() == [(span, span.lower())]


@pytest.mark.parametrize("text", DIRECTIONS_CLEAN)
def test_direction_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["E818"])) == []
