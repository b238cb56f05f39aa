"""Term variants (session 21): a Party department's head called "minister of the
organization" among a person's titles (T128), a commission for discipline inspection with its
level word inside the name (T130), and an autonomous prefecture called a "state" (T123).

The sentences are written for these tests in the register of local government news; none
is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


def _found(text: str, code: str) -> list[str]:
    return spans(check_texts([text], [code]), code)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Wu Lan, member of the district Standing Committee, minister of the organization "
            "and deputy head of the inspection group, spoke.",
            ["minister of the organization"],
        ),
        (
            "Wu Lan, member of the county Standing Committee and Minister of the Organisation, "
            "came.",
            ["Minister of the Organisation"],
        ),
        ("The guests met the minister of the organization and the mayor.", []),
        ("Wu Lan, minister of the organization of the fair, spoke.", []),
        ("Wu Lan, Minister of the Organization for Security, spoke.", []),
        ("Guests, and minister of the organization's board members, came.", []),
    ],
)
def test_minister_of_the_organization(text: str, flagged: list[str]) -> None:
    assert _found(text, "T128") == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Li Ming, Secretary of Commission for District Discipline Inspection, spoke.",
            ["Commission for District Discipline Inspection"],
        ),
        (
            "The commission of municipal discipline inspection held a class.",
            ["commission of municipal discipline inspection"],
        ),
        ("Li Ming, Secretary of the District Commission for Discipline Inspection, spoke.", []),
        ("The Commission for Discipline Inspection of the county met on Monday.", []),
        ("The commission for district affairs and discipline inspection teams met.", []),
    ],
)
def test_discipline_commission_misordered(text: str, flagged: list[str]) -> None:
    assert _found(text, "T130") == flagged


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        (
            "Li Ming, Secretary of Commission for District Discipline Inspection, spoke.",
            "District Commission for Discipline Inspection",
        ),
        (
            "THE COMMISSION OF COUNTY DISCIPLINE INSPECTION MET",
            "COUNTY COMMISSION FOR DISCIPLINE INSPECTION",
        ),
    ],
)
def test_discipline_commission_suggestion(text: str, suggestion: str) -> None:
    assert check_texts([text], ["T130"])["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The county will help Yanbian state win the fight against poverty.", ["state"]),
        ("Tourists flock to Liangshan Yi State every summer.", ["State"]),
        ("Yanbian state-owned firms grew in the first quarter.", []),
        ("The Enshi Tujia and Miao Autonomous Prefecture hosted the fair.", []),
        ("The Hainan state farms and the Dali state of the Middle Ages were studied.", []),
    ],
)
def test_prefecture_called_state(text: str, flagged: list[str]) -> None:
    assert _found(text, "T123") == flagged
