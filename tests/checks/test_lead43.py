"""In-sample fixes after this round's blind measure: each false case silent, each genuine case
still flagged. The texts are ours, written in the shapes the blind pages showed."""

from __future__ import annotations

import pytest
from helpers import check_texts

HEAD = "Speech by Consul General Wang Lin at the Spring Reception\n2023-01-20 10:15\n"
FIRST = "Good evening! It is a great pleasure to meet so many friends here tonight."


@pytest.mark.parametrize(
    "salutation",
    [
        "Ladies and gentlemen:",
        "Dear friends:",
        "Distinguished guests, dear colleagues:",
        "Your Excellency Minister Hall:",
        "Comrades:",
    ],
)
def test_r601_leaves_a_speech_salutation_ending_in_a_colon(salutation: str) -> None:
    found = check_texts([HEAD + salutation + "\n" + FIRST], ["R601"])
    assert found["span"].to_list() == ["2023-01-20 10:15"]


def test_r601_still_flags_a_form_label_over_the_speech() -> None:
    found = check_texts([HEAD + "Summary:\n" + FIRST], ["R601"])
    assert found["span"].to_list() == ["2023-01-20 10:15", "Summary:"]


@pytest.mark.parametrize(
    "text",
    [
        "According to Zhao, Liaoning will open five new border ports next year.",
        "Compared with Tieling, Liaoning has more ports on its coast.",
        "Thanks to Anshan, Liaoning will lead the region in steel output.",
    ],
)
def test_p337_leaves_an_opening_phrase_ended_by_its_comma(text: str) -> None:
    assert check_texts([text], ["P337"]).height == 0


def test_p337_still_flags_a_place_and_its_province_left_open() -> None:
    found = check_texts(["The plant in Tieling, Liaoning will start work in May."], ["P337"])
    assert found["span"].to_list() == ["Liaoning will"]


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Ambassador Mr. Huang Wei spoke at the reception.", "Ambassador Mr.", "Ambassador"),
        ("Party Secretary Mr. Tang Li presided over the meeting.", "Secretary Mr.", "Secretary"),
        ("Consul General Ms. Zhou Min met the students.", "General Ms.", "General"),
    ],
)
def test_e801_finds_a_title_and_an_honorific_before_one_name(
    text: str, span: str, suggestion: str
) -> None:
    found = check_texts([text], ["E801"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The party secretary, Mr. Tang, presided over the meeting.",
        "Thank you, Mr. President, for the warm welcome.",
        "Ambassador Huang Wei and Mr. Li Ming spoke at the reception.",
    ],
)
def test_e801_leaves_one_honorific_or_an_address(text: str) -> None:
    assert check_texts([text], ["E801"]).height == 0


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("The two nation’s leaders met in Dalian.", "two nation’s", "two nations’"),
        ("Both country's ministers signed the plan.", "Both country's", "Both countries'"),
        ("Several city’s mayors joined the forum.", "Several city’s", "Several cities’"),
        ("The United Nation’s agencies sent aid.", "United Nation’s", "United Nations’"),
    ],
)
def test_e801_finds_a_plural_owner_written_as_one(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The two nations’ leaders met in Dalian.",
        "The nation’s two leaders met in Dalian.",
        "One country’s plan and the other’s were compared.",
        "The United Nations’ agencies sent aid.",
    ],
)
def test_e801_leaves_a_plural_possessive_or_one_owner(text: str) -> None:
    assert check_texts([text], ["E801"]).height == 0
