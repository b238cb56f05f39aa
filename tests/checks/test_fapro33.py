"""False alarms on professional English, fourth pass: a page's scraped Chinese version does
not set its English quotation style (P302); a capital inside a quoted Title Case title
(E818).

The sentences are written for these tests, in the register of city and agency news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# English in straight quotes, the Chinese version scraped below it in its own curly marks.
_WITH_CHINESE = (
    'The mayor said the port is a key hub of the "Belt and Road" in the south.\n'
    "\n"
    "市长表示，该港口是“一带一路”建设的重要枢纽，欢迎各方“走进来”看一看。\n"
)


def test_the_chinese_versions_curly_marks_do_not_count_against_the_english() -> None:
    assert_flags("P302", _WITH_CHINESE, None)


def test_a_curly_quotation_in_the_english_itself_is_still_flagged() -> None:
    text = _WITH_CHINESE.replace(
        "in the south.", "in the south, and “a window to the world” for the region."
    ).replace('"Belt and Road" in', '"Belt and Road" and "green port" in')
    assert_flags("P302", text, "“a window to the world”")


@pytest.mark.parametrize(
    "text",
    [
        # A speech title in Title Case, quoted: its capitals after "a" and a comma are its own.
        "The mayor gave a talk entitled “Making the Western Corridor a Gateway, to Drive "
        "the Opening-up of Inland Cities” at the forum.",
        'She delivered a report titled "Using Green Finance as a Lever, to Speed up '
        'Low-carbon Growth in Border Regions" on Monday.',
    ],
)
def test_a_capital_inside_a_quoted_title_case_title_is_left_alone(text: str) -> None:
    assert_flags("E818", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A quotation in sentence case is no title: the slip after "a" is still one.
        (
            "The mayor said the zone would become “a Gateway, open to the world and to "
            "investors from every region”.",
            "Gateway",
        ),
        ("The county set up a Platform for farmers to sell their produce online.", "Platform"),
    ],
)
def test_a_capital_after_a_outside_a_title_is_still_flagged(text: str, span: str) -> None:
    assert_flags("E818", text, span)
