"""False alarms a sweep of fresh professional pages showed (sweep16), each with the genuine
finding of the same rule that must stay.

T103: a phrase near a glossary rendering that names something else: a possessive, a generic
plural, the head of another body's longer name, a portal's own name. N206: a committee's
word order tells two names apart only when both give the same place. P309: a two-word label
and a row of fields set off by spaced hyphens are page furniture. T108: a body's name in lower
case after "a" is one of many; "one country, two systems" in lower case is Xinhua's style.
E818: a word inside a multiword name, and a rare proper noun after "a". R601: a transcript's
first speaker label over its first paragraph. Each table holds texts to
flag (with the span) and texts to leave alone, written for these tests in the register of
Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    (
        "T103",
        "Deputies to the Provincial Peoples Congress met in Kunming.",
        "Provincial Peoples Congress",
    ),
    (
        "T103",
        "The Guilin Municipal Party Commitee of the city held a plenary meeting.",
        "Municipal Party Commitee",
    ),
    ("T103", "The county said it praised Government Online for its speed.", "Government Online"),
    (
        "T103",
        "The mayor read out the Government's Work Report on Monday.",
        "Government's Work Report",
    ),
]

FLAGGED += [
    (
        "N206",
        "The CPC Committee of Guilin met on Monday. The CPC Guilin Municipal Committee "
        "approved the plan. The CPC Guilin Municipal Committee will report in May.",
        "CPC Committee of Guilin",
    ),
]

FLAGGED += [
    ("P309", "Share this story\n\nThe new clinic - the first in the county - opened.", "-"),
    ("P309", "The county set up village - level clinics this year.", "-"),
]

FLAGGED += [
    (
        "T108",
        "Deputies of the municipal people's congress of Guilin met on Monday.",
        "municipal people's congress",
    ),
    (
        "T108",
        "Officials from a provincial party committee toured the site.",
        "provincial party committee",
    ),
]

FLAGGED += [
    (
        "E818",
        "Villagers gathered for the Ceremony in the square. The ceremony ended at noon.",
        "Ceremony",
    ),
    ("E818", "She chaired a monthly Seminar on road safety.", "Seminar"),
]

PAGE_TOP = "Briefing on spring planting\n\n0 Comment(s)Print E-mail China.org.cn, May 6, 2024\n"
OPENING = "Good morning. Today we will brief you on spring planting across the province.\n"

FLAGGED += [
    ("R601", PAGE_TOP + "Adjust font size:\n\nMessage:\n\n" + OPENING, "Message:"),
]

# (code, text): nothing of that code may be flagged
CLEAN: list[tuple[str, str]] = [
    ("T103", "While Zhou served as the county's Party secretary, he approved a bridge project."),
    (
        "T103",
        "The heads of provincial-level Party committees and governments signed flood pledges.",
    ),
    (
        "T103",
        "Reporters attended a briefing held by the Guilin Municipal Party Commission of "
        "Discipline Inspection on Friday.",
    ),
    ("T103", "Guilin Government Online\n\nLatest news from the city."),
    (
        "N206",
        "The 14th National Committee of the CPPCC opened its session on Monday. The CPPCC "
        "National Committee will review the work report. Members of the 14th National "
        "Committee of the CPPCC attended.",
    ),
    (
        "N206",
        "Guided by the Party committee of Guangxi, the Party committee of Guilin City and our "
        "Party committee drew up the plan together.",
    ),
    (
        "T108",
        "A former vice-chairman of a municipal people's congress in Hunan Province was tried on Friday.",
    ),
    ("T108", "The city will keep carrying out 'one country, two systems' in full, he said."),
    (
        "E818",
        "Li attended the Symposium on Rural Roads and Markets in 2024. The symposium was "
        "held in Guilin.",
    ),
    (
        "E818",
        "Last month the Food and Agriculture Organization (FAO) praised the county. Its food "
        "output rose again.",
    ),
    ("E818", "The team reported the discovery of a Denisova, the museum said."),
    ("P309", "Share - Weibo\n\nThe new clinic opened on Monday."),
    ("P309", "Guilin Daily - - CITY NEWS - Write to the editor\n\nThe new clinic opened."),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_flags_the_genuine_fault(code: str, text: str, span: str) -> None:
    assert span in [s.strip() for s in spans(check_texts([text], [code]), code)]


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_leaves_professional_text_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []


@pytest.mark.parametrize("speaker", ["Liu Fang:", "Guilin Evening News:"])
def test_a_first_speaker_label_is_no_form_label(speaker: str) -> None:
    text = PAGE_TOP + "Adjust font size:\n\n" + speaker + "\n\n" + OPENING
    found = [s.strip() for s in spans(check_texts([text], ["R601"]), "R601")]
    assert "Adjust font size:" in found
    assert speaker not in found
