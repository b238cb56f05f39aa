"""R601 on a page's footer block: the short lines after the article's end and a known footer line.

Texts written for these tests in the register of Chinese-government English news.
"""

from __future__ import annotations

from helpers import check_texts, spans

ARTICLE = (
    "Dalian held a meeting on port development on Monday.\n\n"
    "The meeting called for faster progress on the new container terminal this year.\n\n"
)
FOOTER = (
    "Copyright © 2024 Dalian News Online. All rights reserved.\n\n"
    "Harbour View Hotel\n\n"
    "Info   Special\n\n"
    "Sponsored by the Information Office of Dalian\n"
)


def r601(text: str) -> list[str]:
    return spans(check_texts([text], ["R601"]), "R601")


def test_short_lines_after_a_known_footer_line_are_footer() -> None:
    found = r601(ARTICLE + FOOTER)
    assert "Harbour View Hotel" in found
    assert "Info   Special" in found
    assert "Copyright © 2024 Dalian News Online. All rights reserved." in found


def test_lines_between_the_article_and_the_footer_are_left_alone() -> None:
    # A notice's signature and date stand after its last paragraph, before the footer.
    signed = "Dalian Municipal People's Government\n\nJanuary 5, 2024\n\n"
    found = r601(ARTICLE + signed + FOOTER)
    assert "Dalian Municipal People's Government" not in found
    assert "Harbour View Hotel" in found


def test_residue_followed_by_more_article_starts_no_footer() -> None:
    text = (
        "Copyright © 2024 Dalian News Online. All rights reserved.\n\n"
        "Harbour View Hotel\n\n" + ARTICLE
    )
    assert "Harbour View Hotel" not in r601(text)


def test_a_sentence_after_the_footer_line_is_not_footer() -> None:
    text = ARTICLE + FOOTER + "\nThe hotel will host the next session of the forum in May.\n"
    found = r601(text)
    assert "Harbour View Hotel" not in found  # the article went on: no footer yet
    assert not any("forum in May" in s for s in found)


def test_a_document_without_prose_has_no_footer() -> None:
    text = "Copyright © 2024 Dalian News Online. All rights reserved.\n\nHarbour View Hotel\n"
    assert "Harbour View Hotel" not in r601(text)


def test_a_block_of_contact_lines_after_the_article_is_footer() -> None:
    office = (
        "Anshan Office of the Provincial People's Government in the Liaoning Coastal Economic Belt\n"
        "12 Binhai Road\n"
        "Tel: +86-412-5551234\n"
        "Fax: +86-412-5551235\n\n"
        "Visa Service Centre\n"
        "Address: 3 Port Street, Anshan\n"
        "Tel: 0412-5556789\n"
        "Email for Visa Application:\n"
    )
    found = r601(ARTICLE + office)
    assert (
        "Anshan Office of the Provincial People's Government in the Liaoning Coastal Economic Belt"
        in found
    )
    assert "12 Binhai Road" in found
    assert "Tel: +86-412-5551234" in found
    assert "Visa Service Centre" in found
    assert "Email for Visa Application:" in found


def test_a_notice_s_own_contact_lines_are_left_alone() -> None:
    # Applicants are told whom to call: two or three contact lines are the notice's.
    notice = "Contact: Li Ming\nTel: 0412-5551234\nAddress: 2 Renmin Road, Anshan\n"
    assert r601(ARTICLE + notice) == []


def test_contact_lines_inside_the_article_are_left_alone() -> None:
    guide = (
        "Anshan Visa Service Centre\nTel: 0412-5551234\nFax: 0412-5551235\n"
        "Address: 3 Port Street\nPostcode: 114000\n\n"
        "The centre serves applicants from the whole city and the counties around it.\n"
    )
    assert r601(ARTICLE + guide) == []


def test_a_byline_after_the_article_and_the_menu_after_it_are_footer() -> None:
    found = r601(ARTICLE + "By Zhao Lin\n\n\nAbout Anshan\nOpening Up\n\n" + FOOTER)
    assert "By Zhao Lin" in found
    assert "About Anshan" in found
    assert "Opening Up" in found


def test_a_byline_above_the_article_is_residue_but_by_in_a_heading_is_not() -> None:
    # Annotators on two later sets marked a lone byline over the article as residue.
    assert r601("By Zhao Lin\n\n" + ARTICLE) == ["By Zhao Lin"]
    assert r601("By Sea and Rail to Europe\n\n" + ARTICLE) == []


def test_a_writers_name_alone_as_the_last_line_is_a_byline() -> None:
    # The writer's name in pinyin without "By", alone under the article's last paragraph.
    assert r601(ARTICLE + "Gao Wenjie\n") == ["Gao Wenjie"]
    assert r601(ARTICLE + "Zhou Lin\n") == ["Zhou Lin"]
    # not a heading of two words, not a name with prose after it, not a name in a sentence
    assert r601(ARTICLE + "Harbour Views\n") == []
    assert r601("Gao Wenjie\n\n" + ARTICLE) == []
    assert r601(ARTICLE + "Gao Wenjie said the terminal would open in May.\n") == []


def test_footer_menu_items_above_a_known_footer_line_are_footer() -> None:
    found = r601(ARTICLE + "About Anshan\nOpening Up\nHot Topics\nGuest Hotel\n\n" + FOOTER)
    assert "About Anshan" in found
    assert "Opening Up" in found
    assert "Guest Hotel" in found


def test_a_bulleted_list_of_other_headlines_after_the_article_is_footer() -> None:
    stories = (
        "- Anshan opens a new container terminal\n"
        "- Tiexi steel plant wins an export award\n"
        "- Spring fair draws buyers from 40 countries\n"
    )
    found = r601(ARTICLE + stories)
    assert "- Anshan opens a new container terminal" in found
    assert "- Spring fair draws buyers from 40 countries" in found


def test_a_bulleted_list_the_article_leads_into_is_left_alone() -> None:
    led = (
        "The plan sets out three tasks for the coming year:\n"
        "- Upgrade the old industrial base in Tiexi\n"
        "- Open new routes for the port of Anshan\n"
        "- Train more skilled workers for the factories\n"
    )
    assert r601(ARTICLE + led) == []


def test_bulleted_sentences_after_the_article_are_left_alone() -> None:
    points = (
        "- The city will build 20 new schools.\n"
        "- The port will open two new routes.\n"
        "- Will the fair return next year?\n"
    )
    assert r601(ARTICLE + points) == []
