"""Widenings from the misses of all the annotated sets at once: the comma after the "and" of
a semicolon series whatever opens its last item (P336), and "The" capitalised between two
words in lower case (N227), a closed compound written as two words (E802), and an ordinal
with a superlative left open before its noun (P343), and a Party committee’s 宣传部 named
“Propaganda Department” (T101, by a glossary entry).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    "text",
    [
        # The last item closed by a comma before the verb of the whole sentence.
        "Present were Li Hua, mayor; Wang Fang, vice mayor; and, persons in charge of the "
        "bureaus, attended.",
        # A verb whose object holds a comma of its own.
        "The county cleared the river; planted trees on the banks; and, promoted the "
        "“one river, one lake” plan.",
        # A body's name, a figure opening a numbered item.
        "Guests came from Hengyi Group; Lanxin Port; and, Greenfield Group, which signed a deal.",
        "The plan lists four tasks: 3. cutting costs; 4. opening markets; and, 5. training staff.",
        "The delegation toured the port; and, Dalian Port Group briefed them on its plans.",
    ],
)
def test_a_comma_after_the_and_of_a_semicolon_series_is_flagged(text: str) -> None:
    assert_flags("P336", text, ",")


@pytest.mark.parametrize(
    "text",
    [
        "The city will open new routes; and, at the same time, the port will add berths.",
        "The bureau cut fees; and, finally, it opened a service hall.",
        "The bureau cut fees; and, as a result, exports rose.",
        "The zone grew fast; and, Li Hua noted, it will keep growing.",
        "The city cut fees; and the port added berths, cranes and a rail link.",
    ],
)
def test_an_aside_after_the_and_of_a_semicolon_series_is_left(text: str) -> None:
    assert_flags("P336", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "The notice asked each township to speed up The repair of the old dikes.",
        "After the provincial scheduling The spirit of the meeting was relayed to all towns.",
    ],
)
def test_the_capitalised_between_two_lower_case_words_is_flagged(text: str) -> None:
    assert_flags("N227", text, "The")


@pytest.mark.parametrize(
    "text",
    [
        "Pupils read the novel The wandering earth in class.",
        "The county library held a talk titled The road ahead for rural readers.",
        "The envoy flew from Beijing to The Hague for the talks.",
        "Mayor Urges Towns to Promote The Implementation of the Plan",  # a title-case headline
    ],
)
def test_the_after_a_work_or_before_a_name_is_left(text: str) -> None:
    assert_flags("N227", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The resort offers a healthy life style by the lake.", "life style"),
        ("The mayor set out the blue print for the next five years.", "blue print"),
        ("Tourists strolled through the old China towns of the two cities.", "China towns"),
        ("The bridge has become a land mark of the new district.", "land mark"),
    ],
)
def test_a_closed_compound_written_as_two_words_is_flagged(text: str, span: str) -> None:
    assert_flags("E802", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The resort offers a healthy lifestyle by the lake.",
        "He returned to his home town to start a farm.",
        "The reform reached the grass roots of the county.",
        "The envoy said the host country side had made careful plans.",
        "The county sent a key note of thanks to the volunteers.",
    ],
)
def test_a_closed_compound_or_two_words_that_are_no_compound_are_left(text: str) -> None:
    assert_flags("E802", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The province is now the country's third largest economy.", "third largest"),
        ("Germany is the city's fourth biggest trading partner.", "fourth biggest"),
    ],
)
def test_an_ordinal_with_a_superlative_before_its_noun_is_flagged(text: str, span: str) -> None:
    assert_flags("P343", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The port is now the second largest in the province.",
        "Its output was the third largest, after Wuxi and Suzhou.",
        "The province is now the country's third-largest economy.",
        "The Second Largest Port Opens a New Berth",
    ],
)
def test_an_ordinal_with_a_superlative_naming_no_noun_is_left(text: str) -> None:
    assert_flags("P343", text, None)


def test_a_party_committees_propaganda_department_is_flagged() -> None:
    text = "Li Hua, head of the Propaganda Department of the County Party Committee, spoke."
    assert_flags("T101", text, "Propaganda Department")


@pytest.mark.parametrize(
    "text",
    [
        "Li Hua, head of the Publicity Department of the County Party Committee, spoke.",
        "The forum discussed how to counter foreign propaganda about the region.",
    ],
)
def test_the_publicity_department_or_propaganda_as_a_word_is_left(text: str) -> None:
    assert_flags("T101", text, None)
