"""Singular heads that stand for more than one without a number before them (E805): a body
after two levels of government joined by "and", and a field of industry left singular in a
list of fields.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Officials studied the plans of the central and provincial Party committee, and "
            "set out tasks for the county.",
            "committee",
        ),
        (
            "The bureau carried out the decisions of the national and provincial safety work "
            "conference.",
            "conference",
        ),
        ("Linhai Elects Deputies to the National and Provincial People's Congress", "Congress"),
        ("Experts from the provincial and municipal government attended the forum.", "government"),
        ("Staff of the city and county civil affairs bureau visited the village.", "bureau"),
        (
            "The park hosts firms in new energy, new material and biomedicine.",
            "material",
        ),
        (
            "Investment went to projects in tourism, integrated circuit, and logistics.",
            "circuit",
        ),
        ("The zone protects forests, water resource, and wetlands.", "resource"),
    ],
)
def test_singular_head_for_more_than_one(text: str, span: str) -> None:
    assert_flags("E805", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The plural, as English writes it.
        "Officials studied the plans of the central and provincial Party committees.",
        "Experts from the provincial and municipal governments attended the forum.",
        # The head modifies the next noun.
        "Provincial and municipal government officials attended the forum.",
        "The central and provincial Party committee members met in the hall.",
        # One body counted at a time.
        "Each provincial and municipal government will file a report.",
        # Government as a system, a mass noun in British usage.
        "The reform divides powers between central and local government.",
        "The plan builds the capacity of provincial and municipal government to serve.",
        # A level, not a body.
        "Plans were made at the national and provincial level.",
        # Fields in the plural, or a field that modifies the next noun.
        "The park hosts firms in new energy, new materials and biomedicine.",
        "The new material industry, the chip sector and logistics grew fast.",
        "The park hosts firms in new energy, new material and equipment industries.",
        "The city built an integrated circuit plant, a port and a school.",
        # One thing, not a field.
        "Workers tested a key material, and the result was good.",
        "The new material was tested in the laboratory.",
    ],
)
def test_singular_head_left_alone(text: str) -> None:
    assert_flags("E805", text, None)
