"""Calques of Chinese news read by E801 in their frames: 调研 as a visit's purpose, 部署 "made
deployment", 落地 "landed in", 相关 "relative" and "relevant comrades", 交流发言 "made exchange
speeches" and 情况 "analysis about current situations". Each word is English in other
frames, and those are left alone.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 调研 as the purpose of a visit.
        (
            "Zhou Ming visited Fuxin and Chaoyang, two cities of the province, to study and "
            "research.",
            "to study and research",
        ),
        (
            "The mayor went to Changtu County to study and research yesterday.",
            "to study and research",
        ),
        (
            "Wang Lei visited Shenfu Steel Co., Ltd and the Hunnan Logistics Park to study and "
            "research.",
            "to study and research",
        ),
        (
            "The delegation of Hubei Province visited Guizhou for investigation.",
            "for investigation",
        ),
        (
            "Li Bo went to Qidong County for investigation and stressed that the towns must "
            "guard against floods.",
            "for investigation",
        ),
        # 部署 "made deployment".
        (
            "The meeting analysed the flood season and made deployment to push forward the "
            "repair of dikes.",
            "made deployment",
        ),
        (
            "The district office made detailed deployment on the inspection of food markets.",
            "made detailed deployment",
        ),
        # 落地 "landed in".
        (
            "Six enterprises have successfully landed in Tieling and set up eight new plants.",
            "successfully landed in",
        ),
        (
            "In recent years many projects brought by the chamber have landed in our city.",
            "landed in",
        ),
        # 相关 "relative".
        (
            "He asked relative departments to speed up the approval of the project.",
            "relative",
        ),
        ("She urged the relative authorities to protect the old town.", "relative"),
        # 相关同志 "relevant comrades".
        (
            "Vice Mayor Gao Jun and relevant comrades from the city government attended.",
            "relevant comrades",
        ),
        # 情况 counted without its article.
        (
            "The two sides held an analysis about current situations and set new tasks.",
            "current situations",
        ),
        # 交流发言 "made exchange speeches".
        (
            "The heads of five counties made exchange speeches on rural revitalization.",
            "made exchange speeches",
        ),
    ],
)
def test_a_calque_of_the_report_genre_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Study and research with its object, or with no visit: English.
        "Scholars came to the institute to study and research Ming dynasty maps.",
        "The centre gives young people the time to study and research.",
        "Prosecutors filed 320 cases for investigation last year.",
        "The team visited the plant for investigation of the leak, officials said.",
        "Firms visited Shanghai for investigation and negotiation with buyers.",
        # Deployment of troops, the genre's strategic deployment, deployment as a noun.
        "The army made deployments of troops along the coast.",
        "The plenum made strategic deployments for reform.",
        "The deployment of 5G base stations made the town a pilot.",
        # Planes and people land; a firm lands in trouble.
        "The prime minister landed in Guangzhou on Monday afternoon.",
        "The plane carrying the companies' delegates landed in Harbin at noon.",
        "Several firms landed in trouble after the rules changed.",
        # Relative in its own senses.
        "The relative authority of the two courts was debated.",
        "Prices rose in relative terms, the bureau said.",
        # The situation in the singular, or situations of a kind.
        "They held an analysis of the current situation in the county.",
        "Rules must fit current situations in many sectors.",
        # Speeches exchanged by two leaders.
        "The two leaders exchanged speeches at the banquet.",
    ],
)
def test_the_word_in_its_english_sense_is_left(text: str) -> None:
    assert_flags("E801", text, None)


def test_relevant_comrades_are_mended_to_relevant_officials() -> None:
    found = check_texts(
        ["Vice Mayor Gao Jun and relevant comrades from the city government attended."],
        ["E801"],
    )
    assert found["suggestion"].to_list() == ["relevant officials"]
