"""Precision on professional English: agency copy that tifa misread.

The sentences are written for these tests, in the register of agency and newspaper copy.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans


@pytest.mark.parametrize(
    "text",
    [
        # "the" made "an": one speech introduced, no slip for "the important speech".
        (
            "The meeting studied the guiding principles of an important speech by Li Ming"
            " on rural revitalization."
        ),
        "Officials reviewed the guiding principles of a speech delivered by the mayor in May.",
    ],
)
def test_an_indefinite_article_for_the_is_no_near_miss(text: str) -> None:
    assert_flags("T103", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # The slips of form the rule is for stay flagged.
        (
            "Cadres studied the guiding principles of important speech made by the governor.",
            "guiding principles of important speech",
        ),
    ],
)
def test_a_near_miss_of_form_stays_flagged(text: str, span: str) -> None:
    assert_flags("T103", text, span)


_PAGE = (
    "Deputy mayor visits Wuxi\n\n"
    "chinadaily.com.cn | Updated: 2021-05-18\n\n"
    "Print Print\n\n\n"
    "2_photo.png\n\n"
    "Zhao Lin (center), deputy mayor of Wuxi, visited the inland port on May 17."
    "[Photo/wuxi.gov.cn]\n\n"
    "Deputy mayor Zhao Lin visited the Wuxi inland port on Monday to check the progress of"
    " its second-phase expansion, the city government said.\n\n"
    "The port handled 1.2 million containers last year, up 8 percent year-on-year.\n"
)


def test_a_headline_over_its_stamp_is_no_menu_block() -> None:
    found = spans(check_texts([_PAGE], ["R601"]), "R601")
    # The stamp is residue; the headline above it is the page's own.
    assert any("Updated: 2021-05-18" in s for s in found), found
    assert not any("Deputy mayor visits" in s for s in found), found


def test_a_menu_of_several_items_stays_flagged() -> None:
    page = (
        "Home\n\nNews\n\nBusiness Focus\n\nCulture & Travel\n\nPhoto Gallery\n\n"
        "Deputy mayor visits Wuxi\n\n" + _PAGE.split("\n\n", 1)[1]
    )
    found = spans(check_texts([page], ["R601"]), "R601")
    assert any("Culture & Travel" in s for s in found), found
