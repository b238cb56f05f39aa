"""Glossary avoid forms for formulations and titles local translations garble (T101)."""

from __future__ import annotations

import pytest
from helpers import assert_flags

# (text, the span T101 flags, or None where the text is the official form)
CASES = [
    ('Officials pledged to achieve the "two safeguards" in their work.', "two safeguards"),
    ("Officials pledged to ensure the Two Upholds in their work.", None),
    # 常委: a seat on a Party committee's standing committee, not a kind of member.
    (
        "Sun Lei, standing member of the county Party committee, visited the farm.",
        "standing member of the county Party committee",
    ),
    (
        "Sun Lei, member of the Standing Committee of the County Party Committee, spoke.",
        None,
    ),
    (
        "He Jun, a standing member of the municipal Party committee, chaired the meeting.",
        "standing member of the municipal Party committee",
    ),
    ("He Jun was elected a standing member of the chamber of commerce.", None),
    # 创城: the drive for the National Civilized City title.
    ("The mayor inspected city creation work in Xinhua Street.", "city creation work"),
    ("The mayor inspected the campaign to become a national civilized city.", None),
    ("The city creation of new parks went on.", None),
]


@pytest.mark.parametrize(("text", "span"), CASES)
def test_formulation_avoid_forms(text: str, span: str | None) -> None:
    assert_flags("T101", text, span)
