"""Session 34, lead: "vice municipal party secretary" (T111) and two glossary renderings to
avoid (T101): "the Central Discipline Inspection Committee" for 中央纪委, "precision
alleviation of poverty" for 精准扶贫, "substantial economy" for 实体经济 and "Chinese
excellent traditional culture" for 中华优秀传统文化.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Zhou Lin, vice municipal party secretary, chaired the meeting.",
            "vice municipal party secretary",
        ),
        (
            "The forum was addressed by Vice Provincial Party Secretary Gao Yan.",
            "Vice Provincial Party Secretary",
        ),
        (
            "He later served as vice county party secretary of Xifeng.",
            "vice county party secretary",
        ),
        ("Ma Jun, vice Party secretary of the district, spoke.", "vice Party secretary"),
    ],
)
def test_a_vice_party_secretary_with_a_level_word_is_flagged(text: str, span: str) -> None:
    assert_flags("T111", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Zhou Lin, deputy municipal Party secretary, chaired the meeting.",
        "Gao Yan, vice mayor and municipal Party secretary of the city, spoke.",
        "The vice secretary-general of the municipal government read the notice.",
    ],
)
def test_a_deputy_secretary_is_left(text: str) -> None:
    assert_flags("T111", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The case was referred to the Central Discipline Inspection Committee in May.",
            "Central Discipline Inspection Committee",
        ),
        (
            "The county has pressed ahead with precision alleviation of poverty since 2016.",
            "precision alleviation of poverty",
        ),
        ("Finance must serve the substantial economy, the meeting said.", "substantial economy"),
        (
            "The fair showed the charm of Chinese excellent traditional culture.",
            "Chinese excellent traditional culture",
        ),
    ],
)
def test_garbled_national_formulations_are_avoid_forms(text: str, span: str) -> None:
    assert_flags("T101", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The case was referred to the Central Commission for Discipline Inspection in May.",
        "The county discipline inspection committee opened the case in May.",
        "The county has pressed ahead with targeted poverty alleviation since 2016.",
        "Finance must serve the real economy, the meeting said.",
        "The fair showed the charm of fine traditional Chinese culture.",
        "The fair showed the charm of excellent traditional Chinese culture.",
        "The grant made a substantial economic difference to the village.",
    ],
)
def test_the_official_formulations_are_left(text: str) -> None:
    assert_flags("T101", text, None)


@pytest.mark.parametrize(
    "text",
    [
        # A foreign outlet: "China's Communist Party", the event "Party Congress" capitalised
        # as a name, "the party" and "party chief" in its house style.
        "China's Communist Party opens its 20th Party Congress in Beijing on Sunday. Delegates "
        "will approve changes to the party charter, and Xi is set to stay on as party chief "
        "after the Party Congress closes.",
        "The Chinese Communist Party (CCP) will hold a plenum before the 21st Party Congress. "
        "Analysts expect new rules for party cadres.",
    ],
)
def test_a_foreign_outlets_party_congress_does_not_make_its_lower_case_a_slip(text: str) -> None:
    assert_flags("N207", text, None)


def test_an_official_page_that_capitalises_party_still_has_its_slip_reported() -> None:
    text = (
        "The CPC Dalian Municipal Committee held a meeting on studying the 20th Party "
        "Congress. Party members must study the report, and the grassroots party "
        "organizations must act on it."
    )
    assert_flags("N207", text, "party")


_LEAD = (
    "DALIAN (Wire) - The Dalian Municipal People's Congress will open its annual session on "
    "Monday to review the government work report and elect new leaders for the city."
)
_SUBHEAD = "WHAT DOES THE SESSION DECIDE?"
_STORY = (
    "Explainer: what Dalian's congress session decides\n\n"
    f"{_LEAD} {_SUBHEAD} The session also approves the city's budget for the year.\n\n"
    "Wire January 6, 2025 08:10:22\n\n"
    f"{_LEAD}\n\n"
    "Deputies will read the report in groups over four days, and the city's planners will "
    "answer their questions on housing, the port and the new metro lines in open sessions.\n\n"
    f"{_SUBHEAD}\n\n"
    "The congress is the city's legislature; its standing committee meets every two months "
    "between sessions and passes the local regulations the city needs.\n"
)


def test_the_articles_opening_run_together_is_the_residue_not_its_paragraphs() -> None:
    found = check_texts([_STORY], ["R601"])
    messages = found["message"].to_list()
    assert [m for m in messages if "article's text run together" in m], messages
    assert not [m for m in messages if "caption said again" in m], messages
    assert spans(found, "R601") == [
        f"{_LEAD} {_SUBHEAD} The session also approves the city's budget for the year."
    ]


def test_a_galleries_captions_said_again_one_a_line_are_still_flagged() -> None:
    gallery = (
        "Li Ming is the new mayor of Weihai. Zhou Hua heads the port bureau. Wang Fang "
        "opened the museum in May."
    )
    page = (
        "New faces in the city's leadership\n\n"
        f"{gallery}\n\n"
        "Li Ming is the new mayor of Weihai.\n\n"
        f"{gallery}\n\n"
        "Zhou Hua heads the port bureau.\n\n"
        "The city named its new leaders at the close of the congress session on Sunday, after "
        "four days of meetings on the work report and the budget.\n"
    )
    messages = check_texts([page], ["R601"])["message"].to_list()
    assert len([m for m in messages if "caption said again" in m]) == 2, messages
