"""Session 41, lead: false alarms and misses seen on real pages no rule was tuned on.

- R601: a byline whose fields a middle dot divides, as a bar does ("By … · date · Source:"),
  is page furniture; the double spaces around its dots go with it (P307).
- E828: "the" that opens a list of three fields of work or more ("the road construction,
  land supply and staff training") governs the list.
- E821: a page's headline (no stop closes it) may speak as "we": an opinion column's title.
- P320: a piece of a web address ("com") is no word to split a rare word into ("comminute").
- E801: a zodiac year without the animal's article, a count opening with a bare "Total",
  a consul general posted "to" a city.
- T105: a body's name whose apostrophe is typed twice ("People''s Congress") is whole.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts

STORY = "The city signed six deals with firms from Japan on Monday, officials said.\n"


@pytest.mark.parametrize(
    "byline",
    [
        "By Zhou Min  ·  2019-03-08  ·   Source: | Web Exclusive",
        "By Zhou Min · 2019-03-08 · Source: Beijing Review",
        "By Zhou Min | 2019-03-08 | Source: Web Exclusive",
    ],
)
def test_a_byline_of_fields_divided_by_dots_or_bars_is_furniture(byline: str) -> None:
    found = check_texts([f"Six Deals Signed at the Trade Fair\n\n{byline}\n\n{STORY}"])
    on_byline = found.filter(found["span"].str.contains("Zhou Min") | (found["line"] == 3))
    assert on_byline["code"].to_list() == ["R601"]


def test_a_middle_dot_in_prose_is_no_byline() -> None:
    text = (
        "Six Deals Signed\n\nThe fair drew 300 firms · its third year running · the mayor said.\n"
    )
    found = check_texts([text], ["R601"])
    assert found.height == 0


@pytest.mark.parametrize(
    "text",
    [
        "The officials learned about the road construction, land supply "
        "and staff training in the park.",
        "The mayor asked about the road construction, land use, and staff training at the site.",
    ],
)
def test_the_before_a_list_of_fields_of_work_is_left_alone(text: str) -> None:
    assert_flags("E828", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The county will speed up the project construction, and the city will help.",
            "the project construction",
        ),
        (
            "Officials must grasp the project construction and the safety checks.",
            "the project construction",
        ),
    ],
)
def test_the_before_building_work_alone_is_still_flagged(text: str, span: str) -> None:
    assert_flags("E828", text, span)


def test_a_doubled_apostrophe_inside_a_body_is_no_cut_short_title() -> None:
    text = (
        "Zhou Bin, director of the Standing Committee of the Provincial People''s Congress, "
        "met the delegation."
    )
    found = check_texts([text], ["T105", "P310"])
    assert found["code"].to_list() == ["P310"]


def test_a_title_cut_short_is_still_flagged() -> None:
    text = "Zhou Bin, secretary of the Municipal Party presided over the meeting."
    assert check_texts([text], ["T105"])["code"].to_list() == ["T105"]


def test_an_opinion_headline_in_the_first_person_is_left_alone() -> None:
    text = (
        "Even the port's old critics have agreed that we were right all along\n\n"
        "The bureau issued a statement on Friday. It said the report was unfair.\n"
    )
    assert_flags("E821", text, None)


def test_a_report_in_the_first_person_under_a_headline_is_still_flagged() -> None:
    text = (
        "Mayor Meets Investors\n\n"
        "The mayor stressed that the task is arduous. We must act at once, she added later.\n"
    )
    assert_flags("E821", text, "We")


def test_a_rare_word_is_not_split_into_a_piece_of_an_address() -> None:
    assert_flags("P320", "Two plants comminute building waste before it is reused.", None)


def test_two_everyday_words_run_together_are_still_flagged() -> None:
    assert_flags("P320", "The two plants reuse building waste tomake new bricks.", "tomake")


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("The temple fair opened the Year of Dog with lion dances.", "Dog", "the Dog"),
        ("Crowds marked the Year of Fire Monkey.", "Fire Monkey", "the Fire Monkey"),
        ("Total 85 deputies attended the session.", "Total", "A total of"),
        ("The fair ended. Total 2,400 firms took part.", "Total", "A total of"),
        (
            "Zhou Min, Chinese Consul General to Houston, spoke.",
            "Consul General to",
            "Consul General in",
        ),
    ],
)
def test_set_phrases_of_years_counts_and_consuls(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The temple fair opened the Year of the Dog with lion dances.",
        "Total: 85 deputies.",
        "Total investment reached 5 billion yuan.",
        "She was ambassador to Britain and then Consul General in Belfast.",
        "The Consul General to the United Nations office spoke.",
        "The city marks a year of reform.",
    ],
)
def test_years_counts_and_consuls_written_right_are_left_alone(text: str) -> None:
    assert_flags("E801", text, None)
