"""Articles: a region of a province's rank written bare (E807), and the mind and the Chinese
nation named without "the" (E820).

The sentences are written for these tests, in the register of city and provincial news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A special administrative region after a preposition, as an autonomous region is.
        (
            "Fujian signed 12 deals with firms in Macao Special Administrative Region in the "
            "first half of the year.",
            "Macao Special Administrative Region",
        ),
        # A day of the week after the name, as news English sets it.
        (
            "The premier told local officials in Ningxia Hui Autonomous Region Thursday to "
            "protect the Yellow River.",
            "Ningxia Hui Autonomous Region",
        ),
        # A body's name in capitals before "of" or "in" does not take the region into it.
        (
            "Ms. Zhou Lan, director of the Bureau of Commerce and Information Technology of "
            "Tibet Autonomous Region, took questions.",
            "Tibet Autonomous Region",
        ),
        (
            "Mr. Peter Tan, Consul-General of Malaysia Consulate General in Hong Kong Special "
            "Administrative Region (SAR), spoke at the forum.",
            "Hong Kong Special Administrative Region",
        ),
    ],
)
def test_a_region_of_provincial_rank_written_bare_is_flagged(text: str, span: str) -> None:
    assert_flags("E807", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Fujian and firms in the Macao Special Administrative Region grew.",
        # A name that modifies a noun, and a body of the region named in full.
        "The Hong Kong Special Administrative Region Government issued the notice.",
        "He met officials of the Xinjiang Uygur Autonomous Region People's Government.",
        "The CPC Ningxia Hui Autonomous Regional Committee met in Yinchuan on Monday.",
        # The days of the week with the article in place.
        "The premier spoke in the Ningxia Hui Autonomous Region Thursday.",
    ],
)
def test_a_region_with_its_article_or_as_a_modifier_is_left(text: str) -> None:
    assert_flags("E807", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The mayor said that to host China-Africa Economic and Trade Expo is a major task "
            "for the city.",
            "China-Africa Economic and Trade Expo",
        ),
        (
            "The Foreign Affairs Office convened Information Session on the Work Report of the "
            "Municipal Government on March 3.",
            "Information Session",
        ),
        (
            "Nanning held 2023 Pan-Beibu Gulf Economic Cooperation Forum in the autumn.",
            "2023 Pan-Beibu Gulf Economic Cooperation Forum",
        ),
        (
            "Vice Mayor Zhao Ming attended Summer Davos Annual Meeting on Wednesday.",
            "Summer Davos Annual Meeting",
        ),
    ],
)
def test_an_event_held_bare_is_flagged(text: str, span: str) -> None:
    assert_flags("E807", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said that to host the China-Africa Economic and Trade Expo is a major task.",
        # A meeting may be one of many, and a headline drops its articles.
        "The district held Standing Committee Meeting on Monday to study flood control.",
        "Wuhan delegation attends 2024 World Cities Summit",
        # A name that modifies a noun after it.
        "The city hosted Canton Fair delegations from 40 countries in October.",
        "The county held a job fair and an investment conference in June.",
    ],
)
def test_an_event_held_with_its_article_or_as_a_modifier_is_left(text: str) -> None:
    assert_flags("E807", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Officials must emancipate mind, seek truth from facts and serve the people.", "mind"),
        ("The county will keep emancipating mind and deepen reform in 2025.", "mind"),
    ],
)
def test_the_mind_freed_without_its_article_is_flagged(text: str, span: str) -> None:
    assert_flags("E820", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Officials must emancipate the mind and seek truth from facts.",
        "Cadres should further emancipate their minds and act boldly.",
        "The campaign aims to emancipate mind-sets across the province.",
        # A headline drops its articles.
        "Hunan urged to emancipate mind, pursue innovation",
    ],
)
def test_the_mind_freed_with_its_article_or_in_a_headline_is_left(text: str) -> None:
    assert_flags("E820", text, None)
