"""Articles: "the" before a month or a named day used as a date (E848).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Since the October, the county has inspected 240 workshops for fire risks.",
            "the October",
        ),
        ("Inspections were stepped up in the March and the April.", "the March"),
        (
            "The bureau issued a notice on safety during the New Year’s Day and the Spring "
            "Festival of 2024.",
            "the New Year’s Day",
        ),
        ("During the May Day, the district received 80,000 tourists.", "the May Day"),
        ("A charity run was held in the New Year's Day in 2023 in Linyi.", "the New Year's Day"),
        ("Work on the bridge began in the June this year.", "the June"),
        ("The Labor Day saw crowds at the old town's night market.", "The Labor Day"),
    ],
)
def test_the_before_a_date_name_is_flagged(text: str, span: str) -> None:
    assert_flags("E848", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Since October, the county has inspected 240 workshops for fire risks.",
        # The name modifies a noun after it.
        "The talks came after the September 11 attacks.",
        "Scholars met to mark the October Revolution.",
        "The district kept order during the May Day holiday.",
        "The May Fourth Movement began in Beijing.",
        "The January figures show a rise of 4 percent.",
        "Sales in the September and October quarters rose.",
        # A literary turn, and festivals, which house usage writes with "the".
        "In the September of that year, the plant opened.",
        "Families gathered during the Spring Festival.",
        "Lanterns were lit for the Mid-Autumn Festival, and the National Day holiday followed.",
        # A heading drops articles its own way; a title in capitals is a name.
        "Tourists Flock to Hainan During the May Day",
        "The county won the prize for The Best of the September Exhibitions.",
    ],
)
def test_a_date_name_without_the_or_before_a_noun_is_left_alone(text: str) -> None:
    assert_flags("E848", text, None)
