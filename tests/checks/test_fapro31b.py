"""False alarms on professional English, second pass: "Chinese nation" without its article
in a headline (E801), a caption ending on "photo" before its credit "Photo:" (R603).

The sentences are written for these tests, in the register of agency and outlet copy.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    "text",
    [
        "Wang Fang, the new spokesperson, in a file photo Photo: the ministry's website\n",
        "The rebuilt bridge over the river, seen in an aerial image Image: VCG\n",
    ],
)
def test_a_caption_ending_on_the_word_of_its_credit_label_is_no_doubled_word(text: str) -> None:
    assert_flags("R603", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The delegation visited the the new port in Dalian.\n", " the"),
        ("The county built a new photo photo studio for the museum.\n", " photo"),
    ],
)
def test_a_doubled_word_is_still_flagged(text: str, span: str) -> None:
    assert_flags("R603", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Xi's speech on unity of Chinese nation to be aired\n\n"
        "BEIJING, May 3 (Xinhua) -- A speech by Xi Jinping on the unity of the Chinese nation "
        "will be aired on Friday.\n",
        "Museum opens exhibition on history of Chinese nation\n\n"
        "The exhibition in Xi'an shows 3,000 relics.\n",
    ],
)
def test_a_headline_may_drop_the_article_before_chinese_nation(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "The forum discussed the great rejuvenation of Chinese nation in depth.\n",
        "Xi's speech on unity of Chinese nation to be aired\n\n"
        "The speech stresses the unity of Chinese nation and its 56 ethnic groups.\n",
    ],
)
def test_chinese_nation_without_its_article_in_running_text_is_flagged(text: str) -> None:
    assert_flags("E801", text, "Chinese nation")
