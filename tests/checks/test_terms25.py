"""Session 25 widenings of the term rules: the national legislature's standing committee
named in a local official's titles (T109), and a Party committee's department put under a
government (T124). Texts written for the tests, in the register of local-government news."""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts

_NPCSC = "Standing Committee of the National People's Congress"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A regional Party chief's second title: the region's congress is meant.
        (
            "Gao Lin, Secretary of the Party Committee of the Autonomous Region and Director "
            f"of the {_NPCSC}, chaired the session.",
            _NPCSC,
        ),
        # The four local leading bodies in a list, the congress's called national.
        (
            f"Leaders of the Municipal Party Committee, the {_NPCSC}, the government and "
            "the CPPCC attended the rally.",
            _NPCSC,
        ),
        (
            "Tang Jun, secretary of the CPC Gansu Provincial Committee and chairman of the NPC "
            "Standing Committee, inspected the farms.",
            "NPC Standing Committee",
        ),
        # "Director" is a local congress's head; the national one has a chairman.
        (f"Ma Rui, deputy director of the {_NPCSC}, opened the forum.", _NPCSC),
        # National titles and bodies are left alone.
        ("Zhao Leji, chairman of the NPC Standing Committee, met the delegation.", None),
        (
            "Li Hongzhong, a member of the Political Bureau of the CPC Central Committee and "
            "vice chairman of the NPC Standing Committee, attended.",
            None,
        ),
        (
            "Sun Wei, director of the Legislative Affairs Commission of the NPC Standing "
            "Committee, took questions.",
            None,
        ),
        ("Sun Wei, director of the NPC Standing Committee's budget office, spoke.", None),
        (
            "Deputies heard the work reports of the NPC Standing Committee, the State Council "
            "and the Supreme People's Court.",
            None,
        ),
        (
            "Gu Hong, former secretary of the CPC Gansu Provincial Committee and vice chairman "
            "of the NPC Standing Committee, visited the school.",
            None,
        ),
        (
            "Ye Ping, secretary of the Provincial Party Committee and director of the Standing "
            "Committee of the Provincial People's Congress, chaired the meeting.",
            None,
        ),
    ],
)
def test_t109_national_standing_committee_in_a_local_chain(text: str, span: str | None) -> None:
    assert_flags("T109", text, span)


def test_t109_suggests_the_local_standing_committee() -> None:
    text = (
        "Gao Lin, Secretary of the Party Committee of the Autonomous Region and Director of "
        f"the {_NPCSC}, chaired the session."
    )
    found = check_texts([text], ["T109"])
    assert found["suggestion"].to_list() == [
        "Standing Committee of the People's Congress of the Autonomous Region"
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Hu Yan, head of the Publicity Department of the People's Government of Anhui "
            "Province, opened the exhibition.",
            "Publicity Department of the People's Government of Anhui Province",
        ),
        (
            "Staff of the Organization Department of the Municipal People's Government "
            "attended the training.",
            "Organization Department of the Municipal People's Government",
        ),
        (
            "The Commission for Discipline Inspection of the Xuzhou Municipal Government "
            "opened an inquiry.",
            "Commission for Discipline Inspection of the Xuzhou Municipal Government",
        ),
        (
            "The Political and Legal Affairs Commission of the County Government met on Friday.",
            "Political and Legal Affairs Commission of the County Government",
        ),
        # Rightly named Party departments and government offices.
        (
            "The Publicity Department of the CPC Anhui Provincial Committee and the Information "
            "Office of the Provincial People's Government held a briefing.",
            None,
        ),
        ("The Foreign Affairs Office of the Municipal People's Government met guests.", None),
        (
            "Officials of the Publicity Department, the Municipal Government and the county "
            "took part.",
            None,
        ),
    ],
)
def test_t124_party_department_of_a_government(text: str, span: str | None) -> None:
    assert_flags("T124", text, span)


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "The Standing Committee of the 14th National People's Congress (NPC) of the "
            "Autonomous Region closed its sitting.",
            "National People's Congress (NPC) of the Autonomous Region",
            "People's Congress of the Autonomous Region",
        ),
        ("The NPC of the Province passed the plan.", "NPC of the Province", None),
    ],
)
def test_t109_national_congress_of_a_unit(text: str, span: str, suggestion: str | None) -> None:
    found = check_texts([text], ["T109"])
    assert found.select("span").to_series().to_list() == [span]
    if suggestion:
        assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Wu Dan, Chairman of the Political Consultative Conference of the Autonomous "
            "Region, relayed the guiding principles.",
            "Political Consultative Conference of the Autonomous Region",
        ),
        (
            "Members of the Political Consultative Conference of the City toured the port.",
            "Political Consultative Conference of the City",
        ),
        (
            "Members of the Chinese People's Political Consultative Conference of the "
            "province gathered.",
            None,
        ),
        ("The Chinese People's Political Consultative Conference opened in Beijing.", None),
    ],
)
def test_t122_conference_of_a_unit(text: str, span: str | None) -> None:
    assert_flags("T122", text, span)


def test_t109_place_with_its_unit_after_of() -> None:
    text = "The Standing Committee of the 14th National People's Congress of Hubei Province met."
    found = check_texts([text], ["T109"])
    assert found.select("span", "suggestion").rows() == [
        ("National People's Congress of Hubei Province", "People's Congress of Hubei Province")
    ]
