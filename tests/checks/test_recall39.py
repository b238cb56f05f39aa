"""Miss classes of session 39's development pages that recur across sites, closed in the rules
where they belong: calques of 听取 ("listened to the work report") and 肯定 ("fully
affirmed") and 经济运行 ("the overall economic operation"), read by E801 in their frames; the first person after "requested that" (E821); a
city's Party committee given a province's level word (T110); and a pronoun or a function
word run into the next word (P320). Each word is English in other frames (an audience
listens to a broadcast, a court affirms a ruling, a minister affirms a commitment), and
those are left alone.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 听取: a meeting or an official hears a report or is briefed.
        (
            "The standing committee also listened to a work report from the county's audit bureau.",
            "listened to a work report",
        ),
        (
            "Zhou then chaired a forum in Anqing and listened to reports on the port's logistics.",
            "listened to reports",
        ),
        (
            "The district held a meeting to listen to the Report on the Growth of the "
            "Private Economy in Nanhu.",
            "listen to the Report",
        ),
        (
            "At the seed company, the delegation watched a video, listening to the "
            "introduction and asking about sales.",
            "listening to the introduction",
        ),
        (
            "Secretary Tang listened carefully to the report on Xiangtan's new port.",
            "listened carefully to the report",
        ),
        # 肯定: the work is commended.
        (
            "Liu first gave full affirmation to the results the bureau achieved in the "
            "first quarter.",
            "gave full affirmation to",
        ),
        (
            "The inspection team fully affirmed the work of Yiwu in rural revitalization.",
            "fully affirmed",
        ),
        (
            "Provincial officials highly affirmed the town's practice of sorting waste.",
            "highly affirmed",
        ),
    ],
)
def test_calques_of_hearing_and_commending_are_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # An audience listens to a broadcast or a talk; a meeting hears what it heard.
        "About 2,600 residents listened to the reports online and scored each bureau.",
        "Villagers in Dongping listened to the report on the radio before dawn.",
        "The pupils listened to the choir and then to a talk by the curator.",
        "The governor listened to a briefing on the typhoon before leaving Haikou.",
        "The panel heard reports on the work of the three townships.",
        # A court affirms a ruling, and a commitment or a stance is affirmed in English.
        "The appeals court fully affirmed the ruling of the intermediate court.",
        "The two ministers fully affirmed their commitment to the new trade corridor.",
        "The sides fully affirmed that the talks would go on in June.",
        "Xu affirmed the achievements of the new area's builders.",
    ],
)
def test_english_listening_and_affirming_are_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Ma Lin requested that in the third quarter, we should speed up the new bridges.",
            "we",
        ),
        ("The district head requested that our staff visit every farm by May.", "our"),
    ],
)
def test_first_person_after_a_request_is_flagged(text: str, span: str) -> None:
    assert_flags("E821", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The villagers requested a new bridge, and the county agreed to study it.",
        "“We requested that the road be widened,” a resident of Xiaoshan said.",
    ],
)
def test_requests_without_the_first_person_are_left(text: str) -> None:
    assert_flags("E821", text, None)


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "Wu Hong, CPC Changde Provincial Committee deputy secretary and mayor, attended.",
            "Changde Provincial Committee",
            "Changde Municipal Committee",
        ),
        (
            "The plan follows the decisions of the Luoyang Provincial Party Committee.",
            "Luoyang Provincial Party Committee",
            "Luoyang Municipal Party Committee",
        ),
    ],
)
def test_city_committee_with_a_province_level_word_is_flagged(
    text: str, span: str, suggestion: str
) -> None:
    found = check_texts([text], ["T110"])
    assert (span, suggestion) in found.select("span", "suggestion").rows()


@pytest.mark.parametrize(
    "text",
    [
        "Sun Wei, deputy secretary of the CPC Henan Provincial Committee, attended.",
        "The Hunan Provincial Party Committee met in Changsha on Monday.",
        "He is a member of the Standing Committee of the Provincial Party Committee.",
        # a name of two levels (Jilin is a province and a city) is left to the reader
        "The Jilin Provincial Party Committee met in Changchun.",
        "Liu Bin, deputy secretary of the CPC Luoyang Municipal Committee, spoke.",
    ],
)
def test_provincial_committees_of_provinces_are_left(text: str) -> None:
    assert_flags("T110", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The year 2019 was the year whenwe opened the new airport in Jiaxing.", "whenwe"),
        ("I welcome comments on myreport from the members of the committee.", "myreport"),
        (
            "The city kept its focus on transforming industry andrevitalizing the old port.",
            "andrevitalizing",
        ),
    ],
)
def test_pronoun_or_function_word_glued_to_a_word_is_flagged(text: str, span: str) -> None:
    assert_flags("P320", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "We met myself and the mayor at the Wenzhou economy forum.",
        "The firm makes tomahawks, inpatient beds and forklifts for the army.",
        "The county signed a memorandum with the academy on anatomy and taxonomy.",
    ],
)
def test_ordinary_words_are_not_split(text: str) -> None:
    assert_flags("P320", text, None)


def test_list_dash_before_a_compound_first_word_is_flagged() -> None:
    text = (
        "At the meeting, Governor Liu called for:\n"
        "-Low-carbon growth, to make green the base of the economy;\n"
        "-Stable employment, to keep every household's income rising.\n"
    )
    found = check_texts([text], ["P305"])
    assert found.height == 2
    assert set(found["line"].to_list()) == {2, 3}


def test_hyphen_inside_a_line_is_left() -> None:
    assert_flags("P305", "The county built a low-carbon park and a high-speed rail link.", None)


@pytest.mark.parametrize(
    "text",
    [
        "Zhejiang kept the overall social and economic operation stable in the first half.",
        "The meeting analysed the economic operation of the third quarter in Huzhou.",
        "The economic operation of Taizhou remained sound despite the floods.",
        "The bureau stepped up the monitoring of economic operation in key sectors.",
    ],
)
def test_economic_operation_of_a_place_is_flagged(text: str) -> None:
    assert_flags("E801", text, "economic operation")


@pytest.mark.parametrize(
    "text",
    [
        "Engineers tested the secure and economic operation of the power grid in Ningde.",
        "The stable economic operation of the plant cut its coal use by a tenth.",
        "Military and economic operations went on along the border.",
    ],
)
def test_economic_operation_of_a_machine_is_left(text: str) -> None:
    assert_flags("E801", text, None)
