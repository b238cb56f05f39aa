"""False alarms a sweep of fresh professional and local pages showed, each with the genuine
finding of the same rule that must stay.

R604: the outlet of a byline ("By Li Ming (China Daily)") is no photo credit, and the
captions of a photo gallery are its article. P305: a "?" between a letter and a lower-case
letter is a character lost in decoding, not a question wanting a space. P309: a dateline
with its date, and an open range of years in a copyright line. U406: © glued to a word.
N209: a line that is a file's name. P320: the
syllable after a pinyin apostrophe, and a plural glued to a function word keeps its "s".
D505: a small figure beside a figure of 10 or more counting the same things. T108: a slogan
whose generic last noun alone is in lower case. Each table holds texts to flag (with the span)
and texts to leave alone, written for these tests in the register of Chinese-government
English news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

HEADLINE = "Yantai opens a new ferry route to Dalian\n\n"
BODY = (
    "Yantai opened a new ferry route to Dalian on Monday, the municipal port office said.\n\n"
    "The route cuts the crossing time for passengers and cars by an hour.\n\n"
)
CAPTION = "Photo taken on June 2, 2021 shows the {} of the new museum in Weihai, east China's Shandong Province."

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    (
        "R604",
        HEADLINE + "Berth 4 of the ferry terminal. (Photo by Zhao Lei/Yantai Daily)\n\n" + BODY,
        "(Photo by Zhao Lei/Yantai Daily)",
    ),
    ("R604", HEADLINE + BODY + CAPTION.format("main hall"), CAPTION.format("main hall")),
]

FLAGGED += [
    ("P305", "The ferry sails at dawn.Why?Because the tide is high then.", "?"),
]

FLAGGED += [
    ("P309", "The pre -approval plans for 2020- 2021 were released.", "-"),
    ("P309", "Qingdao, June 3 - the port pre -approval scheme began.", "-"),
]

FLAGGED += [
    ("U406", "The ferry line ¨C the oldest in Shandong ¨C reopened.", "¨C"),
    ("U406", "He called it ¡°a lifeline¡± for the islands.", "¡°"),
]

FLAGGED += [
    ("N209", "Ferries to weihai run every hour.\n\nweihai old pier.jpg", "weihai"),
]

FLAGGED += [
    (
        "P320",
        "Crowds filled Tian’anmen Square, and theconstruction work paused.",
        "theconstruction",
    ),
]

FLAGGED += [
    ("D505", "Envoys from 12 countries toured the port, and 4 villages joined the fair.", "4"),
    ("D505", "Of the 14 projects signed at the fair, there were 6 projects from Weihai.", "6"),
]

FLAGGED += [
    (
        "T108",
        "Port firms joined the belt and road initiative last year.",
        "belt and road initiative",
    ),
]

FLAGGED += [
    (
        "R604",
        "By Monday in Yantai, dock workers had loaded the first ferry of the season with cars and fresh fruit. (Xinhua/Zhao Lei)",
        "(Xinhua/Zhao Lei)",
    ),
]

# (code, text): nothing of that code may be flagged
CLEAN: list[tuple[str, str]] = [
    ("T108", "Port firms in Weihai joined the Belt and Road initiative last year."),
    (
        "D505",
        "Teams from 18 villages came to the fair in person and teams from 3 villages joined online.",
    ),
    ("P320", "Crowds filled Tian’anmen Square and the streets of Xi'an on Sunday."),
    ("N209", "The new pier opened on Friday.\n\nweihai old pier.jpg\n\nIt serves two lines."),
    ("U406", "The ferry line reopened.\n\nCopyright©www.weihainews.cn All rights reserved."),
    ("P309", "Qingdao, June 3 - China's busiest ferry line reopened on Tuesday."),
    ("P309", "WEIHAI, Sept. 9, 2021 - Cargo volumes rose again."),
    ("P309", "The museum opens on Friday.\n\nCopyright © 2009- Weihai Evening News."),
    ("P305", "English | Fran?ais | Deutsch"),
    ("P305", "The port has been the?main gateway for trade with Korea."),
    ("R604", HEADLINE + "By Sun Wei (China Daily)\n\n" + BODY),
    ("R604", HEADLINE + "By Sun Wei and Liu Fang (China Daily)\n\n" + BODY),
    ("R604", HEADLINE + "By Sun Wei in Yantai(China Daily)\n\n" + BODY),
    ("R604", "\n\n".join(CAPTION.format(p) for p in ("main hall", "east wing", "roof garden"))),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_flags_the_genuine_fault(code: str, text: str, span: str) -> None:
    assert span in [s.strip() for s in spans(check_texts([text], [code]), code)]


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_leaves_professional_text_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []


def test_paired_spaced_hyphens_are_dashes_not_a_compound() -> None:
    text = "The city has two ferry piers - Huangdao and Xuejiadao - on the bay."
    findings = check_texts([text], ["P309"])
    assert (
        findings["message"].to_list()
        == ["spaced hyphens used as a pair of dashes; set dashes ('—')"] * 2
    )


def test_a_plural_glued_to_a_function_word_keeps_its_s() -> None:
    text = "The bureau met other departmentsand several firms."
    findings = check_texts([text], ["P320"])
    assert findings["suggestion"].to_list() == ["departments and"]
