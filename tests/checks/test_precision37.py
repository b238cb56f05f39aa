"""Session 37, precision on unseen pages: false-alarm classes found on fresh professional and
local-government pages, each fixed as a class.

P313 takes a page's paragraph indent as its layout when a long heading (a local government's
headline naming a whole event, no sentence stop) is set flush above the indented paragraphs,
and when the short lines of the page's head and furniture are scraped with an indent of their
own; a paragraph indented among flush ones is still found. R601 reports the page's title,
not the article's headline, where a newspaper's page says the headline twice in its head and
sets the second copy over its date line. P302 leaves a headline typed in straight double
quotes over a body set in curly ones (the headline field is typed apart), and still reports
a straight quotation in the body of such a page. P309 leaves the spaced hyphen before a
paper's name that a reposted story keeps on its title line ("... - Economist"), as it did
for a wire's.

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


_HEADLINE = "Riverside to take bigger role in regional trade"
_STORY = (
    "With more investors eyeing Riverside, the city's mayor has vowed to make it the hub of the "
    "region's trade and to open two new logistics parks this year.\n\n"
    "He made the remarks at the annual session of the city's people's congress on Monday.\n"
)


def test_the_headline_over_its_date_line_is_the_articles_own() -> None:
    text = (
        f"Riverside Daily\n\n{_HEADLINE}\n\n{_HEADLINE}\n\n"
        f"Updated: 2013-05-10 08:03\n\nBy Wang Lin in Riverside (Riverside Daily)\n\n{_STORY}"
    )
    rows = check_texts([text], ["R601"])
    rows = rows.filter(rows["span"] == _HEADLINE)
    first = text.index(_HEADLINE)
    assert rows["line"].to_list() == [text[:first].count("\n") + 1]


def test_a_headline_repeated_after_the_story_is_still_the_later_copy() -> None:
    text = (
        f"{_HEADLINE}\n\nUpdated: 2013-05-10 08:03\n\n{_STORY}\n"
        "The new parks will cover 300 hectares and employ about 5,000 workers when they open "
        "next spring, according to the city's commerce bureau.\n\n"
        f"{_HEADLINE}\n\nUpdated: 2013-05-10 08:03\n"
    )
    rows = check_texts([text], ["R601"])
    rows = rows.filter(rows["span"] == _HEADLINE)
    last = text.rindex(_HEADLINE)
    assert rows["line"].to_list() == [text[:last].count("\n") + 1]


_CURLY_BODY = (
    "The province will widen its “circle of friends” with 12 new sister cities, and the "
    "“going global” drive of its firms will be backed by a new fund, officials said.\n"
)


def test_a_straight_quoted_headline_over_a_curly_body_is_no_mix() -> None:
    text = f'Riverside widens "circle of friends" abroad\n\n{_CURLY_BODY}'
    assert_flags("P302", text, None)


def test_a_straight_quotation_in_a_curly_body_is_still_found() -> None:
    text = (
        f"Riverside widens its ties abroad\n\n{_CURLY_BODY}\n"
        'The mayor called the fund a "bridge" for the city\'s firms.\n'
    )
    assert_flags("P302", text, '"bridge"')


def test_a_reposted_title_crediting_its_paper_is_no_spaced_hyphen() -> None:
    text = (
        "Tuesday, June 6, 2017\n\n"
        "A new mayor shows the reach of the provincial chief - Economist\n\n"
        "A new mayor shows the reach of the provincial chief\n\n"
        "The city's new mayor was named on Monday after a month of talks.\n"
    )
    assert_flags("P309", text, None)


def test_a_spaced_hyphen_before_a_word_of_the_sentence_is_still_found() -> None:
    assert_flags("P309", "The city built a new high - speed rail station this year.\n", " - ")
