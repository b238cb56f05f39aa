"""The currency capitalised after an amount (N215) and garbled fixed formulations the
bundled glossary avoids (T101).

The sentences are written for these tests in the register of local government news; none
is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

CURRENCY_FLAGGED = [
    ("Fushun's retail sales rose by 4.2 percent to 61.5 billion Yuan in the first half.", "Yuan"),
    ("The district set aside 3 million Yuan to repair rural roads this spring.", "Yuan"),
    ("Per capita disposable income of rural residents reached 18,240 Yuan last year.", "Yuan"),
    ("Contracts worth RMB 12.6 billion Yuan were signed at the fair on Tuesday.", "Yuan"),
]

CURRENCY_CLEAN = [
    # lower case, as official English writes it
    "Fushun's retail sales rose by 4.2 percent to 61.5 billion yuan in the first half.",
    # a year or a date's day before the surname Yuan
    "In 2021 Yuan Ming became head of the county's culture bureau.",
    "On April 9 Yuan told reporters that the bridge would open in June.",
    # the dynasty and a person after a figure
    "The museum shows 300 Yuan Dynasty porcelain pieces found near the river.",
    "The 12 Yuan family houses in the old town were restored this year.",
    # a heading in Title Case
    "County Sets Aside 3 Million Yuan for Rural Roads",
    "Rural Income Reaches 18,240 Yuan",
]


@pytest.mark.parametrize(("text", "span"), CURRENCY_FLAGGED)
def test_capitalised_currency_after_an_amount(text: str, span: str) -> None:
    found = check_texts([text], ["N215"])
    assert found.select("span", "suggestion").rows() == [(span, "yuan")]


@pytest.mark.parametrize("text", CURRENCY_CLEAN)
def test_currency_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["N215"])) == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Officials pledged to apply the new development conception in every county.",
            "new development conception",
            "new development philosophy",
        ),
        (
            "Output of industries above a designated size grew by 6 percent.",
            "industries above a designated size",
            "industrial enterprises above designated size",
        ),
        (
            "Profits of industries above a designated scale rose in the first quarter.",
            "industries above a designated scale",
            "industrial enterprises above designated size",
        ),
        (
            "The plan seeks the northeast's vitalization in all respects by 2035.",
            "vitalization in all respects",
            "comprehensive revitalization",
        ),
        (
            'The county carries forward the "Five in One" plan for all-round progress.',
            '"Five in One"',
            '"Five-sphere Integrated Plan"',
        ),
        (
            "Officials studied the Four Overalls at a session on Monday.",
            "Four Overalls",
            "Four-pronged Comprehensive Strategy",
        ),
        (
            "More private firms in the province are going globally this year.",
            "going globally",
            "going global",
        ),
        (
            "Freight trains on the Neo-Eurasia Continental Bridge doubled in number.",
            "Neo-Eurasia Continental Bridge",
            "New Eurasian Land Bridge",
        ),
        (
            "Trade with the China-ASEAN free trade zone rose by 7 percent.",
            "China-ASEAN free trade zone",
            "China-ASEAN Free Trade Area",
        ),
        (
            "The 25th Cross Strait Economic and Trade Fair drew firms from Taiwan.",
            "Cross Strait Economic and Trade Fair",
            "Cross-Straits Fair for Economy and Trade",
        ),
        (
            "Thousands gathered in the spring to honour Emperor Yellow in Henan.",
            "Emperor Yellow",
            "Yellow Emperor",
        ),
        (
            'Three deputies answered questions on the "representative channel" before the opening.',
            '"representative channel"',
            '"deputies\' passage"',
        ),
        (
            "Poverty relief helps every village join the all-round well-off society.",
            "all-round well-off society",
            "moderately prosperous society in all respects",
        ),
    ],
)
def test_garbled_formulations_are_avoided(text: str, span: str, fix: str) -> None:
    found = check_texts([text], ["T101"])
    assert found.select("span", "suggestion").rows() == [(span, fix)]


def test_attested_forms_of_those_formulations_are_left_alone() -> None:
    text = (
        "Output of industrial enterprises above designated size and of catering industries "
        "above designated size grew, guided by the new development philosophy and the "
        "region's full revitalization, as the county became a moderately prosperous society "
        "in all respects."
    )
    assert spans(check_texts([text], ["T101"])) == []


def test_attested_forms_of_plans_routes_and_events_are_left_alone() -> None:
    text = (
        "Guided by the Five-sphere Integrated Plan and the Four-pronged Comprehensive Strategy, "
        "firms going global used the New Eurasian Land Bridge and the China-ASEAN free trade "
        "area; the Cross-Straits Fair for Economy and Trade opened, deputies met reporters in "
        "the deputies' passage, and a ceremony honoured the Yellow Emperor. A five in one "
        "charger was sold on a representative channel of the online market."
    )
    assert spans(check_texts([text], ["T101"])) == []
