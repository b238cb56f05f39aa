"""Punctuation widenings of session 35: a quotation's full stop before its attribution when
a space stands inside the closing mark or the speaker is named before the verb (P349); a
paragraph of running text whose last sentence has no full stop (P355); three hyphens glued
to a word on one side only for a dash (P335); a foreign place's country left open before a
phrase of time or place (P337); an everyday word with a letter typed twice that splits into
pinyin (E802).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    "text",
    [
        # A stray space between the stop and the closing mark.
        "Tourists keep coming. “Our homestays are full every weekend. ” said Wang Fang, a host.",
        'The port is busy. "Exports rose again this year. " said the director of the port.',
        # The speaker named before the verb, the attribution ending there.
        "He praised the plan. “The two cities will open a new air route.” Chen Gang added.",
        'Trade grew fast. "We will build three more warehouses." Mayor Zhou Lin said.',
        "Firms are hiring. “More young people are coming back.” Liu Ying said, adding that "
        "wages had risen.",
        "Villagers welcomed the road. “It saves us an hour a day.” He said.",
    ],
)
def test_a_stop_before_a_named_or_spaced_attribution_is_flagged(text: str) -> None:
    assert_flags("P349", text, ".")


@pytest.mark.parametrize(
    "text",
    [
        # A sentence of its own after the quotation.
        "He praised the plan. “The two cities will open a new air route.” Chen Gang said the "
        "route would start in May.",
        # A comma that brings in the next quotation.
        'Trade grew fast. "We will build three more warehouses." Zhou Lin added, "And a rail '
        'yard."',
        # A capitalised sentence that names no verb of saying.
        "Villagers welcomed the road. “It saves us an hour a day.” The county built it in 2021.",
        # The comma already in place.
        "Tourists keep coming. “Our homestays are full every weekend,” said Wang Fang.",
    ],
)
def test_a_new_sentence_or_a_comma_after_the_quotation_is_left(text: str) -> None:
    assert_flags("P349", text, None)


_BODY = (
    "The port handled 12 million containers last year, up 8 percent on the year before. "
    "Officials expect the new berths to lift that figure again in the coming year."
)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Two sentences, the second without its stop, and the story goes on.
        (
            "The delegation toured the new port on Tuesday. Mayor Sun Hao said the city "
            f"would open two more shipping routes to Southeast Asia next spring\n\n{_BODY}\n",
            "spring",
        ),
        # One long sentence between two paragraphs of running text.
        (
            f"{_BODY}\n\nZhou Ping, a former deputy head of the municipal transport bureau, has "
            "been expelled from the Party over serious violations of discipline, the "
            f"provincial commission announced on Friday\n\n{_BODY}\n",
            "Friday",
        ),
    ],
)
def test_a_paragraph_without_its_final_stop_is_flagged(text: str, span: str) -> None:
    assert_flags("P355", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The page's last paragraph: an excerpt cut short.
        f"{_BODY}\n\nThe delegation toured the new port on Tuesday. Mayor Sun Hao said the "
        "city would open two more shipping routes to Southeast Asia next spring\n",
        # Cut after a word no sentence ends on.
        "The delegation toured the new port on Tuesday. Mayor Sun Hao said the city would "
        f"open two more shipping routes to Southeast Asia and the\n\n{_BODY}\n",
        # A caption with its credit.
        "Workers load containers at the new berth of the port on May 3. The berth opened "
        f"last week after two years of work. Photo by Gao Lin/Xinhua\n\n{_BODY}\n",
        # A standfirst under the headline, set without a stop.
        "Port opens two new berths\n\nThe city expects the new berths to lift container "
        "traffic by a fifth and draw shipping lines from Southeast Asia and beyond, officials "
        f"said\n\n{_BODY}\n",
        # A list item.
        "• The delegation toured the new port on Tuesday. Mayor Sun Hao said the city would "
        f"open two more shipping routes to Southeast Asia next spring\n\n{_BODY}\n",
        # The stop in place.
        "The delegation toured the new port on Tuesday. Mayor Sun Hao said the city would "
        f"open two more shipping routes to Southeast Asia next spring.\n\n{_BODY}\n",
    ],
)
def test_a_cut_caption_standfirst_or_list_item_is_left(text: str) -> None:
    assert_flags("P355", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "WUXI, 12 June--- The city opened a new container terminal on Monday.",
        "---Delivered at the Third Session of the 15th Wuxi Municipal People's Congress",
        "The old quarter ---the heart of the town--- was rebuilt in 2019.",
    ],
)
def test_three_hyphens_glued_on_one_side_are_flagged(text: str) -> None:
    assert_flags("P335", text, "---")


@pytest.mark.parametrize(
    "text",
    [
        # A rule drawn across the page, and the wire's spaced dash.
        "----------\n\nThe city opened a new container terminal on Monday.",
        "WUXI, June 12 -- The city opened a new container terminal on Monday.",
        "The score was 3 --- 1 after the first half.",
    ],
)
def test_a_row_of_hyphens_or_a_spaced_dash_is_left(text: str) -> None:
    assert_flags("P335", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The city signed a friendship agreement with Nagano, Japan on May 20.", "Japan on"),
        (
            "The mayor led a delegation to Durban, South Africa from June 3 to 9.",
            "South Africa from",
        ),
        ("Students from Lyon, France in the program visited the museum.", "France in"),
    ],
)
def test_a_country_left_open_before_a_phrase_is_flagged(text: str, span: str) -> None:
    assert_flags("P337", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The aside closed.
        "The city signed a friendship agreement with Nagano, Japan, on May 20.",
        # A province before a date: the agencies' house style.
        "The forum opened in Xiamen, Fujian Province on Monday.",
        # A sentence's opening phrase, the country its subject.
        "In Geneva, China on Monday called for more talks on trade.",
        # A list of countries.
        "Exports to Germany, France and Italy rose in May.",
        "Firms from Japan, Korea in particular, bought more tea this year.",
    ],
)
def test_a_closed_aside_a_province_or_a_list_is_left(text: str) -> None:
    assert_flags("P337", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county kept to the policy of reform and openning up in 2023.", "openning"),
        ("Visitors toured the penninsula by boat on Sunday.", "penninsula"),
    ],
)
def test_a_doubled_letter_in_a_word_that_splits_into_pinyin_is_flagged(
    text: str, span: str
) -> None:
    assert_flags("E802", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Given names in pinyin, one doubled letter across two syllables.
        "Wang Anning and Zhou Jinning met the delegation in the morning.",
        "The hukou reform let migrant workers settle in the city.",
    ],
)
def test_pinyin_names_and_words_are_left(text: str) -> None:
    assert_flags("E802", text, None)
