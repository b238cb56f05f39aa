"""Calques of Chinese news and the first person of a government's own voice: E801's 深入,
负责人, 情况 and 对接 rendered word for word, and E821's "our city's" in third-person news
copy.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 深入: officials visit the grassroots, villages or a named county.
        (
            "The deputies went deep into the grassroots to listen to the views of farmers.",
            "went deep into the grassroots",
        ),
        (
            "Last week the mayor went deep into Lishan District to inspect flood control.",
            "went deep into Lishan District",
        ),
        (
            "Officials of the bureau will go deep into villages and towns to survey housing.",
            "go deep into villages",
        ),
        (
            "The team went deep into factory workshops to hear the views of workers.",
            "went deep into factory workshops",
        ),
        # 负责人 of a body named "relevant".
        (
            "The principals of the relevant bureaus under the county government attended.",
            "principals",
        ),
        (
            "He asked the responsible person of the hotel to check every guest's health code.",
            "responsible person",
        ),
        (
            "Present were Sun Hao, deputy mayor, Lin Yu, head of the bureau, and other "
            "responsible persons.",
            "responsible persons",
        ),
        # 情况 counted.
        (
            "The team checked the production resumption situations of firms in the park.",
            "resumption situations",
        ),
        (
            "He learned about the situations of flood prevention in three townships.",
            "the situations",
        ),
        (
            "Ms. Zhao introduced the basic situations of Linhai County to the guests.",
            "the basic situations",
        ),
        (
            "The director reported on the harvest, farm prices and other situations.",
            "and other situations",
        ),
        (
            "Wang asked about the sales, market and employment situations of the company.",
            "employment situations",
        ),
        # 对接 word for word.
        (
            "The county will step up docking with universities in the province on research.",
            "docking with universities",
        ),
        (
            "The mayor chaired a docking meeting on key investment projects on Friday.",
            "docking meeting",
        ),
        (
            "The two counties have carried out docking on tourism routes and services.",
            "carried out docking",
        ),
    ],
)
def test_a_calque_of_the_report_genre_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # "deep into" a forest, a cave or a question is English.
        "The rescue team went deep into the forest to find the missing hikers.",
        "The report goes deep into the causes of the drop in exports.",
        # A school's principals; the person responsible, after its noun.
        "Principals of the primary schools in the district met the education bureau.",
        "The principals of the related schools signed the exchange agreement.",
        "The person responsible for the fire was detained by the police.",
        "Parents and other responsible adults should watch children near the river.",
        # The situation, once; situations English counts.
        "The situation in the Taiwan Strait was discussed at the press conference.",
        "The plan sets out what the county does in emergency situations.",
        "Staff are trained for situations in which a patient refuses treatment.",
        "The survey asked about the living situations of elderly residents.",
        # Spacecraft and ships dock.
        "The Shenzhou-18 spacecraft completed docking with the Tianhe core module.",
        "The cargo ship was docking with the help of two tugs at the new berth.",
        "The Docking Meeting of Jiangbei Industrial Park opened on Monday.",
    ],
)
def test_the_word_in_its_english_sense_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "After the forum, leaders of our city's overseas Chinese associations toured the "
            "new port.",
            "our city",
            "the city",
        ),
        (
            "Our province’s exports of fruit rose by 7 percent in the first quarter.",
            "Our province",
            "The province",
        ),
    ],
)
def test_our_place_as_a_possessive_in_news_copy_is_flagged(
    text: str, span: str, suggestion: str
) -> None:
    found = check_texts([text], ["E821"])
    assert found["span"].to_list() == [span]
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        # A work report speaks as "we" and may say "our city's".
        "We kept growth steady last year. Our city's output grew by 5 percent.",
        # Quoted words are the speaker's.
        "“Our city's doors are open to investors,” the mayor said at the forum.",
        # "our country" is kept: official English says it in work reports.
        "The delegates praised the achievements of our country in recent years.",
        # A word that only starts with a place noun.
        "The leaders of the county visited our countryside parks in the autumn.",
    ],
)
def test_our_place_in_a_voice_a_quote_or_our_country_is_left(text: str) -> None:
    assert check_texts([text], ["E821"]).is_empty()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Zhao Min, Sun Hao and Lu Ping, the Standing Committee of the County Party "
            "Committee, attended the meeting.",
            "the Standing Committee of the County Party Committee",
        ),
        (
            "Qian Wei, Municipal Standing Committee, and heads of the relevant bureaus were "
            "present.",
            "Municipal Standing Committee",
        ),
        (
            "The lecture was held in the hall. Provincial Standing Committee, Secretary of the "
            "City Party Committee Ma Jun presided over it.",
            "Provincial Standing Committee",
        ),
    ],
)
def test_a_standing_committee_as_a_person_s_title_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # A member of it, and a list of bodies.
        "Zhao Min, member of the Standing Committee of the County Party Committee, attended.",
        "In particular, the Standing Committee of the Provincial Party Committee, the "
        "provincial government and the courts must act at once.",
        "Jiangxi Province, the Standing Committee of the Provincial Party Committee, and the "
        "army signed the plan.",
        # The body, acting.
        "The Municipal Standing Committee, after long debate, adopted the plan.",
    ],
)
def test_the_standing_committee_as_a_body_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Linyi has won the title of National Garden City for 3 times.", "for 3 times"),
        ("The band toured the county for several times in the summer.", "for several times"),
        (
            "More than 40 times of online promotion were held for the fruit this year.",
            "40 times of",
        ),
    ],
)
def test_a_count_of_occasions_word_for_word_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Linyi has won the title of National Garden City for the third time.",
        "Output in the zone is three times the provincial average.",
        "Farmers help each other in times of drought and flood.",
        "The team met four times in May.",
    ],
)
def test_a_count_of_occasions_in_english_is_left(text: str) -> None:
    assert_flags("E801", text, None)
