"""Page residue (session 30): the page's date set before the headline on its line, and
Chinese punctuation garbled on the way to the page.

Some copies of a news page keep the page's date under its label, no colon, on the
headline's own line ("date 2024-03-12 Port opens …"), often after a space. The date is the
page's, and the space before it is the line's, not a slip of its own. A page saved as GBK
and read as Windows-1250 shows its Chinese quotation marks as "ˇ°" and "ˇ±". A handout's
credit may name its outlet after "for" or lose it with its link ("[Video provided to]"). A
section's page sets its name over the breadcrumb that ends with it, and a template may
leave its current-page field ("curpage: Home |"). Each case is tested where the page sets
it and where the same words or signs are the article's own. Every text was written for
these tests in the register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

_ARTICLE = (
    "\n\nThe Tieling Municipal People's Government held a meeting on Monday to review the "
    "progress of key projects in the city.\n"
)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        # the date, then the headline, after a space
        (" date 2024-03-12 Tieling steps up support for key projects", "date 2024-03-12"),
        # the date, then the section's name
        (" date 2021-09-02 News / Provinces", "date 2021-09-02"),
        # flush, the label capitalised
        ("Date 2019-11-25 Vice governor inspects flood control work", "Date 2019-11-25"),
        # a wire story's dateline after it
        (
            " date 2022-06-08 SHENYANG, June 7 (Xinhua) -- The city opened a port.",
            "date 2022-06-08",
        ),
    ],
)
def test_date_label_before_the_headline_is_flagged(line: str, span: str) -> None:
    assert_flags("R601", line + _ARTICLE, span)


@pytest.mark.parametrize(
    "line",
    [
        # a notice's field under its label, with its colon
        "Date: 2024-03-12 Venue: Tieling Municipal Convention Centre",
        # the word in a sentence
        "The date 2024-03-12 was set for the hearing by the Standing Committee.",
        # a date in figures opening a line, no label
        "2024-03-12 Tieling steps up support for key projects",
        # the label and a date, then words in lower case
        "Date 2024-03-12 to be confirmed by the organisers",
    ],
)
def test_date_in_a_field_or_a_sentence_is_left(line: str) -> None:
    found = spans(check_texts([line + _ARTICLE], ["R601"]), "R601")
    assert not [s for s in found if s.lower().startswith("date")], found


def test_space_before_the_date_label_is_left_to_the_residue_finding() -> None:
    text = " date 2024-03-12 Tieling steps up support for key projects" + _ARTICLE
    found = check_texts([text], ["P313", "R601"])
    assert spans(found, "R601") == ["date 2024-03-12"]
    assert spans(found, "P313") == []


def test_space_before_a_headline_is_still_flagged() -> None:
    assert_flags("P313", " Tieling steps up support for key projects" + _ARTICLE, " ")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Mayor Zhao said, ˇ°We will open the port to more routes.ˇ±", "ˇ°"),
        ("Mayor Zhao said, ˇ°We will open the port to more routes.ˇ±", "ˇ±"),
        # an apostrophe and a Chinese comma garbled the same way
        ("The cityˇŻs new logistics park opened on Monday.", "ˇŻ"),
        ("Tieling, Fushun Ł¬and Benxi signed the agreement.", "Ł¬"),
        ("the ˇ°one-on-oneˇ± service for enterprises", "ˇ°"),
    ],
)
def test_gbk_read_as_windows_1250_is_flagged(text: str, span: str) -> None:
    assert_flags("U406", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Polish names: a letter after Ł
        "The delegation from Łódź visited the Tieling high-tech zone.",
        "Mayor Zhao met Łukasz Nowak, a trade official from Poland.",
        # the caron itself named in a note on pinyin
        "Pinyin marks the third tone with a caron (ˇ), as in Yǎnjí.",
        "Temperatures reached 30°C and 2±1 percent growth was recorded.",
    ],
)
def test_central_european_letters_are_left(text: str) -> None:
    assert_flags("U406", text, None)


_HEADED = "Tieling steps up support for key projects\n" + _ARTICLE


@pytest.mark.parametrize(
    ("text", "code", "span"),
    [
        # a handout's credit after a caption's sentence, the site after "for"
        (
            "The mayor meets the delegation in Tieling. [Photo provided for tieling.gov.cn]\n"
            + _ARTICLE,
            "R604",
            " [Photo provided for tieling.gov.cn]",
        ),
        (
            "Workers test the new line on Friday. [Video provided to Liaoning Daily]\n" + _ARTICLE,
            "R604",
            " [Video provided to Liaoning Daily]",
        ),
        # alone on its line, the outlet lost with its link
        (_HEADED + "\n[Video provided to]\n" + _ARTICLE, "R601", "[Video provided to]"),
        (_HEADED + "\n(Photo provided by)\n" + _ARTICLE, "R601", "(Photo provided by)"),
    ],
)
def test_handout_credit_is_flagged(text: str, code: str, span: str) -> None:
    assert_flags(code, text, span)


@pytest.mark.parametrize(
    "text",
    [
        # the words in a sentence, no bracket
        "Photos provided for the exhibition came from 30 villages in the county." + _ARTICLE,
        "A video provided to the committee showed the flood damage along the river." + _ARTICLE,
    ],
)
def test_provided_in_a_sentence_is_left(text: str) -> None:
    assert_flags("R601", text, None)
    assert_flags("R604", text, None)


@pytest.mark.parametrize(
    ("head", "span"),
    [
        ("curpage: Home |\n|\n", "curpage: Home |"),
        ("Current page: Home\n\n", "Current page: Home"),
        ("curpage: Home > News\n\n", "curpage: Home > News"),
    ],
)
def test_current_page_field_is_flagged(head: str, span: str) -> None:
    assert_flags("R601", head + _HEADED, span)


def test_current_page_in_a_sentence_is_left() -> None:
    text = "The current page: home to 3,000 residents, the old district was rebuilt in 2019."
    assert_flags("R601", _HEADED + "\n" + text + "\n", None)


@pytest.mark.parametrize(
    ("head", "span"),
    [
        ("Key Projects\n\nHome >> Key Projects\n\n", "Key Projects"),
        (
            "2024 Tieling Two Sessions\n\nHome> 2024 Tieling Two Sessions\n\n",
            "2024 Tieling Two Sessions",
        ),
        ("City news\nHome » News » City News\n", "City news"),
    ],
)
def test_section_name_over_its_breadcrumb_is_flagged(head: str, span: str) -> None:
    assert_flags("R601", head + _HEADED, span)


@pytest.mark.parametrize(
    "text",
    [
        # the headline over a trail that ends with it, prose at once under the trail
        "Tieling steps up support for key projects\n\nHome >> News >> Tieling steps up support "
        "for key projects" + _ARTICLE,
        # a title longer than a section's name over the trail that repeats it
        "Tieling steps up support for key projects in its three industrial parks this year\n\n"
        "Home >> Tieling steps up support for key projects in its three industrial parks this "
        "year\n\n" + _HEADED,
    ],
)
def test_title_over_a_trail_that_repeats_it_is_left(text: str) -> None:
    found = spans(check_texts([text], ["R601"]), "R601")
    assert text.split("\n")[0] not in found, found
