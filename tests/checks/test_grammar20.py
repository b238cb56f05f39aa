"""E801's slips of a meeting's report: several speakers and one speech, "are welcomed to",
uncountable nouns and "media" counted, and calques of 场合, 背景下, 起点, 环境保护 and 国歌;
what they flag, what they suggest, what they leave alone.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "Zhou Lin, Chen Bo and other deputies successively made a speech.",
            "successively made a speech",
            "successively made speeches",
        ),
        (
            "The two vice mayors then in turn delivered a keynote speech.",
            "in turn delivered a keynote speech",
            "in turn delivered keynote speeches",
        ),
        (
            "Mayor Sun Tao and Secretary He Jun made a work report respectively.",
            "made a work report respectively",
            "made work reports respectively",
        ),
        (
            "Sun Tao and He Jun attended the forum and delivered a speech.",
            "delivered a speech",
            "delivered speeches",
        ),
        ("Sun Tao and He Jun deliver speech", "deliver speech", "deliver speeches"),
        (
            "Investors from home and abroad are welcomed to visit the new port area.",
            "are welcomed to",
            "are welcome to",
        ),
        (
            "The county did many practical works for the villagers this year.",
            "practical works",
            "practical work",
        ),
        (
            "Reform has given residents stronger senses of gain.",
            "senses of gain",
            "sense of gain",
        ),
        (
            "More than 20 domestic and foreign media covered the expo.",
            "20 domestic and foreign media",
            "20 domestic and foreign media outlets",
        ),
        ("About 15 media, including local TV, attended.", "15 media", "15 media outlets"),
        (
            "The mayor has raised the matter in various occasions.",
            "in various occasions",
            "on various occasions",
        ),
        (
            "Under the context of weak demand, exports held steady.",
            "Under the context of",
            "In the context of",
        ),
        (
            "Under the background of reform, the port grew fast.",
            "Under the background of",
            "Against the background of",
        ),
        (
            "The plenary session marks a new start point for the county.",
            "new start point",
            "new starting point",
        ),
        (
            "The district will step up environment protection along the river.",
            "environment protection",
            "environmental protection",
        ),
        (
            "Li Hua is director of the Environment Protection Bureau of the county.",
            "Environment Protection",
            "Environmental Protection",
        ),
        (
            "The session opened with the national song.",
            "with the national song",
            "with the national anthem",
        ),
        (
            "The town will keep pursing green development.",
            "pursing",
            "pursuing",
        ),
        (
            "The county has made new glorious new achievements.",
            "new glorious new",
            "new glorious",
        ),
        (
            "The visit came on the occasion of 45 anniversaries of the ties.",
            "45 anniversaries of",
            None,
        ),
        (
            "The Jilin delegation attended held a plenary session on Monday.",
            "attended held",
            "held",
        ),
    ],
)
def test_e801_flags_a_slip_of_a_meeting_report(
    text: str, span: str, suggestion: str | None
) -> None:
    found = check_texts([text], ["E801"])
    assert spans(found) == [span]
    assert found["suggestion"].to_list() == [suggestion]


def test_e801_reads_a_report_across_a_line_break() -> None:
    text = "Sun Tao, the mayor, and He Jun, the governor, made a\nreport respectively."
    found = check_texts([text], ["E801"])
    assert found["message"].str.contains("“made a report respectively”").to_list() == [True]


@pytest.mark.parametrize(
    "text",
    [
        # One speaker, or each speaker's own speech.
        "Mayor Sun Tao attended the forum and delivered a speech.",
        "Sun Tao and He Jun attended the forum and delivered speeches.",
        "The deputies successively made speeches on the report.",
        # "welcomed to" a place, or with its article.
        "The guests were welcomed to the city by the mayor.",
        "Visitors are welcomed to all events of the festival.",
        "Delegates are welcomed to Dalian by the host city.",
        # Work in the singular; other senses.
        "The county did much practical work for the villagers.",
        "Residents enjoy a stronger sense of gain.",
        # "media" as the press at large, or before a noun.
        "Foreign media paid close attention to the fair.",
        "Some 12 media representatives asked questions.",
        "In 2023 media reported on the fair widely.",
        # The right preposition.
        "The mayor has raised the matter on various occasions.",
        "In the context of weak demand, exports held steady.",
        # A starting point; a place named Start Point.
        "The session marks a new starting point for the county.",
        "The boat reached Start Point at noon.",
        # Environmental protection; the eco-environment named as a thing.
        "The district will step up environmental protection.",
        "The county stepped up ecological environment protection.",
        "He heads the Environment Protection Department of the province of Punjab.",
        # The anthem, and lips pursed.
        "The session opened with the national anthem.",
        "She listened, pursing her lips.",
        # "new" once.
        "The county has made glorious new achievements.",
        # One anniversary by its ordinal.
        "The visit came on the occasion of the 45th anniversary of the ties.",
    ],
)
def test_e801_leaves_good_meeting_wording_alone(text: str) -> None:
    assert check_texts([text], ["E801"]).is_empty()


@pytest.mark.parametrize(
    "text",
    [
        "He said, since the beginning of this year, the county has built 12 new schools.",
        "The mayor stressed, in the first half of the year, the port had grown fast.",
        "She noted, so far, the district has signed 30 contracts.",
    ],
)
def test_p340_reads_a_report_that_opens_with_a_time_phrase(text: str) -> None:
    found = check_texts([text], ["P340"])
    assert len(found) == 1
    assert found["suggestion"].str.ends_with(" that ").to_list() == [True]


@pytest.mark.parametrize(
    "text",
    [
        "He stressed, in particular, the need to act at once.",
        "In 2020, he said, the county had built 12 new schools.",
        "He said that since the beginning of this year, the county has built 12 schools.",
    ],
)
def test_p340_leaves_an_aside_and_a_tag_alone(text: str) -> None:
    assert check_texts([text], ["P340"]).is_empty()


def test_p341_reads_the_leaders_present_spliced_onto_a_meeting() -> None:
    text = (
        "Mayor Zhou Bin presided over the meeting and gave a speech, municipal leaders"
        " Wang Lin and Chen Hua were present."
    )
    found = check_texts([text], ["P341"])
    assert found["suggestion"].to_list() == [";"]
    assert text[text.index("speech") + 6] == ","


@pytest.mark.parametrize(
    "text",
    [
        "Li Ming chaired the meeting, and municipal leaders Wang Lin and Chen Hua attended.",
        "After Li Ming gave a speech, city leaders Wang Lin and Chen Hua attended the dinner.",
        "At the meeting, municipal leaders Wang Lin and Chen Hua attended.",
    ],
)
def test_p341_leaves_a_joined_or_fronted_meeting_alone(text: str) -> None:
    assert check_texts([text], ["P341"]).is_empty()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Fifth Plenary Session of the 14th CPC Jinzhou Municipal Committee Holds", "Holds"),
        ("Trade Forum Holds in Dalian", "Holds"),
    ],
)
def test_e814_flags_holds_with_no_object(text: str, span: str) -> None:
    found = check_texts([text], ["E814"])
    assert spans(found) == [span]
    assert found["suggestion"].to_list() == ["Is Held"]


@pytest.mark.parametrize(
    "text",
    [
        "Jinzhou Holds Trade Forum",
        "Mayor Holds Talks with Guests in Dalian",
        "The county holds a forum on trade in Dalian.",
    ],
)
def test_e814_leaves_holds_with_its_object_alone(text: str) -> None:
    assert check_texts([text], ["E814"]).is_empty()
