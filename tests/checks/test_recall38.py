"""Session 38, recall: an ampersand glued to the names on both sides (P305), as a local
government page joins two event names ("… of the District&Signing Ceremony …"); capitals on
both sides ("R&D", "M&A") and an address's query are left alone. And a photo caption under
its picture's file name (R601): one short sentence in the present tense right under
"harbour2.jpg" alone on its line, prose below; a lead told in the past, a heading, or a
present-tense sentence with no file name above are left.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans


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


_IMAGE = "harbour2.webp.png"
_LEAD = (
    "Li Ming, deputy director of the city's foreign affairs office, led a delegation to the "
    "port city from May 3 to 5 for talks on trade and tourism."
)


def test_a_present_tense_caption_under_a_picture_file_name_is_found() -> None:
    caption = "The Lakeside delegation visits the port."
    text = f"Lakeside delegation pays visit to port city\n\n{_IMAGE}\n\n{caption}\n\n{_LEAD}\n"
    assert_flags("R601", text, caption)


@pytest.mark.parametrize(
    "under",
    [
        # the story's lead, told in the past
        "Li Ming led the Lakeside delegation to the port on May 3.",
        # a subheading, no sentence
        "Trade talks in the port city",
    ],
)
def test_a_lead_or_a_heading_under_a_picture_file_name_is_left(under: str) -> None:
    text = f"Lakeside delegation pays visit to port city\n\n{_IMAGE}\n\n{under}\n\n{_LEAD}\n"
    found = [span.strip() for span in spans(check_texts([text], ["R601"]), "R601")]
    assert _IMAGE in found  # the file name alone is reported
    assert under not in found, f"R601 cried wolf: {found}"


def test_a_present_tense_sentence_without_a_picture_above_is_left() -> None:
    text = f"Lakeside delegation pays visit to port city\n\nThe delegation visits the port.\n\n{_LEAD}\n"
    assert_flags("R601", text, None)
