"""Session 47, recall of articles: set phrases that lost their "the" (E801)."""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "At same time, the county will repair 40 kilometres of rural roads.",
            "At same time",
            "At the same time",
        ),
        (
            "The two towns will sign a deal on tea exports in near future.",
            "in near future",
            "in the near future",
        ),
        (
            "The fund was launched in Lanxi with presence of the deputy mayor.",
            "with presence of",
            "with the presence of",
        ),
        (
            "The park strives to be forefront in green farming in the province.",
            "be forefront in",
            "be at the forefront in",
        ),
        (
            "Retail sales in the district grew by 6 percent in first quarter, the bureau said.",
            "in first quarter",
            "in the first quarter",
        ),
        (
            "During second half of 2022, the port handled 3 million containers.",
            "During second half",
            "During the second half",
        ),
        (
            "Small firms, on other hand, pay less for power.",
            "on other hand",
            "on the other hand",
        ),
    ],
)
def test_a_set_phrase_without_its_the_is_flagged(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "At the same time, the county will repair 40 kilometres of rural roads.",
        "The two towns will sign a deal on tea exports in the near future.",
        "The fund was launched in the presence of the deputy mayor.",
        "The guard kept his presence of mind when the fire broke out.",
        "The park is at the forefront of green farming in the province.",
        "Retail sales grew in the first quarter of the year.",
        "Its first-quarter output rose, as firms said in first-quarter reports.",
        "On the other hand, small firms pay less for power.",
        "The new hall serves as a forefront of the reform drive.",
    ],
)
def test_the_set_phrases_written_right_are_left_alone(text: str) -> None:
    assert_flags("E801", text, None)


def test_a_headline_may_drop_the_article_of_a_set_phrase() -> None:
    text = "Port Output Jumps in First Quarter\nThe port handled more cargo this spring.\n"
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Shops closed, except for firms involving in the gas supply.", "involved in"),
        ("The bureau involves in the fair every year.", "is involved in"),
    ],
)
def test_involve_with_a_stray_in_is_flagged(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found.select("suggestion").to_series().to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "Firms involved in the gas supply stayed open.",
        "The plan, involving in total 30 projects, was adopted.",
        "The work, involving in particular the old town, starts soon.",
    ],
)
def test_involve_written_right_is_left_alone(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Jinzhou held a forum over the safety of school meals.", "forum over", "forum on"),
        (
            "The deputies made proposals over the upkeep of village roads.",
            "proposals over",
            "proposals on",
        ),
        ("The session will discuss over the budget report.", "discuss over", "discuss"),
    ],
)
def test_over_for_on_after_a_forum_or_discuss_is_flagged(
    text: str, span: str, suggestion: str
) -> None:
    found = check_texts([text], ["E801"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The city held a forum over the weekend on rural tourism.",
        "Farmers sent many proposals over the years to the county.",
        "The two mayors discussed the plan over dinner.",
        "They discussed over the phone how to share the water.",
        "A dispute over the land was settled in court.",
    ],
)
def test_over_of_time_meals_and_disputes_is_left_alone(text: str) -> None:
    assert_flags("E801", text, None)
