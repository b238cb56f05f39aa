"""A wrong derivative read by E801: "economical" (thrifty) for the economy's adjective,
"economic", before the economy's nouns or another field ("economical as well as social").

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The new plant brings sound economical as well as social benefits to the county.",
            "economical",
        ),
        ("Economical Working Conference of the District Opens", "Economical"),
        ("The district held its economical working conference on Monday.", "economical"),
        ("The two cities will deepen economical and technological exchanges.", "economical"),
        ("Economical losses from the flood reached 20 million yuan.", "Economical"),
    ],
)
def test_economical_for_economic(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The plan calls for the economical and intensive use of land.",
        "Buses running on gas are more economical and cleaner.",
        "The new boiler is economical to run.",
    ],
)
def test_economical_of_thrift_left_alone(text: str) -> None:
    assert_flags("E801", text, None)
