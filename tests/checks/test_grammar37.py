"""Grammar that translators from Chinese get wrong the same way on many sites: 及时 rendered
"timely" where English wants an adverb (E801).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Closing the clause after the verb's phrase.
        (
            "The bureau will publish the inspection results to residents timely, and "
            "accept their supervision.",
            "timely",
        ),
        ("To handle the flood timely, the township kept 40 staff on duty.", "timely"),
        ("All complaints were handled timely.", "timely"),
        ("Staff should respond timely and effectively to the demands of firms.", "timely"),
        # After a modal or an auxiliary.
        ("Village officials should timely report hidden dangers to the town.", "timely"),
        ("The problems found were timely rectified by the county.", "timely"),
        # Before a verb that is no noun.
        (
            "The district will refine its services, and timely implement the relief policies.",
            "timely",
        ),
        ("Departments must study the cases, timely solve problems and improve rules.", "timely"),
    ],
)
def test_timely_as_an_adverb_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The adjective it is.
        "The new subsidy for farmers is timely.",
        "The move was very timely, said Li Ming, director of the bureau.",
        "The data must be accurate and timely.",
        "The city replied in a timely, clear and complete way.",
        "The county gave timely help to the flooded villages.",
        "Residents praised the timely release of the water quality data.",
        "The bureau ensured timely and accurate reporting of cases.",
        # A noun after it, not a verb.
        "The inspection team filed a timely report on the mine.",
        "It was a timely find for the archaeologists in Liyang.",
        # In a timely manner: the mended form.
        "The bureau published the results in a timely manner.",
    ],
)
def test_timely_as_an_adjective_is_not_flagged(text: str) -> None:
    assert_flags("E801", text, None)
