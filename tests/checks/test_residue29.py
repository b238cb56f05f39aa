"""Page residue (session 29): an old print page's sign-off and a search box's labels.

An outlet's old print pages sign off with its name, a run of dashes and the address of its
home page; a site's search box leaves its label ("Search This Site") and its button
("Advanced") alone on their lines. Each is tested where the page sets it and where the same
words are the article's own. Every text was written for these tests in the register of
Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

_HEAD = "Wang Hong elected mayor of Fushun\n\n"
_ARTICLE = (
    "Wang Hong was elected mayor of Fushun on Friday at the third session of the 16th Fushun "
    "Municipal People's Congress.\n\n"
    "Wang, born in 1968, had served as acting mayor of the city since December."
)


@pytest.mark.parametrize(
    ("tail", "span"),
    [
        # the sign-off with the home page's address and the table's bar after it
        (
            "People's Daily Online --- http://english.peopledaily.com.cn/ |",
            "People's Daily Online --- http://english.peopledaily.com.cn/ |",
        ),
        # the dashes alone, the apostrophe curly
        ("People’s Daily Online ---", "People’s Daily Online ---"),
        # Xinhua's name with an em-dash pair
        ("Xinhuanet —— www.news.cn", "Xinhuanet —— www.news.cn"),
    ],
)
def test_print_page_sign_off_is_flagged(tail: str, span: str) -> None:
    assert_flags("R601", _HEAD + _ARTICLE + "\n\n" + tail + "\n", span)


@pytest.mark.parametrize(
    "line",
    [
        # the outlet named in a sentence set off by dashes: words go on after them
        "People's Daily Online -- the newspaper's website -- carried the full list of deputies.",
        # a sentence that ends on the outlet's name
        "The list of deputies was carried by People's Daily Online.",
    ],
)
def test_outlet_named_in_a_sentence_is_left(line: str) -> None:
    assert_flags("R601", _HEAD + _ARTICLE + "\n\n" + line + "\n", None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the search box's label in the page's head, over the headline
        ("Search This Site\n" + _HEAD + _ARTICLE + "\n", "Search This Site"),
        ("Search the website\n" + _HEAD + _ARTICLE + "\n", "Search the website"),
        # the search box's button alone in the page's tail
        (_HEAD + _ARTICLE + "\n\nAdvanced\n", "Advanced"),
    ],
)
def test_search_box_labels_are_flagged(text: str, span: str) -> None:
    assert_flags("R601", text, span)


@pytest.mark.parametrize(
    "line",
    [
        # the words in the article's own sentences
        "Advanced manufacturing grew by 8.2 percent in the first half of the year.",
        "Residents can search the site of the municipal archives for the records.",
    ],
)
def test_search_words_in_prose_are_left(line: str) -> None:
    assert_flags("R601", _HEAD + _ARTICLE + "\n\n" + line + "\n", None)


def test_search_button_ends_the_article_and_the_links_after_it_go_with_it() -> None:
    # the related headlines under the search box's button are the page's, by position
    text = (
        _HEAD
        + _ARTICLE
        + "\n\nAdvanced\n\nAnshan Province Appoints Acting Governor\n\n( 12 Messages)\n"
    )
    assert_flags("R601", text, "( 12 Messages)")
