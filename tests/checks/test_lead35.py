"""Session 35, lead: "main body responsibility" for 主体责任 is a rendering to avoid (T101);
the official English is "primary responsibility".

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Party committees at all levels must shoulder the main body responsibility "
            "for strict Party governance.",
            "main body responsibility",
        ),
        (
            "The county fixed the main body responsibilities of enterprises for work safety.",
            "main body responsibilities",
        ),
    ],
)
def test_main_body_responsibility_is_an_avoid_form(text: str, span: str) -> None:
    assert_flags("T101", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Party committees must shoulder their primary responsibility for strict Party governance.",
        "The main body of the report reviews the responsibilities of each department.",
        "Enterprises bear the main responsibility for work safety.",
    ],
)
def test_primary_responsibility_and_the_main_body_of_a_text_are_left(text: str) -> None:
    assert_flags("T101", text, None)
