"""The article rules of round 28. E807 takes an institution named head first with its of-
or for-phrase after a title in capitals too, where the post and its body make one Title
Case run ("Deputy Director of Office of Foreign Affairs Commission of …"), and reports a
body matched by two of its patterns once. T113 takes a body's full name after "of" in a
heading that writes "the" elsewhere ("Report on the Work of Hubei Provincial People's
Government"). Positive and negative cases, in the register of local-government news."""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

# Each slip with its rule and the span it must report; then good English for each rule.
SLIPS: list[tuple[str, str, str]] = [
    (
        "E807",
        "On May 3, Zhou Lin, Deputy Director of Office of Foreign Affairs Commission of the CPC Hubei Provincial Committee, led a team to the port.",
        "Office",
    ),
    (
        "E807",
        "Li Hua, Secretary of Commission for Discipline Inspection of the county, spoke.",
        "Commission",
    ),
    (
        "E807",
        "The talks were joined by Chen Bo, Director of Standing Committee of Yuxi Municipal People's Congress.",
        "Standing Committee",
    ),
    (
        "E807",
        "Mr. Karim Ali, Consul General of Consulate-General of Egypt in Guangzhou, came too.",
        "Consulate-General of Egypt",
    ),
    (
        "T113",
        "Report on the Work of Hubei Provincial People's Government\n\nThe report was adopted.",
        "Hubei Provincial People's Government",
    ),
    (
        "T113",
        "The Delegation of CPC Yichang Municipal Committee Visits Xiangyang\n\nThe delegation toured two parks.",
        "CPC Yichang Municipal Committee",
    ),
]
GOOD: list[tuple[str, str]] = [
    ("E807", "Zhou Lin, Deputy Director of the Office of Foreign Affairs Commission, spoke."),
    ("E807", "The county studied the Notice on Work of Office of Rural Affairs in April."),
    ("E807", "Zhou Lin, Deputy Mayor of Yichang, met the guests."),
    (
        "T113",
        "Mayor Meets Secretary of Yichang Municipal Party Committee\n\nThe two sides held talks.",
    ),
    ("T113", "Report on the Work of the Hubei Provincial People's Government\n\nIt was adopted."),
    (
        "T113",
        "The Overall Plan for Construction of Hainan Free Trade Port Issued\n\nIt was issued.",
    ),
]


@pytest.mark.parametrize(("code", "text", "span"), SLIPS)
def test_round28_slip(code: str, text: str, span: str) -> None:
    """The rule reports the body named head first after a title in capitals, and the body's
    full name after "of" in a heading that writes "the" elsewhere, without "the"."""
    assert_flags(code, text, span)


@pytest.mark.parametrize(("code", "text"), GOOD)
def test_round28_good_english(code: str, text: str) -> None:
    """Nothing in good English: the body with its article, a document's title, a title
    whose "of" names a place, headlinese and a zone in a plan's title."""
    assert_flags(code, text, None)


def test_e807_one_finding_for_a_body_two_patterns_match() -> None:
    # A Publicity Department is both a department named head first and an institution.
    text = "Zhang Ming, Head of Publicity Department of the county committee, attended."
    assert spans(check_texts([text], ["E807"]), "E807") == ["Publicity Department"]
