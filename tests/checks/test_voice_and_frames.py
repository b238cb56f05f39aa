"""E821's first person, E801's frames of a day, a visit and a comparison, and the running
text of a paragraph cut short, which the article rules (T113, E807, E817, E820) read.

The sentences are written for these tests, in the register of local-government news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "In the morning of June 3, the mayor met the guests.",
            "In the morning of",
            "On the morning of",
        ),
        (
            "The talks ended in the evening of the same day.",
            "in the evening of",
            "on the evening of",
        ),
        (
            "He left in the afternoon of Sept. 12 for Harbin.",
            "in the afternoon of",
            "on the afternoon of",
        ),
        ("The fair opened in the morning of Friday.", "in the morning of", "on the morning of"),
        (
            "The governor toured the port with the accompany of the mayor.",
            "with the accompany of",
            "accompanied by",
        ),
        (
            "He visited the farm with the company of county head Zhao Min.",
            "with the company of",
            "accompanied by",
        ),
        (
            "The county has taken full use of its hot springs.",
            "taken full use of",
            "made full use of",
        ),
        ("Taking full use of its port, the city grew.", "Taking full use of", "Making full use of"),
        ("The district will push ahead construction of the park.", "push ahead", "push ahead with"),
        ("Sales were higher than the same period of last year.", "than", "than in"),
        ("Output grew faster than the same period of the past three years.", "than", "than in"),
    ],
)
def test_e801_mends_frames_of_translated_news(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["span"].to_list() == [span]
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "On the morning of June 3, the mayor met the guests.",
        "In the morning, the mayor met the guests.",
        "He spoke of the evening of his life in the morning of his career.",
        "She joined the firm with the company of her choice.",
        "The county made full use of its hot springs.",
        "The district will push ahead with construction and pushed ahead steadily.",
        "Sales were higher than in the same period last year.",
        "Sales were on a par with the same period of 2019.",
    ],
)
def test_e801_leaves_the_right_frames_alone(text: str) -> None:
    assert check_texts([text], ["E801"]).is_empty()


def test_e821_reads_every_first_person_word_of_the_page() -> None:
    report = "Last year we kept growth steady, and the output of our city rose by 6 percent."
    assert check_texts([report], ["E821"]).is_empty()
    news = "The output of our city rose by 6 percent. We will build more roads, the mayor said."
    assert check_texts([news], ["E821"]).is_empty()
    quoted = "“We will build more roads,” he said. The output of our city rose by 6 percent."
    found = check_texts([quoted], ["E821"])
    assert found["span"].to_list() == ["our city"]
    assert found["suggestion"].to_list() == ["the city"]
    assert found["fix"].to_list() == ["unsafe"]


def test_e821_leaves_a_quotation_that_runs_to_the_end_of_its_paragraph() -> None:
    text = (
        "The mayor said: “Our city will open wider, and our province will help.\n\nThe fair closed."
    )
    assert check_texts([text], ["E821"]).is_empty()


_CUT_SHORT = (
    "The two sides met in Harbin on Monday. The deal was signed between Jixi Municipal "
    "Government and a power company to build wind farms, and the officials agreed to meet "
    "again next spring to review the progress of the work on the new"
)


def test_article_rules_read_a_paragraph_cut_short() -> None:
    found = check_texts([_CUT_SHORT], ["T113"])
    assert found["span"].to_list() == ["Jixi Municipal Government"]


def test_article_rules_leave_a_short_unfinished_line_alone() -> None:
    heading = "Deal signed between Jixi Municipal Government and power company"
    assert check_texts([heading], ["T113"]).is_empty()
    # Long, but one sentence with no stop inside: a title or a caption, not running text.
    title = _CUT_SHORT.replace("Monday. The", "Monday, the")
    assert check_texts([title], ["T113"]).is_empty()
