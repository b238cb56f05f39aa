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
