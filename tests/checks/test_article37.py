"""Articles: "the" before a month or a named day used as a date (E848), and no article
before a measure stated with its figure (E812).

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


# E812: a measure stated with its figure after "with" or a verb of having or covering,
# with no article.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The town is a base of shoes, with annual output of 2.3 million pairs.", "annual output"),
        ("The plant opened in May with designed capacity of 500,000 tons.", "designed capacity"),
        ("The new port covers area of about 12 square kilometers.", "area"),
        ("Longxi has population of 320,000, most of them farmers.", "population"),
        ("It is a market town with history of over 800 years.", "history"),
        (
            "Twelve projects with total investment of 4.6 billion yuan were signed.",
            "total investment",
        ),
        ("The park, covering total area of 30 hectares, opens in June.", "total area"),
        ("The bridge has total length of 2,400 meters.", "total length"),
        ("It built a production line with annual capacity of 600 sets.", "annual capacity"),
    ],
)
def test_a_stated_measure_without_an_article_is_flagged(text: str, span: str) -> None:
    assert_flags("E812", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The town is a base of shoes, with an annual output of 2.3 million pairs.",
        "The new port covers an area of about 12 square kilometers.",
        # "the" is E830's; a possessive or another determiner stands for the article.
        "Longxi has the population of 320,000.",
        "The plant, with its annual output of 2 million tons, is the largest.",
        # A mass noun bare, a measure compared, a measure of a thing, not a figure.
        "Twelve projects with investment of 4.6 billion yuan were signed.",
        "The figure compares with annual output of 3 million tons a year earlier.",
        "Output rose, compared with total investment of 2 billion yuan in 2022.",
        "Prices stayed in line with annual output of 3 million tons.",
        "The county is pleased with total investment of the project.",
        # A perfect tense, not a measure had.
        "The county has raised output of 3 million tons to four.",
        # A heading.
        "Plant With Annual Output of 2 Million Tons Opens",
    ],
)
def test_a_stated_measure_with_its_article_or_not_a_measure_is_left_alone(text: str) -> None:
    assert_flags("E812", text, None)


# E832: research, training and timing are mass nouns too.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The team conducted a research about rural tourism in May.", "a research"),
        ("The bureau held a two-day training for 200 village doctors.", "a two-day training"),
        ("“It is a good timing for us to invest here,” the investor said.", "a good timing"),
        ("Experts made a field research into the river's fish.", "a field research"),
    ],
)
def test_a_before_research_training_or_timing_is_flagged(text: str, span: str) -> None:
    assert_flags("E832", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The team conducted research on rural tourism in May.",
        "The bureau held a two-day training session for 200 village doctors.",
        "The county set up a research and development center for tea.",
        "A training and exchange program for nurses began.",
        "She joined a research team of the academy in 2019.",
    ],
)
def test_research_or_training_counted_by_a_noun_is_left_alone(text: str) -> None:
    assert_flags("E832", text, None)
