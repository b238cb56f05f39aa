"""The article rules of round 28: E807 takes an institution named head first with its of-
or for-phrase after a title in capitals too, where the post and its body make one Title
Case run ("Deputy Director of Office of Foreign Affairs Commission of …"), and reports a
body matched by two of its patterns once. Positive and negative cases, in the register of
local-government news."""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

SLIPS: list[tuple[str, str]] = [
    (
        "On May 3, Zhou Lin, Deputy Director of Office of Foreign Affairs Commission of the "
        "CPC Hubei Provincial Committee, led a team to the port.",
        "Office",
    ),
    (
        "Li Hua, Secretary of Commission for Discipline Inspection of the county, spoke.",
        "Commission",
    ),
    (
        "The talks were joined by Chen Bo, Director of Standing Committee of Yuxi Municipal "
        "People's Congress.",
        "Standing Committee",
    ),
    (
        "Mr. Karim Ali, Consul General of Consulate-General of Egypt in Guangzhou, came too.",
        "Consulate-General of Egypt",
    ),
]
GOOD: list[str] = [
    # The article in place.
    "Zhou Lin, Deputy Director of the Office of Foreign Affairs Commission, spoke.",
    # A document's title in capitals is no post and its body.
    "The county studied the Notice on Work of Office of Rural Affairs in April.",
    # A title whose "of" names a place, not a body.
    "Zhou Lin, Deputy Mayor of Yichang, met the guests.",
]


@pytest.mark.parametrize(("text", "span"), SLIPS)
def test_e807_body_after_title_in_capitals(text: str, span: str) -> None:
    assert_flags("E807", text, span)


@pytest.mark.parametrize("text", GOOD)
def test_e807_leaves_good_english(text: str) -> None:
    assert_flags("E807", text, None)


def test_e807_one_finding_for_a_body_two_patterns_match() -> None:
    # A Publicity Department is both a department named head first and an institution.
    text = "Zhang Ming, Head of Publicity Department of the county committee, attended."
    assert spans(check_texts([text], ["E807"]), "E807") == ["Publicity Department"]
