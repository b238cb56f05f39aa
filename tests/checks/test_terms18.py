"""Term variants and names (session 18): a superseded official form as information (T101),
a possessive that is no cut-short name (T105), a standing committee with a level word
(T110), "Great Bay area" (T118), more garbled forms of Xi Thought (T127), a Party
department's head called a minister (T128), "Economic and Development Zone" (T129), the
surname 吕 typed "Lv" (N203), "Ji'nan" (glossary).

The sentences are written for these tests in the register of local government news; none
is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


def _found(text: str, code: str) -> list[str]:
    return spans(check_texts([text], [code]), code)


def _severities(text: str, code: str) -> list[str]:
    found = check_texts([text], [code])
    return found.filter(found["code"] == code)["severity"].to_list()


def test_superseded_form_is_information() -> None:
    text = "The county will advance Chinese-style modernization in all fields."
    assert _found(text, "T101") == ["Chinese-style modernization"]
    assert _severities(text, "T101") == ["info"]
    fixes = check_texts([text], ["T101"])["fix"].to_list()
    assert fixes == ["unsafe"]  # never replaced unattended


def test_other_avoid_forms_stay_errors() -> None:
    text = "The county joined the B & R Initiative in 2016."
    assert _severities(text, "T101") == ["error"]


@pytest.mark.parametrize(
    "text",
    [
        "The bureau will serve the CPC's central tasks this year.",
        "Delegates discussed the Party's central role in rural areas.",
    ],
)
def test_possessive_is_no_cut_short_name(text: str) -> None:
    assert _found(text, "T105") == []


def test_cut_short_name_is_still_found() -> None:
    assert _found("Officials met the CPC Central at noon.", "T105") == ["CPC Central"]


def test_standing_committee_with_level_word() -> None:
    text = "Zhou Bo, CPC Henan Provincial Standing Committee member, spoke."
    assert _found(text, "T110") == ["CPC Henan Provincial Standing Committee"]
    good = "Zhou Bo, member of the Standing Committee of the CPC Henan Provincial Committee, spoke."
    assert _found(good, "T110") == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Firms in the Great Bay area of Guangdong expanded.", ["Great"]),
        ("Firms in the Greater Bay area of Guangdong expanded.", []),
        ("The Great Bay of the island is quiet.", []),
    ],
)
def test_great_bay_area(text: str, flagged: list[str]) -> None:
    assert _found(text, "T118") == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Cadres studied Xi Jinping's socialist ideology with Chinese characteristics in "
            "the new era.",
            [
                "Xi Jinping's socialist ideology with Chinese characteristics in the new era",
            ],
        ),
        (
            "The forum discussed Xi Jinping’s new era of socialist thought with Chinese "
            "characteristics.",
            ["Xi Jinping’s new era of socialist thought with Chinese characteristics"],
        ),
        # A description, not the name: nothing of the formulation follows.
        ("Critics abroad wrote about Xi Jinping's socialist ideas.", []),
    ],
)
def test_xi_thought_with_socialist(text: str, flagged: list[str]) -> None:
    assert _found(text, "T127") == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Gao Yan, Minister of the Publicity Department of the county committee, spoke.",
            ["Minister of the Publicity Department"],
        ),
        (
            "Ma Lin, minister of the United Front Work Department, met the guests.",
            ["minister of the United Front Work Department"],
        ),
        (
            "He Jun, Organization Minister of the district, inspected the village.",
            ["Organization Minister"],
        ),
        (
            "The Municipal Party Committee's Organization Committee held a class.",
            ["Organization Committee"],
        ),
        ("The Party committee's Organization Committee held a class.", ["Organization Committee"]),
        ("The Organization Committee of the Games of the city met.", []),
        ("The Minister of Organization and Personnel of the republic arrived.", []),
        ("The propaganda minister of the wartime cabinet resigned.", []),
    ],
)
def test_party_department_misnamed(text: str, flagged: list[str]) -> None:
    assert _found(text, "T128") == flagged


def test_party_department_suggestion() -> None:
    found = check_texts(
        ["Gao Yan, Minister of the Propaganda Department of the county committee, spoke."],
        ["T128"],
    )
    assert found["suggestion"].to_list() == ["head of the Publicity Department"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Firms moved into the Jinzhou Economic and Development Zone.",
            ["Economic and Development"],
        ),
        ("FIRMS IN THE JINZHOU ECONOMIC AND DEVELOPMENT AREA", ["ECONOMIC AND DEVELOPMENT"]),
        ("Firms moved into the Jinzhou Economic and Technological Development Zone.", []),
        ("Firms moved into the Jinzhou Economic-Technological Development Area.", []),
        ("The fund supports economic and development zone policies.", []),
    ],
)
def test_garbled_zone_name(text: str, flagged: list[str]) -> None:
    assert _found(text, "T129") == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Deputy Mayor Lv Guangyu visited the school.", ["Lv"]),
        ("Lv Guangyu, Lyu Guangyu and Lu Guangyu are three spellings.", ["Lv"]),
        ("The LV Guangzhou shop and the Lv Xx code were left alone.", []),
    ],
)
def test_v_for_u_surname(text: str, flagged: list[str]) -> None:
    assert _found(text, "N203") == flagged


def test_jinan_with_syllable_mark() -> None:
    text = "Buyers from Ji'nan came to the fair in Jinan."
    assert _found(text, "T101") == ["Ji'nan"]
    assert _found("Buyers from Xi'an came to the fair in Jinan.", "T101") == []
