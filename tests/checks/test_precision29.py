"""False alarms found on fresh professional and local pages (session 29), fixed at class level.

P313 leaves the indent of a bulleted list's nested items alone (a site's menu copied with the
page). U401 leaves a name's own characters in brackets right after its pinyin alone, a gloss
foreign outlets put there on purpose. N207 leaves wire copy in its own lower-case "party"
alone: a story with an agency's dateline, "the ruling Communists", or retold from a newspaper.
E820 reads a preposition among the words before "industry" as ending the phrase ("in fields
like industry"). E818 takes a newspaper's short name ("the Post") for a name. N208 leaves a
Hong Kong paper's Cantonese name ending in "Po" or "Pao" alone. Every text was written for these tests in the register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

_LONG = (
    "The district government held a working meeting on investment promotion on Monday "
    "morning and set the tasks for the second half of the year in detail."
)


@pytest.mark.parametrize(
    "text",
    [
        f"Government Affairs\n  • Leaders\n    • District Government\n  • Notices\n\n{_LONG}\n",
        f"Services\n  ◦ Permits\n  ◦ Taxes\n\n{_LONG}\n",
        f"Open Government\n  - Plans\n    - Annual Reports\n\n{_LONG}\n",
    ],
)
def test_the_indent_of_a_bulleted_item_is_left(text: str) -> None:
    assert_flags("P313", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an indented paragraph among flush ones stays a slip, a bullet elsewhere or not
        (f"Government Affairs\n  • Leaders\n\n{_LONG}\n\n  {_LONG}\n\n{_LONG}\n", "  "),
        # a hyphen that opens a word is no bullet
        (f"District news\n\n{_LONG}\n\n  -based firms met on Monday.\n\n{_LONG}\n", "  "),
    ],
)
def test_an_indented_paragraph_is_still_flagged(text: str, span: str) -> None:
    assert_flags("P313", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Zhou Ming (周明) was named the party chief of the province on Sunday.",
        "In Gansu, Liu Jianguo (劉建國) replaced Sun Li (孫立), the agency said.",
        "President Xi Jinping (习近平) met the visiting delegation in Beijing.",
        "The team visited Yulin (榆林) and Suide (绥德) in the north of the province.",
    ],
)
def test_a_name_glossed_with_its_own_characters_is_left(text: str) -> None:
    assert_flags("U401", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a phrase left untranslated beside its rendering is no gloss of a name
        ("The county carried out the 14th Five-Year Plan (十四五) in full.", "十四五"),
        # characters that do not read as the name before them
        ("Zhou Ming (王强) attended the meeting on Monday.", "王强"),
        # characters in the sentence, not in brackets after the name
        ("Zhou Ming 周明 attended the meeting on Monday.", "周明"),
        ("The mayor said 高质量发展 is the primary task (Zhou Ming).", "高质量发展"),
    ],
)
def test_chinese_left_in_the_english_is_still_flagged(text: str, span: str) -> None:
    assert_flags("U401", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "BEIJING (AP) — China's ruling party has expelled a former city official.\n\n"
        "The official broke party rules on banquets, the disciplinary body said.",
        "China's ruling Communists have punished 5,000 officials.\n\n"
        "Most of them broke party rules on travel, officials said in Beijing.",
        "China has moved four provincial leaders, a Hong Kong newspaper reported.\n\n"
        "Zhang Wei becomes party secretary of Hubei province, the paper said.",
    ],
)
def test_wire_copy_in_lower_case_party_is_left(text: str) -> None:
    assert_flags("N207", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a city's own page in lower case throughout is still marked
        (
            "The county held a meeting in Gansu on Monday.\n\n"
            "All party members were urged to study the new rules on travel.",
            "party",
        ),
        # a white paper is a document, not a newspaper
        (
            "China issued a white paper on poverty, the white paper said.\n\n"
            "All party members in Gansu were urged to study it.",
            "party",
        ),
    ],
)
def test_a_local_page_in_lower_case_is_still_flagged(text: str, span: str) -> None:
    assert_flags("N207", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The two cities will cooperate in fields like industry, tourism and education.",
        "Talks covered sectors including industry and trade.",
    ],
)
def test_an_industry_given_as_one_field_among_others_is_left(text: str) -> None:
    assert_flags("E820", text, None)


def test_an_industry_named_by_its_trade_is_still_flagged() -> None:
    assert_flags("E820", "The county promoted the growth of tourism industry.", "tourism industry")


def test_a_newspaper_short_name_is_left() -> None:
    text = (
        "The changes were first reported by the South China Morning Post on Friday.\n\n"
        "The Post story came after he left his post in the city."
    )
    assert_flags("E818", text, None)


def test_a_common_noun_capitalised_is_still_flagged() -> None:
    text = "The city opened two parks.\n\nLast year the City also built a new school in the city."
    assert_flags("E818", text, "City")


def test_a_hong_kong_paper_is_no_split_given_name() -> None:
    assert_flags("N208", "The story ran in the pro-Beijing Wen Wei Po on Monday.", None)


def test_a_split_given_name_is_still_flagged() -> None:
    assert_flags("N208", "Wang Jian Guo, mayor of the city, met the delegation.", "Wang Jian Guo")
