"""Session 35, lead: "main body responsibility" for 主体责任 is a rendering to avoid (T101);
the official English is "primary responsibility". P313 leaves a page's numbered list items
nested under their heading and the flush lines of a hard-wrapped paragraph whose first line
is indented: both are the page's layout, not a slip.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans


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


_POSTS = (
    "Summary\n\n"
    "  1. Closing the session at 18:02 Beijing time\n\n"
    "    The congress closed on Saturday with the election of a new central committee, and "
    "delegates left the hall in groups after the final vote was announced.\n\n"
    "  2. Who sits on the new committee?\n\n"
    "    The seven members were introduced to the press in order of rank, as the party has done "
    "at each congress since the early years of reform and opening up.\n\n"
    "    Each of them had served as a provincial party chief or a vice-premier before taking a "
    "seat on the committee, according to the official biographies released.\n"
)


def test_numbered_posts_of_a_live_page_nest_like_bullets() -> None:
    # Items at two spaces, their paragraphs at four: the page's outline, kept as it is.
    assert_flags("P313", _POSTS, None)


def test_a_numbered_item_does_not_excuse_an_indented_paragraph_on_a_flush_page() -> None:
    text = (
        "Key Tasks Set\n\n"
        "1. Expanding the scope of support for projects under construction.\n"
        "  The county will also hold a meeting on rural roads on Monday.\n"
    )
    found = check_texts([text], ["P313"])
    assert spans(found, "P313") == ["  "]


_WRAPPED = (
    "Address by the Governor\n\n"
    "  Our prefecture lies on the high plateau in the middle of the province, and it is home "
    "to more than two million people\n"
    "of twenty-six ethnic groups who have lived side by side for many generations in its green valleys "
    "and busy market towns.\n"
    "  Thanks to its mild and sunny climate all the year round, the prefecture grows tea, tobacco "
    "and flowers that are sold in cities\n"
    "across the country and abroad, and the farmers of its many hill villages have become better off "
    "year by year since then.\n"
)


def test_a_hard_wrapped_page_with_indented_paragraph_starts_keeps_its_layout() -> None:
    # The lines that go on in lower case sit flush under each indented first line.
    assert_flags("P313", _WRAPPED, None)


def test_a_flush_paragraph_that_opens_in_capitals_still_counts_against_the_indent() -> None:
    text = _WRAPPED.replace("\nof twenty-six", "\nOf twenty-six").replace(
        "\nacross the country", "\nAcross the country"
    )
    found = check_texts([text], ["P313"])
    assert spans(found, "P313") == ["  ", "  "]


_WHITE_PAPER = (
    "english.example.gov.cn\n\n"
    "Rural Roads in China in the New Era\n\n"
    "Updated: June 2, 2024 08:30\n\n"
    "Information Office of the State Council\n\n"
    "The People's Republic of China\n\n"
    "June 2024, Beijing\n\n"
    "Rural roads link villages to markets, schools and clinics, and over the past decade the "
    "country has built or rebuilt more than two million kilometers of them.\n"
)


def test_a_white_papers_title_block_is_no_page_furniture() -> None:
    found = spans(check_texts([_WHITE_PAPER], ["R601"]), "R601")
    assert "Updated: June 2, 2024 08:30" in found, "the page's time stamp is residue"
    assert "Information Office of the State Council" not in found
    assert "The People's Republic of China" not in found


def test_the_last_items_of_a_series_are_no_subject_of_the_verb() -> None:
    text = (
        "A reception which brought together envoys of many countries, regions and international "
        "organizations was held in the city hall on Friday."
    )
    assert_flags("E841", text, None)


def test_a_plural_subject_after_a_clause_opening_comma_is_still_read() -> None:
    text = (
        "In the second quarter, officials from every county of the city was sent to the villages."
    )
    assert_flags("E841", text, "was")


def test_a_special_administrative_region_is_no_place_inside_a_province() -> None:
    text = (
        "During the visit to Macao, Guangdong signed six agreements on trade and tourism "
        "with local enterprises."
    )
    assert_flags("P337", text, None)


def test_a_city_left_open_before_its_province_is_still_read() -> None:
    text = "The delegation arrived in Sanya, Hainan held talks with the city's leaders."
    found = spans(check_texts([text], ["P337"]), "P337")
    assert found == ["Hainan held"]
