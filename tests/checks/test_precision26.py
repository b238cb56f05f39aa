"""False alarms of session 26 on professional and local pages, each as a class of correct
English that a rule misread, with a case of the slip that the rule must still find.

The texts are written for these tests in the register of Chinese-government English news;
none is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# --- E801: an uncountable noun's plural inside a company's registered name -----------------


@pytest.mark.parametrize(
    "text",
    [
        "The park signed the deal with Liaoning General Machineries Co., Ltd. on Monday.",
        "Delegates visited Harbin Power Equipments Group and two research institutes.",
    ],
)
def test_a_plural_inside_a_company_name_is_its_name(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county bought new equipments for its hospitals.", "equipments"),
        ("Harbin Imports More Equipments From Germany", "Equipments"),
        ("The port handled Machineries and steel for the new plant.", "Machineries"),
    ],
)
def test_the_plural_in_running_text_or_a_headline_is_still_a_slip(text: str, span: str) -> None:
    assert_flags("E801", text, span)


# --- P301: a closing straight quote typed on the wrong side of its space --------------------

_DISPLACED = 'The county is home to the craft of "blue calico dyeing "from the Ming Dynasty.'


def test_a_closing_quote_before_its_space_pairs_and_the_space_is_reported() -> None:
    assert_flags("P301", _DISPLACED, None)
    assert_flags("P303", _DISPLACED, " ")


def test_a_quote_never_closed_is_still_unbalanced() -> None:
    assert_flags("P301", 'The plan, known as "Green Ports, aims to cut emissions.', '"')
    # A later straight mark can still close the second one: then the first is left open.
    assert_flags("P301", 'He said "we must "build parks" and left.', '"')


# --- E829: inspection or investigation listed with other bare activities after "carry out" --


@pytest.mark.parametrize(
    "text",
    [
        "The work team carried out investigation and research in six villages of the county.",
        "The plant carries out quality inspection, equipment upkeep and safety drills each week.",
        "Clinic staff were carrying out health inspection, cleaning wards and checking "
        "fire exits before the holiday.",
    ],
)
def test_an_activity_listed_with_others_needs_no_article(text: str) -> None:
    assert_flags("E829", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The bureau carried out inspection of the new bridge on Monday.", "inspection"),
        ("The county carried out investigation, and the findings were published.", "investigation"),
        ("The district carried out survey and mapping of its farmland.", "survey"),
        ("Inspectors carried out inspection and found three faulty valves.", "inspection"),
        ("The team carried out investigation and ordered the plant closed.", "investigation"),
    ],
)
def test_a_lone_inspection_still_takes_its_article(text: str, span: str) -> None:
    assert_flags("E829", text, span)


# --- E801: a second figure after a change that compares it, not a second change ---------


@pytest.mark.parametrize(
    "text",
    [
        "Retail sales reached 9.2 billion yuan, a rise of 7.5%, 1.2% higher than the provincial "
        "average.",
        "Grain output hit a record, an increase of 4.1%, 0.6 percentage points above the "
        "national figure.",
        "Exports saw a decline of 3 percent, 2 percentage points less than in the first quarter.",
    ],
)
def test_a_change_compared_with_another_is_one_change(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The two counties posted a rise of 6% and 9% in tourist numbers.",
            "rise of 6% and 9%",
        ),
        (
            "Output and sales saw an increase of 5 percent, 7 percent respectively.",
            "increase of 5 percent, 7 percent",
        ),
        (
            "Imports and exports showed a fall of 2 percentage points, 3 percentage points.",
            "fall of 2 percentage points, 3 percentage points",
        ),
    ],
)
def test_two_changes_still_want_the_plural(text: str, span: str) -> None:
    assert_flags("E801", text, span)


# --- P320: a noun in "-ability" made from a known adjective in "-able" ------------------


def test_a_noun_of_quality_in_ability_is_one_word() -> None:
    assert_flags(
        "P320", "The county honours its model workers to spread a culture of honorability.", None
    )


def test_two_words_glued_before_ability_are_still_found() -> None:
    assert_flags(
        "P320", "The plant raised its innovationability in two years.", "innovationability"
    )
