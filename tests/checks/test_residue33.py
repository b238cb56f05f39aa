"""Page residue (R601): the article's own headline left alone, a byline still a credit, and
more of the outlets' templates caught.

The sentences are written for these tests, in the register of city and provincial news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

_BODY = "The port of Weihai handled 3 million tonnes of cargo in May, up 12 percent on a year ago."


@pytest.mark.parametrize(
    "byline",
    [
        "By Zhou Lihua | Web Exclusive",
        "By Zhou Lihua",
        "By Zhou Lihua and Chen Jianguo",
    ],
)
def test_the_writer_under_the_headline_is_a_credit(byline: str) -> None:
    # a byline is a credit line of the page, as the editors of the pool marked it; the
    # story's label after a pipe does not make it the article's text
    page = (
        "Harbour Towns Find a New Trade\n"
        "Shandong ports open routes to Busan and Osaka as trade recovers\n"
        f"{byline}\n\n{_BODY}\n"
    )
    assert_flags("R601", page, byline)
    assert_flags("R601", f"Weihai port opens a new route to Busan\n\n{byline}\n\n{_BODY}\n", byline)


@pytest.mark.parametrize(
    ("page", "span"),
    [
        # the outlet after the pipe: the page's credit line
        (f"Weihai port opens a new route to Busan\n\nBy Zhou Lihua | China Daily\n\n{_BODY}\n",
         "By Zhou Lihua | China Daily"),
        # over the headline: the page's author box
        (f"By Zhou Lihua\n\nWeihai port opens a new route to Busan\n\n{_BODY}\n", "By Zhou Lihua"),
        # under a field of the page, not under the headline
        (f"Weihai port opens a new route to Busan\n\nSource: Weihai Daily\n\nBy Zhou Lihua\n\n{_BODY}\n",
         "By Zhou Lihua"),
        # under the article's paragraphs: the site's credit
        (f"Weihai port opens a new route to Busan\n\n{_BODY}\n\n{_BODY} More to come.\n\n"
         "By Zhou Lihua\n\nMore news from the port\n", "By Zhou Lihua"),
    ],
)  # fmt: skip
def test_a_byline_of_the_page_is_still_flagged(page: str, span: str) -> None:
    assert_flags("R601", page, span)


def test_the_writers_name_over_the_writers_post_is_a_byline() -> None:
    # Session 35: the name alone and the post under it are the page's byline, as blind34's
    # annotator marked them (a byline is residue); see test_residue35.
    page = (
        "Rural clinics get new doctors as counties in Gansu hire graduates\n\n"
        "Zhou Meiling\n"
        "Lanzhou Correspondent, Western Daily\n"
        "Translated by Chen Wei\n"
        "Counties in Gansu have hired 2,000 medical graduates this year to staff village "
        "clinics, the provincial health commission said on Monday.\n"
    )
    found = spans(check_texts([page], ["R601"]), "R601")
    assert "Translated by Chen Wei" in found
    assert "Zhou Meiling" in found
    assert "Lanzhou Correspondent, Western Daily" in found


def test_a_headline_in_title_case_under_the_menu_is_the_articles() -> None:
    page = (
        "Search      Subscribe\n"
        "Home      Nation      World      Business      Opinion      Lifestyle      Travel\n"
        "Nation\n"
        "Building a Greener Harbour Town\n"
        "Weihai plans to move its coal yards out of the old port by 2026 to cut dust\n\n"
        f"{_BODY}\n"
    )
    assert "Building a Greener Harbour Town" not in spans(check_texts([page], ["R601"]), "R601")
    assert_flags("R601", page, "Nation")


def test_the_headline_over_the_wires_byline_is_the_articles() -> None:
    # the page's header repeats the headline; the copy over "Reuters Staff" is the article's
    headline = "Former county chief in Hubei jailed for bribery"
    page = (
        "Directory of sites\nLogin\nContact\n"
        f"{headline}\n"
        "March 3, 2016 / 9:12 AM / 2 years ago\n\n"
        f"{headline}\n\nReuters Staff\n\n1 Min Read\n\n"
        "BEIJING (Reuters) - A court in Hubei jailed a former county chief for 12 years for "
        "taking bribes, state media said on Thursday.\n"
    )
    found = check_texts([page], ["R601"])
    assert found.filter(found["span"] == headline)["line"].to_list() == [4]


def test_a_headline_said_again_lower_down_is_still_the_repeat() -> None:
    headline = "Weihai port opens a new route to Busan"
    page = f"{headline}\n\nBy Zhou Lihua | China Daily\n\n{_BODY}\n\n{headline}\n"
    found = check_texts([page], ["R601"])
    assert found.filter(found["span"] == headline)["line"].to_list() == [7]


@pytest.mark.parametrize("text", ["learn more", "Learn more", "#World News", "#Business"])
def test_a_link_or_a_section_tag_alone_is_flagged(text: str) -> None:
    assert_flags("R601", f"{_BODY}\n\n{text}\n\n{_BODY}", text)


@pytest.mark.parametrize(
    "text",
    [
        "Visitors can learn more about the port's history at the new museum in Weihai.",
        "#1 priority for the county this year is clean water, the mayor said.",
    ],
)
def test_prose_with_the_same_words_is_left_alone(text: str) -> None:
    assert_flags("R601", text, None)


@pytest.mark.parametrize(
    "credit",
    [
        "(By the Municipal Bureau of Commerce, translated by Zhou Hua, edited by Anna Berg)",
        "(Text and photo by Chen Li–Weihai Daily, translated by Zhou Hua, edited by Anna Berg)",
    ],
)
def test_a_translation_credit_closing_the_paragraph_is_flagged(credit: str) -> None:
    text = f"The fair drew 300 exhibitors from 12 countries this year. {credit}"
    assert_flags("R601", text, credit)


def test_a_translator_named_in_a_sentence_is_left_alone() -> None:
    text = "The novel (translated by Zhou Hua in 1998) sold 20,000 copies in Weihai last year."
    assert_flags("R601", text, None)


def test_a_trail_run_together_at_the_page_top_is_flagged() -> None:
    crumb = "Weihai China Government Government Bulletin"
    assert_flags("R601", f"{crumb}\nReport on the Work of the Government\n\n{_BODY}\n", crumb)
    # not lower down, and not a headline that says no word twice
    assert_flags("R601", f"Weihai Port Opens New Route to Busan\n\n{_BODY}\n", None)


def test_a_galleries_captions_said_again_are_flagged() -> None:
    page = (
        "New faces at the provincial plenum\n\n"
        "Weihai Mayor Zhou Hua. Yantai party chief Chen Li. Qingdao Mayor Wang Jun.\n\n"
        f"{_BODY}\n\n"
        "  • Weihai Mayor Zhou Hua\n\n"
        "  • Yantai party chief Chen Li\n\n"
        f"{_BODY} More ships are expected.\n"
    )
    found = spans(check_texts([page], ["R601"]), "R601")
    assert "Weihai Mayor Zhou Hua. Yantai party chief Chen Li. Qingdao Mayor Wang Jun." in found
    assert "• Weihai Mayor Zhou Hua" in found
    assert "• Yantai party chief Chen Li" in found


def test_a_list_saying_nothing_again_is_left_alone() -> None:
    page = (
        "Weihai sets three goals for its port. It will dredge the channel. It will add berths.\n\n"
        "  • Dredge the outer channel to 15 metres\n\n"
        "  • Add four deep-water berths by 2027\n\n"
        "Thank you. Thank you.\n\nThank you.\n"
    )
    assert_flags("R601", page, None)


@pytest.mark.parametrize(
    "fields",
    [
        "From: | Date Add in:2021-03-09 09:12:40 [A  A]",
        "From:Weihai News Office | Date Add in:2021-03-09 09:12:40 [A A] |",
    ],
)
def test_the_source_and_the_day_added_are_flagged(fields: str) -> None:
    page = f"Special Column\nWeihai Port Opens a New Route to Busan\n{fields}\n\n{_BODY}\n"
    assert_flags("R601", page, fields)
    # the section's label over the headline, the page's fields now known under it
    assert_flags("R601", page, "Special Column")


def test_a_sentence_about_where_a_letter_came_from_is_left_alone() -> None:
    text = "From: the mayor's office | the letter was dated 2021-03-09 and sent to every village."
    assert_flags("R601", text, None)


def test_a_date_said_again_is_no_caption() -> None:
    page = (
        "Press conference on the port's first quarter\n\n"
        "Weihai | 10 a.m. April 12, 2024\n\n"
        "Speakers:\n\nZhou Hua, director of the Weihai port bureau\n\n"
        "Chairperson:\n\nChen Li, spokesperson of the municipal government\n\n"
        "Date:\n\nApril 12, 2024\n\n"
        f"{_BODY}\n"
    )
    messages = check_texts([page], ["R601"])["message"].to_list()
    assert not [m for m in messages if "caption said again" in m], messages


def test_a_caption_closed_by_its_photographer_is_flagged() -> None:
    caption = "Zhou Hua checks the cargo at a new berth in Weihai on March 3 (CHEN LIMING)"
    assert_flags("R601", f"Weihai port opens a new route\n\n{caption}\n\n{_BODY}\n", caption)


@pytest.mark.parametrize(
    "text",
    [
        # capitals in brackets that name no one in pinyin
        "Deputies met in Beijing for the annual sessions of the two bodies (NPC CPPCC)",
        "The port signed a deal with the shipping line on Monday (CMA CGM)",
    ],
)
def test_capitals_in_brackets_naming_no_photographer_are_left_alone(text: str) -> None:
    assert_flags("R601", f"{text}\n\n{_BODY}\n", None)
