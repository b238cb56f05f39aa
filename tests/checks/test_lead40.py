"""Session 40, lead: words put for others by ear or run together, from misses on real pages
(E844): "shoulder by shoulder", a moment called a "junction", the "shot term", "along
side", "anew level".

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

FLAGGED = [
    ("Volunteers from the two towns fought the flood shoulder by shoulder.", "by"),
    ("The mayor's visit came at a critical junction in Sino-Korean relations.", "junction"),
    ("The talks were held at an important junction of China-ASEAN cooperation.", "junction"),
    ("The province now stands at a historic junction, the governor said.", "junction"),
    ("Reform in the county has reached an important junction in its history.", "junction"),
    ("The two cities are entering a new junction of their cooperation.", "junction"),
    ("Exports may slow in the shot term, the bureau said.", "shot"),
    ("The plan sets shot-term and long-term goals for the port.", "shot"),
    ("A new greenway runs along side the Hun River through Tiexi.", "along side"),
    ("Teachers, along side with 300 volunteers, cleaned the beach.", "along side with"),
    ("The district will lift its opening up to anew level in 2024.", "anew"),
    ("Cooperation between the two cities has entered anew stage.", "anew"),
]

LEFT = [
    "Volunteers from the two towns stood shoulder to shoulder on the dyke.",
    # where roads, railways or provinces meet
    "The new station sits at the junction of the Shenyang-Dalian and Harbin lines.",
    "Dandong lies at an important junction of railways in the northeast.",
    "The town stands at a key junction between three provinces.",
    "The new line reached an important junction of railways near the port.",
    "The city has reached an important stage in its development.",
    "Trucks queued along side roads near the container terminal.",
    "Short-term loans rose; the shot put final was held in Jinzhou.",
    "After the flood the village began anew.",
    "The villagers rebuilt their homes anew, stage by stage.",
]


@pytest.mark.parametrize(("text", "span"), FLAGGED)
def test_e844_confusions_of_ear_are_flagged(text: str, span: str) -> None:
    assert_flags("E844", text, span)


@pytest.mark.parametrize("text", LEFT)
def test_e844_right_words_are_left(text: str) -> None:
    assert_flags("E844", text, None)


def test_e844_suggests_the_word_meant() -> None:
    found = check_texts(
        ["Trade fell in the shot term; they worked shoulder by shoulder at anew level."],
        ["E844"],
    )
    assert found["suggestion"].to_list() == ["short", "to", "a new"]


# T111: 区委副书记 with the level word alone for its Party committee ("vice district
# secretary") is a deputy Party secretary, as "vice district Party secretary" always was.
@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "Gu Jie, vice district secretary, chaired the forum in Tiexi.",
            "vice district secretary",
            "deputy district Party secretary",
        ),
        (
            "Vice County Secretary Fan Li inspected the dyke.",
            "Vice County Secretary",
            "Deputy County Party Secretary",
        ),
    ],
)
def test_t111_vice_level_secretary(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["T111"])
    assert spans(found, "T111") == [span]
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "Gu Jie, vice county secretary-general, read the report.",
        "Gu Jie, deputy district Party secretary, chaired the forum.",
        "The district secretary and the vice mayor met the investors.",
    ],
)
def test_t111_leaves_other_secretaries(text: str) -> None:
    assert_flags("T111", text, None)


# R605: the items of a list a colon opens, one phrase to a line in lower case, are no
# hard-wrapped copy, however many there are; wrapped prose after the list still is.
LIST_PAGE = (
    "The standing committee met on Tuesday and adopted plans on the following areas:\n"
    "upgrading the county's flood defences along the Liao River\n"
    "building a digital service platform for small firms\n"
    "improving the training of village doctors\n"
    "a work plan on rural roads during the 14th Five-Year Plan period\n"
    "The meeting was chaired by Secretary Gao Lin."
)
WRAPPED_PAGE = (
    "The standing committee met on Tuesday and adopted plans for\n"
    "upgrading the county's flood defences along the Liao River and\n"
    "building a digital service platform for the small firms of\n"
    "the county, as well as a work plan on rural roads and\n"
    "village clinics. The meeting was chaired by Secretary Gao Lin."
)


def test_r605_leaves_a_list_opened_by_a_colon() -> None:
    assert spans(check_texts([LIST_PAGE], ["R605"]), "R605") == []


def test_r605_still_reports_wrapped_prose() -> None:
    found = spans(check_texts([WRAPPED_PAGE], ["R605"]), "R605")
    assert found == ["for\n", "and\n", "of\n", "and\n"]


@pytest.mark.parametrize(
    "text",
    [
        "The county carried out the policies of the central and provincial party committees.",
        "The municipal party committees of the two cities signed the pact.",
    ],
)
def test_t108_a_plural_class_of_party_bodies_wants_only_party_capitalised(text: str) -> None:
    # A class of bodies is no proper name: "provincial Party committees", not "Provincial
    # Party Committees"; "party" in lower case is still N207's.
    found = check_texts([text])
    assert spans(found, "T108") == []
    assert spans(found, "N207") == ["party"]
    assert found.filter(found["code"] == "N207")["suggestion"].to_list() == ["Party"]


def test_t108_one_party_body_in_lower_case_is_still_a_proper_name() -> None:
    found = check_texts(["The provincial party committee approved the plan."], ["T108"])
    assert spans(found, "T108") == ["provincial party committee"]


# R601: the button row with the font sizes run together after it, and a source credit in
# square or full-width brackets, are page chrome; what other rules saw inside them (a
# full-width bracket, "BigMiddleSmall" as words run together, the colon's missing space)
# goes with the line.
CHROME_PAGE = (
    "Tieling Opens Its Spring Trade Fair\n\n"
    "【Close】 【Print】 BigMiddleSmall\n\n"
    "The city opened its spring trade fair on Monday, the organisers said.\n\n"
    "[Source:Tieling Daily]\n\n"
    "【Source: Liaoning Daily】\n"
)


def test_r601_button_row_and_bracketed_source_are_chrome() -> None:
    found = check_texts([CHROME_PAGE])
    assert spans(found, "R601") == [
        "【Close】 【Print】 BigMiddleSmall",
        "[Source:Tieling Daily]",
        "【Source: Liaoning Daily】",
    ]
    assert set(found["code"].to_list()) == {"R601"}


def test_r601_leaves_a_sentence_about_sources_and_sizes() -> None:
    text = "The fair drew big, middle and small firms [from three provinces] to Tieling."
    assert spans(check_texts([text], ["R601"]), "R601") == []


# P335: a hyphen with a stray space between a body's initials or a combining form and a
# country is a compound (P309 closes it up), not a dash; before a sentence's word it is.
@pytest.mark.parametrize(
    ("text", "dash"),
    [
        ("The county will build an SCO- China trade cooperation park.", False),
        ("Sino- Russian border trade grew by 9 percent.", False),
        ("The deputies met in Beijing- The session opened on time.", True),
        ("The plan was drafted by the NDRC- The commission said so.", True),
    ],
)
def test_p335_compound_of_initials_and_country(text: str, dash: bool) -> None:
    found = check_texts([text], ["P335", "P309"])
    assert ("P335" in found["code"].to_list()) is dash
    assert "P309" in found["code"].to_list()


# T108: a numbered formula written all in lower case in its quotation marks is a house
# style (Xinhua, China Daily); unquoted or half capitalised it is still flagged.
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ('Cadres studied the "three stricts and three earnests," the paper said.', False),
        ("Cadres studied the “three stricts and three earnests” in May.", False),
        ("Cadres studied the three stricts and three earnests in May.", True),
        ('The "Three stricts and three earnests" campaign ended in May.', True),
    ],
)
def test_t108_quoted_numbered_formula(text: str, flagged: bool) -> None:
    assert bool(spans(check_texts([text], ["T108"]), "T108")) is flagged


# N211: "acting" is no part of the title it stands before.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The delegation met acting Secretary of Commerce Lisa Hart in May.", None),
        ("The delegation met the deputy Director of the bureau in May.", "deputy Director"),
    ],
)
def test_n211_acting_stays_lower_case(text: str, span: str | None) -> None:
    assert_flags("N211", text, span)


# P316: closed-up en dashes around an aside are a pair of dashes; a hyphen for each (its
# safe fix) would glue the aside to the words outside it. Compounds are still mended.
@pytest.mark.parametrize(
    ("text", "spans_found"),
    [
        ("Economic–particularly fiscal–matters led the agenda of the session.", []),
        ("The rules–specifically, the new ones–took effect in May.", []),
        ("The industrial–park project and a 300–million-yuan plan were approved.", ["–", "–"]),
        ("The face–to–face talks and the low–carbon drive went on.", ["–", "–", "–"]),
    ],
)
def test_p316_a_pair_of_closed_up_dashes_is_no_compound(text: str, spans_found: list[str]) -> None:
    assert spans(check_texts([text], ["P316"]), "P316") == spans_found


def test_e801_overseas_chinese_and_chinese_are_two_groups() -> None:
    # 华侨华人: citizens abroad and people of Chinese descent, not a word said twice.
    text = "Overseas Chinese and Chinese in Canada donated masks to Shenyang."
    assert_flags("E801", text, None)
    assert_flags(
        "E801", "The exchanges and exchanges of the two cities grew.", "exchanges and exchanges"
    )
