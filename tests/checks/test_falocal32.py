"""False alarms on local-government pages, third pass: one test per pattern.

A page's date line that names the story's source (R604), building work placed by "at the
port" (E828), an article rule's finding inside a wording slip that mends it (E829 in E801),
an indefinite description read as a body's name (N206), and a day whose month the paragraph
just before names with it (E824).

The sentences are written for these tests, in the register of city and county news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    "text",
    [
        "2021-05-12   Source:Anshun Daily",
        "2019-09-30 08:15:02  Source: Tongren Evening News",
        "2020/04/07 Source: Haidong Government Network",
    ],
)
def test_a_date_line_naming_the_source_is_no_caption(text: str) -> None:
    assert_flags("R604", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Mayor Zhao inspects the new wharf Source: Anshun TV", " Source: Anshun TV"),
        ("Volunteers plant trees on the riverbank Photo: Xinhua", " Photo: Xinhua"),
    ],
)
def test_a_source_glued_to_a_caption_is_still_flagged(text: str, span: str) -> None:
    assert_flags("R604", text, span)


def _codes_at(text: str) -> list[str]:
    found = check_texts([text])
    return sorted(found["code"].to_list())


@pytest.mark.parametrize(
    "text",
    [
        "After the talks, the two cities signed strategic cooperation agreement on tourism.",
        "The county will make positive contribution to rural revitalization in the province.",
    ],
)
def test_an_article_slip_inside_a_wording_slip_is_one_finding(text: str) -> None:
    codes = _codes_at(text)
    assert "E801" in codes
    assert "E829" not in codes


def test_an_article_slip_alone_is_still_flagged() -> None:
    assert_flags(
        "E829",
        "Yesterday the bureau signed cooperation agreement with two banks in Xining.",
        "cooperation agreement",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Xining High-Tech Zone drew 40 firms last year. The zone is a high-tech area of the "
        "province, rich in talent and industry.",
        "Guiyang Economic Development Zone is the city's pride. Foreign firms see the zone as "
        "an economic development area with room to grow.",
    ],
)
def test_a_description_after_a_names_no_body(text: str) -> None:
    assert_flags("N206", text, None)


def test_a_body_named_two_ways_is_still_flagged() -> None:
    text = (
        "Xining High-Tech Zone drew 40 firms last year. Firms in the high-tech area paid less "
        "tax than in 2022."
    )
    assert_flags("N206", text, "high-tech area")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor asked the bureau to give priority to the infrastructure construction at "
        "the port, and to cut customs clearance times.",
        "Officials checked the road construction in the township and met local farmers.",
    ],
)
def test_building_work_placed_at_a_site_keeps_its_article(text: str) -> None:
    assert_flags("E828", text, None)


def test_building_work_named_in_general_is_still_flagged() -> None:
    assert_flags(
        "E828",
        "The county will speed up the infrastructure construction and attract investors.",
        "the infrastructure construction",
    )


def test_a_day_whose_month_the_paragraph_before_gives_is_left() -> None:
    text = (
        "The governor inspected three counties of Gansu from June 11 to 13.\n\n"
        "On the 12th, he visited a potato farm in Dingxi and talked with growers."
    )
    assert_flags("E824", text, None)


@pytest.mark.parametrize(
    "text",
    [
        # The paragraph before names another day of the month.
        "The governor arrived in Xining on June 11.\n\n"
        "On the 14th, he visited a salt lake plant in Golmud.",
        # The paragraph before gives only a date stamp.
        "2023-07-02 10:27:33\n\nOn the 28th, the county government held a standing meeting.",
    ],
)
def test_a_day_without_its_month_nearby_is_still_flagged(text: str) -> None:
    day = "the 14th" if "14th" in text else "the 28th"
    assert_flags("E824", text, day)


def test_a_headline_short_form_of_a_congress_named_in_full_below_is_left() -> None:
    text = (
        "The 3rd Session of the 14th People's Congress Opens in Haidong\n\n"
        "The third session of the 14th Haidong Municipal People's Congress opened on Monday, "
        "with 290 deputies attending."
    )
    assert_flags("T120", text, None)


@pytest.mark.parametrize(
    "text",
    [
        # The headline's congress is named in full nowhere on the page.
        "The 3rd Session of the 14th People's Congress Opens in Haidong\n\n"
        "The session opened on Monday, with 290 deputies attending.",
        # Running text, not a headline.
        "Deputies to the 14th People's Congress reviewed the budget report on Monday. The "
        "14th Haidong Municipal People's Congress has 290 deputies.",
    ],
)
def test_a_congress_by_its_term_alone_is_still_flagged(text: str) -> None:
    assert_flags("T120", text, "14th People's Congress")


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Liu said, ˇ°The dikes of Yueyang guard the whole lake.ˇ± ˇ°We should check "
        "every section before the rains.ˇ± He added that the county would send 200 workers.",
        "Mayor Tang stressed that ¡°we must finish the new bridge this year.¡± The bureau agreed.",
    ],
)
def test_first_person_inside_garbled_quotes_is_quoted(text: str) -> None:
    assert_flags("E821", text, None)


def test_first_person_reported_without_quotes_is_still_flagged() -> None:
    assert_flags(
        "E821",
        "Mayor Tang stressed that we must finish the new bridge this year.",
        "we",
    )
