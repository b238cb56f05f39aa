"""False alarms of shapes an unseen set of real pages showed, each beside a case that still fires.

T105 reads "provincial party" before the Party's people or congress as no committee cut short;
P338 reads a pinyin name run together after a semicolon as a name, not a clause's capital.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    "text",
    [
        "The report was drafted by the Hunan provincial party representatives in Chenzhou.",
        "Provincial Party members in the county joined the volunteer drive.",
        "Delegates to the provincial Party congress visited the port.",
    ],
)
def test_t105_leaves_the_partys_people_and_congress(text: str) -> None:
    assert_flags("T105", text, None)


def test_t105_still_flags_the_committee_cut_short() -> None:
    assert_flags(
        "T105",
        "The plan was approved by the provincial Party and sent to the city.",
        "provincial Party",
    )


def test_p338_leaves_a_pinyin_name_run_together_after_a_semicolon() -> None:
    text = "Li Ming is the director of the bureau; Wangxiaobo is the president of the court."
    assert_flags("P338", text, None)


def test_p338_still_flags_an_english_word_after_a_semicolon() -> None:
    text = "Li Ming is the director of the bureau; Change is the key to the plan."
    assert_flags("P338", text, "Change")
