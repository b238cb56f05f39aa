"""Page residue, numbers and punctuation (session 18): misses and false alarms a blind set
of local-government and professional pages showed.

E813 reads a count before any plural noun; E837 the figure hyphened to "thousand"; D507 a
plural scale after a figure; D504 a plural scale between two currencies; R601 a name in
brackets closing a picture story and no longer a briefing's place and hour; R604 a
caption's "aerial photo … shows"; P309 a dash meant by a spaced hyphen before a clause;
P320 a firm's name of one syllable and its trade; P337 a continent before a province.
Every text was written for these tests in the register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    ("E813", "The trade fair drew 3500 exhibitors from home and abroad.", "3500"),
    ("E813", "The county welcomed 12000 foreign visitors in the first half.", "12000"),
    ("E813", "More than 2000 volunteers served at the marathon.", "2000"),
    ("E813", "The museum now holds 15000 relics in its new wing.", "15000"),
    ("E813", "The town built 2300 greenhouses along the river.", "2300"),
    ("E837", "About 10-thousand residents took part in the event.", "10-thousand"),
    ("E837", "The new stadium seats 60-thousand people.", "60-thousand"),
    ("D507", "The project created 5 millions jobs in the region.", "millions"),
    ("D507", "The county invested 2.3 billions yuan in roads last year.", "billions"),
    ("D507", "The festival drew 30 thousands visitors to the lake.", "thousands"),
    ("D504", "The city spent RMB 5 millions yuan on the new school.", "RMB 5 millions yuan"),
    (
        "R604",
        "This aerial photo taken on May 3 shows the new bridge over the river. It opened in June.",
        "This aerial photo taken on May 3 shows the new bridge over the river.",
    ),
    ("P309", "Many of its graduates work abroad - including in Europe and Africa.", " - "),
    ("P309", "The district grew rapidly - its output doubled in five years.", " - "),
    ("P320", "The mayor Gaowelcomed the delegation to the port.", "Gaowelcomed"),
    ("P337", "The expo in Kunming, Yunnan Province opened on Monday.", "Yunnan Province opened"),
]

# (code, text): correct English of the same shape, to leave alone
CLEAN: list[tuple[str, str]] = [
    ("E813", "The trade fair drew 3,500 exhibitors from home and abroad."),
    ("E813", "In 1644 troops of the Qing entered the pass."),
    ("E813", "The 2019 projects were all finished on time."),
    ("E813", "Guests in Room 3105 and passengers of Flight 1234 were moved."),
    ("E813", "Residents made 12345 calls to report the problem."),
    ("E813", "The 1990s saw fast growth in the port."),
    ("E813", "In 2021 farmers in the county planted more trees."),
    ("E837", "About 10,000 residents took part in the event."),
    ("E837", "It is a 5 thousand-year-old site."),
    ("D507", "The project created 5 million jobs in the region."),
    ("D507", "Millions of visitors come, and thousands stay overnight."),
    ("D505", "The project created 5 millions jobs in the region."),
    ("R604", "The photo exhibition shows how the city has changed. It opened in June."),
    ("P320", "China Minmetals and Ansteel signed an agreement on ore supply."),
    ("P337", "The railway links Asia with Europe, Xinjiang is its hub."),
    ("P337", "Trade with Central Asia, Xinjiang has grown fast."),
]

_STORY = (
    "The new park along the river opened on Monday, giving residents twenty hectares of "
    "paths, lawns and sports grounds."
)

PAGES_FLAGGED: list[tuple[str, str, str]] = [
    (
        "R601",
        "Lotus flowers in the lake park\n\nThe lotus flowers in the park are now in full bloom "
        "and draw many visitors every morning.\n\n(Zhang Wenkui)\n",
        "(Zhang Wenkui)",
    ),
    (
        "R601",
        "Press conference on the harbour\n\nBeijing | 2024-05-31\n\nThe office held a press "
        "conference on the new harbour project on Friday morning.\n",
        "Beijing | 2024-05-31",
    ),
]

PAGES_FLAGGED += [
    ("R601", f"{line}\n\n{_STORY}\n", line)
    for line in (
        "By LI Ming in Dalian",
        "By Wang Fang in Anshan (China Daily)",
        "Written by: Li Ming",
        "Share this article",
        "[ Print ]  [ Close ]",
        "[Print] [Close]",
    )
]

PAGES_CLEAN: list[tuple[str, str]] = [
    (
        "R601",
        "Briefing on the new harbour\n\nBeijing | 10 a.m. May 31, 2024\n\nThe office held a "
        "press conference on the new harbour project on Friday morning.\n",
    ),
    (
        "R601",
        "Lotus flowers in the lake park\n\nThe lotus flowers in the park are now in full bloom "
        "and draw many visitors every morning.\n\n(Full Text)\n",
    ),
    ("R601", f"By Train in Dalian\n\n{_STORY}\n"),
    ("R601", f"{_STORY}\n\nShare this article with friends, the mayor told the crowd.\n"),
    ("R601", f"{_STORY}\n\nWritten by hand, the letters reached every household.\n"),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED + PAGES_FLAGGED)
def test_flags_the_fault(code: str, text: str, span: str) -> None:
    found = spans(check_texts([text], [code]), code)
    assert span.strip() in [s.strip() for s in found]


@pytest.mark.parametrize(("code", "text"), CLEAN + PAGES_CLEAN)
def test_leaves_correct_text_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []


def test_spaced_hyphen_before_a_clause_suggests_a_dash() -> None:
    found = check_texts(["Many of its graduates work abroad - including in Europe."], ["P309"])
    assert found["suggestion"].to_list() == ["—"]
    assert "dash" in found["message"].to_list()[0]


def test_spaced_hyphen_in_a_compound_still_suggests_closing_up() -> None:
    found = check_texts(["The Beijing - Shanghai railway opened to traffic."], ["P309"])
    assert found["suggestion"].to_list() == ["-"]


def test_plural_scale_suggests_the_singular() -> None:
    found = check_texts(["The project created 5 millions jobs."], ["D507"])
    assert found["message"].to_list() == [
        "“5 millions”: after a figure the scale takes no plural, “million”"
    ]
