"""Punctuation by pattern: the comma after the "and" of a series set off by semicolons (P336),
a pinyin name's possessive written without its apostrophe (P339), a possessive's apostrophe
typed twice (P310), and an open compound that heads its noun phrase before a participle and
its agent, no longer taken for a modifier (P343).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    "text",
    [
        "He asked the county to cut red tape; speed up key projects; and, achieve high-quality growth.",
        "She urged the group to improve its services; finish the new terminal on time; and, "
        "promote the growth of the port.",
        "Present were Li Hua, mayor; Wang Fang, vice mayor; and, persons in charge of relevant "
        "bureaus.",
    ],
)
def test_a_comma_after_the_and_of_a_semicolon_series_is_flagged(text: str) -> None:
    assert_flags("P336", text, ",")


@pytest.mark.parametrize(
    "text",
    [
        # An aside after "and", closed by its second comma.
        "The city will open new routes; and, where needed, the port will add berths.",
        "The bureau set targets; and, as the mayor said, it met them all.",
        # No semicolon series: "and," after a comma is another pattern.
        "The city opened new routes, and the port added berths.",
        # The series without the stray comma.
        "He asked the county to cut red tape; speed up key projects; and achieve high-quality growth.",
        # A name that is the subject of an aside of saying.
        "The delegation toured the port; and, Dalian Port Group said, it would add berths.",
    ],
)
def test_an_aside_or_a_series_without_the_comma_is_left(text: str) -> None:
    assert_flags("P336", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Xi Jinping toured the port. Officials pledged to uphold General Secretary Xi "
            "Jinpings core position.",
            "Jinpings",
        ),
        (
            "Wujiang hosted the forum. The delegates said Daguan should learn from Wujiangs "
            "successful experience.",
            "Wujiangs",
        ),
        (
            "Funing opened a new port in May. The port will serve Funings growing fishery.",
            "Funings",
        ),
    ],
)
def test_a_pinyin_name_with_a_bare_s_is_flagged(text: str, span: str) -> None:
    assert_flags("P339", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The name never stands alone in the document.
        "The delegates said Daguan should learn from Wujiangs successful experience.",
        # A family's plural after "the"; one syllable; an English word.
        "Ouyang Lin met the press. The Ouyangs have farmed here for a century.",
        "Zhang Wei met the press. Both Zhangs run shops in the old town.",
        "Lanzhou hosted the Asian Games. Games officials praised the venues.",
        # A verb after the name: no noun it owns.
        "Wujiang is a district. Wujiangs are proud of their town.",
        # The possessive written right.
        "Wujiang hosted the forum. Daguan should learn from Wujiang's experience.",
    ],
)
def test_a_plural_or_a_name_alone_is_left(text: str) -> None:
    assert_flags("P339", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The expo is a great chance for Ningxia''s development.", "''"),
        ("Zhou Lin, director of the Municipal People’’s Congress, met the guests.", "’’"),
    ],
)
def test_a_doubled_apostrophe_before_a_possessive_s_is_flagged(text: str, span: str) -> None:
    assert_flags("P310", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # A closing quotation mark typed as two single marks, glued to the next word.
        "The county held the “Invest in Zizhou’’conference last week.",
        # Two single marks quoting a phrase, and one apostrophe.
        "The city joined the ''Belt and Road'' cooperation.",
        "The expo is a great chance for Ningxia's development.",
    ],
)
def test_a_single_apostrophe_or_a_quote_is_left(text: str) -> None:
    assert_flags("P310", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Relations have reached an unprecedented high level marked by frequent visits.",
        "Trade between the two ports stayed at a high level backed by strong demand.",
    ],
)
def test_an_open_compound_heading_its_noun_phrase_before_a_participle_is_left(text: str) -> None:
    assert_flags("P343", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county adopted a long term plan approved by the council.", "long term"),
        ("The two sides held high level talks in Beijing.", "high level"),
    ],
)
def test_an_open_compound_before_its_noun_is_still_flagged(text: str, span: str) -> None:
    assert_flags("P343", text, span)
