"""Grammar of the dated report (session 29): a present perfect for what a day or a meeting
dates (E811), and places or bodies named twice as two sets of them (E801).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "During the meeting, the progress of the first half of the year has been reviewed.",
            "has been reviewed",
        ),
        (
            "At the conference, the plan to widen the river port has been adopted.",
            "has been adopted",
        ),
        ("On May 12, the county has held a meeting on forest fire prevention.", "has held"),
        (
            "On the afternoon of June 3, the provincial leaders have inspected the new dykes.",
            "have inspected",
        ),
        (
            "Yesterday, the mayor has successfully visited the container port.",
            "has successfully visited",
        ),
        (
            "On October 9, the district rally on farmland protection and the campaign to clean "
            "up the rivers of the east bank has been held.",
            "has been held",
        ),
    ],
)
def test_a_present_perfect_for_a_dated_event_is_flagged(text: str, span: str) -> None:
    assert_flags("E811", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # A span up to now, in the opener or in the sentence.
        "During the past five years, the city has built 30 new schools.",
        "On May 12, the bureau said 40 firms have moved into the park since January.",
        "At the meeting, officials noted that the county has so far trained 500 farmers.",
        # A verb in a clause of its own, a future, an obligation.
        "On May 12, officials who have worked in the zone attended the forum.",
        "On May 12, the city will have held three such meetings.",
        "On May 12, the committee has to decide on the plan.",
        # The simple past.
        "During the meeting, the progress of the first half of the year was reviewed.",
    ],
)
def test_the_simple_past_or_a_span_up_to_now_is_left(text: str) -> None:
    assert_flags("E811", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Guests came from 30 cities (including sister cities and cities with trade offices).",
        "The park hosts state-owned enterprises and enterprises from Hong Kong and Macao.",
        "The fund helps poor villages and villages in the mountains of the county.",
    ],
)
def test_places_named_twice_as_two_sets_are_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # An activity named twice is one kind with a word too many.
        (
            "The two cities agreed to deepen close exchanges and exchanges with sister cities.",
            "exchanges and exchanges",
        ),
        # No words of its own for either half.
        ("Officials from the city and city of Jiamusi attended.", "city and city"),
    ],
)
def test_a_noun_said_twice_with_nothing_to_tell_the_halves_apart_is_flagged(
    text: str, span: str
) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The bureaus should speed up the implementation the new rules.", "implementation"),
        (
            "The meeting studied the Measures for the Implementation the Regulation on Rural "
            "Roads of the county.",
            "Implementation",
        ),
    ],
)
def test_implementation_without_of_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # A clause with its "that" dropped.
        "The implementation the county chose last spring was praised by farmers.",
        "The implementation the bureau carried out in May won wide praise.",
        "The bureaus sped up the implementation of the new rules.",
    ],
)
def test_implementation_before_a_clause_or_with_of_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Since the 19th CPC National Congress, the number of rural and urban cooperatives "
            "in the county increased from 800 to 2,300.",
            "increased",
        ),
        ("Since 2016, the district invested 4 billion yuan in its schools.", "invested"),
        (
            "Officials said that since the launch of the campaign, the city planted 2 million trees.",
            "planted",
        ),
    ],
)
def test_the_simple_past_where_since_counts_a_span_is_flagged(text: str, span: str) -> None:
    assert_flags("E842", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Since 2016, the district has invested 4 billion yuan in its schools.",
        # A participle describing a noun, a verb in a clause of its own, "since" as "because".
        "Since 2016, the number of registered firms in the district grew fast.",
        "Since 2016, the projects launched in the zone have created 5,000 jobs.",
        "Since 2016, when the county opened its port, trade has doubled.",
        "Since the county needed more teachers, it hired 300 graduates.",
    ],
)
def test_the_perfect_or_a_participle_after_since_is_left(text: str) -> None:
    assert_flags("E842", text, None)


def test_a_passive_after_since_is_read_once() -> None:
    # The participle of a passive is the passive's reading ("were" → "have been"), not a
    # simple past of its own.
    found = check_texts(["Since 2019, new county roads were paved in every township."], ["E842"])
    assert found["span"].to_list() == ["were"]
