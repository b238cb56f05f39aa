"""False alarms of the session's unseen pages, one test per pattern: a county one letter from
a province (N203), the last paragraph cut short (E814), a Title Case heading (N213), a list of
kinds of one noun and experiences shared (E801), a wire service's lower-case "party" (N207),
and the white space leading a line of page residue (P313 beside R601).

The sentences are written for these tests, in the register of city news and wire copy.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Officials from Xingjiang visited the fair in Dalian.", "Xingjiang"),
        ("The delegation toured Shangdong and Hebei last week.", "Shangdong"),
    ],
)
def test_a_misspelt_province_is_still_flagged(text: str, span: str) -> None:
    assert_flags("N203", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # 新建 and 建西: a county or a district below a province, its level word in lower case.
        "The new zone covers Xinjian county in Nanchang and part of Yongxiu county.",
        "Farmers in Jianxi district grew more peaches this year.",
    ],
)
def test_a_place_with_a_lower_case_level_word_is_no_misspelt_province(text: str) -> None:
    assert_flags("N203", text, None)


def test_a_past_tense_heading_is_still_flagged() -> None:
    text = "Mayor Li Visited Shantou\n\nThe mayor toured the port on Monday. He met workers."
    assert_flags("E814", text, "Visited")


def test_the_last_paragraph_after_prose_is_no_heading() -> None:
    # A page taken up to a length ends mid-sentence: its last line has no full stop.
    text = (
        "Mayor Li Meets Port Workers\n\n"
        "The mayor toured the port on Monday. He met workers and officials.\n\n"
        "The delegation also inspected the new terminal and visited a park to see"
    )
    assert_flags("E814", text, None)


def test_a_plural_title_in_running_text_is_still_flagged() -> None:
    assert_flags("N213", "Yesterday six Mayors from the province met investors.", "Mayors")


def test_a_plural_title_in_a_title_case_heading_is_left() -> None:
    text = (
        "Provincial Committee Holds a Meeting of the Secretaries of the County Party "
        "Committees\n\nThe meeting was held on Monday."
    )
    assert_flags("N213", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The city held close exchanges and exchanges with cities abroad.", "exchanges"),
        ("The county accumulated valuable experiences in poverty relief.", "experiences"),
        ("The township shared good experiences in rural revival.", "experiences"),
    ],
)
def test_a_noun_said_twice_and_lessons_made_plural_are_still_flagged(text: str, span: str) -> None:
    found = spans(check_texts([text], ["E801"]), "E801")
    assert any(span in s for s in found), found


@pytest.mark.parametrize(
    "text",
    [
        # The last two items of a list of kinds of one noun.
        "Private investment, industrial investment and investment in new industries grew.",
        "Rural roads, urban roads and roads to the port were rebuilt this year.",
        # Experiences shared are told one by one.
        "Village heads shared valuable experiences and achievements at the forum.",
        "Delegates share good experiences at the forum every spring.",
    ],
)
def test_a_list_of_kinds_and_shared_experiences_are_left(text: str) -> None:
    assert_flags("E801", text, None)


_WIRE = (
    "Former party official jailed for bribery\n\n"
    "SHANGHAI (Reuters) - A former party official in Guangdong province was jailed for life "
    "on Monday.\n\n"
    "Xi Jinping has said graft threatens the party's survival, and senior party officials "
    "must report cases.\n\n"
    "Reforms announced after a key Party meeting last week included a pledge to fight graft."
)


def test_a_wire_story_in_lower_case_keeps_its_house_style() -> None:
    assert_flags("N207", _WIRE, None)


def test_a_local_page_with_party_in_both_cases_is_still_flagged() -> None:
    text = (
        "The county Party committee met on Monday.\n\n"
        "All party members were asked to study the Party's rules."
    )
    assert_flags("N207", text, "party")


def test_white_space_before_a_residue_line_goes_with_the_line() -> None:
    text = "Local News\n  2019-03-21 04:59\n\nThe city held a meeting on Monday.\n"
    found = check_texts([text], ["P313", "R601"])
    assert spans(found, "R601"), "the time stamp is residue"
    assert spans(found, "P313") == []


def test_white_space_before_prose_is_still_flagged() -> None:
    text = "Local News\n\nThe city held a meeting on Monday.\n  The mayor spoke at it.\n"
    found = check_texts([text], ["P313", "R601"])
    assert spans(found, "P313") == ["  "]


_INDENTED = (
    "    The county held its annual conference on rural roads on Monday, and officials from "
    "every township reported on the work of the past year in turn.\n\n"
)


def test_a_page_that_indents_most_of_its_paragraphs_keeps_its_layout() -> None:
    # Four long paragraphs indented alike, one pasted in flush: the indent is the page's.
    flush = (
        "Resolutions on the reports of the county government and the county court were "
        "adopted at the close of the session on Friday afternoon in the county seat.\n"
    )
    assert_flags("P313", "Roads Conference Held\n\n" + _INDENTED * 4 + flush, None)


def test_a_page_with_one_long_paragraph_indented_of_two_is_still_flagged() -> None:
    flush = _INDENTED.lstrip()
    assert_flags("P313", "Roads Conference Held\n\n" + _INDENTED + flush, "    ")
