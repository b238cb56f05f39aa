"""Page residue (session 23): a writer's name beside the page's time stamp, the time zone
before the date, social accounts, the print edition's
locator, a picture credit, and a menu set in from the page's edge.

Each shape is tested where it is residue and where the same words are the article's: a
name in a list of the people present, under a letter, in a sentence; an indented block of
paragraphs; a handle inside a sentence. Every text was written for these tests in the
register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

_HEAD = "Jinzhou opens its new port terminal\n\n"
_PROSE = (
    "The new container terminal of Jinzhou Port opened on Monday, and the municipal "
    "government said it would handle two million containers a year by 2026."
)
_MORE = (
    "Officials from the port authority and the districts attended the ceremony and "
    "visited the berths, the yard and the control centre of the new terminal."
)
_STAMP = "  08:40 UTC+8, 2024-05-06       0"


def test_name_over_the_time_stamp_is_a_byline() -> None:
    assert_flags("R601", f"{_HEAD}Zhao Linfeng\n{_STAMP}\n{_PROSE}\n\n{_MORE}", "Zhao Linfeng")


def test_doubled_name_over_the_time_stamp_is_flagged_twice() -> None:
    text = f"{_HEAD} Zhao Linfeng\nZhao Linfeng\n{_STAMP}\n{_PROSE}\n\n{_MORE}"
    assert spans(check_texts([text], ["R601"]), "R601").count("Zhao Linfeng") == 2


def test_time_zone_before_the_date_is_a_time_stamp() -> None:
    assert_flags("R601", f"{_HEAD}{_STAMP}\n\n{_PROSE}\n\n{_MORE}", _STAMP.strip())


def test_name_alone_under_the_headline_is_a_byline() -> None:
    # Session 35 (residue35): a name alone between the headline and the first sentence is the
    # writer's byline even with no stamp beside it, as evaluators of unseen pages mark it.
    assert_flags("R601", f"{_HEAD}Zhao Linfeng\n\n{_PROSE}\n\n{_MORE}", "Zhao Linfeng")


def test_signature_over_its_date_is_the_letters() -> None:
    letter = (
        "Dear friends,\n\nThank you for your letter about the new port. We welcome you to "
        "visit Jinzhou and to see the terminal for yourselves this summer.\n\n"
        "Zhao Linfeng\nMay 6, 2024"
    )
    assert_flags("R601", letter, None)


def test_attendees_beside_a_date_in_prose_are_left_alone() -> None:
    text = f"{_HEAD}{_PROSE}\n\nAttending the ceremony were:\nZhao Linfeng\nWang Fang\n\n{_MORE}"
    assert_flags("R601", text, None)


@pytest.mark.parametrize(
    "line",
    ["@JinzhouPort", "Jinzhou Daily WeChat", "Consulate-General in Osaka's official Weibo account"],
)
def test_social_account_alone_on_its_line(line: str) -> None:
    assert_flags("R601", f"{_HEAD}{_PROSE}\n\n{line}\n\n{_MORE}", line)


def test_social_account_in_a_sentence_passes() -> None:
    text = f"{_HEAD}{_PROSE} Readers can follow @JinzhouPort for the timetable.\n\n{_MORE}"
    assert_flags("R601", text, None)


@pytest.mark.parametrize(
    "line", ["Jinzhou Daily / 2024-05 / 06 / Page003", "Page 3 of the print edition"]
)
def test_print_edition_locator(line: str) -> None:
    assert_flags("R601", f"{_HEAD}{line}\n\n{_PROSE}\n\n{_MORE}", line)


@pytest.mark.parametrize("line", ["Ti Gong", "Zhao Linfeng / Ti Gong"])
def test_provided_picture_credit(line: str) -> None:
    assert_flags("R601", f"{_HEAD}{_PROSE}\n\n{line}\n\n{_MORE}", line)


def test_indented_menu_after_the_article() -> None:
    text = f"{_HEAD}{_PROSE}\n\n{_MORE}\n\n \n About Jinzhou\n  Video\n Specials\n"
    assert_flags("R601", text, "About Jinzhou", strip=True)


def test_indented_long_item_inside_an_indented_menu() -> None:
    menu = (
        "Embassy\n  Message\n  Events\n  2024 Cultural Year & Exchanges\n"
        "  Exhibition: the 75th Anniversary of the Founding of the People's Republic\n"
        "  Offices\n  Visas\n\n"
    )
    assert_flags(
        "R601", f"{menu}{_HEAD}{_PROSE}\n\n{_MORE}", "2024 Cultural Year & Exchanges", strip=True
    )


def test_indented_captions_of_an_indented_page_are_left_alone() -> None:
    # every paragraph is set in: the indent marks nothing off
    text = (
        f"{_HEAD} {_PROSE}\n\n {_MORE}\n\n Officials cutting the ribbon\n\n"
        " Workers at the new berth\n\n Ships at the terminal\n"
    )
    assert_flags("R601", text, None)


def test_picture_credit_after_the_last_paragraph_starts_no_footer() -> None:
    # the picture stands in the article: its caption and the article's notes follow it
    text = (
        f"{_HEAD}{_PROSE}\n\n{_MORE}\n\nTi Gong\n\nVisitors at the terminal\n\n"
        "Open days:\n\nVenue: Jinzhou Port Exhibition Hall\n"
    )
    assert_flags("R601", text, "Ti Gong")
    found = spans(check_texts([text], ["R601"]), "R601")
    assert found == ["Ti Gong"], found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            f"{_PROSE} The port will open a second berth next year, said Li.Global Times",
            "Global Times",
        ),
        (f"{_PROSE} The berth opened on Monday.Shine", "Shine"),
        ("Port director Zhao Linfeng photo: VCG", "photo: VCG"),
    ],
)
def test_credit_glued_to_the_text(text: str, span: str) -> None:
    assert_flags("R604", text, span, strip=True)


@pytest.mark.parametrize(
    "text",
    [
        f"{_PROSE} The talks were held at the Xinhua office.",
        f"{_PROSE} Reporters from China Daily and Xinhua attended.",
    ],
)
def test_outlet_named_in_a_sentence_passes(text: str) -> None:
    assert_flags("R604", text, None)
