"""Calques of set Chinese phrases that recur across sites, closed in E801: 调研 rendered
"investigate" or "survey" where the frame shows a visit (a lead or visit verb before "to
investigate" and a visit's object after it, a named or titled official who "investigated" the
projects, "paid an investigation visit", "accompanied the investigation", an official who
"participated in the research"), 先后 before a verb of going ("successively went to"), 政治站位
("enhance their political stance", "the political height"), 会议精神 ("the meeting spirit",
"the conferences' spirit") and 负责同志 as "comrades in charge". Each word is English in other
frames (a case or an accident investigated, a survey of households, a stance on trade, the
spirit of a named congress, "was successively appointed"), and those are left alone.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 调研: a visit verb or a lead verb before "to investigate", a visit's object after it.
        (
            "On May 9, Lu Ping, secretary of the county Party committee, went to Hexi Town to "
            "investigate the construction of rural roads.",
            "to investigate the construction",
        ),
        (
            "Deputy Mayor Sun Hao led a team to investigate the production of textile firms in "
            "the Nanhu Industrial Park.",
            "to investigate the production",
        ),
        (
            "The delegation visited the port area to investigate the progress of four projects "
            "on Thursday.",
            "to investigate the progress",
        ),
        (
            "Gao Min led the second survey team to survey Qingshan Science Park in Fuxin.",
            "to survey Qingshan Science Park",
        ),
        # An official named or titled as the subject, a headline among them.
        (
            "Tang Yue investigated the construction of the Beigang logistics hub on Monday.",
            "investigated the construction",
        ),
        ("Vice mayor investigates key projects in Panjin", "investigates key projects"),
        (
            "He Lan and her party investigated five projects in the eastern district.",
            "investigated five projects",
        ),
        # The visit named by the word, and those who went along.
        (
            "Lin Qiao paid an investigation visit to three enterprises in Haicheng.",
            "paid an investigation visit",
        ),
        (
            "Qu Rui, executive deputy county head, accompanied the investigation.",
            "accompanied the investigation",
        ),
        (
            "Zhao Lin, secretary-general of the county government, participated in the research.",
            "participated in the research",
        ),
        ("Fang Rui participated in the survey.", "participated in the survey"),
        # 先后 before a verb of going.
        (
            "Pan Tao successively went to the Xiyuan water plant and two schools.",
            "successively",
        ),
        (
            "Yu Jing and her party successively came to the Binhe project site.",
            "successively",
        ),
        # 政治站位.
        (
            "All townships should enhance their political stance and act at once.",
            "enhance their political stance",
        ),
        (
            "Officials must stand on the political height of protecting the water supply.",
            "political height",
        ),
        # 会议精神.
        (
            "The bureau met at once to implement the conferences’ spirit and assign tasks.",
            "conferences’ spirit",
        ),
        (
            "Each county will carry out the provincial meeting and other meeting spirit.",
            "meeting spirit",
        ),
        # 负责同志 as "comrades in charge".
        (
            "Comrades in charge of the relevant bureaus of Tieling attended the meeting.",
            "Comrades in charge",
        ),
    ],
)
def test_flags(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # A looking-into: a case, an accident, a wrong, and who looks into it.
        "The police went to the mine to investigate the cause of the blast.",
        "Inspectors went to Hexi Town to investigate the construction of the collapsed bridge.",
        "Sun Hao investigated the case in 2021 and filed it for prosecution.",
        "The provincial Ministry investigated the construction of the dam after the flood.",
        "After investigating the matter, the county cut the grain quota.",
        "He has been placed under investigation by the discipline commission.",
        # A survey of people or data, and a survey of nature.
        "The bureau sent staff to 300 villages to survey households on their income.",
        "The statistics bureau surveyed 2,000 households in Anshan.",
        "The team went to Yunnan to survey the birds of the region.",
        "Some 1,500 residents of Liaoyang participated in the survey.",
        "Nankai University participated in the research.",
        # The English senses of the other words.
        "He was successively appointed county head and mayor of Jinzhou.",
        "Her political stance on trade has not changed.",
        "The officials studied the spirit of the 20th CPC National Congress.",
        "The meeting was held in a spirit of friendship.",
    ],
)
def test_left_alone(text: str) -> None:
    assert_flags("E801", text, None)


def test_comrades_in_charge_suggests_officials() -> None:
    found = check_texts(
        ["Comrades in charge of the county bureaus attended the meeting."], ["E801"]
    )
    row = found.filter(found["span"] == "Comrades in charge")
    assert row["suggestion"].to_list() == ["Officials in charge"]
