"""Capitals of bodies' names: a Party committee named by its level word alone, half in
capitals (T121).

The sentences are written for these tests, in the register of city and county news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Gao Ming, deputy secretary of the district Committee, chaired the meeting.",
            "district Committee",
        ),
        (
            "Members of the publicity department of the county Committee spoke one by one.",
            "county Committee",
        ),
        (
            "Sun Li, member of the Standing Committee of the municipal Committee, attended.",
            "municipal Committee",
        ),
        (
            "The plan was approved by the Hanbin district Committee on Monday.",
            "district Committee",
        ),
    ],
)
def test_a_level_word_in_lower_case_before_committee_is_flagged(text: str, span: str) -> None:
    assert_flags("T121", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Written one way: capitals throughout, or a description in lower case.
        "Gao Ming, deputy secretary of the District Committee, chaired the meeting.",
        "Gao Ming, deputy secretary of the district committee, chaired the meeting.",
        "The Hanbin District Committee approved the plan on Monday.",
        # Another word between the level and the head: the standing committee, a
        # congress's committee, the CPPCC.
        "He reported to the district Standing Committee of the people's congress.",
        "She is a member of the municipal CPPCC Committee.",
        # A heading in capitals keeps its own.
        "Work Report of the County Committee",
    ],
)
def test_a_committee_written_one_way_is_left_alone(text: str) -> None:
    assert_flags("T121", text, None)


# T120: a congress by its term with its place after "in" is named, not the national one; a
# month or Beijing after "in" names no place of a local congress.
@pytest.mark.parametrize(
    "text",
    [
        "The third session of the 12th People's Congress in Yueyang closed on Friday.",
        "Deputies to the 14th People's Congress in Hengyang met at the hall.",
    ],
)
def test_a_congress_with_its_place_after_in_is_left_alone(text: str) -> None:
    assert_flags("T120", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Li Ping was elected at the 2nd session of the 12th People's Congress.",
        "The third session of the 12th People's Congress in March adopted the plan.",
        "The third session of the 12th People's Congress in Beijing adopted the plan.",
    ],
)
def test_a_congress_by_its_term_alone_is_still_flagged(text: str) -> None:
    assert_flags("T120", text, "12th People's Congress")
