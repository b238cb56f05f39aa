"""Session 37, precision on unseen pages: false-alarm classes found on fresh professional and
local-government pages, each fixed as a class.

P313 takes a page's paragraph indent as its layout when a long heading (a local government's
headline naming a whole event, no sentence stop) is set flush above the indented paragraphs,
and when the short lines of the page's head and furniture are scraped with an indent of their
own; a paragraph indented among flush ones is still found.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

from helpers import assert_flags, check_texts, spans

_PARA_A = (
    "On June 12, the Opening Ceremony of the Riverside Trade Fair was held in the city, and more "
    "than 600 business leaders from nine countries attended the event and signed 40 projects."
)
_PARA_B = (
    "In his speech, the mayor welcomed the guests and said that the city would keep improving its "
    "business environment and offer better services to investors from home and abroad."
)
_PARA_C = (
    "The fair will last for four days, and about 1,200 enterprises will show their products in "
    "the three halls of the exhibition centre on the south bank of the river."
)
_PARA_D = (
    "Organisers said the number of visitors this year is expected to exceed 80,000, a rise of "
    "about 15 percent over last year, as new flights link the city with more places."
)
# A headline of more than twenty words with no sentence stop, flush over indented paragraphs.
_LONG_HEADING = (
    "Opening Ceremony and Project Signing Conference of the Third Riverside International Trade "
    "and Investment Fair for Well-known Enterprises from Home and Abroad 2022 Held"
)


def test_a_long_heading_set_flush_is_no_paragraph_left_unindented() -> None:
    text = f"Open Governance\n{_LONG_HEADING}\n\n  {_PARA_A}\n\n  {_PARA_B}\n"
    assert_flags("P313", text, None)


def test_furniture_indented_deeper_on_an_indented_page_is_its_layout() -> None:
    text = (
        "    Riverside to host trade fair\n\n"
        "    Updated: 2022-06-12 08:03\n\n"
        "      Comments() Print Mail Large Medium  Small\n\n"
        f"    {_PARA_A}\n\n    {_PARA_B}\n\n    {_PARA_C}\n\n    {_PARA_D}\n"
    )
    assert_flags("P313", text, None)


def test_one_paragraph_indented_among_flush_ones_is_still_found() -> None:
    text = f"{_LONG_HEADING}\n\n{_PARA_A}\n\n  {_PARA_B}\n\n{_PARA_C}\n\n{_PARA_D}\n"
    assert spans(check_texts([text], ["P313"]), "P313") == ["  "]


def test_paragraphs_indented_unevenly_are_still_found() -> None:
    text = f"  {_PARA_A}\n\n      {_PARA_B}\n\n  {_PARA_C}\n"
    assert spans(check_texts([text], ["P313"]), "P313") == ["  ", "      ", "  "]
