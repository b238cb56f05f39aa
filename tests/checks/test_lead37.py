"""Session 37, lead: the blind set's false alarms with a clear cause, each as a class, and
three residue lines of one content system (fresh pages). P309 leaves the dash after a wire's
name in brackets that opens a story ("(Reuters) - …"); P305, P312 and P306 leave the marks of
Chinese text (a half-width colon or bracket glued to a Han character, the stop closing a
Chinese sentence after a Latin name); E801 leaves a bare "investment" given with its sum;
R601 finds a comment counter run into the buttons and the source, a content system's
"inputtime:" stamp and an "Adv Search" box.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


def test_a_dash_after_a_wire_name_in_brackets_is_a_dateline() -> None:
    text = "(Reuters) - China has removed a senior official in the northwestern province."
    assert_flags("P309", text, None)


def test_a_spaced_hyphen_in_the_story_is_still_found() -> None:
    text = "(Reuters) - The plan - adopted on Monday - sets new targets for the province."
    assert_flags("P309", text, " - ")


@pytest.mark.parametrize(
    "text",
    [
        "国内英语新闻:Provincial officials meet investors",
        "2019-03-11来源:Xinhuanet",
    ],
)
def test_a_half_width_colon_after_chinese_takes_no_space(text: str) -> None:
    assert_flags("P305", text, None)


def test_a_colon_glued_to_an_english_word_is_still_found() -> None:
    assert_flags("P305", "The mayor set one goal:Growth comes first this year.", ":")


def test_a_bracket_after_chinese_takes_no_space() -> None:
    assert_flags("P312", "English 中文(简体) Français", None)


def test_a_bracket_glued_to_an_english_word_is_still_found() -> None:
    assert_flags("P312", "The Communist Party of China(CPC) held the meeting.", "(")


def test_the_stop_closing_a_chinese_sentence_is_its_own() -> None:
    assert_flags("P306", "此页面上的内容需要较新版本的 Adobe Flash Player。", None)


def test_a_chinese_stop_after_english_is_still_found() -> None:
    assert_flags("P306", "The city opened a new park on Monday。", "。")


def test_a_bare_investment_with_its_sum_is_a_mass_noun() -> None:
    text = "In all, 86 project deals with investment of 52.3 billion yuan were signed."
    assert_flags("E801", text, None)


def test_a_total_investment_with_its_sum_still_takes_an_article() -> None:
    text = "The industrial park, with total investment of 3 billion yuan, opened in May."
    assert_flags("E801", text, "total investment")


@pytest.mark.parametrize(
    "line",
    [
        "0 Comment(s)Print E-mail Xinhua, March 12, 2015",
        "2 CommentsPrint E-mail China.org.cn, June 3, 2019",
        "inputtime: 2021-04-02 10:15:47",
        "Go Adv Search",
    ],
)
def test_content_system_lines_are_residue(line: str) -> None:
    text = f"The port handled more ships this year.\n{line}\nIt plans a new berth."
    assert_flags("R601", text, line)


def test_comments_in_a_sentence_are_prose() -> None:
    text = "The port handled more ships.\n0 comments were received by the bureau.\nIt plans more."
    assert_flags("R601", text, None)


def test_a_registration_number_suffix_is_no_range() -> None:
    assert_flags("P309", "Tel 0411-3862770 ICP: 06017392 -1 All rights reserved", None)


def test_a_range_of_years_with_spaces_is_still_found() -> None:
    assert_flags("P309", "The plan covers the years 2021 - 2025 in the city.", " - ")


@pytest.mark.parametrize(
    "line",
    [
        "by Xinhua writers Zhao Lin, Qian Wei and Urhan",
        "Credit: Wikimedia Commons",
        "Photo credit: Sun Yu/China Daily",
        "CHINA-LIAONING-DALIAN-FORUM-OPENING (CN)",
        '<span id="k3x9a"><em id="k3x9a"></em></span>',
        '2. <small id="p0q1"></small>',
        "![]() |",
    ],
)
def test_bylines_credits_slugs_and_markup_are_residue(line: str) -> None:
    text = f"The port handled more ships this year.\n{line}\nIt plans a new berth."
    assert_flags("R601", text, line)


@pytest.mark.parametrize(
    "line",
    [
        "The credit: the county gave loans to 300 farms.",
        "CHINA-US TALKS",
        "Officials said the <b> tag was kept on the page.",
    ],
)
def test_prose_and_capital_headlines_pass(line: str) -> None:
    text = f"The port handled more ships this year.\n{line}\nIt plans a new berth."
    assert_flags("R601", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "In his speech, Consul General Zhao Min expressed that the forum serves Dalian.",
        "The guests expressed that they had learned a great deal from the visit.",
    ],
)
def test_expressed_that_is_a_calque_of_biaoshi(text: str) -> None:
    assert_flags("E801", text, "expressed that")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor expressed the hope that the two cities would cooperate more closely.",
        "Several delegates expressed that view at the closing session.",
        "The envoy expressed that same concern last year.",
    ],
)
def test_a_feeling_expressed_passes(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Exports rose by 12 percent, according to Ministry of Commerce.", "Ministry of Commerce"),
        (
            "Officials from Ministry of Trade and Industry of Singapore visited the park.",
            "Ministry of Trade and Industry",
        ),
    ],
)
def test_a_ministry_after_a_preposition_takes_the(text: str, span: str) -> None:
    assert_flags("T113", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose by 12 percent, according to the Ministry of Commerce.",
        "Ministry of Commerce spokesperson Li Wen said exports rose.",
        "The delegation met with Ministry of Commerce officials on Monday.",
    ],
)
def test_a_ministry_with_its_article_or_as_a_modifier_passes(text: str) -> None:
    assert_flags("T113", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "She expressed that in a letter to the mayor last week.",
        "Many residents feel the same, and the mayor expressed that.",
    ],
)
def test_that_as_the_object_of_expressed_passes(text: str) -> None:
    assert_flags("E801", text, None)
