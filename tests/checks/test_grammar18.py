"""E835's redundant "etc.", E836's verb after "including", E814's passive headlines, E801's
"stick to" and E819's "NO. 1": what they flag, what they suggest, what they leave alone.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "The sister cities work together in fields such as port trade, tourism and so on.",
            " and so on",
            "",
        ),
        (
            "The fair shows goods including rice wine, bamboo ware, etc., from 12 counties.",
            ", etc.",
            "",
        ),
        (
            "Vice mayors Sun Hao, Liu Fang, etc. also attended the ceremony.",
            ", etc.",
            " and others",
        ),
        (
            "Deputy director Qian Yu, Secretary-General Ma Lin and so on were present.",
            " and so on",
            " and others",
        ),
    ],
)
def test_e835_flags_and_mends(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["E835"])
    assert spans(found) == [span]
    assert found["suggestion"].to_list() == [suggestion]
    assert found["fix"].to_list() == ["unsafe"]


@pytest.mark.parametrize(
    "text",
    [
        # "etc." with no "such as" before it is the writer's choice.
        "The county grows tea, bamboo, chestnuts, etc. on its hills.",
        # the list and its "such as" are in another sentence
        "Crops such as tea grew well. The county also sells bamboo, chestnuts, etc.",
        # a site's legal boilerplate
        "The content (including but not limited to text, photos, video, etc) belongs to us.",
        # a heading, no stop
        "Fields Such as Trade, Tourism and So On",
        # "and so on" as a time: no list closed by it
        "The plan set tasks such as roads for the first year, and so on until 2030, it said",
    ],
)
def test_e835_leaves_alone(text: str) -> None:
    assert spans(check_texts([text], ["E835"])) == []


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        (
            "Matters including the Rules for Night Markets was deliberated and adopted.",
            "were",
        ),
        ("Plans such as the Scheme for Old Estates has been approved.", "have been"),
        ("Issues including the port budget Was reviewed at the meeting.", "Were"),
    ],
)
def test_e836_suggests_the_plural(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E836"])
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "Matters including the Rules for Night Markets were deliberated and adopted.",
        # the list holds a clause of its own, whose verb is its own
        "Issues including whether the fee was cut were reviewed.",
        "Plans including one that has been approved were shown.",
        # a singular head
        "The plan, including its budget, was approved.",
        # "was" before no verb of a meeting's business
        "Issues including the port budget was a concern for some",
    ],
)
def test_e836_leaves_alone(text: str) -> None:
    assert spans(check_texts([text], ["E836"])) == []


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("The Tea Culture Forum was Held in Pu'er", "was Held", "Held"),
        ("Rural Road Work Conference Has Been Convened", "Has Been Convened", "Convened"),
        ("The Spring Fair Was Opened Yesterday", "Was Opened", "Opened"),
    ],
)
def test_e814_drops_the_auxiliary(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["E814"])
    assert spans(found) == [span]
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "Why the Spring Fair Was Opened Early",
        "Was the Forum Held in Time?",
        "The tea culture forum was held in Pu'er on Friday.",  # running text
        "The new bridge was opened on May 5, 2019 [Photo by Li Na]",  # a caption
    ],
)
def test_e814_leaves_passives_alone(text: str) -> None:
    assert spans(check_texts([text], ["E814"])) == []


def test_e801_stick_to_takes_ing() -> None:
    found = check_texts(["The towns stick to improve the lives of farmers."], ["E801"])
    assert spans(found) == ["stick to improve"]
    assert found["suggestion"].to_list() == ["stick to improving"]
    # a noun after "stick to" is its object
    assert spans(check_texts(["The towns stick to the plan for farmers."], ["E801"])) == []


def test_e819_reads_no_in_capitals_as_an_abbreviation() -> None:
    text = "Talks were held in NO. 3 meeting room. 12 firms came to the talks."
    assert spans(check_texts([text], ["E819"])) == ["12"]
