"""Session 38, recall: an ampersand glued to the names on both sides (P305), as a local
government page joins two event names ("… of the District&Signing Ceremony …"); capitals on
both sides ("R&D", "M&A") and an address's query are left alone.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    "text",
    [
        "The Investment Promotion Conference of Lakeside District&Signing Ceremony of Key "
        "Projects was held on Friday.",
        "The county held its Trade Fair&Cultural Festival in the new exhibition centre.",
    ],
)
def test_an_ampersand_glued_between_two_names_is_found(text: str) -> None:
    assert_flags("P305", text, "&")


@pytest.mark.parametrize(
    "text",
    [
        "The district raised its R&D spending by 12 percent last year.",
        "The city's M&A deals doubled, the bureau said.",
        "The notice is at www.example.gov.cn/list?id=3&Type=news for all residents.",
        "The Opening Ceremony & Press Conference was held in the city on Monday.",
    ],
)
def test_an_ampersand_in_an_acronym_an_address_or_spaced_is_left(text: str) -> None:
    assert_flags("P305", text, None)
