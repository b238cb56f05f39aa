"""Grammar by word class: the genre's mass nouns made plural (E801) and a verb in the simple
present where "since" counts a span up to now (E842).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county upgraded its rural infrastructures last year.", "infrastructures"),
        ("The bureau held vocational trainings for 300 migrant workers.", "trainings"),
        ("The office gave guidances to small firms on tax filing.", "guidances"),
        ("Prices of real estates in the district stayed stable.", "real estates"),
        ("Local officials improved the maintenances of village roads.", "maintenances"),
        ("The project received strong supports from the provincial government.", "supports"),
        ("Firms thanked the bureau for their supports and guidance.", "supports"),
        ("Today the old port town is full of energies.", "energies"),
        ("The team conducted in-depth researches on rural roads.", "researches"),
        ("Experts carried out field researches in three villages.", "researches"),
        ("The district pursued high-quality developments in 2023.", "developments"),
        ("The plan promotes economic and social developments in the county.", "developments"),
    ],
)
def test_a_mass_noun_made_plural_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The verb, not the noun.
        "The city supports and guides private firms in the zone.",
        "Wang Lin researches the local history of the county.",
        # Countable senses: beams, strength given, events.
        "Workers replaced the supports of the old bridge.",
        "Volunteers devoted their energies to the clean-up of the river.",
        "Recent developments in foreign trade were discussed at the meeting.",
        # The singular, and a name in capitals.
        "The county upgraded its rural infrastructure and offered training to farmers.",
        "Li Hua works for Wuxi Real Estates Group Co., Ltd. in the eastern district of the city.",
    ],
)
def test_a_mass_noun_in_its_right_form_or_a_countable_sense_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Officials noted that since the 19th CPC National Congress, the county hears "
            "reports on rural work every quarter.",
            "hears",
        ),
        (
            "In the view of the meeting, since the start of this year, the district adheres "
            "to the plan for green growth.",
            "adheres",
        ),
        ("Since 2018, the bureau organizes job fairs for graduates.", "organizes"),
    ],
)
def test_the_present_where_since_counts_a_span_is_flagged(text: str, span: str) -> None:
    assert_flags("E842", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The perfect.
        "Since 2018, the bureau has organized job fairs for graduates.",
        # A noun before the finite verb of its clause.
        "Since 2018, the bureau reports have gone to the city each month.",
        # A plural subject before a plural noun; "since" for "because".
        "Since 2018, the county roads have been paved.",
        "Since the district needs more teachers, the county hires graduates each summer.",
        # A verb that reports, and one of where a thing stands now.
        "Since 2018, the mayor says, the port has doubled its trade.",
        "Since then, the port ranks first in the province for container traffic.",
    ],
)
def test_the_perfect_or_a_noun_after_since_is_left(text: str) -> None:
    assert_flags("E842", text, None)
