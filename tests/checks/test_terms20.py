"""Term variants, names and capitals (session 20): 党组 called a "Party Leadership Group",
the Party discipline campaign (党纪学习教育) in lower case, and the lower-case "party" of the
Communist Party of China. Every sentence here was written for these tests, in the register
of a city's news pages.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


def _found(text: str, code: str) -> list[str]:
    found: list[str] = spans(check_texts([text], [code]), code)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "The Party Leadership Group of the Municipal Bureau of Commerce met on Monday.",
        "Liu Bo, secretary of the Party Leadership Group of the county government, spoke.",
    ],
)
def test_party_leadership_group_is_a_variant_of_the_leading_party_members_group(text: str) -> None:
    assert _found(text, "T101") == ["Party Leadership Group"]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting stressed upholding Party leadership over rural work.",
        "The bureau's leading Party members' group held a study session.",
        "Members of the leading Party group of the district government attended.",
    ],
)
def test_party_leadership_and_the_approved_group_are_left_alone(text: str) -> None:
    assert _found(text, "T101") == []


def test_party_discipline_campaign_in_lower_case_is_miscapitalised() -> None:
    text = "The county launched party discipline learning and education for all Party members."
    assert _found(text, "T108") == ["party discipline learning and education"]


def test_party_discipline_campaign_is_no_near_miss_of_the_history_campaign() -> None:
    text = "The bureau summed up its Party discipline learning and education on Friday."
    assert _found(text, "T103") == []
    assert _found(text, "T108") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Named by Xi Jinping and nowhere with a capital "Party": its own nouns still mean the CPC.
        (
            "General Secretary Xi Jinping urged officials to study party history and "
            "strengthen party building in every village.",
            ["party", "party"],
        ),
        (
            "The Communist Party of China called on the whole party to tighten party discipline.",
            ["party", "party"],
        ),
    ],
)
def test_party_nouns_of_the_cpc_in_a_document_naming_it_in_full(
    text: str, expected: list[str]
) -> None:
    assert _found(text, "N207") == expected


def test_party_nouns_are_left_alone_in_a_document_about_no_chinese_party() -> None:
    text = "The opposition leader said party discipline had broken down before the vote."
    assert _found(text, "N207") == []


def test_party_central_committee_in_lower_case_is_found() -> None:
    text = "The county upholds the Party's leadership and the party central committee's decisions."
    assert _found(text, "N207") == ["party"]


@pytest.mark.parametrize(
    "text",
    [
        "The Party committee said the plan was weighed for the whole of the party and national "
        "development.",
        "The Party committee said the rules set the governance of the party on a firm footing.",
    ],
)
def test_the_party_after_a_preposition_where_the_document_writes_party(text: str) -> None:
    assert _found(text, "N207") == ["party"]


def test_the_party_concerned_is_another_party() -> None:
    text = "The Party committee said the contract binds each side and the duties of the party concerned."
    assert _found(text, "N207") == []


def test_an_info_near_miss_does_not_hide_a_lower_case_party() -> None:
    # "party discipline study and education" is an info near miss of the campaign's name: the
    # warning about "party" stays.
    text = "Local Party members began party discipline study and education in April."
    found = check_texts([text], ["N207", "T103"])
    assert spans(found, "N207") == ["party"]


def test_a_plural_class_of_committees_is_no_miscapitalised_body() -> None:
    text = (
        "The standing committee heard the report of the municipal party Committee on Monday.\n\n"
        "The municipal Party committees of the province have carried out the plan.\n"
    )
    found = check_texts([text])
    assert spans(found, "N204") == []
    # The half-capitalised singular is still reported, by the glossary's capitals.
    assert spans(found, "T108") == ["municipal party Committee"]


def test_a_singular_body_capitalised_two_ways_is_still_inconsistent() -> None:
    text = (
        "Wang Lin, secretary of the Municipal Party Committee, chaired the meeting.\n\n"
        "The meeting was told that the municipal Party committee had approved the plan.\n\n"
        "The Municipal Party Committee will hear the report in June.\n"
    )
    assert spans(check_texts([text], ["N204"]), "N204") == ["municipal Party committee"]


def test_head_count_attending_a_peoples_congress_session_are_deputies() -> None:
    text = (
        "On May 5, the Second Session of the 15th Municipal People's Congress opened in the "
        "city hall. The 496 representatives attending the meeting heard the work report.\n"
    )
    assert _found(text, "T114") == ["representatives"]


@pytest.mark.parametrize(
    "text",
    [
        # A Party congress's delegates are rightly so called.
        "The 12th Party Congress of the city opened on Monday, the first meeting of the "
        "People's Congress hall season. The 380 delegates attending the meeting elected the "
        "committee.\n",
        # No people's congress session named: the head count may be anyone's.
        "The 200 representatives attending the meeting signed the trade agreements.\n",
    ],
)
def test_head_count_elsewhere_is_left_alone(text: str) -> None:
    assert _found(text, "T114") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan was made by the Central Committee headed by Comrade Xi Jinping last year.",
            "Central Committee headed by Comrade Xi Jinping",
        ),
        (
            "Officials must uphold the authority of the Party Central Committee with the core of "
            "Xi Jinping in all their work.",
            "Central Committee with the core of Xi Jinping",
        ),
        (
            "They act on the decisions of the Party Central Committee which is led by Comrade Xi "
            "Jinping.",
            "Central Committee which is led by Comrade Xi Jinping",
        ),
    ],
)
def test_central_committee_without_its_core_is_garbled(text: str, expected: str) -> None:
    assert _found(text, "T127") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The CPC Central Committee with Comrade Xi Jinping at its core set the goals.",
        "The Party Central Committee with Xi Jinping at the core has set the plan.",
        "The work of the Central Committee led by Xi Jinping was praised abroad.",
    ],
)
def test_central_committee_with_its_core_is_left_alone(text: str) -> None:
    assert _found(text, "T127") == []
