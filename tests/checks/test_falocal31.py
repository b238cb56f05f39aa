"""False alarms on local-government English: the Zhejiang government's own name for its
strategy (T101), a body's short name the page defines in quotes (E817), and a small figure
in a clause of counts kept in figures (D505).

The sentences are written for these tests, in the register of city and provincial
government news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# --- T101: 八八战略 in the Zhejiang government's own rendering ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The province will keep implementing the “Eight-Eight Strategy” in the years ahead.",
        "Under the guidance of the Eight-Eight Strategy, Jinhua upgraded its industries.",
        "Twenty years of the Double-Eight Strategy have changed the face of the province.",
    ],
)
def test_the_strategy_in_an_attested_rendering_is_left(text: str) -> None:
    assert_flags("T101", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Quzhou carried out the Double Eighth Strategies in depth.", "Double Eighth Strategies"),
        (
            "The county follows the Double Eight Strategies of the province.",
            "Double Eight Strategies",
        ),
    ],
)
def test_the_strategy_in_a_form_to_avoid_is_flagged(text: str, span: str) -> None:
    assert_flags("T101", text, span)


# --- E817: a short name the page defines in quotes ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The definition itself, with the cue after or before the quoted name.
        "From May 3 to May 6, the Party and government delegation of Hunan Province "
        "(“Hunan Delegation” for short) visited Guangxi for a study tour.",
        'The Guizhou government delegation ("Guizhou Delegation" hereinafter) arrived on Monday.',
        "The city signed an agreement with the People's Government of Anhui Province "
        '(hereinafter referred to as "Anhui Government") on Monday.',
        "Officials thanked the Yunnan Provincial Party Committee (hereinafter referred to as "
        "“Provincial Party Committee”) for its support.",
        # The defined name used bare later in the page: a label of the page's own.
        "The delegation of Fujian Province (hereinafter referred to as “Fujian Delegation”) "
        "toured the port. After a long trip, Fujian Delegation came to Xiamen.",
        'The Qinghai government delegation ("Qinghai Delegation" for short) met the mayor. '
        "On Tuesday, Qinghai Delegation visited a dairy farm.",
    ],
)
def test_a_short_name_the_page_defines_is_left(text: str) -> None:
    assert_flags("E817", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # No definition: the bare delegation still wants its article.
        ("The county welcomed Shaanxi Delegation on Friday.", "Shaanxi Delegation"),
        # The page defines the label with its article, then drops it.
        (
            "The delegation of Jilin Province (hereinafter “the Jilin Delegation”) arrived. "
            "The mayor welcomed Jilin Delegation at the airport.",
            "Jilin Delegation",
        ),
        # Another body than the one defined.
        (
            "The Hebei delegation (“Hebei Delegation” for short) met officials who thanked "
            "Shanxi Delegation for its help.",
            "Shanxi Delegation",
        ),
    ],
)
def test_a_bare_delegation_the_page_does_not_define_is_flagged(text: str, span: str) -> None:
    assert_flags("E817", text, span)


# --- D505: a small figure among counts of 10 or more -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The airline will open routes in 3 regional airports in the province, linking 41 "
        "cities with a total of 52 routes this summer.",
        "The fair drew 6 provincial pavilions, 120 exhibitors and 35 foreign companies.",
    ],
)
def test_a_small_figure_in_a_clause_of_big_counts_is_left(text: str) -> None:
    assert_flags("D505", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The district signed 5 projects with investors from Shenzhen.", "5"),
        # One big count in the clause is no run of counts.
        (
            "The county opened 3 new clinics in remote villages this year and trained 150 doctors.",
            "3",
        ),
        # The big count is in another clause or sentence: the small one is owed its word.
        (
            "The town built 4 new bridges over the river last spring; it also paved 26 "
            "village roads in 2022.",
            "4",
        ),
        ("The county opened 7 markets this year. It now has 45 markets in all.", "7"),
        # A measure of 10 or more is no count.
        ("The city planted trees along 3 rivers this spring, over a length of 60 kilometers.", "3"),
    ],
)
def test_a_small_figure_without_big_counts_beside_it_is_flagged(text: str, span: str) -> None:
    assert_flags("D505", text, span)
