"""E801's slips of number, preposition and word form in translated news: a visit "in" a
place, "economy growth", a span of years without "the", "can not", "many in common", a place
"at" a part of another, a matter "briefed", and "potentials" (but not "consensuses").

The sentences are written for these tests, in the register of local-government news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("During his visit in Hunan, the envoy met farmers.", "his visit in", "his visit to"),
        (
            "During their three-day visit in Macao, the guests toured a port.",
            "their three-day visit in",
            "their three-day visit to",
        ),
        ("The mayor paid a visit in Laos.", "paid a visit in", "paid a visit to"),
        ("The county aims at boosting economy growth.", "economy growth", "economic growth"),
        (
            "Tourism drives the economy development of the town.",
            "economy development",
            "economic development",
        ),
        ("Exports were the highest of last five years.", "last", "the past"),
        ("Grain output rose steadily in last three years.", "last", "the past"),
        ("Shops can not open before May.", "can not", "cannot"),
        ("The two ports have so many in common.", "so many in common", "much in common"),
        ("The town is located at the northern part of the county.", "at", "in"),
        ("The park lies at the southwestern part of the city.", "at", "in"),
        (
            "Wang briefed the current economic situation of the county.",
            "briefed",
            "briefed them on",
        ),
        ("Then she briefed the basic conditions of the fair.", "briefed", "briefed them on"),
        ("The reform will release potentials in rural areas.", "potentials", "potential"),
    ],
)
def test_e801_finds_slips_of_form_in_translated_news(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["span"].to_list() == [span]
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        # a plural professional English uses: not a slip
        "The two sides reached important consensuses on trade and investment.",
        "During his visit to Hunan, the envoy met farmers.",
        "After concluding his visit in Qinghai, he flew to Ningxia.",
        "During his visit in May, he toured the port.",
        "During her visit in the spring, she toured the port.",
        "The visit in Beijing was his first.",
        "The digital economy development plan was issued.",
        "The county drew up an economy growth plan.",
        "The sharing economy growth rate fell.",
        "Economic growth was the highest of the past five years.",
        "Last year output rose, and in the last three years it doubled.",
        "He was last seen in Harbin three years ago.",
        "Firms can not only grow but also export.",
        "The two cities have much in common, and many in the city agree.",
        "The town is located in the northern part of the county.",
        "The village lies at the foot of the hill, at the junction of two roads.",
        "Wang briefed the delegation on the current economic situation.",
        "She briefed the press about the plans for the fair.",
        "The mayor briefed reporters after the meeting.",
        "The official gave a brief account of the progress.",
        "The county has great potential and broad consensus.",
    ],
)
def test_e801_leaves_the_right_forms_alone(text: str) -> None:
    assert check_texts([text], ["E801"]).is_empty()
