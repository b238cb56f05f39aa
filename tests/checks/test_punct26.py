"""Punctuation of session 26: P340 reads a reported clause whose verb is a past or present
form, or a reporting verb, and whose subject is a name in "-ing", also after "in the new
era"; P337 reads names given as examples after ", such as" or ", including" and not closed
before the verb; P341 reads a sentence spliced to "he" or "she" and a verb of speech.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The mayor said, Chongqing actively implements the plan for the river economic belt.",
            "said, ",
        ),
        (
            "Li Hua said, General Secretary Xi Jinping stressed “the people come first”.",
            "said, ",
        ),
        (
            "Zhou Lin also said, in the new era, the county would build more rural roads.",
            "said, ",
        ),
        (
            "The director stressed, the bureau invested 30 million yuan in flood control.",
            "stressed, ",
        ),
        # a participle after the comma is an aside of the speaker's, not the report
        ("The mayor said, adding that the port will open a new route in May.", None),
        ("The mayor said, citing figures that showed the port grew.", None),
        # a clause of the report's own after a tag in the middle of the sentence
        ("In 2024, the mayor said, the port handled more containers than ever.", None),
        # a quotation after the comma
        ("The mayor said, “Beijing supports the city in every way.”", None),
        # a phrase, not a clause, after the comma
        ("The mayor noted, however, the progress made by the county.", None),
        ("The report said, in the new era, that reform must go deeper.", None),
    ],
)
def test_p340_reported_clause(text: str, span: str | None) -> None:
    assert_flags("P340", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "City leaders, such as Zhou Lin and Wang Fang were also present at the ceremony.",
            "Wang Fang were",
        ),
        (
            "Several partner cities, including Osaka, Busan and Hamburg have joined the forum.",
            "Hamburg have",
        ),
        (
            "Major lenders, including Bank of China and China Construction Bank attended the"
            " signing.",
            "China Construction Bank attended",
        ),
        # the aside closed by its comma
        ("City leaders, such as Zhou Lin and Wang Fang, were also present.", None),
        # no comma before the list: it restricts the noun, no aside
        ("Cities such as Dalian and Yingkou are building new cruise terminals.", None),
        # a relative clause after the last name
        ("Guests, including Zhou Lin, who is the mayor, toured the port.", None),
        # "such as" meaning "as"
        ("The county should open up further, such as Shenzhen has done.", None),
        # a list in lower case
        ("Many sectors, including tourism and logistics were hit hard.", None),
        # a title closed by a full-width comma is closed (P306 reports the comma's width)
        ("Wang Fang, Party secretary of Tieling，attended and delivered a speech.", None),
        (
            "Wang Fang, Party secretary of Tieling attended the meeting.",
            "Party secretary of Tieling attended",
        ),
    ],
)
def test_p337_examples_left_open(text: str, span: str | None) -> None:
    assert_flags("P337", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Zhou Lin delivered a speech, he hoped the new committee would serve the county.",
            ",",
        ),
        (
            "The bureau held a meeting on flood control, she stressed that every village must"
            " be ready.",
            ",",
        ),
        # a tag, no object or "that" after the verb
        ("The port handled more containers than ever, he said.", None),
        ("The county will build more roads, she noted on Friday.", None),
        # a fronted phrase, not a sentence, before the comma
        (
            "Speaking at the forum attended by 300 firms, he stressed that the city is open.",
            None,
        ),
        ("Asked about the plan, she noted that the budget was approved.", None),
        ("After the meeting ended, he urged the departments to act.", None),
    ],
)
def test_p341_spliced_speech(text: str, span: str | None) -> None:
    assert_flags("P341", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Attending were Li Hua, mayor; Sun Tao, vice mayor; and, other leaders.", ","),
        ("The county invited Li Hua and, all other heads of townships.", ","),
        ("Attending were Li Hua, mayor; and other leaders.", None),
        ("The county, and, other than the port, every town joined.", None),
    ],
)
def test_p336_comma_before_other(text: str, span: str | None) -> None:
    assert_flags("P336", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a closing quote parted from its stop and glued to the attribution
        ("“The port will open in May. ”said Li Hua, the mayor.", "”"),
        # an opening quote typed the wrong way round: the space after it would misplace it
        ("The mayor called it a ”green port” project.", None),
        ("The mayor spoke. ”The port is open,” he said.", None),
        # ... also where it opens the line
        ("”Green Port ” Project Opens in Dalian", None),
    ],
)
def test_p305_detached_closing_quote(text: str, span: str | None) -> None:
    assert_flags("P305", text, span)
